// The esbuild settings every Node bundle of this repo shares: plugin images,
// the local host and the benchmarks. One place, so what the tests run is what ships.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Pretty logs are for terminals only; bundles fall back to JSON without it.
  external: ['pino-pretty'],
  logLevel: 'warning',
};
