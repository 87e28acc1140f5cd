// Tabs and badges that upstream's Networking detail layouts share.
import type { DetailLayout } from '@cloudforet/plugin-core';
import { badges, LIST_BADGE } from '../collect/view-options';

/** A firewall rule's action (Firewall's table and tab, VPCNetwork's firewall rows). */
export const ACTION_BADGES = badges({ 'indigo.500': ['Allow'], 'coral.600': ['Deny'] });

/** The `data.applicable_instance` rows of a Firewall or Route (upstream's ComputeVM). */
export const APPLICABLE_INSTANCES_TAB: DetailLayout = {
  name: 'Applicable to Instances',
  type: 'table',
  rootPath: 'data.applicable_instance',
  fields: [
    { name: 'Name', key: 'name' },
    { name: 'Subnetwork', key: 'subnetwork' },
    { name: 'Internal IP', key: 'address' },
    { name: 'Tags', key: 'tags', type: 'list', options: LIST_BADGE },
    { name: 'Service Accounts', key: 'service_accounts', type: 'list' },
    { name: 'Project', key: 'project' },
    { name: 'Label', key: 'labels_display', type: 'list', options: LIST_BADGE },
    { name: 'Creation Time', key: 'creation_timestamp', type: 'datetime' },
  ],
};
