import type { AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import type { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { awsCloudService, cloudtrail, cloudwatch } from '../aws-resource';
import type { RegionContext } from '../region-context';
import type { AutoScalingPage } from './auto-scaling-group-connector';

export const GROUP = 'EC2';
export const TYPE = 'AutoScalingGroup';

/** An Auto Scaling group: the API's fields plus its launch configuration or template, CloudWatch and CloudTrail keys. */
export function autoScalingGroupResource(
  group: AutoScalingGroup,
  page: AutoScalingPage,
  { region, accountId }: Pick<RegionContext, 'region' | 'accountId'>,
): ResourceInfo {
  const name = group.AutoScalingGroupName!;
  const lc = page.launchConfigurations.find((c) => c.LaunchConfigurationName === group.LaunchConfigurationName);
  const ltSpec = group.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification ?? group.LaunchTemplate;
  const lt =
    ltSpec &&
    page.launchTemplates.find(
      (t) => t.LaunchTemplateId === ltSpec.LaunchTemplateId || t.LaunchTemplateName === ltSpec.LaunchTemplateName,
    );
  const display = group.LaunchConfigurationName ?? ltSpec?.LaunchTemplateName;
  return awsCloudService({
    name,
    group: GROUP,
    type: TYPE,
    resourceId: group.AutoScalingGroupARN ?? name,
    account: accountId,
    regionCode: region,
    tags: Object.fromEntries((group.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    externalLink: `https://console.aws.amazon.com/ec2/autoscaling/home?region=${region}#AutoScalingGroups:id=${name}`,
    data: {
      ...group,
      launch_configuration: lc ?? {},
      autoscaling_tags: group.Tags ?? [],
      instances: (group.Instances ?? []).map((i) => ({ ...i })),
      cloudwatch: cloudwatch('AWS/AutoScaling', 'AutoScalingGroupName', name, region),
      cloudtrail: cloudtrail(region, 'AWS::AutoScaling::AutoScalingGroup', name),
      ...(display ? { display_launch_configuration_template: display } : {}),
      ...(ltSpec ? { launch_template: lt ?? {} } : {}),
    },
  });
}
