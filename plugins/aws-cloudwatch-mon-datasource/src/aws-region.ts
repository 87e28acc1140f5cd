import { invalidParameter } from '@cloudforet/plugin-core';

/** The shape of every AWS region code (`us-east-1`, `ap-northeast-2`, `us-gov-west-1`, `eu-central-2`). */
const REGION =
  /^(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso[a-z]?)?-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d{1,2}$/;

export const DEFAULT_REGION = 'us-east-1';

/** The region to call: `value` when it is a region code, the default when it is unset or `global`. */
export function regionOf(value: unknown, key: string, fallback = DEFAULT_REGION): string {
  if (value === undefined || value === null || value === '' || value === 'global') return fallback;
  if (typeof value !== 'string' || !REGION.test(value))
    throw invalidParameter(key, `${JSON.stringify(value)} is not an AWS region code`);
  return value;
}
