/**
 * The heap a plugin gets in its image under a 512 MiB container memory limit, for tests that run
 * the bundle outside a container and must see the same memory behaviour.
 */
export const IMAGE_MEMORY_LIMIT_MIB = 512;

/**
 * docker/Dockerfile's NODE_OPTIONS as fixed sizes: `--max-old-space-size-percentage=75` is 384 MiB
 * of old space under 512 MiB (Node 20 lacks the percentage flag), and `--max-semi-space-size=16`
 * is given as is. Without the latter V8 sizes the young generation from the memory it may use:
 * 1 MiB semi-spaces in a 512 MiB cgroup (twenty concurrent 4 MiB requests then spent 37 s in
 * scavenges and outbound calls timed out), 64 MiB ones on a 24 GiB host (peak RSS ~490 MB).
 */
export const IMAGE_NODE_ARGS: readonly string[] = ['--max-old-space-size=384', '--max-semi-space-size=16'];

/** The heap limit V8 reports under IMAGE_NODE_ARGS, in MiB: what the image check reports as heap@512MiB. */
export const IMAGE_HEAP_LIMIT_MIB = 432;
