import { region } from '@cloudforet/plugin-core';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';

/** AWS regions as the console shows them: name and the coordinates the region map uses. */
const REGION_INFO: Record<string, { name: string; latitude: string; longitude: string; continent: string }> = {
  'us-east-1': {
    name: 'US East (N. Virginia)',
    latitude: '39.028760',
    longitude: '-77.458263',
    continent: 'north_america',
  },
  'us-east-2': { name: 'US East (Ohio)', latitude: '40.103564', longitude: '-83.200092', continent: 'north_america' },
  'us-west-1': {
    name: 'US West (N. California)',
    latitude: '37.242183',
    longitude: '-121.783380',
    continent: 'north_america',
  },
  'us-west-2': {
    name: 'US West (Oregon)',
    latitude: '45.841046',
    longitude: '-119.658093',
    continent: 'north_america',
  },
  'af-south-1': { name: 'Africa (Cape Town)', latitude: '-33.932268', longitude: '18.424026', continent: 'africa' },
  'ap-east-1': {
    name: 'Asia Pacific (Hong Kong)',
    latitude: '22.365560',
    longitude: '114.119420',
    continent: 'asia_pacific',
  },
  'ap-south-1': {
    name: 'Asia Pacific (Mumbai)',
    latitude: '19.147428',
    longitude: '73.013805',
    continent: 'asia_pacific',
  },
  'ap-south-2': {
    name: 'Asia Pacific (Hyderabad)',
    latitude: '17.385044',
    longitude: '78.486671',
    continent: 'asia_pacific',
  },
  'ap-northeast-1': {
    name: 'Asia Pacific (Tokyo)',
    latitude: '35.617436',
    longitude: '139.779140',
    continent: 'asia_pacific',
  },
  'ap-northeast-2': {
    name: 'Asia Pacific (Seoul)',
    latitude: '37.528547',
    longitude: '126.871867',
    continent: 'asia_pacific',
  },
  'ap-northeast-3': {
    name: 'Asia Pacific (Osaka)',
    latitude: '34.693416',
    longitude: '135.535954',
    continent: 'asia_pacific',
  },
  'ap-southeast-1': {
    name: 'Asia Pacific (Singapore)',
    latitude: '1.321259',
    longitude: '103.695942',
    continent: 'asia_pacific',
  },
  'ap-southeast-2': {
    name: 'Asia Pacific (Sydney)',
    latitude: '-33.921423',
    longitude: '151.188076',
    continent: 'asia_pacific',
  },
  'ap-southeast-3': {
    name: 'Asia Pacific (Jakarta)',
    latitude: '-6.200000',
    longitude: '106.816666',
    continent: 'asia_pacific',
  },
  'ca-central-1': {
    name: 'Canada (Central)',
    latitude: '45.500000',
    longitude: '-73.600000',
    continent: 'north_america',
  },
  'eu-central-1': { name: 'Europe (Frankfurt)', latitude: '50.098645', longitude: '8.632262', continent: 'europe' },
  'eu-central-2': { name: 'Europe (Zurich)', latitude: '47.376888', longitude: '8.541694', continent: 'europe' },
  'eu-west-1': { name: 'Europe (Ireland)', latitude: '53.330893', longitude: '-6.362217', continent: 'europe' },
  'eu-west-2': { name: 'Europe (London)', latitude: '51.519749', longitude: '-0.087804', continent: 'europe' },
  'eu-west-3': { name: 'Europe (Paris)', latitude: '48.905302', longitude: '2.369778', continent: 'europe' },
  'eu-north-1': { name: 'Europe (Stockholm)', latitude: '59.263542', longitude: '18.104861', continent: 'europe' },
  'eu-south-1': { name: 'Europe (Milan)', latitude: '45.464203', longitude: '9.189982', continent: 'europe' },
  'me-south-1': {
    name: 'Middle East (Bahrain)',
    latitude: '26.100000',
    longitude: '50.460000',
    continent: 'middle_east',
  },
  'me-central-1': {
    name: 'Middle East (UAE)',
    latitude: '24.453884',
    longitude: '54.377344',
    continent: 'middle_east',
  },
  'sa-east-1': {
    name: 'South America (Sao Paulo)',
    latitude: '-23.493549',
    longitude: '-46.809319',
    continent: 'south_america',
  },
};

/** The `inventory.Region` of a region code (v2's match key order `provider, region_code`); unknown codes keep their code as name. */
export function awsRegion(code: string): ResourceInfo {
  const info = REGION_INFO[code];
  return region({
    regionCode: code,
    provider: 'aws',
    name: info?.name ?? code,
    tags: info ? { latitude: info.latitude, longitude: info.longitude, continent: info.continent } : {},
    matchKeys: ['provider', 'region_code'],
  });
}
