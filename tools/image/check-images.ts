// `npm run images [-- --standin | --build-image REF --base-image REF] [plugin...]`
// For every plugin (or those named): builds its image from docker/Dockerfile with buildah,
// measures it, starts the container on loopback wired to the sandbox by the plugin's harness,
// times the first successful `init`, runs the plugin's conformance suite against the container
// over gRPC, and stops it with SIGTERM (it must exit 0). Exit code 1 when any step fails.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CoreClient, runConformance } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
// Generated at bundle time from plugins/*/test/harness.ts (tools/scripts/plugin-registry.mjs).
import { harnesses } from 'virtual:plugin-harnesses';
import { loadManifest } from '../manifest/load-manifest';
import { serviceOf } from '../manifest/plugin-manifest';
import { buildImage, inspectImage, layersOf, startContainer } from './buildah';
import { heapLimitUnder } from './heap-under-limit';

const ROOT = process.cwd();
const MB = 1e6;
/** The issue's targets, in decimal MB: the plugin's own layer, and the whole image. */
const OWN_LAYER_LIMIT_MB = 10;
const IMAGE_LIMIT_MB = 200;

interface Outcome {
  plugin: string;
  image: string;
  ok: boolean;
  totalMB?: number;
  ownMB?: number;
  buildS?: number;
  firstInitMs?: number;
  heapMiB?: number;
  passed?: number;
  failed?: number;
  error?: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'build-image': { type: 'string' },
    'base-image': { type: 'string' },
    standin: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function usage(): string {
  return `usage: npm run images -- [--standin | --build-image REF --base-image REF] [plugin...]
  --standin          build local stand-ins of the public base images first and use them (no registry access)
  --build-image REF  build stage image (default node:24-slim)
  --base-image REF   runtime base image (default gcr.io/distroless/nodejs24-debian12:nonroot)
plugins: ${Object.keys(harnesses).join(', ')}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function gitRevision(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

function standinImages(): Record<string, string> {
  const out = execFileSync(join(ROOT, 'docker/standin/build-standin-images.sh'), ['24'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => l.split('=') as [string, string]),
  );
}

/** Polls `<Service>.init` the way the core calls it until it answers. */
async function waitForInit(
  endpoint: string,
  service: string,
  options: Record<string, unknown>,
  exited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited()) throw new Error('the container exited before answering init');
    try {
      const client = await CoreClient.connect(endpoint, { readyTimeoutMs: 500 });
      try {
        await client.call(`${service}.init`, { options });
        return;
      } finally {
        client.close();
      }
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no init answer within 30 s: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function checkPlugin(plugin: string, buildArgs: Record<string, string>): Promise<Outcome> {
  const manifest = loadManifest(join(ROOT, 'plugins', plugin));
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'plugins', plugin, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const image = `${manifest.image}:${version}`;
  const outcome: Outcome = { plugin, image, ok: false };
  const say = (line: string) => console.log(`[${plugin}] ${line}`);

  const started = Date.now();
  await buildImage(
    { root: ROOT, plugin, tag: image, buildArgs: { ...buildArgs, VERSION: version, REVISION: gitRevision() } },
    (line) => (/^\[\d\/\d\] STEP|^Successfully|error/i.test(line) ? say(line) : undefined),
  );
  outcome.buildS = (Date.now() - started) / 1000;

  const inspected = await inspectImage(image);
  const layers = layersOf(inspected);
  const baseLayers = buildArgs.BASE_IMAGE
    ? new Set(layersOf(await inspectImage(buildArgs.BASE_IMAGE)).map((l) => l.digest))
    : new Set(layers.slice(0, -1).map((l) => l.digest));
  outcome.totalMB = layers.reduce((sum, l) => sum + l.size, 0) / MB;
  outcome.ownMB = layers.filter((l) => !baseLayers.has(l.digest)).reduce((sum, l) => sum + l.size, 0) / MB;
  const labels = inspected.OCIv1.config.Labels ?? {};
  say(
    `built in ${outcome.buildS.toFixed(1)} s: ${outcome.totalMB.toFixed(1)} MB total, own layer ${outcome.ownMB.toFixed(2)} MB, ` +
      `user ${inspected.OCIv1.config.User}, labels title=${labels['org.opencontainers.image.title']} ` +
      `version=${labels['org.opencontainers.image.version']} revision=${labels['org.opencontainers.image.revision']}`,
  );
  if (inspected.OCIv1.config.User !== '65532:65532')
    throw new Error(`runs as ${inspected.OCIv1.config.User}, not 65532`);

  if (outcome.ownMB >= OWN_LAYER_LIMIT_MB)
    throw new Error(`own layer ${outcome.ownMB.toFixed(2)} MB, over ${OWN_LAYER_LIMIT_MB} MB`);
  if (outcome.totalMB >= IMAGE_LIMIT_MB)
    throw new Error(`image ${outcome.totalMB.toFixed(1)} MB, over ${IMAGE_LIMIT_MB} MB`);

  outcome.heapMiB = await heapLimitUnder(image, 512);
  say(
    outcome.heapMiB
      ? `V8 heap limit under a 512 MiB memory limit: ${outcome.heapMiB} MiB`
      : 'heap check skipped (no cgroup access)',
  );

  const sandbox = await startSandbox();
  const harness = harnesses[plugin](sandbox);
  const port = await freePort();
  const endpoint = `127.0.0.1:${port}`;
  // The container's own log is shown when something fails, and its ready line always.
  const containerLog: string[] = [];
  const container = await startContainer(image, { ...harness.env, PORT: String(port) }, (line) => {
    containerLog.push(line);
    if (line.includes('"plugin ready"')) say(`| ${line}`);
  });
  try {
    const spawned = Date.now();
    await waitForInit(
      endpoint,
      serviceOf(manifest.resource_type),
      harness.initOptions ?? {},
      () => container.child.exitCode !== null,
    );
    outcome.firstInitMs = Date.now() - spawned;
    say(`first ${serviceOf(manifest.resource_type)}.init answered ${outcome.firstInitMs} ms after start`);

    const client = await CoreClient.connect(endpoint);
    const results = await runConformance(client, harness.checks).finally(() => client.close());
    for (const r of results)
      say(`${r.ok ? '✓' : '✗'} ${r.name} (${r.durationMs} ms)${r.ok ? '' : `\n      ${r.error}`}`);
    outcome.passed = results.filter((r) => r.ok).length;
    outcome.failed = results.length - outcome.passed;
  } finally {
    const code = await container.stop();
    await container.remove();
    await sandbox.close();
    say(`stopped with SIGTERM: exit code ${code}`);
    if (code !== 0) outcome.error = `exit code ${code} after SIGTERM`;
    outcome.ok = outcome.failed === 0 && !outcome.error;
    if (!outcome.ok) say(`container log:\n${containerLog.map((l) => `  | ${l}`).join('\n')}`);
  }
  return outcome;
}

function table(outcomes: Outcome[]): string {
  const rows = [
    ['plugin', 'image', 'total MB', 'own MB', 'build s', 'start→init ms', 'heap@512MiB', 'checks', 'result'],
    ...outcomes.map((o) => [
      o.plugin,
      o.image,
      o.totalMB?.toFixed(1) ?? '-',
      o.ownMB?.toFixed(2) ?? '-',
      o.buildS?.toFixed(1) ?? '-',
      String(o.firstInitMs ?? '-'),
      o.heapMiB ? `${o.heapMiB} MiB` : '-',
      o.passed === undefined ? '-' : `${o.passed}/${o.passed + (o.failed ?? 0)}`,
      o.ok ? 'PASS' : `FAIL${o.error ? `: ${o.error}` : ''}`,
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ')).join('\n');
}

async function main(): Promise<number> {
  if (values.help) {
    console.log(usage());
    return 0;
  }
  const unknown = positionals.filter((p) => !(p in harnesses));
  if (unknown.length) {
    console.error(`unknown plugin(s): ${unknown.join(', ')}\n${usage()}`);
    return 2;
  }
  const buildArgs: Record<string, string> = values.standin ? standinImages() : {};
  if (values['build-image']) buildArgs.BUILD_IMAGE = values['build-image'];
  if (values['base-image']) buildArgs.BASE_IMAGE = values['base-image'];

  const outcomes: Outcome[] = [];
  for (const plugin of positionals.length ? positionals : Object.keys(harnesses)) {
    try {
      outcomes.push(await checkPlugin(plugin, buildArgs));
    } catch (error) {
      console.error(`[${plugin}] FAILED: ${(error as Error).message}`);
      outcomes.push({ plugin, image: '-', ok: false, error: (error as Error).message.split('\n')[0] });
    }
  }
  console.log(`\n${table(outcomes)}`);
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`\nimages: ${outcomes.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`images: ${error.message}`);
    process.exit(1);
  },
);
