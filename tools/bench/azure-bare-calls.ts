// Child process of `npm run bench -- collect-azure`: the baseline. Through the collector's own
// session (the pinned @azure/arm-compute and @azure/arm-network clients, the client-secret token,
// the same concurrency limit and the SDKs' retry), it reads every page of the lists that dominate
// the collect, each once: `virtualMachines.listAll` (statusOnly, as the collector asks),
// `networkInterfaces.listAll`, `publicIPAddresses.listAll` and `disks.list`, and drops the items:
// no shaping, no gRPC. What the ARM calls alone cost. Reports its calls, wall time and CPU over IPC.
import { azureSecretOf } from '@cloudforet/plugin-azure-inven-collector/src/azure-secret';
import { azureSettingsFrom } from '@cloudforet/plugin-azure-inven-collector/src/azure-settings';
import { AzureSession } from '@cloudforet/plugin-azure-inven-collector/src/azure/azure-session';
import { serveBareCalls } from './bare-calls-child';

interface Job {
  secretData: Record<string, unknown>;
  concurrency: number;
}

serveBareCalls(async ({ secretData, concurrency }: Job) => {
  const s = new AzureSession(azureSecretOf(secretData), azureSettingsFrom(process.env), {
    signal: new AbortController().signal,
    concurrency,
  });
  await s.authenticate();
  let items = 0;
  const drain = async (pages: AsyncIterable<unknown[]>) => {
    for await (const page of pages) items += page.length;
  };
  await Promise.all([
    drain(s.pages((o) => s.compute.virtualMachines.listAll({ ...o, statusOnly: 'true' }))),
    drain(s.pages((o) => s.network.networkInterfaces.listAll(o))),
    drain(s.pages((o) => s.network.publicIPAddresses.listAll(o))),
    drain(s.pages((o) => s.compute.disks.list(o))),
  ]);
  return { calls: s.calls, items };
});
