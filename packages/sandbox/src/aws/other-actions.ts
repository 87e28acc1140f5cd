import { intParam, pageOf, queryList, AwsError, type AwsCall } from './aws-request';

type Result = Record<string, unknown>;

export const STS_ACTIONS: Record<string, (call: AwsCall) => Result> = {
  GetCallerIdentity: ({ caller }) => ({ UserId: caller.userId, Account: caller.accountId, Arn: caller.arn }),

  AssumeRole(call) {
    const { params, caller, identities } = call;
    const roleArn = params.get('RoleArn') ?? '';
    const sessionName = params.get('RoleSessionName') ?? '';
    if (!roleArn || !sessionName)
      throw new AwsError(
        'ValidationError',
        `1 validation error detected: Value null at '${roleArn ? 'roleSessionName' : 'roleArn'}' failed to satisfy constraint: Member must not be null`,
      );
    const issued = identities.assumeRole(caller, {
      roleArn,
      sessionName,
      externalId: params.get('ExternalId') ?? undefined,
    });
    if (typeof issued === 'string') throw new AwsError('AccessDenied', issued, 403);
    const seconds = intParam(params.get('DurationSeconds'), 'DurationSeconds', 900, 43200) ?? 3600;
    return {
      Credentials: {
        AccessKeyId: issued.accessKeyId,
        SecretAccessKey: issued.secretAccessKey,
        SessionToken: issued.sessionToken,
        Expiration: new Date(Date.now() + seconds * 1000),
      },
      AssumedRoleUser: { AssumedRoleId: `${issued.roleId}:${sessionName}`, Arn: issued.assumedArn },
    };
  },
};

export const AUTOSCALING_ACTIONS: Record<string, (call: AwsCall) => Result> = {
  DescribeAutoScalingGroups(call) {
    const names = queryList(call.params, 'AutoScalingGroupNames.member');
    const groups = call.world
      .autoScalingGroups()
      .filter((g) => names.length === 0 || names.includes(g.AutoScalingGroupName!));
    const page = pageOf(call, `asgs:${call.world.region}`, {
      end: groups.length,
      token: call.params.get('NextToken'),
      max: intParam(call.params.get('MaxRecords'), 'MaxRecords', 1, 100) ?? 50,
      get: (k) => groups[k],
    });
    return { AutoScalingGroups: page.items, NextToken: page.next };
  },
  DescribeLaunchConfigurations: (call) => ({ LaunchConfigurations: call.world.launchConfigurations() }),
};

export const ELBV2_ACTIONS: Record<string, (call: AwsCall) => Result> = {
  DescribeLoadBalancers(call) {
    const page = pageOf(call, `lbs:${call.world.region}`, {
      end: call.world.loadBalancers().length,
      token: call.params.get('Marker'),
      max: intParam(call.params.get('PageSize'), 'PageSize', 1, 400) ?? 400,
      get: (k) => call.world.loadBalancers()[k],
    });
    return { LoadBalancers: page.items, NextMarker: page.next };
  },
  DescribeListeners(call) {
    const arn = call.params.get('LoadBalancerArn') ?? '';
    if (!call.world.loadBalancers().some((lb) => lb.LoadBalancerArn === arn))
      throw new AwsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`);
    return { Listeners: call.world.listeners(arn) };
  },
  DescribeTargetGroups: (call) => ({ TargetGroups: call.world.targetGroups() }),
  DescribeTargetHealth(call) {
    const arn = call.params.get('TargetGroupArn') ?? '';
    if (!call.world.targetGroups().some((tg) => tg.TargetGroupArn === arn))
      throw new AwsError('TargetGroupNotFound', `Target groups '${arn}' not found`);
    return { TargetHealthDescriptions: call.world.targetHealth(arn) };
  },
};

export const SSM_ACTIONS: Record<string, (call: AwsCall) => Result> = {
  DescribeInstanceInformation(call) {
    const { json, world } = call;
    const filters = (json.Filters ?? []) as { Key: string; Values: string[] }[];
    const ids = filters.find((f) => f.Key === 'InstanceIds')?.Values;
    const max = intParam(json.MaxResults as number | undefined, 'MaxResults', 5, 50) ?? 50;
    if (ids) {
      if (ids.length > 50)
        throw new AwsError('InvalidInstanceInformationFilterValue', 'At most 50 InstanceIds per filter.');
      const list = ids
        .map((id) => world.indexOf('i', 'instance', id))
        .map((i) => (i === undefined || i >= world.instanceCount ? undefined : world.instanceInformation(i)))
        .filter(Boolean);
      return { InstanceInformationList: list };
    }
    const page = pageOf(call, `ssm:${world.region}`, {
      end: world.instanceCount,
      token: json.NextToken as string | undefined,
      max,
      get: (i) => world.instanceInformation(i),
    });
    return { InstanceInformationList: page.items, NextToken: page.next };
  },
};
