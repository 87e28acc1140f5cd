import { jsonReply, type HttpReply } from '../slack/http-reply';
import { assertSmtpFaults } from './smtp-fault';
import type { SmtpFault, SmtpSandbox } from './smtp-sandbox-types';

/** The /_sandbox/* endpoints that let another process inspect and steer the SMTP stand-in. */
export function handleSmtpControl(method: string, pathname: string, body: string, sandbox: SmtpSandbox): HttpReply {
  const route = `${method} ${pathname}`;
  switch (route) {
    case 'GET /_sandbox/messages':
      return jsonReply(200, sandbox.messages);
    case 'GET /_sandbox/connections':
      return jsonReply(200, {
        ...sandbox.connections,
        accepted: sandbox.accepted,
        transactions: sandbox.transactions,
        auth: sandbox.auth,
      });
    case 'POST /_sandbox/faults':
      return queueFaults(body, sandbox);
    case 'POST /_sandbox/reset':
      sandbox.reset();
      return jsonReply(200, { ok: true });
    default:
      return jsonReply(404, { ok: false, error: 'unknown_control_endpoint' });
  }
}

function queueFaults(body: string, sandbox: SmtpSandbox): HttpReply {
  let faults: unknown;
  try {
    faults = JSON.parse(body);
  } catch {
    return jsonReply(400, { ok: false, error: 'invalid_json' });
  }
  if (!Array.isArray(faults)) return jsonReply(400, { ok: false, error: 'invalid_faults', detail: 'not an array' });
  try {
    assertSmtpFaults(faults);
  } catch (error) {
    return jsonReply(400, { ok: false, error: 'invalid_faults', detail: (error as Error).message });
  }
  sandbox.failNext(...(faults as SmtpFault[]));
  return jsonReply(200, { ok: true });
}
