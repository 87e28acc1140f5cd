import { region } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { PROVIDER } from './gcp-resource';

type Continent = 'asia_pacific' | 'europe' | 'north_america' | 'south_america';

/** The regions upstream names (its REGION_INFO): display name, coordinates, continent. */
const REGIONS: Record<string, [name: string, latitude: string, longitude: string, continent: Continent]> = {
  'asia-east1': ['Taiwan (Changhua County)', '24.051196', '120.516430', 'asia_pacific'],
  'asia-east2': ['Hong Kong', '22.283289', '114.155851', 'asia_pacific'],
  'asia-northeast1': ['Japan (Tokyo)', '35.628391', '139.417634', 'asia_pacific'],
  'asia-northeast2': ['Japan (Osaka)', '34.705403', '135.490119', 'asia_pacific'],
  'asia-northeast3': ['South Korea (Seoul)', '37.499968', '127.036376', 'asia_pacific'],
  'asia-south1': ['India (Mumbai)', '19.164951', '72.851765', 'asia_pacific'],
  'asia-south2': ['India (Delhi)', '28.644800', '77.216721', 'asia_pacific'],
  'asia-southeast1': ['Singapore (Jurong West)', '1.351376', '103.709574', 'asia_pacific'],
  'asia-southeast2': ['Indonesia (Jakarta)', '-6.227851', '106.808169', 'asia_pacific'],
  'australia-southeast1': ['Australia (Sydney)', '-33.733694', '150.969840', 'asia_pacific'],
  'australia-southeast2': ['Australia (Melbourne)', '-37.840935', '144.946457', 'asia_pacific'],
  'europe-north1': ['Finland (Hamina)', '60.539504', '27.113819', 'europe'],
  'europe-west1': ['Belgium (St.Ghislain)', '50.471248', '3.825493', 'europe'],
  'europe-west2': ['England, UK (London)', '51.515998', '-0.126918', 'europe'],
  'europe-west3': ['Germany (Frankfurt)', '50.115963', '8.669625', 'europe'],
  'europe-west4': ['Netherlands (Eemshaven)', '53.427625', '6.865703', 'europe'],
  'europe-west6': ['Switzerland (Zürich)', '47.365663', '8.524881', 'europe'],
  'northamerica-northeast1': ['Canada, Québec (Montréal)', '45.501926', '-73.570086', 'north_america'],
  'northamerica-northeast2': ['Canada, Ontario (Toronto)', '50.000000', '-85.000000', 'north_america'],
  'southamerica-east1': ['Brazil, São Paulo (Osasco)', '43.8345', '2.1972', 'south_america'],
  'southamerica-west1': ['Chile (Santiago)', '-33.447487', '-70.673676', 'south_america'],
  'us-central1': ['US, Iowa (Council Bluffs)', '41.221419', '-95.862676', 'north_america'],
  'us-east1': ['US, South Carolina (Moncks Corner)', '33.203394', '-79.986329', 'north_america'],
  'us-east4': ['US, Northern Virginia (Ashburn)', '39.021075', '-77.463569', 'north_america'],
  'us-west1': ['US, Oregon (The Dalles)', '45.631800', '-121.200921', 'north_america'],
  'us-west2': ['US, California (Los Angeles)', '34.049329', '-118.255265', 'north_america'],
  'us-west3': ['US, Utah (Salt Lake City)', '40.730109', '-111.951386', 'north_america'],
  'us-west4': ['US, Nevada (Las Vegas)', '36.092498', '-115.086073', 'north_america'],
};

/** A region code as upstream records it: one it does not know becomes `global`. */
export function knownRegion(code: string): string {
  return code in REGIONS ? code : 'global';
}

/** Upstream's display name of a region (`US, Iowa (Council Bluffs)`), '' for one it does not know. */
export function regionName(code: string): string {
  return REGIONS[code]?.[0] ?? '';
}

/** The `inventory.Region` of a code (upstream's name and tags; `global` is "Global" without tags). */
export function gcpRegion(code: string): ResourceInfo {
  const info = REGIONS[code];
  if (!info) return region({ regionCode: 'global', provider: PROVIDER, name: 'Global' });
  const [name, latitude, longitude, continent] = info;
  return region({ regionCode: code, provider: PROVIDER, name, tags: { latitude, longitude, continent } });
}

/** The region codes a collect saw, in first-seen order, for the Region resources at its end. */
export class RegionCodes {
  private readonly seen = new Set<string>();
  add(code: string): string {
    const known = knownRegion(code);
    this.seen.add(known);
    return known;
  }
  regions(): ResourceInfo[] {
    return [...this.seen].map(gcpRegion);
  }
}
