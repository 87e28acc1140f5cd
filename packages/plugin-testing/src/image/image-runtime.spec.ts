import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGE_MEMORY_LIMIT_MIB, IMAGE_NODE_ARGS } from './image-runtime';

const dockerfile = readFileSync(join(__dirname, '../../../../docker/Dockerfile'), 'utf8');
const nodeOptions = /NODE_OPTIONS="([^"]*)"/.exec(dockerfile)?.[1] ?? '';

describe('the image runtime that the bundle tests reproduce', () => {
  it('bounds the young generation as docker/Dockerfile does', () => {
    const semiSpace = IMAGE_NODE_ARGS.find((a) => a.startsWith('--max-semi-space-size='));
    expect(semiSpace).toBeDefined();
    expect(nodeOptions.split(' ')).toContain(semiSpace);
  });

  it('gives the old space the share of the memory limit that docker/Dockerfile gives it', () => {
    const percentage = Number(/--max-old-space-size-percentage=(\d+)/.exec(nodeOptions)?.[1]);
    const size = Number(/--max-old-space-size=(\d+)/.exec(IMAGE_NODE_ARGS.join(' '))?.[1]);
    expect(percentage).toBeGreaterThan(0);
    // 387 MiB is the heap_size_limit Node 24 reports in the image: 75 % of 512 MiB plus a little.
    expect(Math.abs(size - (IMAGE_MEMORY_LIMIT_MIB * percentage) / 100)).toBeLessThanOrEqual(4);
  });
});
