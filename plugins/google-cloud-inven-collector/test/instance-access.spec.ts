// A VM's `google_cloud.ssh_keys` and `service_accounts` from its metadata items and service accounts.
import { serviceAccountsOf, sshKeysOf } from '../src/compute-engine/instance-access';

describe('instance access: SSH keys and service accounts as upstream words them', () => {
  it('an ssh-keys item is one key split at its first colon; a block-project-ssh-keys item blocks', () => {
    const items = [
      { key: 'ssh-keys', value: 'alice:ssh-ed25519 AAAA alice@host' },
      { key: 'startup-script', value: 'echo hi' },
      { key: 'block-project-ssh-keys', value: 'false' },
    ];
    expect(sshKeysOf({ items })).toEqual({
      ssh_keys: [{ user_name: 'alice', display_name: 'show', ssh_key: 'ssh-ed25519 AAAA alice@host' }],
      block_project_ssh_keys: 'ON',
    });
    expect(sshKeysOf(undefined)).toEqual({ ssh_keys: [], block_project_ssh_keys: 'OFF' });
  });

  it('a service account with the descriptions of its known scopes, the others left out', () => {
    const accounts = [
      {
        email: 'sa@example.iam.gserviceaccount.com',
        scopes: [
          'https://www.googleapis.com/auth/devstorage.read_only',
          'https://www.googleapis.com/auth/not-a-scope',
          'https://www.googleapis.com/auth/logging.write',
        ],
      },
    ];
    expect(serviceAccountsOf(accounts)).toEqual([
      {
        service_account: 'sa@example.iam.gserviceaccount.com',
        display_name: 'Allow default access',
        scopes: [
          { description: 'View your data in Google Cloud Storage' },
          { description: 'Submit log data for your projects' },
        ],
      },
    ]);
    expect(serviceAccountsOf(undefined)).toEqual([]);
  });
});
