// Tabs and columns that upstream's Compute Engine detail layouts share.
import type { DetailLayout, Field } from '@cloudforet/plugin-core';
import { badges } from '../collect/view-options';
import { ON_OFF_BADGES } from './compute-badges';

/** A Labels tab of the `{key, value}` rows under `rootPath`. */
export function labelsTab(rootPath: string): DetailLayout {
  return {
    name: 'Labels',
    type: 'table',
    rootPath,
    fields: [
      { name: 'Key', key: 'key' },
      { name: 'Value', key: 'value' },
    ],
  };
}

/** The `data.labels` rows. */
export const LABELS_TAB: DetailLayout = labelsTab('data.labels');

/**
 * Upstream's scheduling tab of a machine image or instance template. Its Host Maintenance reads
 * `data.on_host_maintenance`, a key upstream's data never has (the value is under `scheduling`).
 */
export const AVAILABLE_POLICIES_TAB: DetailLayout = {
  name: 'Available policies',
  type: 'item',
  fields: [
    { name: 'Preemptibility', key: 'data.scheduling.preemptibility', type: 'enum', options: ON_OFF_BADGES },
    { name: 'Automatic Restart', key: 'data.scheduling.automatic_restart', type: 'enum', options: ON_OFF_BADGES },
    {
      name: 'Host Maintenance',
      key: 'data.on_host_maintenance',
      type: 'enum',
      options: badges({ primary: ['MIGRATE'], 'coral.600': ['TERMINATE'] }),
    },
  ],
};

/** The estimated rates of a disk (upstream's per-GB estimates) under `prefix`: `tags` of a disk row, `data` of a Disk. */
export function diskRateFields(prefix: string): Field[] {
  return [
    { name: 'Read IOPS', key: `${prefix}.read_iops` },
    { name: 'Write IOPS', key: `${prefix}.write_iops` },
    { name: 'Read Throughput(MB/s)', key: `${prefix}.read_throughput` },
    { name: 'Write Throughput(MB/s)', key: `${prefix}.write_throughput` },
  ];
}

/** The estimated rates of a disk row (`tags`). */
export const DISK_RATE_FIELDS: Field[] = diskRateFields('tags');
