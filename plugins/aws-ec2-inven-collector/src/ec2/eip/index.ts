import { shapePages } from '../collect-pages';
import type { CloudServiceTypeDefinition } from '../region-context';
import { eipPages } from './eip-connector';
import { eipResource, GROUP, TYPE } from './eip-manager';
import { EIP_TYPE } from './eip-metadata';

export const eipDefinition: CloudServiceTypeDefinition = {
  group: GROUP,
  name: TYPE,
  cloudServiceType: () => EIP_TYPE,
  collect: (ctx) =>
    shapePages(eipPages(ctx), (item) => eipResource(item, ctx), {
      group: GROUP,
      type: TYPE,
      region: ctx.region,
      idOf: (item) => item.AllocationId,
    }),
};
