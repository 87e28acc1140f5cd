// Child process of `npm run bench -- collect-gcp`: the baseline. Through the collector's own session
// (the pinned @googleapis/compute client, the JWT grant, the same concurrency limit and retry), it
// reads every page of the two listings that dominate the collect, `instances.aggregatedList` and
// `disks.aggregatedList` (500 a page, as the collector asks), each once, and drops the items: no
// shaping, no gRPC. What the Google calls alone cost. Reports its calls, wall time and CPU over IPC.
import { gcpSecretOf } from '@cloudforet/plugin-core/google';
import { aggregatedPages } from '@cloudforet/plugin-google-cloud-inven-collector/src/collect/google-pages';
import { gcpSettingsFrom } from '@cloudforet/plugin-google-cloud-inven-collector/src/gcp-settings';
import { GcpSession } from '@cloudforet/plugin-google-cloud-inven-collector/src/google/gcp-session';
import { serveBareCalls } from './bare-calls-child';

interface Job {
  serviceAccountKey: Record<string, unknown>;
  concurrency: number;
}

serveBareCalls(async ({ serviceAccountKey, concurrency }: Job) => {
  const secret = gcpSecretOf(serviceAccountKey);
  const session = await GcpSession.open(secret, gcpSettingsFrom(process.env), {
    signal: new AbortController().signal,
    concurrency,
  });
  const query = { project: secret.project_id, maxResults: 500, returnPartialSuccess: true };
  let items = 0;
  const drain = async (pages: AsyncIterable<unknown[]>) => {
    for await (const page of pages) items += page.length;
  };
  await Promise.all([
    drain(
      aggregatedPages(session, 'instances', (pageToken, o) =>
        session.compute.instances.aggregatedList({ ...query, pageToken }, o),
      ),
    ),
    drain(
      aggregatedPages(session, 'disks', (pageToken, o) =>
        session.compute.disks.aggregatedList({ ...query, pageToken }, o),
      ),
    ),
  ]);
  session.close();
  return { calls: session.calls, items };
});
