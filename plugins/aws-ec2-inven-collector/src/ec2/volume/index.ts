import { shapePages } from '../collect-pages';
import type { CloudServiceTypeDefinition } from '../region-context';
import { volumePages } from './volume-connector';
import { GROUP, TYPE, volumeResource } from './volume-manager';
import { VOLUME_TYPE } from './volume-metadata';

export const volumeDefinition: CloudServiceTypeDefinition = {
  group: GROUP,
  name: TYPE,
  cloudServiceType: () => VOLUME_TYPE,
  collect: (ctx) =>
    shapePages(volumePages(ctx), (v) => volumeResource(v, ctx), {
      group: GROUP,
      type: TYPE,
      region: ctx.region,
      idOf: (v) => v.VolumeId,
    }),
};
