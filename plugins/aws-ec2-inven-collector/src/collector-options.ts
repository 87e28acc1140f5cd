import { invalidParameter, validateSchema, type JsonSchema } from '@cloudforet/plugin-core';

import { SERVICE_GROUPS } from './cloud-service-types';

export const DEFAULT_VULNERABLE_PORTS = '22,3306';
export const DEFAULT_CONCURRENCY = 32;

/** `options` of the collector; the console renders this form from init's `options_schema`. */
export const optionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    region_filter: {
      title: 'Region Filter',
      type: 'array',
      items: { type: 'string' },
      description: 'Collect only these regions (e.g. us-east-1). Default: every region the account has enabled.',
    },
    service_filter: {
      title: 'Service Filter',
      type: 'array',
      items: { type: 'string' },
      default: [...SERVICE_GROUPS],
      description: `Collect only these service groups (${SERVICE_GROUPS.join(', ')}).`,
    },
    vulnerable_ports: {
      title: 'Vulnerable Ports Option',
      type: 'string',
      default: DEFAULT_VULNERABLE_PORTS,
      description: 'Ex) 22,8080,3306 (Default = 22,3306)',
    },
    concurrency: {
      title: 'Concurrency',
      type: 'integer',
      minimum: 1,
      maximum: 256,
      default: DEFAULT_CONCURRENCY,
      description: 'Most AWS calls in flight at once for one collect (regions and calls share it).',
    },
  },
  examples: [{}, { region_filter: ['us-east-1', 'ap-northeast-2'], vulnerable_ports: '22,3389' }],
};

export interface CollectorOptions {
  regionFilter?: string[];
  services: string[];
  vulnerablePorts: number[];
  concurrency: number;
}

/** Validated options; INVALID_ARGUMENT names the key and what was expected. */
export function collectorOptionsOf(options: Record<string, unknown> | undefined): CollectorOptions {
  const o = options ?? {};
  validateSchema(optionsSchema, o, 'options');
  const services = (o.service_filter as string[] | undefined) ?? [...SERVICE_GROUPS];
  for (const s of services)
    if (!SERVICE_GROUPS.includes(s))
      throw invalidParameter(
        'options.service_filter',
        `unknown service group ${JSON.stringify(s)}; known: ${SERVICE_GROUPS.join(', ')}`,
      );
  const regionFilter = o.region_filter as string[] | undefined;
  return {
    regionFilter: regionFilter && regionFilter.length > 0 ? regionFilter : undefined,
    services,
    vulnerablePorts: portsOf(o.vulnerable_ports ?? DEFAULT_VULNERABLE_PORTS),
    concurrency: (o.concurrency as number | undefined) ?? DEFAULT_CONCURRENCY,
  };
}

function portsOf(value: unknown): number[] {
  const text = String(value).trim();
  if (text === '') return [];
  return text.split(',').map((part) => {
    const port = Number(part.trim());
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw invalidParameter(
        'options.vulnerable_ports',
        `"${part.trim()}" is not a port; expected comma-separated ports like 22,3306`,
      );
    return port;
  });
}

/** Every region of the filter must be one the account has enabled; else INVALID_ARGUMENT naming it. */
export function checkRegionFilter(filter: string[] | undefined, enabled: string[]): string[] {
  if (!filter) return enabled;
  for (const region of filter)
    if (!enabled.includes(region))
      throw invalidParameter(
        'options.region_filter',
        `unknown or not enabled region ${JSON.stringify(region)}; enabled: ${enabled.join(', ')}`,
      );
  return filter;
}
