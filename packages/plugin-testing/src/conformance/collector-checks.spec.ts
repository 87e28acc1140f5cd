import { implement, requiredParameter, type ServiceImplementation } from '@cloudforet/plugin-core';
import {
  CollectorService,
  ResourceInfo_State,
  type CollectRequest,
  type ResourceInfo,
} from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { JobService } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/job';
import { WebhookService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import { collectorChecks, type CollectorFixture } from './collector-checks';
import { genericChecks } from './plugin-kind';
import { failures, resultOf, runSuite } from './test-support/run-suite';

const { SUCCESS, FAILURE } = ResourceInfo_State;
const METADATA = {
  supported_resource_type: ['inventory.CloudService', 'inventory.CloudServiceType', 'inventory.Region'],
  supported_schedules: ['hours'],
  supported_features: ['garbage_collection'],
  filter_format: [],
  options_schema: { type: 'object', properties: { regions: { type: 'array' } } },
};
const TYPE: ResourceInfo = {
  state: SUCCESS,
  resource_type: 'inventory.CloudServiceType',
  match_rules: { '1': ['name', 'group', 'provider'] },
  resource: { name: 'Instance', group: 'Compute', provider: 'example', resource_type: 'inventory.CloudService' },
};
const service = (id: string, region = 'region-1'): ResourceInfo => ({
  state: SUCCESS,
  resource_type: 'inventory.CloudService',
  match_rules: { '1': ['reference.resource_id', 'provider', 'cloud_service_type', 'cloud_service_group', 'account'] },
  resource: {
    name: id,
    provider: 'example',
    cloud_service_group: 'Compute',
    cloud_service_type: 'Instance',
    account: 'account-1',
    region_code: region,
    reference: { resource_id: id },
    data: { cpu: 2 },
  },
});
const REGION: ResourceInfo = {
  state: SUCCESS,
  resource_type: 'inventory.Region',
  match_rules: { '1': ['region_code', 'provider'] },
  resource: { name: 'Region One', region_code: 'region-1', provider: 'example' },
};
const FIXTURE: CollectorFixture = { options: {}, secret_data: { api_key: 'example-key' } };

type Overrides = Parameters<typeof implement<typeof CollectorService>>[1];

function collector(overrides: Overrides = {}, extra: ServiceImplementation[] = []): ServiceImplementation[] {
  return [
    implement(CollectorService, {
      init: () => ({ metadata: METADATA }),
      verify: (req) => {
        if (!req.secret_data?.api_key) throw requiredParameter('secret_data.api_key');
        return {};
      },
      async *collect() {
        yield TYPE;
        yield service('vm-1');
        yield REGION;
      },
      ...overrides,
    }),
    ...extra,
  ];
}

async function* yieldAll(items: ResourceInfo[]) {
  yield* items;
}

describe('collectorChecks', () => {
  it('passes a correct collector on every check', async () => {
    const results = await runSuite(collector(), collectorChecks(FIXTURE));
    expect(failures(results)).toEqual({});
    expect(results.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'Collector.collect with the fixture returns at least one CloudService',
        'Collector.init answers metadata with supported_resource_type (and a valid options_schema)',
      ]),
    );
  });

  it('hands everything collected to the fixture', async () => {
    const seen: string[] = [];
    const results = await runSuite(
      collector(),
      collectorChecks({ ...FIXTURE, collected: (rs) => void seen.push(...rs.map((r) => String(r.resource_type))) }),
    );
    expect(failures(results)).toEqual({});
    expect(seen.slice(0, 3)).toEqual(['inventory.CloudServiceType', 'inventory.CloudService', 'inventory.Region']);
  });

  it('fails reflection when the plugin serves another kind', async () => {
    const results = await runSuite(
      [implement(WebhookService, { init: () => ({ metadata: {} }) })],
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'reflection').error).toMatch(
      /list_services lacks spaceone.api.inventory.plugin.Collector/,
    );
  });

  it('fails verify when its handler is missing', async () => {
    const results = await runSuite(collector({ verify: undefined }), collectorChecks(FIXTURE));
    expect(resultOf(results, 'verify succeeds').error).toBe(
      'Collector.verify failed: UNIMPLEMENTED: ERROR_NOT_IMPLEMENTED: Not implemented.',
    );
  });

  it('names unknown resource types and schedules in init metadata', async () => {
    const results = await runSuite(
      collector({
        init: () => ({ metadata: { supported_resource_type: ['inventory.Server'], supported_schedules: ['daily'] } }),
      }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'Collector.init answers').error).toBe(
      'Collector.init metadata: supported_resource_type lists inventory.Server, unknown to inventory; ' +
        'supported_schedules lists daily; inventory schedules by "hours"',
    );
  });

  it('rejects an options_schema that is not an object schema', async () => {
    const results = await runSuite(
      collector({ init: () => ({ metadata: { ...METADATA, options_schema: { type: 'string' } } }) }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'Collector.init answers').error).toMatch(/options_schema.type is "string", not "object"/);
  });

  it('fails init determinism when metadata changes between calls', async () => {
    let n = 0;
    const results = await runSuite(
      collector({ init: () => ({ metadata: { ...METADATA, calls: ++n } }) }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'deterministic').error).toMatch(/two Collector.init calls answered different metadata/);
  });

  it('names a resource without match_rules, with its position', async () => {
    const bare = { ...service('vm-2'), match_rules: undefined };
    const results = await runSuite(
      collector({ collect: () => yieldAll([TYPE, service('vm-1'), bare]) }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'streams resources').error).toBe(
      'collect streamed resources inventory rejects: message #2 (inventory.CloudService): ' +
        'has no match_rules (inventory fails it with ERROR_MATCH_RULE)',
    );
  });

  it('names non-canonical match rules, empty match keys and missing resource fields', async () => {
    const bad = service('vm-3');
    bad.match_rules = { '1': ['name'] };
    const noGroup = service('vm-4');
    delete noGroup.resource!.cloud_service_group;
    noGroup.resource!.reference = {};
    const results = await runSuite(collector({ collect: () => yieldAll([bad, noGroup]) }), collectorChecks(FIXTURE));
    const error = resultOf(results, 'streams resources').error;
    expect(error).toContain('message #0 (inventory.CloudService): match_rules["1"] is ["name"]; the canonical rule is');
    expect(error).toContain('message #1 (inventory.CloudService): resource.cloud_service_group is missing or empty');
    expect(error).toContain(
      'message #1 (inventory.CloudService): match key reference.resource_id has no value in resource',
    );
  });

  it('requires a CloudServiceType for every type and a Region for every region_code the collection uses', async () => {
    const results = await runSuite(
      collector({ collect: () => yieldAll([service('vm-1'), service('vm-2', 'region-2'), TYPE, REGION]) }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'announces the type').error).toBe(
      'the collection: CloudServices in region example/region-2 but no inventory.Region for it',
    );
    const untyped = await runSuite(
      collector({ collect: () => yieldAll([service('vm-1'), REGION]) }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(untyped, 'announces the type').error).toBe(
      'the collection: CloudServices of example/Compute/Instance but no CloudServiceType announces it',
    );
  });

  it('checks every rule set`s keys, json_metadata, and accepts an empty name', async () => {
    const twoRules = service('vm-5');
    twoRules.match_rules = { ...twoRules.match_rules, '2': ['data.serial'] };
    const badJson = { ...service('vm-6'), resource: { ...service('vm-6').resource, json_metadata: '[1]', name: '' } };
    const results = await runSuite(
      collector({ collect: () => yieldAll([TYPE, twoRules, badJson, REGION]) }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'streams resources').error).toBe(
      'collect streamed resources inventory rejects: message #1 (inventory.CloudService): match key data.serial (rule "2") has no value in resource; ' +
        'message #2 (inventory.CloudService): resource.json_metadata is not the JSON of an object',
    );
  });

  it('rejects unknown resource types, bad states and failures without a message', async () => {
    const results = await runSuite(
      collector({
        collect: () =>
          yieldAll([
            { ...service('vm-1'), resource_type: 'inventory.Server' },
            { ...service('vm-2'), state: ResourceInfo_State.PENDING },
            { state: FAILURE, resource_type: 'inventory.ErrorResource', resource: {} },
          ]),
      }),
      collectorChecks(FIXTURE),
    );
    const error = resultOf(results, 'streams resources').error;
    expect(error).toContain('message #0 (inventory.Server): resource_type must be one of');
    expect(error).toContain('message #1 (inventory.CloudService): state is "PENDING", not SUCCESS or FAILURE');
    expect(error).toContain('message #2 (inventory.ErrorResource): a FAILURE without message');
  });

  it('requires a successful CloudService and shows the failures it got instead', async () => {
    const results = await runSuite(
      collector({
        collect: () =>
          yieldAll([
            TYPE,
            {
              state: FAILURE,
              message: 'AccessDenied in region-1',
              resource_type: 'inventory.ErrorResource',
              resource: {},
            },
          ]),
      }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'at least one CloudService').error).toBe(
      'no successful inventory.CloudService among 2 messages (failures: AccessDenied in region-1)',
    );
  });

  it('fails when verify crashes on an empty secret (ERROR_UNKNOWN)', async () => {
    const results = await runSuite(
      collector({
        verify: (req) => {
          if ((req.secret_data!.api_key as string).length > 0) return {};
          return {};
        },
      }),
      collectorChecks(FIXTURE),
    );
    expect(resultOf(results, 'empty secret').error).toMatch(
      /Collector.verify with empty secret_data: answered INTERNAL "ERROR_UNKNOWN: .*": ERROR_UNKNOWN is an unhandled exception/,
    );
  });

  describe('with a Job service', () => {
    const collectPerRegion = async function* (req: CollectRequest) {
      const region = req.task_options?.region as string | undefined;
      if (!region) return; // like aws-inven-collector: nothing without a task
      if (region === 'r1') yield TYPE;
      yield service(`vm-${region}`, region);
      yield { ...REGION, resource: { ...REGION.resource, name: region, region_code: region } };
    };
    const job = (tasks: Record<string, unknown>[]) =>
      implement(JobService, { getTasks: () => ({ tasks: tasks.map((task_options) => ({ task_options })) }) });

    it('collects once per task of get_tasks', async () => {
      const seen: unknown[] = [];
      const results = await runSuite(
        collector({ collect: collectPerRegion }, [job([{ region: 'r1' }, { region: 'r2' }])]),
        collectorChecks({
          ...FIXTURE,
          collected: (rs) => void seen.push(...rs.map((r) => (r.resource as { name: string }).name)),
        }),
      );
      expect(failures(results)).toEqual({});
      expect(seen).toEqual(['Instance', 'vm-r1', 'r1', 'vm-r2', 'r2']);
    });

    it('fails when get_tasks answers no tasks, or tasks without task_options', async () => {
      const empty = await runSuite(collector({}, [job([])]), collectorChecks(FIXTURE));
      expect(resultOf(empty, 'Job.get_tasks').error).toBe('get_tasks answered no tasks: the job would collect nothing');
      const bare = await runSuite(
        collector({}, [implement(JobService, { getTasks: () => ({ tasks: [{}] }) })]),
        collectorChecks(FIXTURE),
      );
      expect(resultOf(bare, 'Job.get_tasks').error).toBe('task #0 has no task_options object ({})');
    });
  });
});

describe('genericChecks("inventory.Collector")', () => {
  it('passes a correct collector without a fixture', async () => {
    const results = await runSuite(collector(), genericChecks('inventory.Collector'));
    expect(failures(results)).toEqual({});
    expect(results.length).toBeGreaterThanOrEqual(7);
  });
});
