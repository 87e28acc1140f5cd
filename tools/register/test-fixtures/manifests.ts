import { join } from 'node:path';
import { loadManifest } from '../../manifest/load-manifest';
import type { PluginManifest } from '../../manifest/plugin-manifest';

export const SLACK_DIR = join(__dirname, '..', '..', '..', 'plugins', 'slack-noti-protocol');
export const slack = (): PluginManifest => loadManifest(SLACK_DIR);

/** A manifest with every optional field, so the requests carry each one. */
export const full = (): PluginManifest => ({
  ...slack(),
  registry_type: 'HARBOR',
  registry_config: { url: 'harbor.example.com/cloudforet' },
  docs: { en: '# Slack\nSends notifications.' },
});

export const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.repository-test-token.c2lnbmF0dXJl';
