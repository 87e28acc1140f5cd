// The Azure stand-in over https (the test CA), as the Azure SDKs reach it: Entra ID's client-secret
// grant, ARM lists paged by nextLink, api-version and role checks, and the fault knobs.
import { request } from 'node:https';
import { startAzureSandbox } from './start-azure-sandbox';
import type { AzureSandbox } from './azure-sandbox-types';

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('Azure sandbox', () => {
  let azure: AzureSandbox;
  const call = (
    method: string,
    path: string,
    { body, token, sandbox = azure }: { body?: string; token?: string; sandbox?: AzureSandbox } = {},
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        new URL(path, sandbox.url),
        {
          method,
          ca: sandbox.caCertificate,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const tokenFor = async (index = 0, secret?: string, sandbox = azure) => {
    const s = sandbox.secretData(index);
    const form = new URLSearchParams({
      client_id: s.client_id,
      client_secret: secret ?? s.client_secret,
      grant_type: 'client_credentials',
      scope: 'https://management.azure.com/.default',
    });
    return call('POST', `/${s.tenant_id}/oauth2/v2.0/token`, { body: form.toString(), sandbox });
  };

  beforeAll(async () => {
    azure = await startAzureSandbox({ vmsPerLocation: 5, pageSize: 4 });
  });
  afterAll(() => azure.close());

  it('serves https with a certificate of the shared test CA', () => {
    expect(azure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(azure.caCertificate).toContain('BEGIN CERTIFICATE');
  });

  it('grants a token for the right secret, and refuses a wrong one with AADSTS7000215 in Entra`s error shape', async () => {
    const good = await tokenFor();
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599, access_token: expect.any(String) });
    const bad = await tokenFor(0, 'not-the-secret');
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({
      error: 'invalid_client',
      error_codes: [7000215],
      error_description: expect.stringMatching(/^AADSTS7000215: Invalid client secret provided\./),
      trace_id: expect.any(String),
      correlation_id: expect.any(String),
    });
    expect(JSON.stringify(bad.body)).not.toContain('not-the-secret');
  });

  it('pages a subscription-wide list by nextLink, every item once, each subscription its own', async () => {
    const token = (await tokenFor()).body.access_token;
    const sub = azure.subscriptions[0];
    const names: string[] = [];
    let next: string | undefined =
      `/subscriptions/${sub.subscriptionId}/providers/Microsoft.Compute/virtualMachines?api-version=2026-03-01&statusOnly=true`;
    while (next) {
      const page = await call('GET', next, { token });
      expect(page.status).toBe(200);
      names.push(...page.body.value.map((v: { name: string }) => v.name));
      expect(page.body.value[0].properties.instanceView.statuses).toHaveLength(2);
      next = page.body.nextLink;
    }
    expect(names).toHaveLength(15);
    expect(new Set(names).size).toBe(15);
    expect(azure.calls.where({ action: 'virtualMachines.listAll' })).toHaveLength(4);
    const other = azure.subscriptions[1];
    expect(other.vm(0, 0).id).not.toBe(sub.vm(0, 0).id);
    const denied = await call('GET', `/subscriptions/${other.subscriptionId}?api-version=2022-12-01`, { token });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('AuthorizationFailed');
  });

  it('refuses an api-version the path does not serve, a missing token, and a denied API, as ARM does', async () => {
    const token = (await tokenFor()).body.access_token;
    const sub = azure.subscriptions[0].subscriptionId;
    const wrong = await call('GET', `/subscriptions/${sub}/providers/Microsoft.Compute/disks?api-version=2024-03-02`, {
      token,
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'InvalidApiVersionParameter']);
    expect(wrong.body.error.message).toContain("The supported versions are '2025-01-02'");
    const anonymous = await call(
      'GET',
      `/subscriptions/${sub}/providers/Microsoft.Compute/disks?api-version=2025-01-02`,
    );
    expect(anonymous.status).toBe(401);
    azure.deniedApis.add('Microsoft.Network/loadBalancers');
    const denied = await call(
      'GET',
      `/subscriptions/${sub}/providers/Microsoft.Network/loadBalancers?api-version=2025-05-01`,
      { token },
    );
    azure.deniedApis.clear();
    expect(denied.body.error.message).toContain("'Microsoft.Network/loadBalancers/read'");
  });

  it('throttles with 429 and Retry-After, and fails a failing location`s location-scoped lists', async () => {
    const token = (await tokenFor()).body.access_token;
    const sub = azure.subscriptions[0].subscriptionId;
    azure.faults.failNext('throttle');
    const throttled = await call('GET', `/subscriptions/${sub}/locations?api-version=2022-12-01`, { token });
    expect([throttled.status, throttled.headers['retry-after'], throttled.body.error.code]).toEqual([
      429,
      '1',
      'TooManyRequests',
    ]);
    const locations = await call('GET', `/subscriptions/${sub}/locations?api-version=2022-12-01`, { token });
    expect(locations.body.value.map((l: { name: string }) => l.name)).toEqual(['koreacentral', 'eastus', 'westeurope']);
    azure.failingLocations.add('eastus');
    const path = (l: string) =>
      `/subscriptions/${sub}/providers/Microsoft.Compute/locations/${l}/virtualMachineScaleSets?api-version=2026-03-01`;
    const failing = await call('GET', path('eastus'), { token });
    const fine = await call('GET', path('westeurope'), { token });
    azure.failingLocations.clear();
    expect([failing.status, failing.body.error.code]).toEqual([400, 'LocationNotAvailableForResourceType']);
    expect(fine.body.value.map((v: { name: string }) => v.name)).toEqual(['vmss-westeurope']);
  });
  it('answers a load balancer`s NICs and a scale set`s VMs under its resource group, 404 for an unknown parent', async () => {
    const token = (await tokenFor()).body.access_token;
    const world = azure.subscriptions[0];
    const lb = world.loadBalancerId(1);
    const nics = await call('GET', `${lb}/networkInterfaces?api-version=2025-05-01`, { token });
    expect(nics.status).toBe(200);
    expect(nics.body.value.map((n: { id: string }) => n.id)).toEqual([world.nicId(1, 0), world.nicId(1, 1)]);
    const set = world.scaleSet(1);
    const vms = await call('GET', `${set.id}/virtualMachines?api-version=2026-03-01`, { token });
    expect(vms.body.value).toHaveLength((set.sku as { capacity: number }).capacity);
    expect(vms.body.value).toEqual(world.scaleSetVms(1));
    const wrong = await call('GET', `${set.id}/virtualMachines?api-version=2025-05-01`, { token });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'InvalidApiVersionParameter']);
    const unknown = await call('GET', `${lb}-gone/networkInterfaces?api-version=2025-05-01`, { token });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ResourceNotFound']);
    expect(azure.calls.where({ action: 'loadBalancerNetworkInterfaces.list' }).length).toBeGreaterThanOrEqual(2);
  });
  it('answers a subnet of a virtual network as the network embeds it, 404 in ARM`s words for an unknown one', async () => {
    const token = (await tokenFor()).body.access_token;
    const world = azure.subscriptions[0];
    const id = world.subnetId(2);
    const got = await call('GET', `${id}?api-version=2025-05-01`, { token });
    expect(got.status).toBe(200);
    const embedded = (world.virtualNetwork(2).properties as { subnets: unknown[] }).subnets[0];
    expect(got.body).toEqual({ ...(embedded as object), type: 'Microsoft.Network/virtualNetworks/subnets' });
    expect(got.body.properties.addressPrefix).toBe('10.2.0.0/20');
    const wrong = await call('GET', `${id}?api-version=2026-03-01`, { token });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'InvalidApiVersionParameter']);
    const gone = await call('GET', `${id}-gone?api-version=2025-05-01`, { token });
    expect([gone.status, gone.body.error]).toEqual([
      404,
      { code: 'NotFound', message: `Resource ${id}-gone not found.` },
    ]);
    const noVnet = id.replace('/virtualNetworks/vnet-', '/virtualNetworks/none-');
    const unknown = await call('GET', `${noVnet}?api-version=2025-05-01`, { token });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'ResourceNotFound']);
    expect(azure.calls.where({ action: 'subnets.get' }).length).toBeGreaterThanOrEqual(4);
  });

  it('lists two load balancers per location: the public one, then an internal one with a private frontend in the subnet', async () => {
    const token = (await tokenFor()).body.access_token;
    const world = azure.subscriptions[0];
    const lbs = await call(
      'GET',
      `/subscriptions/${world.subscriptionId}/providers/Microsoft.Network/loadBalancers?api-version=2025-05-01`,
      { token },
    );
    expect(lbs.body.value.map((lb: { name: string }) => lb.name)).toEqual([
      'lb-koreacentral',
      'lb-koreacentral-internal',
      'lb-eastus',
      'lb-eastus-internal',
    ]);
    expect(new URL(lbs.body.nextLink).searchParams.get('$skiptoken')).toBeTruthy();
    const internal = lbs.body.value[3];
    expect(internal.properties.frontendIPConfigurations[0].properties).toMatchObject({
      privateIPAddress: '10.1.15.250',
      subnet: { id: world.subnetId(1) },
    });
    // the subnet lists both frontends among its IP configurations, after the NICs'
    const subnet = await call('GET', `${world.subnetId(1)}?api-version=2025-05-01`, { token });
    expect(subnet.body.properties.ipConfigurations.slice(-2)).toEqual(
      internal.properties.frontendIPConfigurations.map((f: { id: string }) => ({ id: f.id })),
    );
    expect(subnet.body.properties.ipConfigurations).toHaveLength(world.shape.vmsPerLocation + 2);
    const nics = await call('GET', `${internal.id}/networkInterfaces?api-version=2025-05-01`, { token });
    expect([nics.status, nics.body.value]).toEqual([200, []]);
  });

  it('lists a resource group`s autoscale settings paged by nextLink: a scale set`s in every second location, else an App Service plan`s', async () => {
    const one = await startAzureSandbox({ resourceGroups: 1, pageSize: 2 });
    try {
      const token = (await tokenFor(0, undefined, one)).body.access_token;
      const get = (path: string) => call('GET', path, { token, sandbox: one });
      const world = one.subscriptions[0];
      const rg = world.resourceGroupNames[0];
      const first = await get(
        `/subscriptions/${world.subscriptionId}/resourcegroups/${rg}/providers/Microsoft.Insights/autoscalesettings?api-version=2015-04-01`,
      );
      expect(first.status).toBe(200);
      expect(first.body.value).toHaveLength(2);
      const second = await get(new URL(first.body.nextLink).pathname + new URL(first.body.nextLink).search);
      expect(second.body.nextLink).toBeUndefined();
      const all = [...first.body.value, ...second.body.value];
      expect(all).toEqual([0, 1, 2].map((l) => world.autoscaleSetting(l)));
      expect(all.map((a) => a.properties.targetResourceUri)).toEqual([
        (world.scaleSet(0).id as string).toLowerCase(),
        expect.stringMatching(/\/providers\/microsoft\.web\/serverfarms\/plan-eastus$/),
        (world.scaleSet(2).id as string).toLowerCase(),
      ]);
      const capacity = all[0].properties.profiles[0].capacity;
      expect(Number(capacity.minimum)).toBeLessThanOrEqual(Number(capacity.default));
      expect(Number(capacity.default)).toBeLessThanOrEqual(Number(capacity.maximum));
      const wrong = await get(
        `/subscriptions/${world.subscriptionId}/resourcegroups/${rg}/providers/Microsoft.Insights/autoscalesettings?api-version=2022-10-01`,
      );
      expect([wrong.status, wrong.body.error.code]).toEqual([400, 'InvalidApiVersionParameter']);
      const none = await get(
        `/subscriptions/${world.subscriptionId}/resourcegroups/rg-none/providers/Microsoft.Insights/autoscalesettings?api-version=2015-04-01`,
      );
      expect([none.status, none.body.error.code]).toEqual([404, 'ResourceGroupNotFound']);
      expect(one.calls.where({ action: 'autoscaleSettings.listByResourceGroup' })).toHaveLength(4);
    } finally {
      await one.close();
    }
  });
});
