import type { compute_v1 } from '@googleapis/compute';
import type { CollectContext } from '../collect/collect-context';
import { aggregatedPages } from '../collect/google-pages';
import { labelsOf, lastSegment, orNull, regionOfZone, segmentAfter } from '../gcp-resource';

type Instance = compute_v1.Schema$Instance;
type Nic = compute_v1.Schema$NetworkInterface;

/** What an `applicable_instance` row reads (a partial response of `instances.aggregatedList`). */
const FIELDS =
  'nextPageToken,unreachables,items/*/warning,items/*/instances(id,name,zone,creationTimestamp,labels,' +
  'tags/items,serviceAccounts/email,networkInterfaces(network,networkIP,subnetwork))';

/**
 * The project's instances as Firewall and Route list them (upstream's `instances.aggregatedList`
 * for their `applicable_instance`), only the keys a row reads.
 */
export async function listInstancesForNetworks(ctx: CollectContext): Promise<Instance[]> {
  const project = ctx.projectId;
  const out: Instance[] = [];
  for await (const page of aggregatedPages<Instance>(ctx.session, 'instances', (pageToken, o) =>
    ctx.session.compute.instances.aggregatedList(
      { project, pageToken, maxResults: 500, returnPartialSuccess: true, fields: FIELDS },
      o,
    ),
  ))
    for (const { item } of page) out.push(item);
  return out;
}

/** An `applicable_instance` row (upstream's ComputeVM) of an instance's interface. */
export function applicableInstance(instance: Instance, nic: Nic, project: string) {
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

/**
 * A row per interface of the instances on the network (upstream's `applicable_instance`). Every
 * firewall and route of a network lists the same rows: each interface's row is built once per
 * listing and shared, not rebuilt for every rule.
 */
export function applicableOn(instances: Instance[], network: string | null | undefined, project: string) {
  return instances.flatMap((i) =>
    (i.networkInterfaces ?? []).filter((n) => n.network === network).map((n) => rowOf(i, n, project)),
  );
}

const ROWS = new WeakMap<Nic, ReturnType<typeof applicableInstance>>();

function rowOf(instance: Instance, nic: Nic, project: string) {
  let row = ROWS.get(nic);
  if (row === undefined) ROWS.set(nic, (row = applicableInstance(instance, nic, project)));
  return row;
}
