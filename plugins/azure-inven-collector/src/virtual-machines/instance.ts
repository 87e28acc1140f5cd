import { defineType, OPTIONAL, stateEnum } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { GROUP, TYPE, vmResource } from './vm-shape';
import { vmFacts } from './vm-facts';
import { vmRelated } from './vm-related';
import { VM_TABS } from './vm-tabs';

/** Upstream's table colours of `instance_state` (its detail tab lists fewer states). */
const CHANGING = ['PENDING', 'REBOOTING', 'SHUTTING-DOWN', 'STOPPING', 'STARTING', 'PROVISIONING', 'STAGING'];
const TABLE_STATES = stateEnum(
  {
    RUNNING: 'green.500',
    ...Object.fromEntries([...CHANGING, 'DEALLOCATING', 'REPAIRING'].map((s) => [s, 'yellow.500'])),
    STOPPED: 'red.500',
    DEALLOCATED: 'red.500',
    SUSPENDED: 'red.500',
    TERMINATED: 'gray.400',
  },
  { STOPPED: 'red.500', DEALLOCATED: 'red.500', SUSPENDED: 'red.500', TERMINATED: 'gray.400' },
);

/**
 * VMs: the subscription's NICs, public IPs, NSGs, load balancers, virtual networks and VM SKUs
 * once (their listing and the first page of VMs start together), then every VM with its run-time
 * state from one `virtualMachines.listAll` with `statusOnly=true`, a page at a time while the
 * next is asked for.
 */
export const instanceDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Compute/virtualMachines',
  labels: ['Compute', 'Server'],
  icon: 'azure-vm.svg',
  isPrimary: true,
  isMajor: true,
  // Upstream's table (metadata/virtual_machines/instance.yaml) but its 20 monitoring columns
  // (`data.monitoring.*`, not collected), and its search.
  fields: [
    { name: 'Instance State', key: 'data.compute.instance_state', type: 'enum', options: TABLE_STATES },
    { name: 'Cloud Service ID', key: 'cloud_service_id', options: OPTIONAL },
    { name: 'Instance Type', key: 'data.compute.instance_type' },
    { name: 'Core', key: 'data.hardware.core' },
    { name: 'Memory', key: 'data.hardware.memory' },
    { name: 'Instance ID', key: 'data.compute.instance_id', options: OPTIONAL },
    { name: 'Key Pair', key: 'data.compute.keypair', options: OPTIONAL },
    { name: 'Image', key: 'data.compute.image', options: OPTIONAL },
    { name: 'Availability Zone', key: 'data.compute.az' },
    { name: 'OS Type', key: 'data.os.os_type', options: OPTIONAL },
    { name: 'OS', key: 'data.os.os_distro' },
    { name: 'Primary IP', key: 'data.primary_ip_address' },
    { name: 'Public DNS', key: 'data.nics', type: 'list', options: { sub_key: 'tags.name', ...OPTIONAL } },
    { name: 'Public IP', key: 'data.nics', type: 'list', options: { sub_key: 'public_ip_address', ...OPTIONAL } },
    { name: 'All IP', key: 'ip_addresses', options: OPTIONAL },
    { name: 'MAC Address', key: 'data.nics.mac_address', options: OPTIONAL },
    { name: 'CIDR', key: 'data.vnet.cidr', options: OPTIONAL },
    { name: 'VNet ID', key: 'data.vnet.vnet_id', options: OPTIONAL },
    { name: 'VNet Name', key: 'data.vnet.vnet_name', options: OPTIONAL },
    { name: 'Subnet ID', key: 'data.subnet.subnet_id', options: OPTIONAL },
    { name: 'Subnet Name', key: 'data.subnet.subnet_name', options: OPTIONAL },
    { name: 'Load Balancer Name', key: 'data.load_balancer.name', options: OPTIONAL },
    { name: 'Load Balancer DNS', key: 'data.load_balancer.endpoint', options: OPTIONAL },
    { name: 'Ultra SSD Enabled', key: 'data.azure.ultra_ssd_enabled', options: OPTIONAL },
    { name: 'Write Accelerator Enabled', key: 'data.azure.write_accelerator_enabled', options: OPTIONAL },
    { name: 'Boot Diagnostics', key: 'data.azure.boot_diagnostics', options: OPTIONAL },
    { name: 'Priority', key: 'data.azure.priority', options: OPTIONAL },
    { name: 'Auto Scaling Group', key: 'data.auto_scaling_group.name', options: OPTIONAL },
    { name: 'Subscription ID', key: 'account' },
    { name: 'Launched', key: 'launched_at', options: OPTIONAL },
  ],
  search: [
    { name: 'Subscription ID', key: 'account' },
    { name: 'Subscription Name', key: 'data.subscription_name' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'IP Address', key: 'data.ip_addresses' },
    { name: 'Instance ID', key: 'data.compute.instance_id' },
    { name: 'Instance State', key: 'data.compute.instance_state' },
    { name: 'Instance Type', key: 'data.compute.instance_type' },
    { name: 'Key Pair', key: 'data.compute.keypair' },
    { name: 'Image', key: 'data.compute.image' },
    { name: 'Availability Zone', key: 'data.compute.az' },
    { name: 'OS Type', key: 'data.os.os_type' },
    { name: 'MAC Address', key: 'data.nics.mac_address' },
    { name: 'Public IP Address', key: 'data.nics.public_ip_address' },
    { name: 'Public DNS', key: 'data.nics.tags.public_dns' },
    { name: 'VNet ID', key: 'data.vnet.vnet_id' },
    { name: 'VNet Name', key: 'data.vnet.vnet_name' },
    { name: 'Subnet ID', key: 'data.subnet.subnet_id' },
    { name: 'Subnet Name', key: 'data.subnet.subnet_name' },
    { name: 'ELB Name', key: 'data.load_balancer.name' },
    { name: 'ELB DNS', key: 'data.load_balancer.endpoint' },
    { name: 'Auto Scaling Group', key: 'data.auto_scaling_group.name' },
    { name: 'Core', key: 'data.hardware.core', dataType: 'integer' },
    { name: 'Memory', key: 'data.hardware.memory' },
    { name: 'Management State', key: 'state' },
    { name: 'Cloud Service Group', key: 'cloud_service_group' },
    { name: 'Cloud Service Type', key: 'cloud_service_type' },
    { name: 'Service Account', key: 'collection_info.service_accounts' },
    { name: 'Launched', key: 'data.launched_at' },
  ],
  details: VM_TABS,
  async *collect(ctx) {
    const related = vmRelated(ctx);
    related.catch(() => undefined); // awaited below; the VM pages may fail first
    const pages = ctx.session.pages((o) => ctx.session.compute.virtualMachines.listAll({ ...o, statusOnly: 'true' }));
    const shared = readAhead(pages, related, vmFacts);
    yield* shapePages(shared.pages, (vm) => vmResource(vm, ctx.subscription, shared.value()), {
      group: GROUP,
      type: TYPE,
    });
  },
});

/**
 * The VM pages, read on while `related` is still listed (the NIC and VM lists are chains of pages
 * of the same length: one after the other would double the wall time), then as they are consumed.
 * A page read ahead keeps only what `keep` takes of each item (at 5,000 VMs most pages wait).
 */
function readAhead<T extends K, K, R>(pages: AsyncGenerator<T[]>, related: Promise<R>, keep: (item: T) => K) {
  let value: R | undefined;
  const early: K[][] = [];
  let done = false;
  const reading = (async () => {
    let ready = false;
    void related.then(
      () => (ready = true),
      () => (ready = true),
    );
    while (!ready) {
      const page = await pages.next();
      if (page.done) {
        done = true;
        return;
      }
      early.push(page.value.map(keep));
    }
  })();
  reading.catch(() => undefined);
  return {
    value: () => value as R,
    pages: (async function* () {
      value = await related;
      await reading;
      yield* early.splice(0);
      if (!done) yield* pages;
    })(),
  };
}
