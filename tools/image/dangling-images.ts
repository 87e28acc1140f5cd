import { buildah } from './buildah';

/** Ids of the untagged images in buildah's storage (intermediate layers, superseded builds). */
export async function danglingImages(): Promise<Set<string>> {
  const out = await buildah(['images', '--filter', 'dangling=true', '--quiet', '--no-trunc']);
  return new Set(out.split('\n').filter(Boolean));
}

/**
 * Removes the untagged images that were not there before the run: what this run left (per-plugin build
 * stages, the workspace and stand-ins it superseded), not other people's. Resolves with how many went.
 */
export async function pruneCreatedSince(before: Set<string>): Promise<number> {
  const created = [...(await danglingImages())].filter((id) => !before.has(id));
  let removed = 0;
  for (const id of created)
    // An image still used by a container or a child layer stays; that is not a failure.
    await buildah(['rmi', id]).then(
      () => removed++,
      () => undefined,
    );
  return removed;
}
