/**
 * A read that is made once per key within one collect (ARM ids compared case-insensitively): every
 * caller of a key gets the same promise, its answer or its failure, so a resource many items share
 * (a subnet of several frontends, a resource group's autoscale settings) costs one call.
 */
export function readOnce<T>(read: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const reads = new Map<string, Promise<T>>();
  return (id) => {
    const key = id.toLowerCase();
    let pending = reads.get(key);
    if (!pending) {
      pending = read(id);
      reads.set(key, pending);
    }
    return pending;
  };
}
