// The SSH keys and service accounts of a VM as upstream's `google_cloud` words them.
import type { compute_v1 } from '@googleapis/compute';
import { OAUTH_SCOPE_DESCRIPTIONS } from './oauth-scopes';

/** `service_accounts`: each account with the descriptions of its scopes upstream's table knows (the others left out). */
export function serviceAccountsOf(accounts: compute_v1.Schema$ServiceAccount[] | undefined) {
  return (accounts ?? []).map((account) => ({
    service_account: account.email ?? '',
    display_name: 'Allow default access',
    scopes: (account.scopes ?? []).flatMap((scope) =>
      Object.hasOwn(OAUTH_SCOPE_DESCRIPTIONS, scope) ? [{ description: OAUTH_SCOPE_DESCRIPTIONS[scope] }] : [],
    ),
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
