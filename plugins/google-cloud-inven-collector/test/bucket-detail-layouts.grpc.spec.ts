// The detail page (per-resource `metadata.view.sub_data.layouts`) of a CloudStorage Bucket through the
// core-like client: upstream's tabs field by field (the expected values spelled as upstream's dynamic
// fields serialize), and every key they name found in the buckets' data.
import { collectEachType } from './collect-each-type';
import type { Message } from './plugin-under-test';
import {
  LABELS,
  datetime,
  enumOf,
  layoutsOf,
  size,
  text,
  trueFalse,
  unresolved,
  unresolvedInAll,
  type Tab,
} from './detail-layouts';

const state = (icon: string, textColor?: string) => ({
  type: 'state',
  options: { ...(textColor ? { text_color: textColor } : {}), icon: { color: icon } },
});
const outline = (color: string) => ({ type: 'badge', options: { outline_color: color } });

const UPSTREAM: Tab[] = [
  {
    name: 'Configurations',
    type: 'item',
    options: {
      fields: [
        text('Location Type', 'data.location.location_type'),
        text('Location', 'data.location.location_display'),
        {
          key: 'data.default_storage_class',
          name: 'Default Storage Class',
          type: 'enum',
          options: {
            Standard: outline('primary'),
            Nearline: outline('indigo.500'),
            Coldline: outline('coral.600'),
            Archive: outline('peacock.500'),
          },
        },
        text('Encryption Type', 'data.encryption'),
        text('Object Total Counts', 'data.object_count'),
        size('Object Size', 'data.object_total_size'),
        {
          key: 'data.public_access',
          name: 'Public Access',
          type: 'enum',
          options: {
            'Subject to object ACLs': state('green.500'),
            'Not public': state('green.500'),
            'Not authorized': state('yellow.500'),
            'Public to internet': state('red.500', 'red.500'),
          },
        },
        enumOf('Requester Pays', 'data.requester_pays', [
          ['OFF', 'indigo.500'],
          ['ON', 'coral.600'],
        ]),
        text('Access Control', 'data.access_control'),
        text('Link URL', 'data.links.link_url'),
        text('Link for gsutil', 'data.links.gsutil_link'),
        datetime('Created', 'data.creation_timestamp'),
        datetime('Updated', 'data.update_timestamp'),
      ],
    },
  },
  {
    name: 'Permission',
    type: 'list',
    options: {
      layouts: [
        {
          name: 'Details',
          type: 'item',
          options: {
            fields: [text('Public Access', 'data.public_access'), text('Access Control', 'data.access_control')],
          },
        },
        {
          name: 'Permissions Member',
          type: 'simple-table',
          options: { root_path: 'data.iam_policy_binding', fields: [text('Member', 'member'), text('role', 'role')] },
        },
      ],
    },
  },
  {
    name: 'Retention',
    type: 'item',
    options: {
      fields: [
        text('Retention Period', 'data.retention_policy_display'),
        trueFalse('Lock Status', 'data.retention_policy.is_locked'),
        datetime('Effective Date', 'data.retention_policy.effective_time'),
        enumOf('Default Event-Based Hold Option', 'data.default_event_based_hold', [
          ['Enabled', 'indigo.500'],
          ['Disabled', 'coral.600'],
        ]),
      ],
    },
  },
  {
    name: 'Lifecycle',
    type: 'table',
    options: {
      root_path: 'data.lifecycle_rule.rule',
      fields: [text('Action', 'action_display'), text('Object Condition', 'condition_display')],
    },
  },
  LABELS,
];

describe('google-cloud-inven-collector: detail layout of buckets', () => {
  const collected = collectEachType('CloudStorage', ['Bucket']);
  const resourceOf = (m: Message) => ({ data: JSON.parse(m.resource.json_data) });
  let buckets: Message[];
  beforeAll(() => {
    buckets = collected.resources('Bucket');
  });

  it('every bucket`s tabs are upstream`s, field by field', () => {
    expect(buckets.length).toBe(3);
    for (const m of buckets) expect(layoutsOf(m)).toEqual(UPSTREAM);
  });

  it('every key the tabs name is in the data of some bucket', () => {
    // a key missing from every bucket (one without a retention policy still leaves its keys found)
    expect(unresolvedInAll(buckets)).toEqual([]);
  });

  it('the buckets with a lifecycle, a retention policy and IAM members fill those tabs', () => {
    const byName = (index: number) =>
      buckets.find((m) => m.resource.name === collected.sandbox().project.bucket(index).name)!;
    const withRules = byName(1);
    expect(unresolved(layoutsOf(withRules), resourceOf(withRules))).toEqual([
      'data.retention_policy.is_locked',
      'data.retention_policy.effective_time',
    ]);
    expect(
      resourceOf(withRules).data.lifecycle_rule.rule.map((r: { action_display: string }) => r.action_display),
    ).toEqual(['Delete object', 'Set to Coldline']);
    const retained = byName(2);
    expect(unresolved(layoutsOf(retained), resourceOf(retained))).toEqual([
      'data.lifecycle_rule.rule.action_display',
      'data.lifecycle_rule.rule.condition_display',
    ]);
    expect(resourceOf(retained).data.iam_policy_binding).toContainEqual({
      member: 'allUsers',
      role: 'roles/storage.objectViewer',
    });
    // a row without a key the simple-table names is reported under its root_path
    const { data } = resourceOf(retained);
    data.iam_policy_binding = data.iam_policy_binding.map(({ member }: { member: string }) => ({ member }));
    expect(unresolved(layoutsOf(retained), { data })).toContain('data.iam_policy_binding.role');
  });
});
