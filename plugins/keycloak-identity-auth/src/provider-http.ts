import { AsyncLocalStorage } from 'node:async_hooks';
import { fetchWithin } from '@cloudforet/plugin-core';
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

/** Every HTTP call to the provider gives up after this long, or when the RPC is cancelled. */
export const HTTP_TIMEOUT_MS = 10_000;

export interface TlsSettings {
  /** `options.verify` (default true). */
  verify: boolean;
  /** `options.ca_bundle`: PEM trusted in addition to the system roots. */
  ca?: string;
}

export type ProviderFetch = (url: string, init?: RequestInit) => Promise<Response>;

const NEVER = new AbortController().signal;

/** The RPC's AbortSignal, seen by fetches made deep inside openid-client and the caches. */
const rpcSignal = new AsyncLocalStorage<AbortSignal>();

export function withRpcSignal<T>(signal: AbortSignal, run: () => Promise<T>): Promise<T> {
  return rpcSignal.run(signal, run);
}

/**
 * Runs a load shared by concurrent RPCs (a cached discovery or JWKS) outside the current RPC's
 * signal: one caller giving up must not fail the others waiting on the same load.
 */
export function detached<T>(load: () => Promise<T>): Promise<T> {
  return rpcSignal.exit(load);
}

/**
 * fetch with a timeout and the current RPC's signal. With default TLS it is the global fetch
 * (so plugin-core's HTTPS_PROXY dispatcher applies); `verify: false` or a CA bundle get their
 * own proxy-aware agent.
 */
export function providerFetch(tls: TlsSettings): ProviderFetch {
  const dispatcher =
    tls.verify && !tls.ca
      ? undefined
      : new EnvHttpProxyAgent({
          connect: { rejectUnauthorized: tls.verify, ...(tls.ca ? { ca: [...tlsRootsOf(), tls.ca] } : {}) },
        });
  const base: typeof fetch = dispatcher
    ? (url, init) => undiciFetch(url as string, { ...(init as object), dispatcher }) as unknown as Promise<Response>
    : fetch;
  return (url, init = {}) =>
    fetchWithin({ signal: rpcSignal.getStore() ?? NEVER }, { maxMs: HTTP_TIMEOUT_MS }, base)(url, init);
}

function tlsRootsOf(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return [...(require('node:tls') as typeof import('node:tls')).rootCertificates];
}
