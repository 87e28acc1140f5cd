import { shapePages } from '../collect-pages';
import type { CloudServiceTypeDefinition } from '../region-context';
import { securityGroupPages } from './security-group-connector';
import { GROUP, securityGroupResource, TYPE } from './security-group-manager';
import { SECURITY_GROUP_TYPE } from './security-group-metadata';

export const securityGroupDefinition: CloudServiceTypeDefinition = {
  group: GROUP,
  name: TYPE,
  cloudServiceType: () => SECURITY_GROUP_TYPE,
  collect: (ctx) =>
    shapePages(securityGroupPages(ctx), (g) => securityGroupResource(g, ctx), {
      group: GROUP,
      type: TYPE,
      region: ctx.region,
      idOf: (g) => g.GroupId,
    }),
};
