// The SSH keys and service accounts of a VM as upstream's `google_cloud` words them.
import type { compute_v1 } from '@googleapis/compute';

/**
 * The console's descriptions of the OAuth scopes a VM is usually given. Upstream looks every scope
 * up in a longer table and leaves out those it lacks; here the others are left out (README).
 */
const SCOPE_DESCRIPTIONS: Record<string, string> = {
  'cloud-platform':
    'See, edit, configure, and delete your Google Cloud data and see the email address for your Google Account.',
  'cloud-platform.read-only':
    'View your data across Google Cloud services and see the email address of your Google Account',
  'devstorage.full_control':
    'Manage your data and permissions in Cloud Storage and see the email address for your Google Account',
  'devstorage.read_only': 'View your data in Google Cloud Storage',
  'devstorage.read_write': 'Manage your data in Cloud Storage and see the email address of your Google Account',
  'logging.admin': 'Administrate log data for your projects',
  'logging.read': 'View log data for your projects',
  'logging.write': 'Submit log data for your projects',
  monitoring: 'View and write monitoring data for all of your Google and third-party Cloud and API projects',
  'monitoring.read': 'View monitoring data for all of your Google Cloud and third-party projects',
  'monitoring.write': 'Publish metric data to your Google Cloud projects',
  'trace.append': 'Write Trace data for a project or application',
  compute: 'View and manage your Google Compute Engine resources',
  'compute.readonly': 'View your Google Compute Engine resources',
  pubsub: 'View and manage Pub/Sub topics and subscriptions',
  bigquery: 'View and manage your data in Google BigQuery and see the email address for your Google Account',
  datastore: 'View and manage your Google Cloud Datastore data',
  'sqlservice.admin': 'Manage your Google SQL Service instances',
  'ndev.clouddns.readwrite': 'View and manage your DNS records hosted by Google Cloud DNS',
  'userinfo.email': 'See your primary Google Account email address',
};

const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

/** `service_accounts`: each account with the descriptions of its known scopes. */
export function serviceAccountsOf(accounts: compute_v1.Schema$ServiceAccount[] | undefined) {
  return (accounts ?? []).map((account) => ({
    service_account: account.email ?? '',
    display_name: 'Allow default access',
    scopes: (account.scopes ?? []).flatMap((scope) => {
      const description = scope.startsWith(SCOPE_PREFIX)
        ? SCOPE_DESCRIPTIONS[scope.slice(SCOPE_PREFIX.length)]
        : undefined;
      return description ? [{ description }] : [];
    }),
  }));
}

/**
 * `ssh_keys`: an `ssh-keys` metadata item as one key (its user the text before the first colon),
 * and whether project-wide keys are blocked (`ON` when the item is there, whatever its value, as upstream).
 */
export function sshKeysOf(metadata: compute_v1.Schema$Metadata | undefined) {
  const items = metadata?.items ?? [];
  return {
    ssh_keys: items
      .filter((item) => item.key === 'ssh-keys')
      .map((item) => {
        const value = item.value ?? '';
        const colon = value.indexOf(':');
        return {
          user_name: colon < 0 ? value : value.slice(0, colon),
          display_name: 'show',
          ssh_key: colon < 0 ? '' : value.slice(colon + 1),
        };
      }),
    block_project_ssh_keys: items.some((item) => item.key === 'block-project-ssh-keys') ? 'ON' : 'OFF',
  };
}
