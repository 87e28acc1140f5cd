import type { CallLog } from '../cloud/call-log';
import type { CloudFaultOptions, CloudFaults } from '../cloud/cloud-faults';
import type { AzureSubscription } from './azure-world';
import type { AzureServicePrincipal } from './entra-token';

export interface AzureSandboxOptions extends CloudFaultOptions {
  /** Default 0 (ephemeral); binds 127.0.0.1. */
  port?: number;
  /** Seed of the generated resources (default 1). */
  dataSeed?: number;
  /** Subscriptions (default 2), each with its own service principal and its own resources. */
  subscriptions?: number;
  /** Locations of every subscription (default koreacentral, eastus, westeurope; `AZURE_LOCATIONS` has 12). */
  locations?: string[];
  /** Resource groups per subscription the VMs spread over (default 3). */
  resourceGroups?: number;
  /** VMs per location (default 4; thousands cost nothing until paged). */
  vmsPerLocation?: number;
  /** Snapshots per location (default 1). */
  snapshotsPerLocation?: number;
  /** Most items in one page of a list; the rest follow `nextLink` (default 100). */
  pageSize?: number;
  /** ARM resource types answered 403 AuthorizationFailed (`Microsoft.Compute/disks`, …): a role without them. */
  deniedApis?: string[];
  /** Locations whose location-scoped lists (`…/locations/<l>/…`) answer 400 LocationNotAvailableForResourceType. */
  failingLocations?: string[];
}

/** What Cloudforet stores as `azure_client_secret` for one subscription. */
export interface AzureSecretData {
  subscription_id: string;
  tenant_id: string;
  client_id: string;
  client_secret: string;
}

export interface AzureSandbox {
  /** `https://127.0.0.1:<port>`: both the ARM endpoint and Entra ID's authority host. */
  url: string;
  /** The test CA (PEM) that signed the sandbox's certificate: what a client must trust. */
  caCertificate: string;
  tenantId: string;
  subscriptions: AzureSubscription[];
  /** The secret of subscription `index` (default 0): its own service principal. */
  secretData(index?: number): AzureSecretData;
  /** Adds a service principal (e.g. one reaching no subscription). */
  addServicePrincipal(principal: Omit<AzureServicePrincipal, 'objectId'>): void;
  /** Access tokens issued so far (for leak scans). */
  issuedTokens(): string[];
  calls: CallLog;
  faults: CloudFaults;
  /** Changeable while running. */
  deniedApis: Set<string>;
  failingLocations: Set<string>;
  /** The api-version each path kind accepts (ARM refuses any other with InvalidApiVersionParameter). */
  apiVersions: Record<string, string>;
  /** Clears the call log and queued faults. */
  reset(): void;
  close(): Promise<void>;
}
