/**
 * Units AWS documents for the metrics EC2 instances and EBS volumes publish, and the CloudWatch
 * agent's default ones: the unit their data points carry, known without a call. Anything else (a
 * custom metric) is looked up from its data points, as upstream does for every metric.
 */
const UNITS: Record<string, Record<string, string>> = {
  'AWS/EC2': {
    CPUUtilization: 'Percent',
    CPUCreditUsage: 'Count',
    CPUCreditBalance: 'Count',
    CPUSurplusCreditBalance: 'Count',
    CPUSurplusCreditsCharged: 'Count',
    DedicatedHostCPUUtilization: 'Percent',
    NetworkIn: 'Bytes',
    NetworkOut: 'Bytes',
    NetworkPacketsIn: 'Count',
    NetworkPacketsOut: 'Count',
    DiskReadOps: 'Count',
    DiskWriteOps: 'Count',
    DiskReadBytes: 'Bytes',
    DiskWriteBytes: 'Bytes',
    EBSReadOps: 'Count',
    EBSWriteOps: 'Count',
    EBSReadBytes: 'Bytes',
    EBSWriteBytes: 'Bytes',
    'EBSIOBalance%': 'Percent',
    'EBSByteBalance%': 'Percent',
    StatusCheckFailed: 'Count',
    StatusCheckFailed_Instance: 'Count',
    StatusCheckFailed_System: 'Count',
    StatusCheckFailed_AttachedEBS: 'Count',
    MetadataNoToken: 'Count',
    MetadataNoTokenRejected: 'Count',
  },
  'AWS/EBS': {
    VolumeReadBytes: 'Bytes',
    VolumeWriteBytes: 'Bytes',
    VolumeReadOps: 'Count',
    VolumeWriteOps: 'Count',
    VolumeTotalReadTime: 'Seconds',
    VolumeTotalWriteTime: 'Seconds',
    VolumeIdleTime: 'Seconds',
    VolumeQueueLength: 'Count',
    VolumeThroughputPercentage: 'Percent',
    VolumeConsumedReadWriteOps: 'Count',
    BurstBalance: 'Percent',
  },
  CWAgent: {
    mem_used_percent: 'Percent',
    mem_available_percent: 'Percent',
    mem_used: 'Bytes',
    mem_available: 'Bytes',
    swap_used_percent: 'Percent',
    swap_used: 'Bytes',
    swap_free: 'Bytes',
    disk_used_percent: 'Percent',
    disk_used: 'Bytes',
    disk_free: 'Bytes',
    cpu_usage_idle: 'Percent',
    cpu_usage_user: 'Percent',
    cpu_usage_system: 'Percent',
    cpu_usage_iowait: 'Percent',
  },
};

export function knownUnit(namespace: string, metricName: string): string | undefined {
  return UNITS[namespace]?.[metricName];
}
