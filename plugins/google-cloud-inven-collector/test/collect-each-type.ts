// What the detail-layout specs share around their tests: a sandbox and the plugin started before
// the describe's tests, one collect per type (its task, as Job.get_tasks gives it), both stopped after.
import { startGcpSandbox, type GcpSandbox, type GcpSandboxOptions } from '@cloudforet/sandbox';
import { cloudServiceTask, sandboxSecret } from './harness';
import { startPlugin, type Message } from './plugin-under-test';

export interface CollectedTypes {
  /** The CloudServices the type's collect sent. */
  resources(type: string): Message[];
  /** The sandbox they came from (its own data, to compare with). */
  sandbox(): GcpSandbox;
}

/** Call in a describe: registers its beforeAll and afterAll. */
export function collectEachType(group: string, types: string[], options?: GcpSandboxOptions): CollectedTypes {
  let gcp: GcpSandbox | undefined;
  let close = async () => undefined as void;
  const collected: Record<string, Message[]> = {};
  beforeAll(async () => {
    gcp = await startGcpSandbox(options);
    const plugin = await startPlugin(gcp);
    close = async () => {
      await plugin.close();
      await gcp?.close();
    };
    const secret_data = sandboxSecret(gcp);
    for (const type of types)
      collected[type] = (
        await plugin.collect({ options: {}, secret_data, task_options: cloudServiceTask(group, type) })
      ).filter((m) => m.resource_type === 'inventory.CloudService');
  });
  afterAll(() => close());
  return {
    resources: (type) => collected[type] ?? [],
    sandbox: () => gcp!,
  };
}
