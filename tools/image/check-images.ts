// `npm run images [-- --standin | --build-image REF --base-image REF] [plugin...]`
// For every plugin (or those named): builds its image from docker/Dockerfile with buildah,
// measures it, starts the container on loopback wired to the sandbox by the plugin's harness,
// times the first successful `init`, runs the plugin's conformance suite against the container
// over gRPC, and stops it with SIGTERM (it must exit 0). Exit code 1 when any step fails.
import { parseArgs } from 'node:util';
// Generated at bundle time from plugins/*/test/harness.ts (tools/scripts/plugin-registry.mjs).
import { harnesses } from 'virtual:plugin-harnesses';
import { textTable } from '../common/text-table';
import { chooseBaseImages } from './base-images';
import { buildImage } from './buildah';
import { checkPluginImage, type ImageOutcome } from './check-plugin-image';
import { danglingImages, pruneCreatedSince } from './dangling-images';
import { standinImages } from './standin-images';

const ROOT = process.cwd();
/** The Dockerfile's `workspace` stage (npm ci of the whole repository), shared by every plugin's build. */
const WORKSPACE_TAG = 'localhost/cloudforet-plugins-workspace:latest';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'build-image': { type: 'string' },
    'base-image': { type: 'string' },
    standin: { type: 'boolean', default: false },
    prune: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

function usage(): string {
  return `usage: npm run images -- [--standin | --build-image REF --base-image REF] [plugin...]
  (no option)        the public base images when they can be pulled, else the local stand-ins
  --standin          the local stand-ins of the public base images (built once per content; no registry access)
  --build-image REF  build stage image (default node:24-slim)
  --base-image REF   runtime base image (default gcr.io/distroless/nodejs24-debian12:nonroot)
  --prune            afterwards, remove the untagged images this run left (not those that were there before):
                     the per-plugin build stages and what it superseded; the stand-ins and the tagged
                     workspace stage stay, so the next run reuses them
plugins: ${Object.keys(harnesses).join(', ')}`;
}

function summary(outcomes: ImageOutcome[]): string {
  return textTable([
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
  ]);
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
  const started = Date.now();
  const danglingBefore = values.prune ? await danglingImages() : new Set<string>();
  const explicit = values['build-image'] || values['base-image'];
  const buildArgs: Record<string, string> = values.standin
    ? standinImages(ROOT)
    : explicit
      ? {}
      : await chooseBaseImages(ROOT, (line) => console.log(`images: ${line}`));
  if (values['build-image']) buildArgs.BUILD_IMAGE = values['build-image'];
  if (values['base-image']) buildArgs.BASE_IMAGE = values['base-image'];
  const basesS = (Date.now() - started) / 1000;
  console.log(`images: base images ready in ${basesS.toFixed(1)} s`);

  // The installed workspace, tagged so that pruning keeps it and the next run's builds reuse its layers.
  const workspaceStarted = Date.now();
  let cached = 0;
  await buildImage({ root: ROOT, tag: WORKSPACE_TAG, target: 'workspace', buildArgs }, (line) => {
    if (/Using cache/.test(line)) cached++;
    if (/^\[\d\/\d\] STEP|error/i.test(line)) console.log(`[workspace] ${line}`);
  });
  const workspaceS = (Date.now() - workspaceStarted) / 1000;
  console.log(
    `images: workspace stage ${cached ? `reused from the layer cache (${cached} steps)` : 'built'} in ${workspaceS.toFixed(1)} s`,
  );

  const outcomes: ImageOutcome[] = [];
  for (const plugin of positionals.length ? positionals : Object.keys(harnesses)) {
    try {
      outcomes.push(await checkPluginImage({ root: ROOT, plugin, harness: harnesses[plugin], buildArgs }));
    } catch (error) {
      console.error(`[${plugin}] FAILED: ${(error as Error).message}`);
      outcomes.push({ plugin, image: '-', ok: false, error: (error as Error).message.split('\n')[0] });
    }
  }
  if (values.prune)
    console.log(`images: pruned ${await pruneCreatedSince(danglingBefore)} untagged image(s) this run left`);
  console.log(`\n${summary(outcomes)}`);
  console.log(
    `\nimages: ${((Date.now() - started) / 1000).toFixed(1)} s in all (base images ${basesS.toFixed(1)} s, workspace stage ${workspaceS.toFixed(1)} s)`,
  );
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
