import type { CallLog } from '../cloud/call-log';
import type { CloudFaultOptions, CloudFaults } from '../cloud/cloud-faults';
import type { GcpProject } from './gcp-world';
import type { MonitoringApi, MonitoringOptions } from './monitoring-api';
import type { GcpServiceAccount } from './jwt-bearer-grant';

/** The APIs the sandbox serves, as Google names their services (an API not enabled is refused whole). */
export type GcpApi = 'compute' | 'storage' | 'cloudresourcemanager' | 'monitoring';

export interface GcpSandboxOptions extends CloudFaultOptions {
  /** Default 0 (ephemeral); binds 127.0.0.1. */
  port?: number;
  /** Seed of the generated resources (default 1). */
  dataSeed?: number;
  /** Default `sandbox-project-1`. */
  projectId?: string;
  /** Zones with instances (default 4 zones of 3 regions; `GCP_ZONES` has 20). */
  zones?: string[];
  /** Instances per zone (default 6; thousands cost nothing until paged). */
  instancesPerZone?: number;
  /** Buckets in the project (default 3). */
  buckets?: number;
  /** Snapshots in the project (default 3). */
  snapshots?: number;
  /** Machine images (default 2, of the first zone's first instances) and instance templates (default 2). */
  machineImages?: number;
  instanceTemplates?: number;
  /**
   * A regional managed instance group per region (`rmig-<region>`: instance 3 of each of its zones,
   * with a regional autoscaler), in the aggregated lists and `regionInstanceGroups.listInstances`. Default off.
   */
  regionalGroups?: boolean;
  /** Most items in one page, whatever maxResults asks (default 500, Compute Engine's cap). */
  pageSizeCap?: number;
  /** Service accounts the token endpoint accepts (default: one whose key the sandbox generates). */
  serviceAccounts?: GcpServiceAccount[];
  /** APIs answered 403 SERVICE_DISABLED (accessNotConfigured), as for a project that did not enable them. */
  disabledApis?: GcpApi[];
  /** Collections answered 403 forbidden (`compute.firewalls`, `storage.buckets`, `storage.buckets.getIamPolicy`, `monitoring.timeSeries`, …): an IAM role without them. */
  deniedCollections?: string[];
  /** Zones aggregated lists report as `unreachables` (with an UNREACHABLE warning) instead of listing. */
  unreachableZones?: string[];
  /** Cloud Monitoring's knobs: series per instance, page caps, failing instances. */
  monitoring?: MonitoringOptions;
}

/** A service-account key JSON (what Cloudforet stores as `google_oauth2_credentials`). */
export interface GcpServiceAccountKey {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
  universe_domain: string;
}

export interface GcpSandbox {
  /** `http://127.0.0.1:<port>`: every API's `rootUrl` (compute, storage, cloudresourcemanager, monitoring). */
  url: string;
  /** Where the JWT-bearer grant goes (the key's `token_uri`). */
  tokenUrl: string;
  project: GcpProject;
  /** The key of the sandbox's default service account, with `token_uri` pointing at the sandbox. */
  serviceAccountKey: GcpServiceAccountKey;
  /** Makes a key for another account (registered unless `register: false`); its private key is new. */
  newServiceAccountKey(options?: { email?: string; register?: boolean }): GcpServiceAccountKey;
  addServiceAccount(account: GcpServiceAccount): void;
  /** Access tokens issued so far (for leak scans). */
  issuedTokens(): string[];
  calls: CallLog;
  faults: CloudFaults;
  /** Changeable while running. */
  disabledApis: Set<GcpApi>;
  deniedCollections: Set<string>;
  unreachableZones: Set<string>;
  /** Cloud Monitoring v3 (`failingInstanceIds`, `failingBucketNames` changeable while running). */
  monitoring: MonitoringApi;
  /** Clears the call log and queued faults. */
  reset(): void;
  close(): Promise<void>;
}
