import type { CallLog } from '../cloud/call-log';
import type { CloudFaultOptions, CloudFaults } from '../cloud/cloud-faults';
import type { RegionAccess } from '../cloud/region-access';
import type { AwsAccessKey, AwsRole } from './aws-identities';
import type { Ec2Region } from './ec2-world';

export interface AwsSandboxOptions extends CloudFaultOptions {
  /** Default 0 (ephemeral); binds 127.0.0.1. */
  port?: number;
  /** Seed of the generated resources (default 1): the same seed gives the same account. */
  dataSeed?: number;
  /** Enabled regions (default us-east-1, us-west-2, eu-west-1, ap-northeast-2). */
  regions?: string[];
  /** Regions that exist but are not opted in: listed by `DescribeRegions AllRegions`, calls there fail (AuthFailure). */
  notOptedInRegions?: string[];
  /** Enabled regions where the account's policy denies every call (UnauthorizedOperation / AccessDenied). */
  deniedRegions?: string[];
  /** Instances per region (default 12; up to 5,000 and more cost nothing until paged). */
  instancesPerRegion?: number;
  /** Most items in one page, whatever MaxResults asks (default 1000). */
  pageSizeCap?: number;
  /** Data points one CloudWatch GetMetricData page answers (default 100,800, CloudWatch's own); smaller forces NextToken. */
  metricDataPointsPerPage?: number;
  accountId?: string;
  /** Valid long-term keys (default `DEFAULT_ACCESS_KEY`). */
  accessKeys?: AwsAccessKey[];
  /** Roles those keys may assume (default: one without and one with an external id). */
  roles?: AwsRole[];
}

export interface AwsSandbox {
  /** `http://127.0.0.1:<port>`: every service's endpoint (the SDK's `endpoint`); the service comes from the signature. */
  url: string;
  accountId: string;
  /** The first valid key pair. */
  accessKey: AwsAccessKey;
  roles: AwsRole[];
  /** The sessions AssumeRole issued so far (their secrets and tokens, for leak scans). */
  sessions: readonly { accessKeyId: string; secretAccessKey: string; sessionToken: string }[];
  regions: readonly string[];
  /** Every call answered, with its times (tests, the benchmark's lower bound). */
  calls: CallLog;
  /** Latency, throttling and 5xx knobs, changeable while running; `failNext` queues a burst. */
  faults: CloudFaults;
  access: RegionAccess;
  /** The generated resources of a region (what the sandbox answers, for assertions). */
  region(name: string): Ec2Region;
  /** Clears the call log and queued faults. */
  reset(): void;
  close(): Promise<void>;
}
