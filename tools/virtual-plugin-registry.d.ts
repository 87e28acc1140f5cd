// Types of the modules tools/scripts/plugin-registry.mjs generates at bundle time.
declare module 'virtual:plugin-harnesses' {
  import type { PluginHarness } from '@cloudforet/plugin-testing';
  import type { Sandbox } from '@cloudforet/sandbox';
  export const harnesses: Record<string, (sandbox: Sandbox) => Promise<PluginHarness>>;
}

declare module 'virtual:plugin-factories' {
  import type { PluginDefinition } from '@cloudforet/plugin-core';
  export const factories: Record<string, () => PluginDefinition>;
}
