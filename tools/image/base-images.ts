import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { standinImages } from './standin-images';

const run = promisify(execFile);

/** The public bases docker/Dockerfile names by default (BUILD_IMAGE, BASE_IMAGE). */
export const PUBLIC_BASES = {
  BUILD_IMAGE: 'docker.io/library/node:24-slim',
  BASE_IMAGE: 'gcr.io/distroless/nodejs24-debian12:nonroot',
};

/**
 * The base images to build on: the public ones when they can be pulled (or are already here), otherwise
 * the local stand-ins (docker/standin), so the image check also works on a machine without registry access.
 */
export async function chooseBaseImages(root: string, say: (line: string) => void): Promise<Record<string, string>> {
  try {
    for (const ref of Object.values(PUBLIC_BASES))
      await run('buildah', ['pull', '--quiet', ref], { timeout: 60_000, env: process.env });
    return { ...PUBLIC_BASES };
  } catch (error) {
    const reason = ((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n').pop();
    say(`the public base images cannot be pulled (${reason}): using local stand-ins (docker/standin)`);
    return standinImages(root);
  }
}
