import { stringify } from 'yaml';
import type { PluginManifest } from '../manifest/plugin-manifest';
import { toRegisterRequest, type RegisterRequestOptions } from './register-request';

/**
 * The file `spacectl exec register repository.Plugin -f <file>` (and `cfctl`) takes: the register request's
 * keys only (ParseDict refuses any other), after a comment naming the command and the API it is for.
 */
export function toRegisterYaml(m: PluginManifest, opts: RegisterRequestOptions = {}): string {
  const body = toRegisterRequest(m, opts);
  const header =
    opts.api === 'v1'
      ? [
          `# ${m.plugin_id}: repository.v1.Plugin.register, Cloudforet 1.x (CreatePluginRequest).`,
          '# spacectl exec register repository.Plugin -f register_plugin.yaml',
        ]
      : [
          `# ${m.plugin_id}: repository.v1.Plugin.register, Cloudforet 2.x (RegisterPluginRequest).`,
          '# spacectl exec register repository.Plugin -f register_plugin.yaml',
          '# cfctl exec register repository.Plugin -f register_plugin.yaml',
        ];
  return `${header.join('\n')}\n${stringify(body, { lineWidth: 0 })}`;
}
