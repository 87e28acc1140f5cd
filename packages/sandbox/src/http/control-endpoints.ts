import { jsonReply, type HttpReply } from './http-reply';

export const CONTROL_PATH_PREFIX = '/_sandbox/';

/** What a stand-in lets another process read and steer through its /_sandbox/* endpoints. */
export interface StandInControl {
  readonly messages: readonly unknown[];
  readonly requests: readonly unknown[];
  /** Checks and queues faults; throws a TypeError naming the first invalid one (then none is queued). */
  queueFaults(faults: unknown[]): void;
  readonly pendingFaults: number;
  reset(): void;
}

interface ControlRoute {
  method: 'GET' | 'POST';
  answer: (body: string, control: StandInControl) => HttpReply;
}

const ROUTES: Readonly<Record<string, ControlRoute>> = {
  '/_sandbox/messages': { method: 'GET', answer: (_body, control) => jsonReply(200, control.messages) },
  '/_sandbox/requests': { method: 'GET', answer: (_body, control) => jsonReply(200, control.requests) },
  '/_sandbox/faults': { method: 'POST', answer: queueFaults },
  '/_sandbox/reset': {
    method: 'POST',
    answer: (_body, control) => {
      control.reset();
      return jsonReply(200, { ok: true });
    },
  },
};

/** The /_sandbox/* endpoints that let another process inspect and steer a stand-in. */
export function handleControlRequest(
  method: string,
  pathname: string,
  body: string,
  control: StandInControl,
): HttpReply {
  const route = Object.hasOwn(ROUTES, pathname) ? ROUTES[pathname] : undefined;
  if (route === undefined) return jsonReply(404, { ok: false, error: 'unknown_control_endpoint' });
  if (route.method !== method) {
    return jsonReply(405, { ok: false, error: 'method_not_allowed' }, { Allow: route.method });
  }
  return route.answer(body, control);
}

function queueFaults(body: string, control: StandInControl): HttpReply {
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
    control.queueFaults(faults);
  } catch (error) {
    return jsonReply(400, { ok: false, error: 'invalid_faults', detail: (error as Error).message });
  }
  return jsonReply(200, { ok: true, pending: control.pendingFaults });
}
