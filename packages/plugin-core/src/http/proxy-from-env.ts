import { EnvHttpProxyAgent, setGlobalDispatcher } from 'undici';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/**
 * Sends every `fetch` of the process (the Slack, Google and Azure SDKs use it)
 * through HTTPS_PROXY / HTTP_PROXY, except hosts listed in NO_PROXY, when the
 * environment names a proxy. Cloudforet's supervisor passes such variables to
 * plugin pods; Node's fetch ignores them on its own. Returns the proxy used,
 * without credentials, for the ready log line.
 */
export function useProxyFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = PROXY_VARIABLES.find((v) => env[v]);
  if (!name) return undefined;
  setGlobalDispatcher(new EnvHttpProxyAgent());
  return withoutCredentials(env[name]!);
}

function withoutCredentials(proxy: string): string {
  try {
    const url = new URL(proxy);
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return '(unparsable proxy URL)';
  }
}
