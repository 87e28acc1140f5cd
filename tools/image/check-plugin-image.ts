// One plugin's image, end to end: build, measure, start wired to the sandbox, first init,
// conformance suite over gRPC on loopback, SIGTERM.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CoreClient,
  IMAGE_HEAP_LIMIT_MIB,
  IMAGE_MEMORY_LIMIT_MIB,
  runConformance,
  type ConformanceCheck,
  type PluginHarness,
} from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { loadManifest } from '../manifest/load-manifest';
import { serviceOf } from '../manifest/plugin-manifest';
import { conformanceReport } from '../common/conformance-report';
import { waitForPlugin } from '../common/wait-for-plugin';
import { buildImage, inspectImage, layersOf, startContainer } from './buildah';
import { heapLimitUnder } from './heap-under-limit';
import { freePort } from '../common/free-port';

const MB = 1e6;
/** The targets, in decimal MB: the plugin's own layer, and the whole image. */
const OWN_LAYER_LIMIT_MB = 10;
const IMAGE_LIMIT_MB = 200;

export interface ImageOutcome {
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

export interface ImageCheck {
  root: string;
  plugin: string;
  harness: (sandbox: Sandbox) => Promise<PluginHarness>;
  /** BUILD_IMAGE / BASE_IMAGE overrides. */
  buildArgs: Record<string, string>;
}

function gitRevision(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

export async function checkPluginImage({ root, plugin, harness, buildArgs }: ImageCheck): Promise<ImageOutcome> {
  const manifest = loadManifest(join(root, 'plugins', plugin));
  const { version } = JSON.parse(readFileSync(join(root, 'plugins', plugin, 'package.json'), 'utf8')) as {
    version: string;
  };
  const image = `${manifest.image}:${version}`;
  const service = serviceOf(manifest.resource_type);
  const outcome: ImageOutcome = { plugin, image, ok: false };
  const say = (line: string) => console.log(`[${plugin}] ${line}`);

  const started = Date.now();
  await buildImage(
    { root, plugin, tag: image, buildArgs: { ...buildArgs, VERSION: version, REVISION: gitRevision(root) } },
    (line) => (/^\[\d\/\d\] STEP|^Successfully|error/i.test(line) ? say(line) : undefined),
  );
  outcome.buildS = (Date.now() - started) / 1000;

  const inspected = await inspectImage(image);
  const { User, Labels = {} } = inspected.OCIv1.config;
  const layers = layersOf(inspected);
  const baseLayers = buildArgs.BASE_IMAGE
    ? new Set(layersOf(await inspectImage(buildArgs.BASE_IMAGE)).map((l) => l.digest))
    : new Set(layers.slice(0, -1).map((l) => l.digest));
  outcome.totalMB = layers.reduce((sum, l) => sum + l.size, 0) / MB;
  outcome.ownMB = layers.filter((l) => !baseLayers.has(l.digest)).reduce((sum, l) => sum + l.size, 0) / MB;
  say(
    `built in ${outcome.buildS.toFixed(1)} s: ${outcome.totalMB.toFixed(1)} MB total, ` +
      `own layer ${outcome.ownMB.toFixed(2)} MB, user ${User}, labels ` +
      ['title', 'version', 'revision'].map((k) => `${k}=${Labels[`org.opencontainers.image.${k}`]}`).join(' '),
  );
  if (User !== '65532:65532') throw new Error(`runs as ${User}, not 65532`);
  if (outcome.ownMB >= OWN_LAYER_LIMIT_MB)
    throw new Error(`own layer ${outcome.ownMB.toFixed(2)} MB, over ${OWN_LAYER_LIMIT_MB} MB`);
  if (outcome.totalMB >= IMAGE_LIMIT_MB)
    throw new Error(`image ${outcome.totalMB.toFixed(1)} MB, over ${IMAGE_LIMIT_MB} MB`);

  outcome.heapMiB = await heapLimitUnder(image, IMAGE_MEMORY_LIMIT_MIB);
  // The bundle tests (hostile specs) reproduce this heap outside a container with IMAGE_NODE_ARGS.
  if (outcome.heapMiB !== undefined && outcome.heapMiB !== IMAGE_HEAP_LIMIT_MIB)
    throw new Error(
      `V8 heap limit under ${IMAGE_MEMORY_LIMIT_MIB} MiB is ${outcome.heapMiB} MiB, not the ${IMAGE_HEAP_LIMIT_MIB} MiB that IMAGE_NODE_ARGS (plugin-testing) reproduces`,
    );
  say(
    outcome.heapMiB
      ? `V8 heap limit under a 512 MiB memory limit: ${outcome.heapMiB} MiB`
      : 'heap check skipped (no cgroup access)',
  );

  const sandbox = await startSandbox();
  let wiredInitOptions: Record<string, unknown> = {};
  try {
    const { env, checks, alertManagerChecks, initOptions = {} } = await harness(sandbox);
    wiredInitOptions = initOptions;
    const runs: { api: string; checks: typeof checks; env: Record<string, string> }[] = [
      { api: 'classic', checks, env },
      // The same image serves the alert-manager API when started with PLUGIN_API=alert_manager.
      ...(alertManagerChecks
        ? [{ api: 'alert_manager', checks: alertManagerChecks, env: { ...env, PLUGIN_API: 'alert_manager' } }]
        : []),
    ];
    outcome.passed = 0;
    outcome.failed = 0;
    for (const run of runs) {
      const { results, exitCode } = await checkInContainer(run.api, run.env, run.checks);
      outcome.passed += results.filter((r) => r.ok).length;
      outcome.failed += results.filter((r) => !r.ok).length;
      if (exitCode !== 0) outcome.error = `exit code ${exitCode} after SIGTERM (${run.api})`;
      if (outcome.failed || outcome.error) break;
    }
  } finally {
    await sandbox.close();
    outcome.ok = outcome.failed === 0 && !outcome.error;
  }
  return outcome;

  /** One container of the image with `env`: first init timed, both address families, the checks, SIGTERM. */
  async function checkInContainer(api: string, env: Record<string, string>, checks: ConformanceCheck[]) {
    const endpoint = `127.0.0.1:${await freePort()}`;
    // The container's own log is shown when something fails, and its ready line always.
    const containerLog: string[] = [];
    const container = await startContainer(image, { ...env, PORT: endpoint.split(':')[1] }, (line) => {
      containerLog.push(line);
      if (line.includes('"plugin ready"')) say(`| ${line}`);
    });
    let results: { ok: boolean }[] = [];
    let exitCode: number | null = null;
    try {
      const spawned = Date.now();
      const status = await waitForPlugin(endpoint, {
        service,
        initOptions: wiredInitOptions,
        exited: () => container.child.exitCode !== null,
      });
      if (status.init !== 'ok') throw new Error(`${service}.init ${status.init} (${api})`);
      if (api === 'classic') {
        outcome.firstInitMs = Date.now() - spawned;
        say(`first ${service}.init answered ${outcome.firstInitMs} ms after start`);
        // Its default address is [::] (docs/wire-contract.md): IPv6 and IPv4 both reach it.
        const port = endpoint.split(':')[1];
        for (const address of [`[::1]:${port}`, `127.0.0.1:${port}`]) {
          const probe = await CoreClient.connect(address);
          const { version } = (await probe.call('ServerInfo.get_version', {}).finally(() => probe.close())) as {
            version?: string;
          };
          if (version !== outcome.image.split(':').pop()) throw new Error(`${address} answered version ${version}`);
        }
        say(`answers on [::1]:${port} and 127.0.0.1:${port} (listens on [::], IPv6 and IPv4)`);
      }
      const client = await CoreClient.connect(endpoint);
      results = await runConformance(client, checks).finally(() => client.close());
      const report = conformanceReport(results as never).replace(/\n/g, `\n[${plugin}] `);
      say(api === 'classic' ? report : `PLUGIN_API=alert_manager: ${report}`);
    } finally {
      exitCode = await container.stop();
      await container.remove();
      say(`stopped with SIGTERM: exit code ${exitCode}`);
      if (exitCode !== 0 || !results.length || results.some((r) => !r.ok))
        say(`container log:\n${containerLog.map((l) => `  | ${l}`).join('\n')}`);
    }
    return { results, exitCode };
  }
}
