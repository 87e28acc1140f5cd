import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { createLogger, definePlugin, implement, startServer, type RunningPlugin } from '@cloudforet/plugin-core';
import { CollectorService, ResourceInfo_State } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { LogCapture } from '@cloudforet/plugin-testing';
import { runCfplugin } from './test-fixtures/run-cfplugin';
import { startSlackPlugin, type RunningSlack } from './test-fixtures/slack-plugin';

jest.setTimeout(20_000);

describe('cfplugin call', () => {
  let slack: RunningSlack;
  beforeAll(async () => (slack = await startSlackPlugin()));
  afterAll(() => slack.close());

  it('prints the response as YAML (Protocol.init, params inline)', async () => {
    const run = await runCfplugin(['call', slack.plugin.endpoint, 'Protocol.init', '--params-json', '{"options":{}}']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const response = parse(run.stdout);
    expect(response.metadata.data_type).toBe('SECRET');
    expect(response.metadata.data.schema.required).toEqual(['token', 'channel']);
  });

  it('reads params from a YAML file (-p) and delivers through the sandbox', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cfplugin-call-')), 'params.yaml');
    writeFileSync(
      file,
      [
        'secret_data: {}',
        'options: {}',
        'notification_type: INFO',
        'channel_data: { token: xoxb-1-2-CallCommandToken, channel: general }',
        'message: { title: From cfplugin call }',
      ].join('\n'),
    );
    const run = await runCfplugin(['call', slack.plugin.endpoint, 'Notification.dispatch', '-p', file]);
    expect(run).toMatchObject({ code: 0, stdout: '{}\n', stderr: '' });
    const attachments = slack.sandbox.slack.messages.at(-1)?.body.attachments as { fallback?: string }[];
    expect(attachments[0].fallback).toBe('[INFO] From cfplugin call');
  });

  it('a failing call: <CODE>: <details> on stderr, exit 1', async () => {
    const run = await runCfplugin([
      'call',
      slack.plugin.endpoint,
      'Notification.dispatch',
      '--params-json',
      '{"channel_data":{"channel":"general"},"notification_type":"INFO","message":{}}',
    ]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(
      'INVALID_ARGUMENT: ERROR_REQUIRED_PARAMETER: Required parameter. (key = channel_data.token)\n',
    );
  });

  it('a request the core could not build fails before sending, with ParseDict`s message', async () => {
    const run = await runCfplugin([
      'call',
      slack.plugin.endpoint,
      'Protocol.init',
      '--params-json',
      '{"domain_id":"d"}',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^cfplugin call: Message type "spaceone\.api\.notification\.plugin\.InitRequest" has no field named "domain_id"/,
    );
  });

  it('a method the endpoint does not serve: says what is served there, exit 1', async () => {
    const run = await runCfplugin(['call', slack.plugin.endpoint, 'Collector.collect']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toBe(
      `cfplugin call: ${slack.plugin.endpoint} has no Collector.collect: it serves Protocol, Notification (version 1.2.0)\n`,
    );
  });
});

describe('cfplugin call on a server stream', () => {
  let running: RunningPlugin;
  beforeAll(async () => {
    const plugin = definePlugin({
      name: 'plugin-stream-test',
      version: '0.0.1',
      services: [
        implement(CollectorService, {
          async *collect(req) {
            for (let i = 1; i <= 3; i++)
              yield {
                state: ResourceInfo_State.SUCCESS,
                resource_type: 'inventory.CloudService',
                resource: { i, ...req.options },
              };
          },
        }),
      ],
    });
    running = await startServer(plugin, {
      host: '127.0.0.1',
      port: 0,
      graceMs: 0,
      logger: createLogger({ format: 'json', destination: new LogCapture().destination }),
    });
  });
  afterAll(() => running.shutdown());

  it('prints each message as a YAML document and the count on stderr', async () => {
    const run = await runCfplugin([
      'call',
      running.endpoint,
      'Collector.collect',
      '--params-json',
      '{"options":{"region":"eu"},"secret_data":{},"filter":{}}',
    ]);
    expect(run.code).toBe(0);
    expect(parseAllDocuments(run.stdout).map((d) => d.toJS())).toEqual(
      [1, 2, 3].map((i) => ({
        state: 'SUCCESS',
        resource_type: 'inventory.CloudService',
        resource: { i, region: 'eu' },
      })),
    );
    expect(run.stdout.match(/^---$/gm)).toHaveLength(3);
    expect(run.stderr).toMatch(/^3 messages, \d+\/s\n$/);
  });
});
