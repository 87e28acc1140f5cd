import type { ConformanceCheck } from '../conformance/conformance-check';

/**
 * How to run one plugin against the sandbox, from the outside: every plugin
 * exports one from `plugins/<name>/test/harness.ts` as
 * `export async function harness(sandbox: Sandbox): Promise<PluginHarness>`; it starts the
 * stand-ins it talks to (`await sandbox.start('slack')`), and only those.
 * The same harness drives the plugin's in-process conformance test, its container
 * image check in CI, `npm start` and `cfplugin serve`.
 */
export interface PluginHarness {
  /** Environment that points the plugin's SDKs at the sandbox (given to the bundle or the container). */
  env: Record<string, string>;
  /** The plugin's conformance suite, asserting on what the sandbox received. */
  checks: ConformanceCheck[];
  /**
   * Webhooks and protocols: the same suite for the plugin started with PLUGIN_API=alert_manager
   * (`protocolChecks(fixture, { api: 'alert_manager' })`, `webhookChecks(...)`).
   */
  alertManagerChecks?: ConformanceCheck[];
  /** Options with which `init` succeeds (the image check and `npm start` wait for that); default `{}`. */
  initOptions?: Record<string, unknown>;
  /**
   * Only for a plugin whose `init` reaches the outside world (an identity provider): the options
   * `npm run docs` documents `init` with, against the sandbox, instead of the schema's examples.
   * Sandbox origins are written as `http://<stand-in>.sandbox` in the README.
   */
  docsInitOptions?: Record<string, unknown>[];
  /** One call worth showing (npm start, demo): method as the core names it, and its params. */
  example: { method: string; params: Record<string, unknown> };
  /**
   * A stand-in's control URL that answers a JSON list of what the plugin sent out (messages
   * posted, mails received); `npm run demo` shows its latest entry after the example call.
   */
  received?: string;
}
