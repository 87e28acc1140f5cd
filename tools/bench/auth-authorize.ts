// `npm run bench` (second part): keycloak-identity-auth's ExternalAuth.authorize with
// validate_token on, against the sandbox's OpenID provider answering each HTTP call after
// 20 ms. Reports authorizations/s, p50/p99 and the provider calls per 1,000 authorizations:
// discovery and JWKS must come from the plugin's caches, userinfo is the only per-token call.
import { Writable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { credentials } from '@grpc/grpc-js';
import { ExternalAuthClient } from '@cloudforet/api/gen/spaceone/api/identity/plugin/external_auth';
import { createLogger, startServer } from '@cloudforet/plugin-core';
import { startOidcSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '@cloudforet/plugin-keycloak-identity-auth/src/plugin';

const COUNT = Number(process.env.BENCH_AUTH_COUNT ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const LATENCY_MS = Number(process.env.BENCH_PROVIDER_LATENCY_MS ?? 20);
const TOKENS = 64;

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function main(): Promise<void> {
  const oidc = await startOidcSandbox({ accessTokenTtl: 3600 });
  const tokens = await Promise.all(
    Array.from({ length: TOKENS }, (_, i) => oidc.passwordGrant(i % 2 ? 'bob' : 'alice')),
  );
  oidc.latencyMs = LATENCY_MS;
  const discard = new Writable({ write: (_c, _e, cb) => cb() });
  const running = await startServer(createPlugin({ api: 'v2' }), {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ format: 'json', destination: discard }),
  });
  const client = new ExternalAuthClient(running.endpoint, credentials.createInsecure());
  const options = {
    'openid-configuration': oidc.discoveryUrl,
    client_id: oidc.loginClientId,
    validate_token: true,
    audience: oidc.loginClientId,
  };
  const authorize = (token: string) =>
    new Promise<void>((resolve, reject) =>
      client.authorize(
        { options, secret_data: {}, credentials: { access_token: token }, domain_id: 'domain-bench', metadata: {} },
        (err, res) => (err ? reject(err) : res.user_id ? resolve() : reject(new Error('no user_id'))),
      ),
    );

  const run = async (count: number) => {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        try {
          await authorize(tokens[i % TOKENS]);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { latencies: latencies.sort((a, b) => a - b), errors, seconds: (performance.now() - started) / 1000 };
  };

  console.log(
    `\nkeycloak authorize (validate_token on): ${COUNT} authorizations, ${CONCURRENCY} concurrent callers, provider latency ${LATENCY_MS} ms per HTTP call`,
  );
  await run(CONCURRENCY * 2); // warm-up: discovery and JWKS fetched once here
  oidc.reset();
  const { latencies, errors, seconds } = await run(COUNT);
  const per1000 = (n: number) => ((n * 1000) / COUNT).toFixed(1);
  const { discovery, jwks, userinfo } = oidc.calls;
  console.log(
    `authorizations/s ${(latencies.length / seconds).toFixed(0)}   p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms   errors ${errors}`,
  );
  console.log(
    `provider calls per 1,000 authorizations: userinfo ${per1000(userinfo)}, discovery ${per1000(discovery)}, jwks ${per1000(jwks)}`,
  );
  const pass = errors === 0 && discovery === 0 && jwks === 0 && userinfo === COUNT;
  console.log(`cached discovery and JWKS, one userinfo per authorization: ${pass ? 'PASS' : 'FAIL'}`);
  client.close();
  await running.shutdown();
  await oidc.close();
  process.exitCode = pass ? 0 : 1;
}

void main();
