// The Slack plugin's README, generated from the running plugin as the core sees it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPlugin } from '@cloudforet/plugin-slack-noti-protocol/src/plugin';
import { collectPluginDocs } from './collect-plugin-docs';
import { END_MARKER, START_MARKER } from './docs-markers';
import { formatMarkdown, prettierOptionsOf } from './format-markdown';
import { renderReadme } from './render-readme';

const ROOT = join(__dirname, '..', '..');
const README = join(ROOT, 'plugins/slack-noti-protocol/README.md');

describe('slack-noti-protocol README', () => {
  const committed = readFileSync(README, 'utf8');
  let expected: string;
  let section: string;

  beforeAll(async () => {
    const docs = await collectPluginDocs(ROOT, 'slack-noti-protocol', createPlugin());
    expected = await renderReadme(committed, docs, prettierOptionsOf(ROOT));
    section = expected.slice(expected.indexOf(START_MARKER), expected.indexOf(END_MARKER));
  });

  it('tables the bot-token channel of init({}) with title, example and constraints', () => {
    expect(section).toMatch(/^#### options `\{\}`$/m);
    expect(section).toMatch(
      /^\| `token` +\| string \| yes +\| Slack Token +\| Bot User OAuth Token .+ \| `xoxb-123456789012-0987654321098-ABCDEFG` \| `minLength: 4`, `maxLength: 1000` +\|$/m,
    );
    expect(section).toMatch(
      /^\| `channel` +\| string \| yes +\| Slack Channel +\|.+\| `everyone` +\| `minLength: 4`, `maxLength: 200` +\|$/m,
    );
    expect(section).toMatch(
      /^\| `channel_id` +\| string \| no +\| Slack Channel ID \|.+\| `C1234567890` +\| `minLength: 4`, `maxLength: 200` +\|$/m,
    );
    expect(section).toContain('`data_type`: `SECRET`');
  });

  it('tables the webhook channel of the incoming_webhook example', () => {
    const webhook = section.slice(section.indexOf('#### options `{"channel_type":"incoming_webhook"}`'));
    expect(webhook).toMatch(
      /^\| `webhook_url` \| string \| yes +\| Incoming Webhook URL \|.+\| `pattern: \^https\?:\/\/`, `minLength: 10`, `maxLength: 2048` \|$/m,
    );
    expect(webhook).not.toMatch(/^\| `token`/m);
  });

  it('documents options, registration and the image build', () => {
    expect(section).toMatch(
      /^\| `channel_type` \| string \| no +\| `bot_token` \| `bot_token`, `incoming_webhook` \|/m,
    );
    expect(section).toMatch(/^\| plugin_id +\| `plugin-slack-noti-protocol` +\|$/m);
    expect(section).toContain('npx cfplugin register slack-noti-protocol --endpoint grpc://repository:50051');
    expect(section).toContain(
      'docker build -f docker/Dockerfile --build-arg PLUGIN=slack-noti-protocol --build-arg VERSION=1.2.0 -t cloudforet/plugin-slack-noti-protocol:1.2.0 .',
    );
  });

  it('is committed fresh (else run `npm run docs`) and prettier leaves it as it is', async () => {
    expect(committed).toBe(expected);
    expect(await formatMarkdown(committed, prettierOptionsOf(ROOT))).toBe(committed);
  });
});
