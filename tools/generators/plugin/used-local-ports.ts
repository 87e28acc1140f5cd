import { joinPathFragments, type Tree } from '@nx/devkit';
import { parseDocument } from 'yaml';

/** The `local_port` of every plugin under `directory` in the tree (a plugin.yaml without one is skipped). */
export function usedLocalPorts(tree: Tree, directory: string): number[] {
  if (!tree.exists(directory)) return [];
  return tree.children(directory).flatMap((name) => {
    const text = tree.read(joinPathFragments(directory, name, 'plugin.yaml'), 'utf-8');
    const port: unknown = text === null ? undefined : parseDocument(text).get('local_port');
    return typeof port === 'number' ? [port] : [];
  });
}
