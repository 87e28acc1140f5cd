import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages } from '../collect/google-pages';
import { labelsOf, lastSegment, orNull, regionOfZone, segmentAfter } from '../gcp-resource';

type Instance = compute_v1.Schema$Instance;
type Nic = compute_v1.Schema$NetworkInterface;

/** An `applicable_instance` row (upstream's ComputeVM): one interface of an instance. */
export type ApplicableInstance = ReturnType<typeof applicableInstance>;

/** Each network's rows (by the network's URL), in the order the instances are listed. */
export type RowsByNetwork = Map<string, ApplicableInstance[]>;

/** What a row reads (a partial response of `instances.aggregatedList`). */
const FIELDS =
  'nextPageToken,unreachables,items/*/warning,items/*/instances(id,name,zone,creationTimestamp,labels,' +
  'tags/items,serviceAccounts/email,networkInterfaces(network,networkIP,subnetwork))';

/** The listing of a collect (by session), shared by Firewall and Route. */
const LISTED = new WeakMap<object, Promise<RowsByNetwork>>();

/**
 * The project's instances as Firewall and Route list them for their `applicable_instance`
 * (upstream's `instances.aggregatedList`, once for each type): listed once per collect, and only
 * the rows kept, each built once and shared by every rule of its network.
 */
export function rowsByNetwork(ctx: CollectContext): Promise<RowsByNetwork> {
  let listed = LISTED.get(ctx.session);
  if (!listed) LISTED.set(ctx.session, (listed = listRows(ctx)));
  return listed;
}

async function listRows(ctx: CollectContext): Promise<RowsByNetwork> {
  const project = ctx.projectId;
  const out: RowsByNetwork = new Map();
  for await (const page of aggregatedPages<Instance>(ctx.session, 'instances', (pageToken, o) =>
    ctx.session.compute.instances.aggregatedList(
      { project, pageToken, maxResults: 500, returnPartialSuccess: true, fields: FIELDS },
      o,
    ),
  ))
    for (const { item } of page)
      for (const nic of item.networkInterfaces ?? []) {
        const network = nic.network ?? '';
        let rows = out.get(network);
        if (!rows) out.set(network, (rows = []));
        rows.push(applicableInstance(item, nic, project));
      }
  return out;
}

function applicableInstance(instance: Instance, nic: Nic, project: string) {
  const zone = lastSegment(instance.zone);
  const emails = (instance.serviceAccounts ?? []).map((s) => s.email ?? null);
  return {
    id: orNull(instance.id),
    name: orNull(instance.name),
    region: regionOfZone(zone),
    zone,
    address: orNull(nic.networkIP),
    project,
    subnetwork: segmentAfter(nic.subnetwork, 'subnetworks'),
    tags: instance.tags?.items ?? [],
    service_accounts: emails.length ? emails : ['None'],
    creation_timestamp: orNull(instance.creationTimestamp),
    labels: labelsOf(instance.labels),
    labels_display: Object.entries(instance.labels ?? {}).map(([key, value]) => `${key}: ${value}`),
  };
}

/** The rows of the instances on a network (by its URL). */
export const rowsOn = (rows: RowsByNetwork, network: string | null | undefined): ApplicableInstance[] =>
  rows.get(network ?? '') ?? [];
