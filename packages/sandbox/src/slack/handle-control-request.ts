import { jsonReply, type HttpReply } from './http-reply';
import { assertSlackFaults } from './slack-fault';
import type { SlackSandboxState } from './slack-sandbox-state';

export const CONTROL_PATH_PREFIX = '/_sandbox/';

interface ControlRoute {
  method: 'GET' | 'POST';
  answer: (body: string, state: SlackSandboxState) => HttpReply;
}

const ROUTES: Readonly<Record<string, ControlRoute>> = {
  '/_sandbox/messages': { method: 'GET', answer: (_body, state) => jsonReply(200, state.messages) },
  '/_sandbox/requests': { method: 'GET', answer: (_body, state) => jsonReply(200, state.requests) },
  '/_sandbox/faults': { method: 'POST', answer: queueFaults },
  '/_sandbox/reset': {
    method: 'POST',
    answer: (_body, state) => {
      state.reset();
      return jsonReply(200, { ok: true });
    },
  },
};

/** The /_sandbox/* endpoints that let another process inspect and steer the sandbox. */
export function handleControlRequest(
  method: string,
  pathname: string,
  body: string,
  state: SlackSandboxState,
): HttpReply {
  const route = Object.hasOwn(ROUTES, pathname) ? ROUTES[pathname] : undefined;
  if (route === undefined) return jsonReply(404, { ok: false, error: 'unknown_control_endpoint' });
  if (route.method !== method) {
    return jsonReply(405, { ok: false, error: 'method_not_allowed' }, { Allow: route.method });
  }
  return route.answer(body, state);
}

function queueFaults(body: string, state: SlackSandboxState): HttpReply {
  let faults: unknown;
  try {
    faults = JSON.parse(body);
  } catch {
    return jsonReply(400, { ok: false, error: 'invalid_json' });
  }
  if (!Array.isArray(faults)) {
    return jsonReply(400, { ok: false, error: 'invalid_faults', detail: 'the body must be a JSON array of faults' });
  }
  try {
    assertSlackFaults(faults);
  } catch (error) {
    return jsonReply(400, { ok: false, error: 'invalid_faults', detail: (error as Error).message });
  }
  state.queueFaults(faults);
  return jsonReply(200, { ok: true, pending: state.pendingFaults });
}
