/**
 * How the image runs a plugin under a 512 MiB container memory limit, for tests that run the
 * bundle outside a container and must see the same memory behaviour. docker/Dockerfile sets the
 * same flags in NODE_OPTIONS; image-runtime.spec.ts keeps the two in step.
 */
export const IMAGE_MEMORY_LIMIT_MIB = 512;

/**
 * The old space: `--max-old-space-size-percentage=75` of 512 MiB, as a fixed size (Node 20 lacks
 * the percentage flag). The young generation: 16 MiB semi-spaces, Node 20's default. Node 24's V8
 * sizes them from the machine, and under twenty concurrent 4 MiB requests its larger young
 * generation took the plugin's peak RSS from ~300 MB to 450–495 MB, next to the limit.
 */
export const IMAGE_NODE_ARGS: readonly string[] = ['--max-old-space-size=387', '--max-semi-space-size=16'];
