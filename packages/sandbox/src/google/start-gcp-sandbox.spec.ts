import { createSign } from 'node:crypto';
import { auth, compute } from '@googleapis/compute';
import { storage } from '@googleapis/storage';
import type { GcpSandbox, GcpServiceAccountKey } from './gcp-sandbox-types';
import { startGcpSandbox } from './start-gcp-sandbox';

/** A JWT-bearer assertion as google-auth signs one. */
function assertion(key: GcpServiceAccountKey, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid: key.private_key_id })}.${part({
    iss: key.client_email,
    scope: 'https://www.googleapis.com/auth/cloud-platform',
    aud: key.token_uri,
    iat: now,
    exp: now + 3600,
    ...claims,
  })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key.private_key).toString('base64url')}`;
}

async function grant(gcp: GcpSandbox, jwt: string) {
  const res = await fetch(gcp.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

/** A Compute Engine client with a token the sandbox granted. */
async function computeClient(gcp: GcpSandbox) {
  const { body } = await grant(gcp, assertion(gcp.serviceAccountKey));
  // Node's own fetch: gaxios would otherwise import node-fetch (ESM) at the first request.
  const oauth = new auth.OAuth2({ transporterOptions: { fetchImplementation: fetch } });
  oauth.setCredentials({ access_token: body.access_token, expiry_date: Date.now() + 3_000_000 });
  return compute({ version: 'v1', auth: oauth, rootUrl: `${gcp.url}/`, fetchImplementation: fetch });
}

describe('Google Cloud sandbox', () => {
  let gcp: GcpSandbox;
  let client: ReturnType<typeof compute>;
  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 7, pageSizeCap: 10, unreachableZones: ['asia-northeast3-a'] });
    client = await computeClient(gcp);
  });
  afterAll(() => gcp.close());

  it('grants a token for a JWT signed by the account`s key; another key or a stale JWT is refused as Google words it', async () => {
    const good = await grant(gcp, assertion(gcp.serviceAccountKey));
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    expect(good.body.access_token).toMatch(/^ya29\./);
    const stranger = gcp.newServiceAccountKey({ register: false });
    const forged = { ...stranger, client_email: gcp.serviceAccountKey.client_email };
    expect(await grant(gcp, assertion(forged))).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
    });
    expect((await grant(gcp, assertion(stranger))).body.error_description).toBe('Invalid grant: account not found');
    const stale = await grant(gcp, assertion(gcp.serviceAccountKey, { iat: 1000, exp: 4600 }));
    expect(stale.body.error_description).toMatch(/short-lived token/);
    expect((await grant(gcp, assertion(gcp.serviceAccountKey, { aud: 'https://example.com' }))).body.error).toBe(
      'invalid_grant',
    );
  });

  it('pages an aggregated list through the real client, grouped by zone, reporting the unreachable zone', async () => {
    const { project } = gcp;
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    let unreachables: string[] = [];
    do {
      const { data } = await client.instances.aggregatedList({
        project: project.projectId,
        maxResults: 500,
        pageToken,
      });
      pages++;
      for (const [scope, scoped] of Object.entries(data.items ?? {}))
        for (const i of scoped.instances ?? []) seen.push(`${scope}/${i.name}`);
      unreachables = data.unreachables ?? unreachables;
      pageToken = data.nextPageToken ?? undefined;
    } while (pageToken);
    const reachable = project.zones.filter((z) => z !== 'asia-northeast3-a');
    expect(pages).toBe(Math.ceil((reachable.length * 7) / 10));
    expect(seen).toEqual(
      reachable.flatMap((z) => Array.from({ length: 7 }, (_, i) => `zones/${z}/${project.instanceName(z, i)}`)),
    );
    expect(unreachables).toEqual(['zones/asia-northeast3-a']);
    const one = (await client.instances.aggregatedList({ project: project.projectId })).data.items!;
    expect(one['zones/us-central1-a'].instances![0]).toEqual(project.instance('us-central1-a', 0));
    expect(gcp.calls.where({ service: 'compute', action: 'instances.aggregatedList' }).length).toBe(pages + 1);
  });

  it('lists buckets and global collections; refuses disabled APIs, denied collections, missing tokens and edited page tokens', async () => {
    const oauth = (client.context._options.auth ?? undefined) as InstanceType<typeof auth.OAuth2>;
    const gcs = storage({ version: 'v1', auth: oauth, rootUrl: `${gcp.url}/`, fetchImplementation: fetch });
    const buckets = await gcs.buckets.list({ project: gcp.project.projectId });
    expect(buckets.data.items!.map((b) => b.name)).toEqual([0, 1, 2].map((i) => `sandbox-project-1-bucket-${i}`));
    const firewalls = await client.firewalls.list({ project: gcp.project.projectId });
    expect(firewalls.data.items!.map((f) => f.name)).toContain('default-allow-ssh');

    gcp.disabledApis.add('storage');
    const disabled = await gcs.buckets.list({ project: gcp.project.projectId }).catch((e: unknown) => e);
    expect(disabled).toMatchObject({ status: 403 });
    expect(JSON.stringify((disabled as { response: { data: unknown } }).response.data)).toContain('SERVICE_DISABLED');
    gcp.disabledApis.clear();
    gcp.deniedCollections.add('compute.firewalls');
    await expect(client.firewalls.list({ project: gcp.project.projectId })).rejects.toMatchObject({
      status: 403,
      message: "Required 'compute.firewalls.list' permission for 'projects/sandbox-project-1'",
    });
    gcp.deniedCollections.clear();
    const anonymous = await fetch(`${gcp.url}/compute/v1/projects/sandbox-project-1/global/networks`);
    expect(anonymous.status).toBe(401);
    await expect(client.routes.list({ project: gcp.project.projectId, pageToken: 'MTAuYWJj' })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('serves a bucket`s ACLs with projection=full and its IAM policy (404 for an unknown bucket, 403 when denied)', async () => {
    const oauth = (client.context._options.auth ?? undefined) as InstanceType<typeof auth.OAuth2>;
    const gcs = storage({ version: 'v1', auth: oauth, rootUrl: `${gcp.url}/`, fetchImplementation: fetch });
    const { project } = gcp;
    const full = (await gcs.buckets.list({ project: project.projectId, projection: 'full' })).data.items!;
    expect(full).toEqual([0, 1, 2].map((i) => project.bucket(i, 'full')));
    // uniform bucket-level access (the even buckets): no ACLs
    expect(full.map((b) => b.acl?.length ?? 0)).toEqual([0, 1, 0]);
    const noAcl = (await gcs.buckets.list({ project: project.projectId })).data.items!;
    expect(noAcl.every((b) => b.acl === undefined && b.defaultObjectAcl === undefined)).toBe(true);
    const policy = await gcs.buckets.getIamPolicy({ bucket: full[2].name! });
    expect(policy.data).toEqual(project.bucketIamPolicy(2));
    expect(policy.data.bindings!.flatMap((b) => b.members)).toContain('allUsers');
    await expect(gcs.buckets.getIamPolicy({ bucket: 'no-such-bucket' })).rejects.toMatchObject({ status: 404 });
    gcp.deniedCollections.add('storage.buckets.getIamPolicy');
    try {
      await expect(gcs.buckets.getIamPolicy({ bucket: full[0].name! })).rejects.toMatchObject({ status: 403 });
    } finally {
      gcp.deniedCollections.clear();
    }
    expect(gcp.calls.where({ action: 'buckets.getIamPolicy' }).length).toBeGreaterThanOrEqual(3);
  });

  it('serves an internal balancer on the first region`s production subnet, a backup pool and a backend bucket', async () => {
    const { project } = gcp;
    const lb = project.loadBalancing;
    const q = { project: project.projectId };
    const base = `https://www.googleapis.com/compute/v1/projects/${project.projectId}`;
    const region = 'us-central1';
    const scoped = `regions/${region}`;

    const rules = (await client.forwardingRules.aggregatedList(q)).data.items![scoped].forwardingRules!;
    expect(rules.map((r) => r.name)).toEqual([`pool-${region}-rule`, 'ilb-rule', 'ilb-tcp-rule']);
    expect(rules[1]).toMatchObject({
      loadBalancingScheme: 'INTERNAL_MANAGED',
      IPAddress: '10.1.0.10',
      network: `${base}/global/networks/production`,
      subnetwork: `${base}/regions/${region}/subnetworks/production-${region}`,
      serviceLabel: 'api',
      serviceName: `api.ilb-rule.il7.${region}.lb.${project.projectId}.internal`,
      target: `${base}/regions/${region}/targetHttpProxies/ilb-proxy`,
    });
    const proxy = (await client.targetHttpProxies.aggregatedList(q)).data.items![scoped].targetHttpProxies!;
    const map = (await client.urlMaps.aggregatedList(q)).data.items![scoped].urlMaps!;
    const services = (await client.backendServices.aggregatedList(q)).data.items![scoped].backendServices!;
    const checks = (await client.healthChecks.aggregatedList(q)).data.items![scoped].healthChecks!;
    expect(proxy[0].urlMap).toBe(map[0].selfLink);
    expect(map[0].defaultService).toBe(services[0].selfLink);
    expect(services[0]).toMatchObject({
      loadBalancingScheme: 'INTERNAL_MANAGED',
      region: `${base}/regions/${region}`,
      backends: [{ group: `${base}/zones/us-central1-b/instanceGroups/mig-us-central1-b` }],
      healthChecks: [checks[0].selfLink],
    });
    expect(checks[0].region).toBe(`${base}/regions/${region}`);
    expect(rules[2]).toMatchObject({
      loadBalancingScheme: 'INTERNAL',
      allPorts: true,
      backendService: services[1].selfLink,
    });
    expect(rules[2].target).toBeUndefined();
    expect(services[1]).toMatchObject({ protocol: 'TCP', failoverPolicy: { failoverRatio: 0.5 } });
    const other = (await client.backendServices.aggregatedList(q)).data.items!['regions/europe-west1'];
    expect(other.backendServices).toBeUndefined();

    const pools = (await client.targetPools.aggregatedList(q)).data.items![scoped].targetPools!;
    expect(pools.map((p) => p.name)).toEqual([`pool-${region}`, `pool-${region}-backup`]);
    expect(pools[0]).toMatchObject({ backupPool: pools[1].selfLink, failoverRatio: 0.1 });
    expect(pools[1].instances).toEqual([
      `${base}/zones/us-central1-a/instances/${project.instanceName('us-central1-a', 1)}`,
    ]);
    expect(rules.filter((r) => r.target === pools[1].selfLink)).toEqual([]);

    const buckets = (await client.backendBuckets.list(q)).data;
    expect(buckets.kind).toBe('compute#backendBucketList');
    expect(buckets.items).toEqual(lb.backendBuckets());
    expect(buckets.items![0]).toMatchObject({
      bucketName: project.bucket(0).name,
      enableCdn: true,
      cdnPolicy: { cacheMode: 'CACHE_ALL_STATIC' },
    });
    const globalMaps = (await client.urlMaps.aggregatedList(q)).data.items!.global.urlMaps!;
    const staticMap = globalMaps.find((m) => m.name === 'static-map')!;
    expect(staticMap.defaultService).toBe(buckets.items![0].selfLink);
    const global = (await client.forwardingRules.aggregatedList(q)).data.items!.global.forwardingRules!;
    const staticProxy = (await client.targetHttpProxies.aggregatedList(q)).data.items!.global.targetHttpProxies!.find(
      (p) => p.urlMap === staticMap.selfLink,
    )!;
    expect(global.find((r) => r.target === staticProxy.selfLink)).toMatchObject({
      name: 'static-http-rule',
      loadBalancingScheme: 'EXTERNAL',
      ipVersion: 'IPV4',
    });
  });

  it('serves the load balancers` pieces (global and regional scopes) and a managed group`s members (a POST, paged)', async () => {
    const { project } = gcp;
    const projectId = project.projectId;
    const rules = (await client.forwardingRules.aggregatedList({ project: projectId })).data.items!;
    expect(rules.global.forwardingRules).toEqual(project.loadBalancing.forwardingRules());
    expect(rules['regions/europe-west1'].forwardingRules![0]).toMatchObject({
      target: project.loadBalancing.targetPools('europe-west1')[0].selfLink,
      IPAddress: project.loadBalancing.ephemeralIp('europe-west1'),
    });
    const proxies = (await client.targetHttpProxies.aggregatedList({ project: projectId })).data.items!;
    expect(proxies.global.targetHttpProxies![0].urlMap).toBe(project.loadBalancing.urlMaps()[0].selfLink);
    expect(proxies['regions/europe-west1'].warning?.code).toBe('NO_RESULTS_ON_PAGE');
    expect((await client.httpHealthChecks.list({ project: projectId })).data.items).toEqual(
      project.loadBalancing.httpHealthChecks(),
    );
    expect((await client.targetTcpProxies.list({ project: projectId })).data.items).toEqual([]);

    const zone = 'us-central1-a';
    const members = await client.instanceGroups.listInstances({
      project: projectId,
      zone,
      instanceGroup: `mig-${zone}`,
      maxResults: 1,
      requestBody: { instanceState: 'ALL' },
    });
    expect(members.data.items).toEqual([
      { instance: project.instance(zone, 1).selfLink, status: project.instance(zone, 1).status },
    ]);
    const next = await client.instanceGroups.listInstances({
      project: projectId,
      zone,
      instanceGroup: `mig-${zone}`,
      pageToken: members.data.nextPageToken!,
      requestBody: { instanceState: 'ALL' },
    });
    expect(next.data.items!.map((i) => i.instance)).toEqual([project.instance(zone, 2).selfLink]);
    expect(gcp.calls.where({ action: 'instanceGroups.listInstances' }).length).toBe(2);
  });

  it('answers partial responses (`fields`) as Google selects them, page tokens included when asked for', async () => {
    const { project } = gcp;
    const { data } = await client.instances.aggregatedList({
      project: project.projectId,
      maxResults: 3,
      fields: 'nextPageToken,items/*/instances(name,networkInterfaces/accessConfigs(natIP))',
    });
    expect(Object.keys(data).sort()).toEqual(['items', 'nextPageToken']);
    const vm = project.instance('us-central1-a', 0);
    expect(data.items!['zones/us-central1-a'].instances![0]).toEqual({
      name: vm.name,
      networkInterfaces: [{ accessConfigs: [{ natIP: vm.networkInterfaces![0].accessConfigs![0].natIP }] }],
    });
    expect(data.items!['zones/us-central1-b']).toEqual({});
    await expect(
      client.instances.aggregatedList({ project: project.projectId, fields: 'items(name' }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('answers the faults: 429 with Retry-After, then 503', async () => {
    gcp.faults.failNext('throttle');
    gcp.faults.failNext('server-error');
    const raw = (token: string) =>
      fetch(`${gcp.url}/compute/v1/projects/sandbox-project-1/global/networks`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const token = gcp.issuedTokens()[0];
    const throttled = await raw(token);
    expect([throttled.status, throttled.headers.get('retry-after')]).toEqual([429, '1']);
    expect((await raw(token)).status).toBe(503);
    expect((await raw(token)).status).toBe(200);
  });
});

describe('Google Cloud sandbox with regional managed groups', () => {
  let gcp: GcpSandbox;
  let client: ReturnType<typeof compute>;
  beforeAll(async () => {
    gcp = await startGcpSandbox({ instancesPerZone: 5, regionalGroups: true });
    client = await computeClient(gcp);
  });
  afterAll(() => gcp.close());

  it('lists a regional group, its manager and autoscaler in their region`s scope, beside the zonal ones', async () => {
    const { project } = gcp;
    const projectId = project.projectId;
    const groups = (await client.instanceGroups.aggregatedList({ project: projectId })).data.items!;
    expect(groups['zones/us-central1-a'].instanceGroups![0].name).toBe('mig-us-central1-a');
    expect(groups['regions/us-central1'].instanceGroups).toEqual([project.regionalInstanceGroup('us-central1')]);
    const managers = (await client.instanceGroupManagers.aggregatedList({ project: projectId })).data.items!;
    const manager = managers['regions/us-central1'].instanceGroupManagers![0];
    expect(manager).toEqual(project.regionalInstanceGroupManager('us-central1'));
    expect(manager.distributionPolicy!.zones!.map((z) => z.zone!.split('/').at(-1))).toEqual([
      'us-central1-a',
      'us-central1-b',
    ]);
    const autoscalers = (await client.autoscalers.aggregatedList({ project: projectId })).data.items!;
    expect(autoscalers['regions/us-central1'].autoscalers![0].target).toBe(manager.selfLink);
  });

  it('pages the members of a regional group (regionInstanceGroups.listInstances): instance 3 of each zone', async () => {
    const { project } = gcp;
    const ask = (pageToken?: string) =>
      client.regionInstanceGroups.listInstances({
        project: project.projectId,
        region: 'us-central1',
        instanceGroup: 'rmig-us-central1',
        maxResults: 1,
        pageToken,
        requestBody: { instanceState: 'ALL' },
      });
    const first = await ask();
    const second = await ask(first.data.nextPageToken!);
    expect([...first.data.items!, ...second.data.items!].map((i) => i.instance)).toEqual([
      project.instance('us-central1-a', 3).selfLink,
      project.instance('us-central1-b', 3).selfLink,
    ]);
    expect(second.data.nextPageToken).toBeUndefined();
    await expect(
      client.regionInstanceGroups.listInstances({
        project: project.projectId,
        region: 'us-central1',
        instanceGroup: 'mig-us-central1-a',
        requestBody: {},
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(gcp.calls.where({ action: 'regionInstanceGroups.listInstances' }).length).toBe(3);
  });
});
