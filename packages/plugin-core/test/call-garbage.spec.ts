import { join } from 'node:path';
import { bundleScript, type BundledScript } from './bundled-script';

// A call's decoded request must die young, as it does behind a bare grpc-js handler. When
// something plugin-core builds per call keeps the call reachable from old space (as an object
// literal with a getter did), every request is promoted and the GC cost per call doubles.
describe('per-call garbage', () => {
  const CALLS = 10_000;
  let script: BundledScript;

  beforeAll(async () => {
    script = await bundleScript(
      `import { EventEmitter } from 'node:events';
import { Metadata } from '@grpc/grpc-js';
import { EventService, ParseRequest } from ${JSON.stringify(join(__dirname, '../../api/src/gen/spaceone/api/monitoring/plugin/event'))};
import { wrapHandler } from ${JSON.stringify(join(__dirname, '../src/server/rpc-handlers'))};
import { InFlight } from ${JSON.stringify(join(__dirname, '../src/server/in-flight'))};
import { createLogger } from ${JSON.stringify(join(__dirname, '../src/logging/logger'))};
const alert = (i: number) => ({ status: 'firing', labels: { alertname: 'HighCPU', instance: 'node-' + i, severity: 'critical' },
  annotations: { summary: 'CPU above 90% for 5 minutes on node-' + i, description: 'x'.repeat(400) }, fingerprint: 'f' + i });
const bytes = ParseRequest.encode({ options: {}, data: { receiver: 'cloudforet', alerts: Array.from({ length: 10 }, (_, i) => alert(i)) } }).finish();
const tracing = { startRpc: () => ({ logBindings: {}, run: (fn: () => unknown) => fn(), end: () => undefined }) };
const env = { log: createLogger({ format: 'json', level: 'warn' }), secretKeys: [], inFlight: new InFlight(), tracing, draining: () => false };
const handler = wrapHandler('Event.parse', EventService.parse as never, (() => ({ results: [] })) as never, env as never) as (c: unknown, cb: () => void) => void;
const call = () => Object.assign(new EventEmitter(), { request: ParseRequest.decode(bytes), metadata: new Metadata(), getDeadline: () => Infinity });
(async () => {
  for (let i = 0; i < ${CALLS}; i += 32)
    await Promise.all(Array.from({ length: 32 }, () => new Promise<void>((resolve) => handler(call(), () => resolve()))));
})();`,
    );
  });
  afterAll(() => script.remove());

  it('promotes (almost) none of the requests of answered calls to old space', async () => {
    const { out, code } = await script.run(['--trace-gc-nvp']);
    expect(code).toBe(0);
    const scavenges = out.split('\n').filter((line) => line.includes('gc=s '));
    expect(scavenges.length).toBeGreaterThan(10);
    const promoted = scavenges.reduce((sum, line) => sum + Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? NaN), 0);
    // A bare handler promotes a few MB here; the getter literal promoted over 80 MB.
    expect(promoted).toBeLessThan(30 * 1024 * 1024);
  }, 60_000);
});
