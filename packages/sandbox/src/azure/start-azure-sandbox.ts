import { randomBytes, randomUUID } from 'node:crypto';
import { CallLog } from '../cloud/call-log';
import { CloudFaults } from '../cloud/cloud-faults';
import { startCloudHttpServer, type CloudReply, type CloudRequest } from '../cloud/cloud-http-server';
import { PageTokens } from '../cloud/page-token';
import { testCertificates } from '../smtp/test-certificates';
import type { AzureSandbox, AzureSandboxOptions, AzureSecretData } from './azure-sandbox-types';
import { AzureSubscription, DEFAULT_AZURE_LOCATIONS, seededGuid, type AzureListKind } from './azure-world';
import { EntraTokens, type AzureServicePrincipal } from './entra-token';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** The api-version the pinned SDKs send for each kind of path; ARM refuses others. */
export const AZURE_API_VERSIONS: Record<string, string> = {
  subscriptions: '2022-12-01',
  'Microsoft.Compute/virtualMachines': '2026-03-01',
  'Microsoft.Compute/virtualMachineScaleSets': '2026-03-01',
  'Microsoft.Compute/disks': '2025-01-02',
  'Microsoft.Compute/snapshots': '2025-01-02',
  'Microsoft.Compute/skus': '2021-07-01',
  'Microsoft.Network': '2025-05-01',
  'Microsoft.Insights/autoscalesettings': '2015-04-01',
};

const LISTS: Record<string, AzureListKind> = {
  'Microsoft.Compute/virtualMachines': 'virtualMachines',
  'Microsoft.Compute/disks': 'disks',
  'Microsoft.Compute/snapshots': 'snapshots',
  'Microsoft.Compute/virtualMachineScaleSets': 'virtualMachineScaleSets',
  'Microsoft.Compute/skus': 'skus',
  'Microsoft.Network/virtualNetworks': 'virtualNetworks',
  'Microsoft.Network/networkSecurityGroups': 'networkSecurityGroups',
  'Microsoft.Network/publicIPAddresses': 'publicIPAddresses',
  'Microsoft.Network/loadBalancers': 'loadBalancers',
  'Microsoft.Network/networkInterfaces': 'networkInterfaces',
};

/** A resource's own lists (`resourceGroups/{rg}/providers/{ns}/{type}/{name}/{child}`), by the SDK's operation group. */
const CHILD_LISTS: Record<string, string> = {
  'Microsoft.Network/loadBalancers/networkInterfaces': 'loadBalancerNetworkInterfaces',
  'Microsoft.Compute/virtualMachineScaleSets/virtualMachines': 'virtualMachineScaleSetVMs',
};

interface ArmError {
  status: number;
  code: string;
  message: string;
  retryAfter?: string;
}

/**
 * Azure on loopback, over https with the shared test CA (the Azure SDKs refuse plain http for a
 * bearer token): Azure Resource Manager for `@azure/arm-compute`, `@azure/arm-network`,
 * `@azure/arm-monitor` and `@azure/arm-resources-subscriptions` with only the endpoint changed (subscription-wide lists
 * paged by `nextLink`, `api-version` checked per path), and Entra ID's token endpoint for the
 * client-secret flow (`authorityHost` = this URL, instance discovery off). Every ARM call needs a
 * token it issued, for a principal whose role reaches the subscription. Each subscription has its
 * own principal and its own resources.
 */
export async function startAzureSandbox(options: AzureSandboxOptions = {}): Promise<AzureSandbox> {
  const seed = options.dataSeed ?? 1;
  const tenantId = seededGuid(seed, 'tenant');
  const shape = {
    locations: options.locations ?? DEFAULT_AZURE_LOCATIONS,
    resourceGroups: options.resourceGroups ?? 3,
    vmsPerLocation: options.vmsPerLocation ?? 4,
    snapshotsPerLocation: options.snapshotsPerLocation ?? 1,
  };
  const subscriptions = Array.from(
    { length: options.subscriptions ?? 2 },
    (_, i) => new AzureSubscription(seed, seededGuid(seed, 'subscription', i), tenantId, i, shape),
  );
  const faults = new CloudFaults(options);
  const calls = new CallLog();
  const pages = new PageTokens(randomUUID());
  const pageSize = Math.max(1, options.pageSize ?? 100);
  const deniedApis = new Set(options.deniedApis ?? []);
  const failingLocations = new Set(options.failingLocations ?? []);
  const entra = new EntraTokens(new Set([tenantId]));
  const secrets: AzureSecretData[] = subscriptions.map((s, i) => {
    const principal: AzureServicePrincipal = {
      tenantId,
      clientId: seededGuid(seed, 'client', i),
      clientSecret: `${randomBytes(3).toString('hex')}~${randomBytes(24).toString('base64url')}`,
      subscriptions: [s.subscriptionId],
      objectId: seededGuid(seed, 'object', i),
    };
    entra.add(principal);
    return {
      subscription_id: s.subscriptionId,
      tenant_id: tenantId,
      client_id: principal.clientId,
      client_secret: principal.clientSecret,
    };
  });
  const certificates = await testCertificates();
  let url = '';

  const json = (
    status: number,
    body: unknown,
    call: CloudReply['call'],
    headers: Record<string, string> = {},
  ): CloudReply => ({
    status,
    headers: { ...JSON_TYPE, 'x-ms-request-id': randomUUID(), ...headers },
    body: JSON.stringify(body),
    call,
  });
  const armError = (e: ArmError, call: CloudReply['call']): CloudReply =>
    json(
      e.status,
      { error: { code: e.code, message: e.message } },
      call && { ...call, error: e.code },
      e.retryAfter ? { 'retry-after': e.retryAfter } : {},
    );

  function entraAnswer(req: CloudRequest, segments: string[]): CloudReply | undefined {
    const [tenant, ...rest] = segments;
    const path = rest.join('/');
    if (req.method === 'GET' && path === 'v2.0/.well-known/openid-configuration') {
      const base = `${url}/${tenant}`;
      return json(
        200,
        {
          token_endpoint: `${base}/oauth2/v2.0/token`,
          token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
          jwks_uri: `${url}/${tenant}/discovery/v2.0/keys`,
          response_modes_supported: ['query', 'fragment', 'form_post'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          issuer: `${url}/${tenant}/v2.0`,
          request_uri_parameter_supported: false,
          userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
          http_logout_supported: true,
          frontchannel_logout_supported: true,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'tid'],
          kerberos_endpoint: `${base}/kerberos`,
          tenant_region_scope: 'AS',
          cloud_instance_name: 'microsoftonline.com',
          cloud_graph_host_name: 'graph.windows.net',
          msgraph_host: 'graph.microsoft.com',
          rbac_url: 'https://pas.windows.net',
        },
        undefined,
      );
    }
    if (req.method === 'POST' && path === 'oauth2/v2.0/token') {
      const call = { service: 'entra', action: 'token', region: '' };
      const answer = entra.grant(tenant, new URLSearchParams(req.body));
      if (!answer.ok) return json(answer.status, answer.body, { ...call, error: answer.error });
      return json(200, answer.body, call);
    }
    return undefined;
  }

  /** `?api-version=` as ARM checks it: missing, or not the one this path kind serves. */
  function apiVersionError(req: CloudRequest, kind: string): ArmError | undefined {
    const asked = req.url.searchParams.get('api-version');
    const expected = AZURE_API_VERSIONS[kind];
    if (!asked)
      return {
        status: 400,
        code: 'MissingApiVersionParameter',
        message: 'The api-version query parameter (?api-version=) is required for all requests.',
      };
    if (asked !== expected)
      return {
        status: 400,
        code: 'InvalidApiVersionParameter',
        message: `The api-version '${asked}' is invalid. The supported versions are '${expected}'.`,
      };
    return undefined;
  }

  /** A list's items, `count` of them, made a page at a time. */
  interface ListSource {
    count: number;
    page(start: number, end: number, options: { statusOnly: boolean }): unknown[];
  }
  const subscriptionList = (
    sub: AzureSubscription,
    kind: AzureListKind,
    from = 0,
    to = sub.total(kind),
  ): ListSource => ({
    count: to - from,
    page: (start, end, { statusOnly }) => sub.page(kind, from + start, from + end, { statusOnly }),
  });

  /** One page of a list (`nextLink` with a `$skiptoken` bound to the list when more follow). */
  function list(
    req: CloudRequest,
    sub: AzureSubscription,
    source: ListSource,
    call: NonNullable<CloudReply['call']>,
    scopeKey = '',
  ): CloudReply {
    const statusOnly = req.url.searchParams.get('statusOnly') === 'true';
    const scope = `${sub.subscriptionId}:${call.action}:${call.region}:${scopeKey}:${statusOnly}`;
    const token = req.url.searchParams.get('$skiptoken');
    const start = token ? pages.decode(scope, token) : 0;
    if (start === undefined)
      return armError(
        { status: 400, code: 'InvalidSkipToken', message: 'The provided skip token is not valid.' },
        call,
      );
    const end = Math.min(source.count, start + pageSize);
    const body: Record<string, unknown> = { value: source.page(start, end, { statusOnly }) };
    if (end < source.count) {
      const next = new URL(req.url.pathname, url);
      next.searchParams.set('api-version', req.url.searchParams.get('api-version') ?? '');
      if (statusOnly) next.searchParams.set('statusOnly', 'true');
      next.searchParams.set('$skiptoken', pages.encode(scope, end));
      body.nextLink = next.toString();
    }
    return json(200, body, { ...call, continued: start > 0 });
  }

  function arm(req: CloudRequest, segments: string[]): CloudReply {
    // subscriptions/{id}[/locations | /providers/{ns}/{type} | /providers/{ns}/locations/{l}/{type}
    //   | /resourceGroups/{rg}/providers/{ns}/{type}/{name}/{child}]
    const [, subscriptionId, ...rest] = segments;
    const child = inGroup(rest, 7) ? CHILD_LISTS[`${rest[3]}/${rest[4]}/${rest[6]}`] : undefined;
    if (child) return childList(req, subscriptionId, rest, child);
    if (inGroup(rest, 8) && `${rest[3]}/${rest[4]}/${rest[6]}` === 'Microsoft.Network/virtualNetworks/subnets')
      return subnet(req, subscriptionId, rest);
    if (inGroup(rest, 5) && `${rest[3]}/${rest[4]}`.toLowerCase() === 'microsoft.insights/autoscalesettings')
      return autoscaleSettings(req, subscriptionId, rest);
    const kind =
      rest[0] === 'providers'
        ? rest[1] === 'Microsoft.Network'
          ? 'Microsoft.Network'
          : `${rest[1]}/${rest[2] === 'locations' ? rest[4] : rest[2]}`
        : 'subscriptions';
    const type = rest[0] === 'providers' ? `${rest[1]}/${rest[2] === 'locations' ? rest[4] : rest[2]}` : '';
    const location = rest[0] === 'providers' && rest[2] === 'locations' ? (rest[3] ?? '') : '';
    const action =
      rest.length === 0
        ? 'subscriptions.get'
        : rest[0] === 'locations'
          ? 'subscriptions.listLocations'
          : `${type.split('/')[1]}.${location ? 'listByLocation' : 'listAll'}`;
    const call = {
      service: kind === 'subscriptions' ? 'subscriptions' : rest[1].split('.')[1].toLowerCase(),
      action,
      region: location,
    };
    const failure = refusal(req, subscriptionId, kind, type, call);
    if (failure) return failure;
    const sub = subscriptions.find((s) => s.subscriptionId === subscriptionId)!;
    if (rest.length === 0) return json(200, sub.subscription(), call);
    if (rest[0] === 'locations' && rest.length === 1) return json(200, { value: sub.locationList() }, call);
    const listKind = LISTS[type];
    if (!listKind)
      return armError(
        { status: 404, code: 'InvalidResourceType', message: `The resource type '${type}' could not be found.` },
        call,
      );
    if (location) {
      if (failingLocations.has(location))
        return armError(
          {
            status: 400,
            code: 'LocationNotAvailableForResourceType',
            message: `The provided location '${location}' is not available for resource type '${type}'.`,
          },
          call,
        );
      const l = sub.locations.indexOf(location);
      if (l < 0 || listKind !== 'virtualMachineScaleSets') return json(200, { value: [] }, call);
      return list(req, sub, subscriptionList(sub, listKind, l, l + 1), call);
    }
    return list(req, sub, subscriptionList(sub, listKind), call);
  }

  /** A load balancer's network interfaces, a scale set's VMs: one page, 404 for an unknown parent. */
  function childList(req: CloudRequest, subscriptionId: string, rest: string[], child: string): CloudReply {
    const [, , , ns, parentType, name] = rest;
    const type = `${ns}/${parentType}`;
    const kind = ns === 'Microsoft.Network' ? ns : type;
    const call = { service: ns.split('.')[1].toLowerCase(), action: `${child}.list`, region: '' };
    const failure = refusal(req, subscriptionId, kind, type, call);
    if (failure) return failure;
    const sub = subscriptions.find((s) => s.subscriptionId === subscriptionId)!;
    const parentId = `/subscriptions/${subscriptionId}/${rest.slice(0, 6).join('/')}`.toLowerCase();
    const value =
      child === 'loadBalancerNetworkInterfaces' ? sub.loadBalancerNicsOf(parentId) : scaleSetVmsOf(sub, parentId);
    if (!value)
      return armError(
        {
          status: 404,
          code: 'ResourceNotFound',
          message: `The Resource '${type}/${name}' under resource group '${rest[1]}' was not found.`,
        },
        call,
      );
    return json(200, { value }, call);
  }

  function scaleSetVmsOf(sub: AzureSubscription, id: string): unknown[] | undefined {
    const l = sub.locations.findIndex((_, i) => (sub.scaleSet(i).id as string).toLowerCase() === id);
    return l < 0 ? undefined : sub.scaleSetVms(l);
  }

  /** `subnets.get`: a virtual network's subnet, 404 for an unknown network or subnet (as ARM words each). */
  function subnet(req: CloudRequest, subscriptionId: string, rest: string[]): CloudReply {
    const [, rg, , , , vnet] = rest;
    const type = 'Microsoft.Network/virtualNetworks/subnets';
    const call = { service: 'network', action: 'subnets.get', region: '' };
    const failure = refusal(req, subscriptionId, 'Microsoft.Network', type, call);
    if (failure) return failure;
    const sub = subscriptions.find((s) => s.subscriptionId === subscriptionId)!;
    const id = `/subscriptions/${subscriptionId}/${rest.join('/')}`;
    const l = sub.locations.findIndex((_, i) => sub.subnetId(i).toLowerCase() === id.toLowerCase());
    if (l >= 0) return json(200, { ...sub.subnet(l), type }, call);
    const vnetKnown = sub.locations.some(
      (_, i) => sub.virtualNetworkId(i).toLowerCase() === id.replace(/\/subnets\/[^/]+$/, '').toLowerCase(),
    );
    return armError(
      vnetKnown
        ? { status: 404, code: 'NotFound', message: `Resource ${id} not found.` }
        : {
            status: 404,
            code: 'ResourceNotFound',
            message: `The Resource 'Microsoft.Network/virtualNetworks/${vnet}' under resource group '${rg}' was not found.`,
          },
      call,
    );
  }

  /** `autoscaleSettings.listByResourceGroup`: the group's settings paged by `nextLink`, 404 for an unknown group. */
  function autoscaleSettings(req: CloudRequest, subscriptionId: string, rest: string[]): CloudReply {
    const rg = rest[1];
    const type = 'Microsoft.Insights/autoscalesettings';
    const call = { service: 'insights', action: 'autoscaleSettings.listByResourceGroup', region: '' };
    const failure = refusal(req, subscriptionId, type, type, call);
    if (failure) return failure;
    const sub = subscriptions.find((s) => s.subscriptionId === subscriptionId)!;
    const settings = sub.autoscaleSettingsOf(rg);
    if (!settings)
      return armError(
        { status: 404, code: 'ResourceGroupNotFound', message: `Resource group '${rg}' could not be found.` },
        call,
      );
    return list(
      req,
      sub,
      { count: settings.length, page: (start, end) => settings.slice(start, end) },
      call,
      rg.toLowerCase(),
    );
  }

  /** What ARM refuses before answering: the token, the method and api-version, the subscription, the role, a fault. */
  function refusal(
    req: CloudRequest,
    subscriptionId: string,
    kind: string,
    type: string,
    call: NonNullable<CloudReply['call']>,
  ): CloudReply | undefined {
    const principal = entra.bearer(req.headers.authorization);
    if (!principal)
      return armError(
        {
          status: 401,
          code: req.headers.authorization ? 'InvalidAuthenticationToken' : 'AuthenticationFailed',
          message: req.headers.authorization
            ? 'The access token is invalid.'
            : "Authentication failed. The 'Authorization' header is missing.",
        },
        call,
      );
    if (req.method !== 'GET' || (kind !== 'subscriptions' && !AZURE_API_VERSIONS[kind]))
      return armError(
        { status: 404, code: 'InvalidResourceType', message: `The resource type '${type}' could not be found.` },
        call,
      );
    const versionError = apiVersionError(req, kind);
    if (versionError) return armError(versionError, call);
    const sub = subscriptions.find((s) => s.subscriptionId === subscriptionId);
    if (!sub)
      return armError(
        {
          status: 404,
          code: 'SubscriptionNotFound',
          message: `The subscription '${subscriptionId}' could not be found.`,
        },
        call,
      );
    const permission = type ? `${type}/read` : 'Microsoft.Resources/subscriptions/read';
    if (!principal.subscriptions.includes(sub.subscriptionId) || deniedApis.has(type))
      return armError(
        {
          status: 403,
          code: 'AuthorizationFailed',
          message: `The client '${principal.clientId}' with object id '${principal.objectId}' does not have authorization to perform action '${permission}' over scope '/subscriptions/${sub.subscriptionId}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
        },
        call,
      );
    const fault = faults.decide();
    if (fault === 'throttle')
      return armError(
        {
          status: 429,
          code: 'TooManyRequests',
          message: `The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. For more information, refer to - https://aka.ms/armthrottling`,
          retryAfter: '1',
        },
        call,
      );
    if (fault === 'server-error')
      return armError(
        { status: 503, code: 'ServiceUnavailable', message: 'The server is currently unable to handle the request.' },
        call,
      );
    return undefined;
  }

  /** `resourceGroups/{rg}/providers/{ns}/…` with `length` segments in all. */
  function inGroup(rest: string[], length: number): boolean {
    return rest.length === length && rest[0]?.toLowerCase() === 'resourcegroups' && rest[2] === 'providers';
  }

  function answer(req: CloudRequest): CloudReply {
    const segments = req.url.pathname.split('/').filter(Boolean);
    if (segments[0]?.toLowerCase() === 'subscriptions' && segments[1]) return arm(req, segments);
    if (segments.length >= 2) {
      const reply = entraAnswer(req, segments);
      if (reply) return reply;
    }
    return {
      status: 404,
      headers: JSON_TYPE,
      body: JSON.stringify({ error: { code: 'NotFound', message: 'Not found' } }),
    };
  }

  const server = await startCloudHttpServer(answer, {
    port: options.port,
    faults,
    log: calls,
    tls: { key: certificates.key, cert: certificates.certificate },
  });
  url = server.url;

  return {
    url,
    caCertificate: certificates.caCertificate,
    tenantId,
    subscriptions,
    secretData: (index = 0) => ({ ...secrets[index] }),
    addServicePrincipal: (p) => entra.add({ ...p, objectId: randomUUID() }),
    issuedTokens: () => entra.issued(),
    calls,
    faults,
    deniedApis,
    failingLocations,
    apiVersions: AZURE_API_VERSIONS,
    reset() {
      calls.clear();
      faults.reset();
    },
    close: () => server.close(),
  };
}
