import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_HEAP_LIMIT_MIB, IMAGE_MEMORY_LIMIT_MIB, IMAGE_NODE_ARGS } from './image-runtime';

const dockerfile = readFileSync(join(__dirname, '../../../../docker/Dockerfile'), 'utf8');
const nodeOptions = (/NODE_OPTIONS="([^"]*)"/.exec(dockerfile)?.[1] ?? '').split(' ');

describe('the image heap that the bundle tests reproduce', () => {
  it('gives the old space the share of the memory limit that docker/Dockerfile gives it', () => {
    const percentage = Number(nodeOptions.find((o) => o.startsWith('--max-old-space-size-percentage='))?.split('=')[1]);
    expect(IMAGE_NODE_ARGS).toContain(`--max-old-space-size=${(IMAGE_MEMORY_LIMIT_MIB * percentage) / 100}`);
  });

  it('sizes the young generation as docker/Dockerfile does', () => {
    const semiSpace = nodeOptions.find((o) => o.startsWith('--max-semi-space-size='));
    expect(semiSpace).toBeDefined();
    expect(IMAGE_NODE_ARGS).toContain(semiSpace);
  });

  it('makes this Node report the heap limit that the image reports under the memory limit', () => {
    // process.stdout.write, not console.log: under FORCE_COLOR (nx sets it) console.log colours numbers.
    const script = 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))';
    const bytes = Number(execFileSync(process.execPath, [...IMAGE_NODE_ARGS, '-e', script], { encoding: 'utf8' }));
    expect(bytes / 2 ** 20).toBe(IMAGE_HEAP_LIMIT_MIB);
  });
});
