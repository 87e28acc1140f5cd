import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the local stand-ins of the public base images (docker/standin/build-standin-images.sh)
 * and returns them as build args: { BUILD_IMAGE, BASE_IMAGE }.
 */
export function standinImages(root: string, nodeMajor = '24'): Record<string, string> {
  const out = execFileSync(join(root, 'docker/standin/build-standin-images.sh'), [nodeMajor], {
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}
