import { status } from '@grpc/grpc-js';
import { PluginError } from '../../errors/plugin-error';

/**
 * The error of a delivery that cannot be known to have failed (a timeout, a reset, a 5xx):
 * UNAVAILABLE with the protocol's code, saying why and that nothing was sent again, so the
 * operator knows the message may be there. `verb` is what the outside does with a message
 * ("delivered", "posted").
 */
export function mayHaveBeenDelivered(code: string, why: string, verb = 'delivered'): PluginError {
  return new PluginError(
    code,
    `${why}; the message may have been ${verb}, so it was not sent again.`,
    status.UNAVAILABLE,
  );
}
