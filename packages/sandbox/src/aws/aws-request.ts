import type { Ec2Region } from './ec2-world';
import type { AwsCaller, AwsIdentities } from './aws-identities';
import type { PageTokens } from '../cloud/page-token';

/** An error the service answers instead of a result (its code and message as AWS writes them). */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** One authenticated call, as an action handler sees it. */
export interface AwsCall {
  action: string;
  /** Query protocols: the form fields. */
  params: URLSearchParams;
  /** JSON protocol: the parsed body. */
  json: Record<string, unknown>;
  caller: AwsCaller;
  world: Ec2Region;
  identities: AwsIdentities;
  pages: PageTokens;
  /** The most items one page holds, whatever the request asks for. */
  pageCap: number;
}

/** `Prefix.1`, `Prefix.2`, … of a query request (`InstanceId.1`, `AutoScalingGroupNames.member.1`). */
export function queryList(params: URLSearchParams, prefix: string): string[] {
  const out: string[] = [];
  for (let n = 1; params.has(`${prefix}.${n}`); n++) out.push(params.get(`${prefix}.${n}`)!);
  return out;
}

/** EC2's `Filter.N.Name` / `Filter.N.Value.M`. */
export function ec2Filters(params: URLSearchParams): Map<string, string[]> {
  const filters = new Map<string, string[]>();
  for (let n = 1; params.has(`Filter.${n}.Name`); n++)
    filters.set(params.get(`Filter.${n}.Name`)!, queryList(params, `Filter.${n}.Value`));
  return filters;
}

export function intParam(
  value: string | null | undefined | number,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AwsError(
      'InvalidParameterValue',
      `Value ( ${value} ) for parameter ${name} is invalid. Expecting a value between ${min} and ${max}.`,
    );
  return n;
}

/**
 * One page over an index space `[0, end)`: from the token's offset, items `get(i)` that exist and
 * pass `accept`, at most `max`; the next token when the space goes on. Only what the page covers is
 * made, so a region of any size pages in constant memory.
 */
export function pageOf<T>(
  call: AwsCall,
  scope: string,
  {
    end,
    token,
    max,
    get,
    accept = () => true,
  }: {
    end: number;
    token: string | null | undefined;
    max: number;
    get: (i: number) => T | undefined;
    accept?: (item: T) => boolean;
  },
): { items: T[]; next?: string } {
  let i = 0;
  if (token) {
    const offset = call.pages.decode(scope, token);
    if (offset === undefined) throw new AwsError('InvalidNextToken', 'The token provided is invalid.');
    i = offset;
  }
  const limit = Math.min(max, call.pageCap);
  const items: T[] = [];
  for (; i < end && items.length < limit; i++) {
    const item = get(i);
    if (item !== undefined && accept(item)) items.push(item);
  }
  return { items, next: i < end ? call.pages.encode(scope, i) : undefined };
}
