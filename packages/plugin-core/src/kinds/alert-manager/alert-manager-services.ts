import { EventService as ClassicEvent } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import type { EventsInfo as ClassicEventsInfo } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/event';
import { WebhookService as ClassicWebhook } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/webhook';
import { ProtocolService as ClassicProtocol } from '@cloudforet/api/gen/spaceone/api/notification/plugin/protocol';
import { NotificationService as ClassicNotification } from '@cloudforet/api/gen/spaceone/api/notification/plugin/notification';
import { EventService } from '@cloudforet/api/gen-alert-manager/webhook/spaceone/api/alert_manager/plugin/event';
import { WebhookService } from '@cloudforet/api/gen-alert-manager/webhook/spaceone/api/alert_manager/plugin/webhook';
import { ProtocolService } from '@cloudforet/api/gen-alert-manager/protocol/spaceone/api/alert_manager/plugin/protocol';
import {
  NotificationService,
  type DispatchRequest,
} from '@cloudforet/api/gen-alert-manager/protocol/spaceone/api/alert_manager/plugin/notification';
import { alertManagerProtocolDescriptorSet, alertManagerWebhookDescriptorSet } from '@cloudforet/api';
import type { CallContext, ServiceDefinition, ServiceImplementation } from '../../server/plugin-definition';
import { toAlertManagerEvent } from './event-mapping';
import { toClassicDispatch } from './notification-mapping';

type Unary = (request: unknown, ctx: CallContext) => unknown;

/** One classic service and its alert-manager twin: how a request comes in and an answer goes out. */
interface Twin {
  definition: ServiceDefinition;
  descriptorSet: Uint8Array;
  request?: (request: never) => unknown;
  response?: (response: never) => unknown;
}

/** `options` (and `secret_data`) travel as they are; `domain_id` has no classic field. */
function withoutDomain({ domain_id: _domain, ...rest }: { domain_id?: string }): unknown {
  return rest;
}

const TWINS: Record<string, Twin> = {
  [serviceName(ClassicWebhook)]: {
    definition: WebhookService,
    descriptorSet: alertManagerWebhookDescriptorSet,
    request: withoutDomain,
  },
  [serviceName(ClassicEvent)]: {
    definition: EventService,
    descriptorSet: alertManagerWebhookDescriptorSet,
    request: withoutDomain,
    response: (answer: ClassicEventsInfo) => ({ results: (answer.results ?? []).map(toAlertManagerEvent) }),
  },
  [serviceName(ClassicProtocol)]: {
    definition: ProtocolService,
    descriptorSet: alertManagerProtocolDescriptorSet,
    request: withoutDomain,
  },
  [serviceName(ClassicNotification)]: {
    definition: NotificationService,
    descriptorSet: alertManagerProtocolDescriptorSet,
    request: (request: DispatchRequest) => toClassicDispatch(request),
  },
};

function serviceName(definition: ServiceDefinition): string {
  return Object.values(definition)[0].path.split('/')[1];
}

/** Full names of the classic services that have an alert-manager twin. */
export const ALERT_MANAGER_TWINS: readonly string[] = Object.keys(TWINS);

/**
 * The plugin's services as the alert-manager API serves them: each classic webhook or protocol
 * service becomes its `spaceone.api.alert_manager.plugin` twin, its handlers called with the
 * request mapped to the classic shape and their answers mapped back. Plugins keep one copy of
 * their logic. Throws, naming them, when a service has no twin.
 */
export function alertManagerServices(services: readonly ServiceImplementation[]): {
  services: ServiceImplementation[];
  descriptorSets: Uint8Array[];
} {
  const missing = services.filter((s) => !TWINS[s.name]).map((s) => s.name);
  if (missing.length)
    throw new Error(
      `PLUGIN_API=alert_manager: ${missing.join(', ')} has no alert-manager counterpart ` +
        `(only monitoring webhooks and notification protocols do)`,
    );
  const mapped = services.map((service) => {
    const twin = TWINS[service.name];
    const handlers = Object.fromEntries(
      Object.keys(twin.definition).flatMap((key) => {
        const classic = service.handlers[key] as Unary | undefined;
        if (!classic) return [];
        const handler: Unary = async (request, ctx) => {
          const answer = await classic(twin.request ? twin.request(request as never) : request, ctx);
          return twin.response ? twin.response(answer as never) : answer;
        };
        return [[key, handler]];
      }),
    );
    return { definition: twin.definition, handlers, name: serviceName(twin.definition) } as ServiceImplementation;
  });
  return { services: mapped, descriptorSets: [...new Set(services.map((s) => TWINS[s.name].descriptorSet))] };
}
