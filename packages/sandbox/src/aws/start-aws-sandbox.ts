import { randomUUID } from 'node:crypto';
import * as ec2 from '@aws-sdk/client-ec2';
import * as autoscaling from '@aws-sdk/client-auto-scaling';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import * as sts from '@aws-sdk/client-sts';
import type { StaticOperationSchema } from '@smithy/types';
import { CallLog } from '../cloud/call-log';
import { CloudFaults, type InjectedFault } from '../cloud/cloud-faults';
import { startCloudHttpServer, type CloudReply, type CloudRequest } from '../cloud/cloud-http-server';
import { PageTokens } from '../cloud/page-token';
import { RegionAccess } from '../cloud/region-access';
import { AwsIdentities, DEFAULT_ACCESS_KEY, DEFAULT_ACCOUNT_ID, type AwsCaller } from './aws-identities';
import { AwsError, type AwsCall } from './aws-request';
import type { AwsSandbox, AwsSandboxOptions } from './aws-sandbox-types';
import { CLOUDWATCH_ERROR_TYPES, cloudWatchActions } from './cloudwatch-actions';
import { EC2_ACTIONS } from './ec2-actions';
import { EC2_STUB_ACTIONS } from './stub-actions';
import { Ec2Region } from './ec2-world';
import { AUTOSCALING_ACTIONS, ELBV2_ACTIONS, SSM_ACTIONS, STS_ACTIONS } from './other-actions';
import { parseAuthorization, signatureMatches } from './sigv4';
import { xmlError, xmlResponse, type QueryProtocol } from './xml-response';

export const DEFAULT_AWS_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-northeast-2'];

/** How each service speaks, as the pinned SDK clients do (their `protocols/Aws_*` serde). */
interface Service {
  protocol: QueryProtocol | 'awsJson1_0' | 'awsJson1_1';
  /** awsJson services that keep their awsQuery error codes (`x-amzn-query-error`), as CloudWatch does. */
  queryCompatible?: boolean;
  xmlns: string;
  schemas: Record<string, unknown>;
  actions: Record<string, (call: AwsCall) => Record<string, unknown>>;
  global?: boolean;
}

/**
 * AWS on loopback for the SDK v3 clients the EC2 collector uses: EC2 (ec2Query), STS, Auto Scaling
 * and ELBv2 (awsQuery, XML answers written from the SDK's own output schemas), SSM (awsJson1_1) and
 * CloudWatch (awsJson1_0, query-compatible errors; see cloudwatch-actions.ts).
 * Requests must be SigV4-signed with a key the sandbox knows (or a session it issued); the region
 * and service come from the signature's scope, so one endpoint serves them all.
 */
export async function startAwsSandbox(options: AwsSandboxOptions = {}): Promise<AwsSandbox> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  const regionNames = options.regions ?? DEFAULT_AWS_REGIONS;
  const accessKeys = options.accessKeys ?? [DEFAULT_ACCESS_KEY];
  const roles = options.roles ?? [
    { arn: `arn:aws:iam::${accountId}:role/CloudforetCollector` },
    { arn: `arn:aws:iam::${accountId}:role/CloudforetCollectorExternal`, externalId: 'sandbox-external-id-0001' },
  ];
  const identities = new AwsIdentities(accountId, accessKeys, roles);
  const access = new RegionAccess({
    regions: regionNames,
    notOptedIn: options.notOptedInRegions,
    denied: options.deniedRegions,
  });
  const faults = new CloudFaults(options);
  const calls = new CallLog();
  const pages = new PageTokens(randomUUID());
  const instanceCount = options.instancesPerRegion ?? 12;
  const dataSeed = options.dataSeed ?? 1;
  const worlds = new Map<string, Ec2Region>();
  const worldOf = (region: string, account: string) => {
    const key = `${account}:${region}`;
    let world = worlds.get(key);
    if (!world) worlds.set(key, (world = new Ec2Region(dataSeed, region, instanceCount, account)));
    return world;
  };
  const regionList = { enabled: regionNames, optIn: [] as string[], notOptedIn: access.notOptedIn };

  const services: Record<string, Service> = {
    ec2: {
      protocol: 'ec2Query',
      xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/',
      schemas: ec2,
      actions: {
        ...EC2_STUB_ACTIONS,
        ...Object.fromEntries(Object.entries(EC2_ACTIONS).map(([k, f]) => [k, (c: AwsCall) => f(c, regionList)])),
      },
    },
    sts: {
      protocol: 'awsQuery',
      xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/',
      schemas: sts,
      actions: STS_ACTIONS,
      global: true,
    },
    autoscaling: {
      protocol: 'awsQuery',
      xmlns: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
      schemas: autoscaling,
      actions: AUTOSCALING_ACTIONS,
    },
    elasticloadbalancing: {
      protocol: 'awsQuery',
      xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
      schemas: elbv2,
      actions: ELBV2_ACTIONS,
    },
    ssm: { protocol: 'awsJson1_1', xmlns: '', schemas: {}, actions: SSM_ACTIONS },
    monitoring: {
      protocol: 'awsJson1_0',
      queryCompatible: true,
      xmlns: '',
      schemas: {},
      actions: cloudWatchActions(options.metricDataPointsPerPage),
    },
  };

  async function answer(req: CloudRequest): Promise<CloudReply> {
    const requestId = randomUUID();
    const signed = parseAuthorization(req.headers.authorization);
    const service = signed && services[signed.service];
    if (!signed || !service) {
      return {
        status: 403,
        headers: { 'content-type': 'text/xml' },
        body: xmlError('awsQuery', {
          code: 'MissingAuthenticationToken',
          message: 'Request is missing Authentication Token',
          requestId,
          xmlns: '',
        }),
      };
    }
    const json = isJson(service);
    let params = new URLSearchParams();
    let body: Record<string, unknown> = {};
    let action: string;
    if (json) {
      action = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      try {
        body = JSON.parse(req.body || '{}') as Record<string, unknown>;
      } catch {
        body = {};
      }
    } else {
      params = new URLSearchParams(req.body);
      action = params.get('Action') ?? '';
    }
    const log = { service: signed.service, action, region: signed.region };
    const fail = (error: AwsError): CloudReply => ({
      ...errorReply(service, error, requestId),
      call: { ...log, error: error.code },
    });

    const caller = identities.caller(signed.accessKeyId);
    const sessionOk =
      caller && (caller.sessionToken ?? undefined) === (req.headers['x-amz-security-token'] ?? undefined);
    if (
      !caller ||
      !sessionOk ||
      !(await signatureMatches({ ...req, path: req.url.pathname + req.url.search }, signed, {
        accessKeyId: signed.accessKeyId,
        secretAccessKey: caller.secretAccessKey,
      }))
    )
      return fail(authError(signed.service, caller !== undefined && sessionOk === true));
    if (!service.global) {
      const verdict = access.verdict(signed.region);
      if (verdict === 'not-opted-in' || verdict === 'unknown') return fail(authError(signed.service, false));
      if (verdict === 'denied') return fail(deniedError(signed.service, action, caller));
    }
    const fault = faults.decide();
    if (fault) return fail(faultError(signed.service, fault));
    const handler = service.actions[action];
    if (!handler) return fail(new AwsError('InvalidAction', `The action ${action} is not valid for this web service.`));
    try {
      const result = handler({
        action,
        params,
        json: body,
        caller: caller as AwsCaller,
        world: worldOf(signed.region, caller.accountId),
        identities,
        pages,
        pageCap: options.pageSizeCap ?? 1000,
      });
      if (json)
        return {
          status: 200,
          headers: { 'content-type': jsonContentType(service), 'x-amzn-requestid': requestId },
          body: JSON.stringify(result, epochSeconds),
          call: log,
        };
      const schema = service.schemas[`${action}$`] as StaticOperationSchema | undefined;
      if (!schema) throw new Error(`no SDK schema for ${signed.service}:${action}`);
      return {
        status: 200,
        headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
        body: xmlResponse(service.protocol as QueryProtocol, schema, result, { requestId, xmlns: service.xmlns }),
        call: log,
      };
    } catch (error) {
      if (error instanceof AwsError) return fail(error);
      throw error;
    }
  }

  const server = await startCloudHttpServer(answer, { port: options.port, faults, log: calls });
  return {
    url: server.url,
    accountId,
    accessKey: accessKeys[0],
    roles,
    sessions: identities.sessions,
    regions: regionNames,
    calls,
    faults,
    access,
    region: (name) => worldOf(name, accountId),
    reset() {
      calls.clear();
      faults.reset();
    },
    close: () => server.close(),
  };
}

function errorReply(service: Service, error: AwsError, requestId: string): Omit<CloudReply, 'call'> {
  if (service.queryCompatible) {
    const status = error.status >= 500 ? error.status : 400;
    return {
      status,
      headers: {
        'content-type': jsonContentType(service),
        'x-amzn-requestid': requestId,
        'x-amzn-query-error': `${error.code};${status >= 500 ? 'Receiver' : 'Sender'}`,
      },
      body: JSON.stringify({
        __type: `com.amazonaws.cloudwatch#${CLOUDWATCH_ERROR_TYPES[error.code] ?? error.code}`,
        message: error.message,
      }),
    };
  }
  if (isJson(service))
    return {
      status: error.status >= 500 ? error.status : 400,
      headers: { 'content-type': jsonContentType(service), 'x-amzn-requestid': requestId },
      body: JSON.stringify({ __type: error.code, message: error.message }),
    };
  return {
    status: error.status,
    headers: { 'content-type': 'text/xml;charset=UTF-8', 'x-amzn-requestid': requestId },
    body: xmlError(service.protocol as QueryProtocol, {
      code: error.code,
      message: error.message,
      requestId,
      xmlns: service.xmlns,
    }),
  };
}

/** A key AWS does not know (or a bad signature, `badSignature`), as each service words it. */
function authError(service: string, badSignature: boolean): AwsError {
  if (service === 'ec2')
    return new AwsError('AuthFailure', 'AWS was not able to validate the provided access credentials', 401);
  if (service === 'ssm')
    return badSignature
      ? new AwsError(
          'InvalidSignatureException',
          'The request signature we calculated does not match the signature you provided.',
        )
      : new AwsError('UnrecognizedClientException', 'The security token included in the request is invalid.');
  return badSignature
    ? new AwsError(
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
        403,
      )
    : new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
}

function deniedError(service: string, action: string, caller: AwsCaller): AwsError {
  if (service === 'ec2')
    return new AwsError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403);
  const text = `User: ${caller.arn} is not authorized to perform: ${service}:${action}`;
  return service === 'ssm' ? new AwsError('AccessDeniedException', text) : new AwsError('AccessDenied', text, 403);
}

function faultError(service: string, fault: InjectedFault): AwsError {
  if (fault === 'throttle') {
    if (service === 'ec2') return new AwsError('RequestLimitExceeded', 'Request limit exceeded.', 503);
    if (service === 'ssm') return new AwsError('ThrottlingException', 'Rate exceeded');
    return new AwsError('Throttling', 'Rate exceeded', 400);
  }
  if (service === 'ec2') return new AwsError('InternalError', 'An internal error has occurred', 500);
  if (service === 'ssm') return new AwsError('InternalServerError', 'An internal error has occurred', 500);
  return new AwsError('ServiceUnavailable', 'Service is unavailable', 503);
}

function isJson(service: Service): boolean {
  return service.protocol === 'awsJson1_0' || service.protocol === 'awsJson1_1';
}

function jsonContentType(service: Service): string {
  return service.protocol === 'awsJson1_0' ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1';
}

/** awsJson timestamps are epoch seconds. */
function epochSeconds(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? raw.getTime() / 1000 : value;
}
