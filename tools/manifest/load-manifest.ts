import Ajv, { type ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { PluginManifest } from './plugin-manifest';
import schema from './plugin-manifest.schema.json';

/** A plugin.yaml that cannot be read, parsed or validated; the message names the file and the field. */
export class ManifestError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ManifestError';
  }
}

const validate = new Ajv({ allErrors: true, strict: true, verbose: true }).compile<PluginManifest>(schema);

/** Reads and validates plugins/<name>/plugin.yaml (pass the plugin folder or the file). */
export function loadManifest(path: string): PluginManifest {
  const file = path.endsWith('.yaml') ? path : join(path, 'plugin.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ManifestError(file, [`cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`]);
  }
  return parseManifest(text, file);
}

/** Parses and validates manifest text; `file` only labels the errors. */
export function parseManifest(text: string, file = 'plugin.yaml'): PluginManifest {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length)
    throw new ManifestError(
      file,
      doc.errors.map((e) => `invalid YAML: ${e.message}`),
    );
  const value: unknown = doc.toJS();
  if (!validate(value)) throw new ManifestError(file, (validate.errors ?? []).map(describe).filter(Boolean));
  return value;
}

function describe(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean).join('.');
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const params = error.params as Record<string, unknown>;
  const got = ` (got ${JSON.stringify(error.data)})`;
  switch (error.keyword) {
    case 'required':
      return `${at(String(params.missingProperty))} is required`;
    case 'additionalProperties':
      return `${at(String(params.additionalProperty))} is not a manifest field`;
    case 'enum':
      return `${path} must be one of ${(params.allowedValues as string[]).join(', ')}${got}`;
    case 'type':
      return `${path || '(root)'} must be ${String(params.type)}${got}`;
    case 'const':
      return `${path} must be ${JSON.stringify(params.allowedValue)}${got}`;
    case 'not':
      return `${path || 'alert_manager'} is only for monitoring.Webhook and notification.Protocol plugins`;
    case 'if':
      return '';
    case 'pattern':
      return `${path} must match ${String(params.pattern)}${got}`;
    default:
      return `${path || '(root)'} ${error.message ?? error.keyword}`;
  }
}
