import type { CoreClient } from '@cloudforet/plugin-testing';
import { readState } from '../local-host/local-host-state';

/** "Webhook, Event (version 0.1.0; npm start runs grafana-mon-webhook here)": what an endpoint serves. */
export async function servedHere(client: CoreClient, endpoint: string): Promise<string> {
  const shortNames = client.services
    .filter((s) => !s.startsWith('grpc.') && !s.endsWith('.ServerInfo'))
    .map((s) => s.split('.').pop());
  const notes: string[] = [];
  if (client.services.some((s) => s.endsWith('.ServerInfo'))) {
    const info = (await client.call('ServerInfo.get_version', {}).catch(() => ({}))) as { version?: string };
    if (info.version) notes.push(`version ${info.version}`);
  }
  const local = localHostPlugin(endpoint);
  if (local) notes.push(`npm start runs ${local} here`);
  const services = shortNames.length ? shortNames.join(', ') : 'no plugin service';
  return notes.length ? `${services} (${notes.join('; ')})` : services;
}

/** The plugin a running `npm start` serves on `endpoint`, if any. */
function localHostPlugin(endpoint: string): string | undefined {
  try {
    const address = endpoint.replace(/^grpc:\/\//, '');
    return readState().plugins.find((p) => p.endpoint === address)?.name;
  } catch {
    return undefined;
  }
}
