import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { CallLog } from '../cloud/call-log';
import { CloudFaults } from '../cloud/cloud-faults';
import { startCloudHttpServer, type CloudReply, type CloudRequest } from '../cloud/cloud-http-server';
import { PageTokens } from '../cloud/page-token';
import {
  faultReply,
  invalidArgument,
  invalidPageToken,
  notFound,
  permissionDenied,
  serviceDisabled,
  unauthenticated,
  type GcpErrorReply,
} from './gcp-errors';
import { aggregatedScopes, globalList, type Listing } from './gcp-listings';
import type { GcpApi, GcpSandbox, GcpSandboxOptions, GcpServiceAccountKey } from './gcp-sandbox-types';
import { DEFAULT_GCP_ZONES, GcpProject } from './gcp-world';
import { GOOGLE_TOKEN_AUDIENCE, JwtBearerGrant } from './jwt-bearer-grant';
import { MonitoringApi } from './monitoring-api';
import { parseFields, selectFields } from './partial-response';

const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' };

/**
 * Google Cloud on loopback for the `@googleapis/*` REST clients with only `rootUrl` changed:
 * Compute Engine v1 (aggregated and global lists with page tokens and `fields` partial responses, a managed group's members by
 * `instanceGroups.listInstances`), Cloud Storage JSON v1 bucket
 * listing (`projection=full` adds the ACLs) and `buckets.getIamPolicy`, Resource Manager v3 `projects.get`, Cloud Monitoring v3 (`metricDescriptors.list`,
 * `timeSeries.list`: monitoring-api.ts), and the OAuth token endpoint (the key's
 * `token_uri`) for the service-account JWT-bearer grant, checking the JWT against the account's
 * public key. Every API call needs a token it issued; faults, disabled APIs, denied collections and
 * unreachable zones answer as Google does.
 */
export async function startGcpSandbox(options: GcpSandboxOptions = {}): Promise<GcpSandbox> {
  const projectId = options.projectId ?? 'sandbox-project-1';
  const project = new GcpProject(
    options.dataSeed ?? 1,
    projectId,
    options.zones ?? DEFAULT_GCP_ZONES,
    options.instancesPerZone ?? 6,
    options.buckets ?? 3,
    options.snapshots ?? 3,
    options.machineImages ?? 2,
    options.instanceTemplates ?? 2,
    options.regionalGroups ?? false,
  );
  const faults = new CloudFaults(options);
  const calls = new CallLog();
  const pages = new PageTokens(randomUUID());
  const pageCap = options.pageSizeCap ?? 500;
  const disabledApis = new Set<GcpApi>(options.disabledApis ?? []);
  const deniedCollections = new Set(options.deniedCollections ?? []);
  const unreachableZones = new Set(options.unreachableZones ?? []);
  const monitoring = new MonitoringApi(project, pages, options.monitoring);
  const grant = new JwtBearerGrant(options.serviceAccounts ?? [], [GOOGLE_TOKEN_AUDIENCE]);

  const error = (e: GcpErrorReply, call: CloudReply['call']): CloudReply => ({
    status: e.status,
    headers: { ...JSON_TYPE, ...(e.retryAfter ? { 'retry-after': e.retryAfter } : {}) },
    body: JSON.stringify(e.body),
    call: call && { ...call, error: e.reason },
  });
  const ok = (body: unknown, call: CloudReply['call']): CloudReply => ({
    status: 200,
    headers: JSON_TYPE,
    body: JSON.stringify(body),
    call,
  });

  function token(req: CloudRequest): CloudReply {
    const call = { service: 'oauth2', action: 'token', region: '' };
    const answer = grant.answer(new URLSearchParams(req.body));
    if (!answer.ok)
      return {
        status: 400,
        headers: JSON_TYPE,
        body: JSON.stringify({ error: answer.error, error_description: answer.description }),
        call: { ...call, error: answer.error },
      };
    return ok({ access_token: answer.accessToken, expires_in: answer.expiresIn, token_type: 'Bearer' }, call);
  }

  /** The page of a listing: `maxResults` (capped) items from the offset in `pageToken`. */
  function page(req: CloudRequest, scope: string, total: number): { start: number; end: number } | undefined {
    const asked = Number(req.url.searchParams.get('maxResults') ?? pageCap);
    const size = Math.max(1, Math.min(pageCap, Number.isFinite(asked) ? asked : pageCap));
    const tokenText = req.url.searchParams.get('pageToken');
    const start = tokenText ? pages.decode(scope, tokenText) : 0;
    if (start === undefined) return undefined;
    return { start, end: Math.min(total, start + size) };
  }

  function listing(req: CloudRequest, scope: string, list: Listing, call: NonNullable<CloudReply['call']>): CloudReply {
    const range = page(req, scope, list.total);
    if (!range) return error(invalidPageToken(), call);
    let body = list.page(range.start, range.end);
    if (range.end < list.total) body.nextPageToken = pages.encode(scope, range.end);
    const fields = req.url.searchParams.get('fields');
    if (fields) {
      try {
        body = selectFields(body, parseFields(fields)) as Record<string, unknown>;
      } catch (e) {
        return error(invalidArgument(`Invalid field selection ${fields}: ${(e as Error).message}`), call);
      }
    }
    return ok(body, { ...call, continued: range.start > 0 });
  }

  function compute(req: CloudRequest, path: string[]): CloudReply {
    // path: projects/{project}/...
    const [, pid, ...rest] = path;
    const collection =
      rest[0] === 'aggregated' || rest[0] === 'global' ? rest[1] : rest.at(-1) === 'listInstances' ? rest[2] : rest[0];
    const aggregated = rest[0] === 'aggregated';
    const call = { service: 'compute', action: actionOf('compute', path), region: '' };
    if (pid !== projectId) return error(permissionDenied(`compute.${collection}.list`, `projects/${pid}`), call);
    if (deniedCollections.has(`compute.${collection}`))
      return error(permissionDenied(`compute.${collection}.list`, `projects/${pid}`), call);
    const selfLink = `https://www.googleapis.com/compute/v1/${path.join('/')}`;
    if (aggregated) {
      const list = aggregatedScopes(project, collection, unreachableZones, selfLink);
      return list ? listing(req, `agg:${collection}`, list, call) : error(notFound(path.join('/')), call);
    }
    if (rest[0] === 'global' && rest.length === 2) {
      const list = globalList(project, collection, selfLink);
      return list ? listing(req, `global:${collection}`, list, call) : error(notFound(path.join('/')), call);
    }
    if (rest.length === 5 && rest[2] === 'instanceGroups' && rest[4] === 'listInstances') {
      if (rest[0] === 'zones') return groupInstances(req, { zone: rest[1] }, rest[3], call);
      if (rest[0] === 'regions') return groupInstances(req, { region: rest[1] }, rest[3], call);
    }
    if (rest.length === 1 && collection === 'zones') {
      const zones = project.zones.map((z) => ({
        kind: 'compute#zone',
        name: z,
        status: 'UP',
        region: `https://www.googleapis.com/compute/v1/projects/${projectId}/regions/${z.split('-').slice(0, 2).join('-')}`,
        selfLink: `https://www.googleapis.com/compute/v1/projects/${projectId}/zones/${z}`,
      }));
      return ok({ kind: 'compute#zoneList', id: `projects/${projectId}/zones`, items: zones, selfLink }, call);
    }
    return error(notFound(path.join('/')), call);
  }

  /**
   * `instanceGroups.listInstances` of a zonal group, or `regionInstanceGroups.listInstances` of a
   * regional one (a POST, `instanceState` ALL or RUNNING in the body), paged.
   */
  function groupInstances(
    req: CloudRequest,
    where: { zone: string } | { region: string },
    group: string,
    call: NonNullable<CloudReply['call']>,
  ) {
    const scope = 'zone' in where ? `zones/${where.zone}` : `regions/${where.region}`;
    const known =
      'zone' in where
        ? project.zones.includes(where.zone) && group === `mig-${where.zone}`
        : project.regionalGroupRegions().includes(where.region) && group === `rmig-${where.region}`;
    if (!known) return error(notFound(`projects/${projectId}/${scope}/instanceGroups/${group}`), call);
    let state = 'ALL';
    try {
      state = (JSON.parse(req.body || '{}') as { instanceState?: string }).instanceState ?? 'ALL';
    } catch {
      return error(invalidArgument('Invalid JSON payload received.'), call);
    }
    const members = (
      'zone' in where
        ? project.migMembers(where.zone).map((i) => project.instance(where.zone, i))
        : project.regionalMigMembers(where.region).map((m) => project.instance(m.zone, m.index))
    ).filter((i) => state !== 'RUNNING' || i.status === 'RUNNING');
    return listing(
      req,
      `members:${scope}`,
      {
        total: members.length,
        page: (start, end) => ({
          kind: 'compute#instanceGroupsListInstances',
          id: `projects/${projectId}/${scope}/instanceGroups/${group}`,
          items: members.slice(start, end).map((i) => ({ instance: i.selfLink, status: i.status })),
        }),
      },
      call,
    );
  }

  function storage(req: CloudRequest, path: string[]): CloudReply {
    if (path.length) return bucketIamPolicy(path);
    const call = { service: 'storage', action: 'buckets.list', region: '' };
    const projection = req.url.searchParams.get('projection') === 'full' ? 'full' : 'noAcl';
    const asked = req.url.searchParams.get('project');
    if (asked !== projectId && asked !== project.projectNumber)
      return error(permissionDenied('storage.buckets.list', `projects/${asked}`), call);
    if (deniedCollections.has('storage.buckets'))
      return error(permissionDenied('storage.buckets.list', `projects/${asked}`), call);
    return listing(
      req,
      'buckets',
      {
        total: project.bucketCount,
        page: (start, end) => ({
          kind: 'storage#buckets',
          items: Array.from({ length: end - start }, (_, i) => project.bucket(start + i, projection)),
        }),
      },
      call,
    );
  }

  /** `b/<bucket>/iam`: a bucket's IAM policy (404 for a bucket the project does not have). */
  function bucketIamPolicy(path: string[]): CloudReply {
    const call = { service: 'storage', action: 'buckets.getIamPolicy', region: '' };
    const prefix = `${projectId}-bucket-`;
    const index = path[0].startsWith(prefix) ? Number(path[0].slice(prefix.length)) : NaN;
    if (path[1] !== 'iam' || path.length !== 2 || !Number.isInteger(index) || index < 0 || index >= project.bucketCount)
      return error(notFound(`b/${path.join('/')}`), call);
    if (deniedCollections.has('storage.buckets.getIamPolicy'))
      return error(permissionDenied('storage.buckets.getIamPolicy', `projects/_/buckets/${path[0]}`), call);
    return ok(project.bucketIamPolicy(index), call);
  }

  function resourceManager(path: string[]): CloudReply {
    const call = { service: 'cloudresourcemanager', action: 'projects.get', region: '' };
    if (path[0] !== 'projects' || path[1] !== projectId)
      return error(
        {
          ...permissionDenied('resourcemanager.projects.get', path.join('/')),
          body: {
            error: {
              code: 403,
              message: 'The caller does not have permission',
              status: 'PERMISSION_DENIED',
            },
          },
        },
        call,
      );
    return ok(
      {
        name: `projects/${project.projectNumber}`,
        parent: 'organizations/123456789012',
        projectId,
        state: 'ACTIVE',
        displayName: 'Sandbox Project',
        createTime: '2024-06-01T00:00:00.000Z',
        updateTime: '2024-06-01T00:00:00.000Z',
        etag: 'W/"sandbox"',
        labels: {},
      },
      call,
    );
  }

  function answer(req: CloudRequest): CloudReply {
    const segments = req.url.pathname.split('/').filter(Boolean);
    if (req.method === 'POST' && req.url.pathname === '/token') return token(req);
    let api: GcpApi | undefined;
    if (segments[0] === 'compute' && segments[1] === 'v1') api = 'compute';
    else if (segments[0] === 'storage' && segments[1] === 'v1' && segments[2] === 'b') api = 'storage';
    // Both speak v3 under one root: projects/<p>/{metricDescriptors,timeSeries} is Monitoring.
    else if (segments[0] === 'v3' && isMonitoring(segments)) api = 'monitoring';
    else if (segments[0] === 'v3') api = 'cloudresourcemanager';
    const post = api === 'compute' && segments.at(-1) === 'listInstances';
    if (!api || req.method !== (post ? 'POST' : 'GET'))
      return { status: 404, headers: { 'content-type': 'text/html' }, body: 'Not Found' };
    const call = { service: api, action: actionOf(api, segments.slice(2)), region: '' };
    if (!grant.bearer(req.headers.authorization)) return error(unauthenticated(), call);
    if (disabledApis.has(api)) return error(serviceDisabled(api, project.projectNumber), call);
    const fault = faults.decide();
    if (fault) return error(faultReply(fault, api), call);
    if (api === 'compute') return compute(req, segments.slice(2));
    if (api === 'monitoring') {
      if (deniedCollections.has(`monitoring.${segments[3]}`))
        return error(permissionDenied(`monitoring.${segments[3]}.list`, `projects/${segments[2]}`), call);
      const got = monitoring.answer(req, segments[2], segments[3]);
      return 'error' in got ? error(got.error, call) : ok(got.body, { ...call, continued: got.continued });
    }
    if (api === 'storage') return storage(req, segments.slice(3));
    return resourceManager(segments.slice(1));
  }

  const server = await startCloudHttpServer(answer, { port: options.port, faults, log: calls });
  const url = server.url;
  const tokenUrl = `${url}/token`;
  // The audience google-auth-library signs for, and the key's own token_uri (as Python's google-auth signs).
  grant.audiences.push(tokenUrl);

  function newServiceAccountKey({ email, register = true }: { email?: string; register?: boolean } = {}) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const clientEmail = email ?? `collector-${randomBytes(3).toString('hex')}@${projectId}.iam.gserviceaccount.com`;
    if (register) grant.add({ email: clientEmail, publicKey });
    const key: GcpServiceAccountKey = {
      type: 'service_account',
      project_id: projectId,
      private_key_id: randomBytes(20).toString('hex'),
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: clientEmail,
      client_id: String(100_000_000_000_000_000_000n + BigInt(`0x${randomBytes(8).toString('hex')}`)),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: tokenUrl,
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
      universe_domain: 'googleapis.com',
    };
    return key;
  }

  return {
    url,
    tokenUrl,
    project,
    serviceAccountKey: newServiceAccountKey({ email: `cloudforet-collector@${projectId}.iam.gserviceaccount.com` }),
    newServiceAccountKey,
    addServiceAccount: (account) => grant.add(account),
    issuedTokens: () => grant.issued(),
    calls,
    faults,
    disabledApis,
    deniedCollections,
    unreachableZones,
    monitoring,
    reset() {
      calls.clear();
      faults.reset();
    },
    close: () => server.close(),
  };
}

/** The operation a path names, as the call log records it (`instances.aggregatedList`, `buckets.list`, `projects.get`). */
function actionOf(api: GcpApi, path: string[]): string {
  if (api === 'storage') return path[2] === 'iam' ? 'buckets.getIamPolicy' : 'buckets.list';
  if (api === 'monitoring') return `${path[1]}.list`;
  if (api === 'cloudresourcemanager') return 'projects.get';
  const rest = path.slice(2);
  if (rest[0] === 'aggregated') return `${rest[1]}.aggregatedList`;
  if (rest.at(-1) === 'listInstances')
    return rest[0] === 'regions' ? 'regionInstanceGroups.listInstances' : `${rest[2]}.listInstances`;
  if (rest[0] === 'global') return `${rest[1]}.list`;
  return `${rest[0]}.list`;
}

/** `/v3/projects/<p>/metricDescriptors` and `/v3/projects/<p>/timeSeries` (Resource Manager has `/v3/projects/<p>`). */
function isMonitoring(segments: string[]): boolean {
  return (
    segments.length === 4 &&
    segments[1] === 'projects' &&
    (segments[3] === 'metricDescriptors' || segments[3] === 'timeSeries')
  );
}
