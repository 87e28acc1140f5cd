import { defineType } from '../collect/define-type';
import { shapePages } from '../collect/shape-pages';
import { GROUP, TYPE, vmResource } from './vm-shape';
import { vmRelated } from './vm-related';

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
  fields: [
    { name: 'Instance State', key: 'data.compute.instance_state', type: 'enum' },
    { name: 'Instance Type', key: 'instance_type' },
    { name: 'Core', key: 'data.hardware.core' },
    { name: 'Memory', key: 'data.hardware.memory' },
    { name: 'Availability Zone', key: 'data.compute.az' },
    { name: 'OS Type', key: 'data.os.os_type', type: 'enum' },
    { name: 'Primary IP', key: 'data.primary_ip_address' },
    { name: 'Public IP', key: 'data.nics.public_ip_address' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Virtual Network', key: 'data.vnet.vnet_name' },
    { name: 'Subnet', key: 'data.subnet.subnet_name' },
    { name: 'Subscription', key: 'data.subscription_name' },
    { name: 'Launched', key: 'data.compute.launched_at', type: 'datetime' },
  ],
  widgets: [
    { name: 'Total Count', type: 'card', operator: 'count' },
    { name: 'Count by Region', type: 'chart', operator: 'count', groupBy: 'region_code' },
    { name: 'Count by Instance Type', type: 'chart', operator: 'count', groupBy: 'instance_type' },
  ],
  async *collect(ctx) {
    const related = vmRelated(ctx);
    related.catch(() => undefined); // awaited below; the VM pages may fail first
    const pages = ctx.session.pages((o) => ctx.session.compute.virtualMachines.listAll({ ...o, statusOnly: 'true' }));
    const shared = readAhead(pages, related);
    yield* shapePages(shared.pages, (vm) => vmResource(vm, ctx.subscription, shared.value()), {
      group: GROUP,
      type: TYPE,
    });
  },
});

/**
 * The VM pages, read on while `related` is still listed (the NIC and VM lists are chains of pages
 * of the same length: one after the other would double the wall time), then as they are consumed.
 */
function readAhead<T, R>(pages: AsyncGenerator<T[]>, related: Promise<R>) {
  let value: R | undefined;
  const early: T[][] = [];
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
      early.push(page.value);
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
