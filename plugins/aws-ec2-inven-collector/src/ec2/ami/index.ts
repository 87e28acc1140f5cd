import { shapePages } from '../collect-pages';
import type { CloudServiceTypeDefinition } from '../region-context';
import { amiPages } from './ami-connector';
import { amiResource, GROUP, TYPE } from './ami-manager';
import { AMI_TYPE } from './ami-metadata';

export const amiDefinition: CloudServiceTypeDefinition = {
  group: GROUP,
  name: TYPE,
  cloudServiceType: () => AMI_TYPE,
  collect: (ctx) =>
    shapePages(amiPages(ctx), (i) => amiResource(i, ctx), {
      group: GROUP,
      type: TYPE,
      region: ctx.region,
      idOf: (i) => i.ImageId,
    }),
};
