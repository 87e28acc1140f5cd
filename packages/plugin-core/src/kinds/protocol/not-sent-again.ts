import { status as GrpcStatus } from '@grpc/grpc-js';
import { PluginError } from '../../errors/plugin-error';

/**
 * The error for a delivery whose outcome is unknown (a timeout, a connection lost after the
 * message left, a 5xx): `UNAVAILABLE` with an `ERROR_` code, which the core does not retry,
 * saying why the plugin did not send it again either. `what` says what happened, e.g.
 * "Slack answered HTTP 502"; `verb` how the service would have taken it ("posted").
 */
export function mayHaveBeenDelivered(code: string, what: string, verb = 'delivered'): PluginError {
  return new PluginError(
    code,
    `${what}; the message may have been ${verb}, so it was not sent again.`,
    GrpcStatus.UNAVAILABLE,
  );
}
