// What the sandbox's CloudWatch holds, recomputed from its seed: the expectations of the tests.
import { cloudWatchMetricSpecs, cloudWatchSeries, periodStarts, type AwsSandbox } from '@cloudforet/sandbox';

/** An instance's `data.cloudwatch` exactly as plugins/aws-ec2-inven-collector emits it (its collect test pins the shape). */
export function instanceCloudwatch(region: string, instanceId: string) {
  return {
    region_name: region,
    metrics_info: [
      { Namespace: 'AWS/EC2', Dimensions: [{ Name: 'InstanceId', Value: instanceId }] },
      { Namespace: 'CWAgent', Dimensions: [{ Name: 'InstanceId', Value: instanceId }] },
    ],
  };
}

type Metric = { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: string }[] };

/** The sandbox's value of `metric` at each label (null where its series has a gap). */
export function expectedValues(
  aws: AwsSandbox,
  region: string,
  metric: Metric,
  { stat, period, labels }: { stat: string; period: number; labels: string[] },
): (number | null)[] {
  const spec = cloudWatchMetricSpecs(metric.Namespace).find((s) => s.name === metric.MetricName)!;
  const valueAt = cloudWatchSeries({ seed: aws.region(region).seed, region, metric, spec, stat, period });
  return labels.map((l) => valueAt(Date.parse(l) / 1000) ?? null);
}

/** The period starts CloudWatch answers points for in [start, end), as ISO labels. */
export function periodLabels(start: Date, end: Date, period: number): string[] {
  return periodStarts(start.getTime() / 1000, end.getTime() / 1000, period).map((t) =>
    new Date(t * 1000).toISOString(),
  );
}
