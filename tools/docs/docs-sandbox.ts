// For a plugin whose init reaches the outside world (an identity provider's discovery), the docs
// come from the sandbox: its harness's env and `docsInitOptions`, with the sandbox's ephemeral
// origins written as stable names (`http://oidc.sandbox`), so the README does not change per run.
import type { PluginDefinition } from '@cloudforet/plugin-core';
import type { PluginHarness } from '@cloudforet/plugin-testing';
import { startSandbox, type Sandbox } from '@cloudforet/sandbox';
import { collectPluginDocs } from './collect-plugin-docs';
import type { PluginDocs } from './plugin-docs';

export interface SandboxedDocs {
  /** The plugin's docs through the sandbox, or undefined when its harness has no docsInitOptions. */
  collect(name: string, createPlugin: () => PluginDefinition): Promise<PluginDocs | undefined>;
  close(): Promise<void>;
}

export function sandboxedDocs(
  root: string,
  harnesses: Record<string, (sandbox: Sandbox) => Promise<PluginHarness>>,
): SandboxedDocs {
  let sandbox: Promise<Sandbox> | undefined;
  return {
    async collect(name, createPlugin) {
      if (!harnesses[name]) return undefined;
      sandbox ??= startSandbox();
      const running = await sandbox;
      const harness = await harnesses[name](running);
      if (!harness.docsInitOptions) return undefined;
      const saved = { ...process.env };
      Object.assign(process.env, harness.env);
      try {
        const docs = await collectPluginDocs(root, name, createPlugin(), harness.docsInitOptions);
        return JSON.parse(stableOrigins(JSON.stringify(docs), running)) as PluginDocs;
      } finally {
        process.env = saved;
      }
    },
    async close() {
      if (sandbox) await (await sandbox).close();
    },
  };
}

/** `http://127.0.0.1:<port>` of each stand-in → `http://<stand-in>.sandbox`. */
export function stableOrigins(text: string, sandbox: Sandbox): string {
  let out = text;
  for (const [name, standIn] of Object.entries(sandbox.started())) {
    const url = (standIn as { url?: unknown }).url;
    if (typeof url === 'string' && url.startsWith('http://127.0.0.1:'))
      out = out.split(url).join(`http://${name}.sandbox`);
  }
  return out;
}
