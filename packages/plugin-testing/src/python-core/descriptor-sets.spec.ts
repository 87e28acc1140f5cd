import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  alertManagerProtocolDescriptorSet,
  alertManagerWebhookDescriptorSet,
  identityV1DescriptorSet,
  mainDescriptorSet,
  repositoryV1DescriptorSet,
} from '@cloudforet/api';
import { describePythonCore } from './describe-python-core';
import { PYTHON } from './python-core-client';

// Every descriptor set we ship must load into the Python protobuf the core runs,
// whole, before any plugin of that kind exists to reflect it.
describePythonCore('descriptor sets load into Python protobuf', () => {
  const load = (set: Uint8Array) =>
    JSON.parse(execFileSync(PYTHON, [join(__dirname, 'load_descriptor_set.py')], { input: set }).toString()) as {
      files: number;
      messages: number;
      services: string[];
    };

  it('main set: every plugin-facing service of the 2.x core', () => {
    const { services, messages } = load(mainDescriptorSet);
    expect(services).toEqual(
      expect.arrayContaining([
        'spaceone.api.identity.plugin.ExternalAuth',
        'spaceone.api.inventory.plugin.Collector',
        'spaceone.api.inventory.plugin.Job',
        'spaceone.api.monitoring.plugin.DataSource',
        'spaceone.api.monitoring.plugin.Metric',
        'spaceone.api.monitoring.plugin.Log',
        'spaceone.api.monitoring.plugin.Webhook',
        'spaceone.api.monitoring.plugin.Event',
        'spaceone.api.notification.plugin.Protocol',
        'spaceone.api.notification.plugin.Notification',
        'spaceone.api.cost_analysis.plugin.DataSource',
        'spaceone.api.cost_analysis.plugin.Job',
        'spaceone.api.cost_analysis.plugin.Cost',
        'spaceone.api.core.v1.ServerInfo',
        'spaceone.api.repository.v1.Plugin',
        'grpc.health.v1.Health',
      ]),
    );
    expect(messages).toBeGreaterThan(100);
  });

  it('legacy sets: identity 1.x Auth and repository 1.x Plugin', () => {
    expect(load(identityV1DescriptorSet).services).toContain('spaceone.api.identity.plugin.Auth');
    expect(load(repositoryV1DescriptorSet).services).toContain('spaceone.api.repository.v1.Plugin');
  });

  it('alert-manager sets: Webhook and Event (EventSeverity resolved), Protocol and Notification', () => {
    expect(load(alertManagerWebhookDescriptorSet).services).toEqual([
      'spaceone.api.alert_manager.plugin.Event',
      'spaceone.api.alert_manager.plugin.Webhook',
    ]);
    expect(load(alertManagerProtocolDescriptorSet).services).toEqual([
      'spaceone.api.alert_manager.plugin.Notification',
      'spaceone.api.alert_manager.plugin.Protocol',
    ]);
  });
});
