import { shapePages } from '../collect-pages';
import type { CloudServiceTypeDefinition } from '../region-context';
import { snapshotPages } from './snapshot-connector';
import { GROUP, snapshotResource, TYPE } from './snapshot-manager';
import { SNAPSHOT_TYPE } from './snapshot-metadata';

export const snapshotDefinition: CloudServiceTypeDefinition = {
  group: GROUP,
  name: TYPE,
  cloudServiceType: () => SNAPSHOT_TYPE,
  collect: (ctx) =>
    shapePages(snapshotPages(ctx), (s) => snapshotResource(s, ctx), {
      group: GROUP,
      type: TYPE,
      region: ctx.region,
      idOf: (s) => s.SnapshotId,
    }),
};
