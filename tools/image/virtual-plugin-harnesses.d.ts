// Type of the module tools/scripts/harness-registry.mjs generates at bundle time.
declare module 'virtual:plugin-harnesses' {
  import type { PluginHarness } from '@cloudforet/plugin-testing';
  import type { Sandbox } from '@cloudforet/sandbox';
  export const harnesses: Record<string, (sandbox: Sandbox) => PluginHarness>;
}
