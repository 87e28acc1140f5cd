// A VM's `google_cloud.ssh_keys` and `service_accounts` from its metadata items and service accounts.
import { serviceAccountsOf, sshKeysOf } from '../src/compute-engine/instance-access';
import { OAUTH_SCOPE_DESCRIPTIONS } from '../src/compute-engine/oauth-scopes';

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

  it('a service account with the descriptions of the scopes upstream`s table knows, the others left out', () => {
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

  it('upstream`s whole scope table: its 262 entries, rare ones and those outside googleapis.com/auth', () => {
    expect(Object.keys(OAUTH_SCOPE_DESCRIPTIONS)).toHaveLength(262);
    expect(OAUTH_SCOPE_DESCRIPTIONS).toMatchObject({
      'https://www.googleapis.com/auth/cloud-platform':
        'See, edit, configure, and delete your Google Cloud data and see the email address for your Google Account.',
      'https://www.googleapis.com/auth/trace.append': 'Write Trace data for a project or application',
      'https://www.googleapis.com/auth/fitness.body_temperature.write':
        'Add to info about your body temperature in Google Fit. I consent to Google using my body temperature information with this app.',
      'https://www.googleapis.com/auth/contacts.other.readonly':
        'See and download contact info automatically saved in your "Other contacts"',
      'https://www.googleapis.com/auth/youtubepartner-channel-audit':
        'View private information of your YouTube channel relevant during the audit process with a YouTube partner',
      'https://mail.google.com/': 'Read, compose, send, and permanently delete all your email from Gmail',
      'https://www.google.com/m8/feeds': 'See, edit, download, and permanently delete your contacts',
    });
    const [account] = serviceAccountsOf([
      {
        email: 'sa@example.iam.gserviceaccount.com',
        scopes: [
          'https://www.googleapis.com/auth/cloudkms',
          'https://mail.google.com/',
          'https://www.googleapis.com/auth/constructor',
          'cloudkms',
        ],
      },
    ]);
    expect(account.scopes).toEqual([
      { description: 'View and manage your keys and secrets stored in Cloud Key Management Service' },
      { description: 'Read, compose, send, and permanently delete all your email from Gmail' },
    ]);
  });
});
