import { writeFileSync } from 'node:fs';
import { RegisterError } from '../../register/register-error';
import { registerPlugin } from '../../register/register-plugin';
import type { RepositoryApi } from '../../register/register-request';
import { API_NAMES } from '../../register/repository-api';
import { toRegisterYaml } from '../../register/register-yaml';
import { CommandFailed, UsageError } from '../cli-errors';
import type { Command } from '../command';
import { loadPluginManifest } from '../load-plugin-manifest';
import { alertManagerManifest } from '../../manifest/plugin-manifest';
import { parseCommandArgs } from '../parse-command-args';

const usage = `Usage: cfplugin register <plugin | path/to/plugin.yaml> [options]

Registers the plugin in Cloudforet's Repository service (repository.v1.Plugin): reads the Repository's
API version by server reflection, asks \`get\` for its
plugin_id, then \`register\` (new) or \`update\` (existing). Or writes the YAML for
\`spacectl exec register repository.Plugin -f <file>\` and calls nothing.

Options:
  --endpoint <E>     the Repository: grpc://host:port, grpc+ssl://host:port or host:port
  --token <T>        sent as \`token\` metadata (default $CLOUDFORET_TOKEN, then $SPACEONE_TOKEN); never printed
  --api <v2|v1|auto> v2 (default): RegisterPluginRequest; v1: the 1.x CreatePluginRequest (service_type);
                     auto: the Repository's own version. Its version is read by reflection first, and a
                     Repository of the other version is refused before anything is sent (no field lost)
  --domain-id <D>    the 1.x body's domain_id (required to call a 1.x Repository)
  --alert-manager    register the image's alert-manager entry instead (plugin.yaml alert_manager: its
                     resource_type and plugin_id; the image runs with PLUGIN_API=alert_manager); 2.x only
  --yaml-only        print the spacectl YAML on stdout, call nothing
  -o, --output <F>   write the spacectl YAML to file F, call nothing
  -h, --help         this help`;

const yamlOnlyAsked = (values: Record<string, unknown>) => values['yaml-only'] === true || values.output !== undefined;

export const registerCommand: Command = {
  name: 'register',
  summary: 'register plugin.yaml in the Repository service, or print the spacectl YAML',
  usage,
  async run(args) {
    const { values, positionals, help } = parseCommandArgs(
      args,
      {
        endpoint: { type: 'string' },
        token: { type: 'string' },
        api: { type: 'string' },
        'domain-id': { type: 'string' },
        'alert-manager': { type: 'boolean' },
        'yaml-only': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
      },
      { min: 1, max: 1 },
    );
    if (help) return (console.log(usage), 0);
    const api = (values.api ?? 'v2') as RepositoryApi | 'auto';
    if (api !== 'v1' && api !== 'v2' && api !== 'auto')
      throw new UsageError(`--api must be v2, v1 or auto (got "${values.api}")`);
    if (api === 'auto' && yamlOnlyAsked(values))
      throw new UsageError('--api auto needs a Repository to ask: use v2 or v1 with --yaml-only / -o');
    const domainId = values['domain-id'] as string | undefined;
    const output = values.output as string | undefined;
    const yamlOnly = values['yaml-only'] === true || output !== undefined;
    if (!yamlOnly && !values.endpoint) throw new UsageError('--endpoint is required (or --yaml-only / -o <file>)');

    if (values['alert-manager'] && api === 'v1')
      throw new UsageError('--alert-manager: the 1.x Repository has no alert-manager resource types (use v2)');
    const declared = loadPluginManifest(positionals[0]);
    let manifest = declared;
    if (values['alert-manager']) {
      try {
        manifest = alertManagerManifest(declared);
      } catch (error) {
        throw new CommandFailed((error as Error).message);
      }
    }
    try {
      if (yamlOnly) {
        const text = toRegisterYaml(manifest, { api: api as RepositoryApi, domainId });
        if (output) writeFileSync(output, text);
        else process.stdout.write(text);
        if (output) console.error(`wrote ${output}: spacectl exec register repository.Plugin -f ${output}`);
        return 0;
      }
      const result = await registerPlugin(manifest, {
        endpoint: values.endpoint as string,
        token: values.token as string | undefined,
        api: values.api === undefined ? undefined : api,
        domainId,
      });
      console.log(
        `${result.action} ${manifest.plugin_id} in the repository at ${values.endpoint} (${API_NAMES[result.api]} API, read by reflection)`,
      );
      return 0;
    } catch (error) {
      if (error instanceof RegisterError) throw new CommandFailed(error.message);
      throw error;
    }
  },
};
