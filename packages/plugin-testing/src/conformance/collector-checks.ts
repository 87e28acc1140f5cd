import type { CoreClient } from '../client/core-client';
import { badInputCheck } from './bad-input-check';
import { expectEmpty, expectNoProblems, isObject, type Dict } from './call-outcome';
import { collectorMetadataProblems } from './collector-metadata';
import { collectionProblems, resourceInfoProblems } from './collector-resource';
import { commonChecks, coreKeysCheck } from './common-checks';
import { type ConformanceCheck, expectThat } from './conformance-check';
import { initChecks } from './init-checks';

/** A working collector setup: what a Collector (created with these options and this secret) is called with. */
export interface CollectorFixture {
  /** `options` of the collector's plugin_info. */
  options: Dict;
  /** The secret of one service account (e.g. sandbox credentials). */
  secret_data: Dict;
  /**
   * Asserts on everything one collection streamed (all tasks of `Job.get_tasks`, or the single
   * `collect`), e.g. that the sandbox's instances all arrived; optional.
   */
  collected?: (resources: Dict[]) => Promise<void> | void;
}

/** The keys the Cloudforet 2.x inventory service sends (docs/wire-contract.md, request keys). `Job` is optional. */
export const COLLECTOR_CORE_KEYS = {
  'Collector.init': ['options'],
  'Collector.verify': ['options', 'secret_data'],
  'Collector.collect': ['options', 'secret_data', 'filter', 'task_options'],
  'Job.get_tasks': ['options', 'secret_data'],
};

const COLLECTOR_SERVICES = [
  { name: 'spaceone.api.inventory.plugin.Collector', methods: ['init', 'verify', 'collect'] },
];

/** The checks that need no fixture (any collector, e.g. `cfplugin test`). */
export function collectorGenericChecks(): ConformanceCheck[] {
  return [
    ...commonChecks(COLLECTOR_SERVICES),
    coreKeysCheck(COLLECTOR_CORE_KEYS, { optional: ['Job'] }),
    ...initChecks({
      method: 'Collector.init',
      request: { options: {} },
      problemsOf: collectorMetadataProblems,
      describes: 'supported_resource_type (and a valid options_schema)',
      mayRequireOptions: true,
    }),
    badInputCheck('Collector.verify with an empty secret answers or fails cleanly, and the plugin keeps serving', [
      { method: 'Collector.verify', params: { options: {}, secret_data: {} }, what: 'empty secret_data' },
    ]),
  ];
}

/** The conformance suite of an inventory.Collector plugin (+ its optional Job service). */
export function collectorChecks(fixture: CollectorFixture): ConformanceCheck[] {
  const { options, secret_data } = fixture;
  return [
    ...commonChecks(COLLECTOR_SERVICES),
    coreKeysCheck(COLLECTOR_CORE_KEYS, { optional: ['Job'] }),
    ...initChecks({
      method: 'Collector.init',
      request: { options },
      problemsOf: collectorMetadataProblems,
      describes: 'supported_resource_type (and a valid options_schema)',
    }),
    {
      name: 'Collector.verify succeeds with the fixture secret',
      async run(client) {
        expectEmpty(await client.call('Collector.verify', { options, secret_data }), 'verify');
      },
    },
    {
      name: 'Job.get_tasks (when served) answers tasks, each with task_options',
      async run(client) {
        if (!servesJob(client)) return;
        const tasks = await getTasks(client, fixture);
        expectThat(tasks.length > 0, 'get_tasks answered no tasks: the job would collect nothing');
      },
    },
    {
      name: 'Collector.collect streams resources inventory accepts (state, resource_type, match_rules, resource)',
      async run(client) {
        const resources = await collectAll(client, fixture);
        expectThat(resources.length > 0, 'collect streamed nothing');
        expectNoProblems(
          resources.flatMap((r, i) => resourceInfoProblems(r, `message #${i}`)),
          'collect streamed resources inventory rejects',
        );
      },
    },
    {
      name: 'Collector.collect announces the type of every CloudService and a Region for every region_code',
      async run(client) {
        expectNoProblems(collectionProblems(await collectAll(client, fixture)), 'the collection');
      },
    },
    {
      name: 'Collector.collect with the fixture returns at least one CloudService',
      async run(client) {
        const resources = await collectAll(client, fixture);
        const services = resources.filter((r) => r.resource_type === 'inventory.CloudService' && r.state === 'SUCCESS');
        const failures = resources.filter((r) => r.state === 'FAILURE').map((r) => r.message);
        expectThat(
          services.length > 0,
          `no successful inventory.CloudService among ${resources.length} messages` +
            (failures.length > 0 ? ` (failures: ${failures.slice(0, 3).join(' | ')})` : ''),
        );
        await fixture.collected?.(resources);
      },
    },
    badInputCheck('Collector.verify with an empty secret answers or fails cleanly, and the plugin keeps serving', [
      { method: 'Collector.verify', params: { options, secret_data: {} }, what: 'empty secret_data' },
    ]),
  ];
}

function servesJob(client: CoreClient): boolean {
  return client.methods.Job?.includes('get_tasks') ?? false;
}

async function getTasks(client: CoreClient, fixture: CollectorFixture): Promise<Dict[]> {
  const res = await client.call('Job.get_tasks', { options: fixture.options, secret_data: fixture.secret_data });
  const tasks = (res.tasks ?? []) as Dict[];
  expectThat(Array.isArray(tasks), `get_tasks answered ${JSON.stringify(res)}`);
  tasks.forEach((t, i) =>
    expectThat(isObject(t.task_options), `task #${i} has no task_options object (${JSON.stringify(t)})`),
  );
  return tasks.map((t) => t.task_options as Dict);
}

/**
 * One collection as inventory runs it: `collect` once per task of `Job.get_tasks` when the plugin serves
 * Job, else once without task_options; `filter` is always `{}`.
 */
/** One collection per client and fixture: the checks that read it share it (a collection can take seconds). */
const collections = new WeakMap<CoreClient, WeakMap<CollectorFixture, Promise<Dict[]>>>();

function collectAll(client: CoreClient, fixture: CollectorFixture): Promise<Dict[]> {
  let byFixture = collections.get(client);
  if (!byFixture) collections.set(client, (byFixture = new WeakMap()));
  let collection = byFixture.get(fixture);
  if (!collection) byFixture.set(fixture, (collection = collectOnce(client, fixture)));
  return collection;
}

async function collectOnce(client: CoreClient, fixture: CollectorFixture): Promise<Dict[]> {
  const base = { options: fixture.options, secret_data: fixture.secret_data, filter: {} };
  const requests = servesJob(client)
    ? (await getTasks(client, fixture)).map((task_options) => ({ ...base, task_options }))
    : [base];
  const resources: Dict[] = [];
  for (const request of requests) for await (const r of client.stream('Collector.collect', request)) resources.push(r);
  return resources;
}
