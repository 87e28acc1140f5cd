import { invalidArgument, resourceExhausted, type PluginError } from '../errors/plugin-error';
import type { MemoryBudget, Reservation } from '../limits/memory-budget';
import type { MethodDefinition } from './plugin-definition';

/** What a guarded deserializer returns instead of a request it would not or could not decode. */
export class RejectedRequest {
  constructor(readonly error: PluginError) {}
}

const reservations = new WeakMap<object, Reservation>();
// A call cancelled between decoding and its handler never reaches finish(); its
// reservation is given back when the decoded request is collected.
const collected = new FinalizationRegistry<Reservation>((r) => r.release());

/**
 * Wraps a method's request decoder: a large request is decoded only if the
 * memory budget has room for it, and bytes that do not decode become a clean
 * INVALID_ARGUMENT instead of grpc-js's bare "Error deserializing request".
 * grpc-js has already refused anything over the size limit before this runs.
 */
export function guardDeserialize(
  definition: MethodDefinition,
  budget: MemoryBudget,
): MethodDefinition['requestDeserialize'] {
  return (bytes: Buffer) => {
    const reservation = budget.tryReserve(bytes.length);
    if (!reservation) {
      return new RejectedRequest(
        resourceExhausted(
          `other large requests are being handled (${budget.inUse} of ${budget.capacity} bytes in use, this one ${bytes.length}); retry later`,
        ),
      );
    }
    try {
      const request = definition.requestDeserialize(bytes) as object;
      if (reservation.bytes > 0) {
        reservations.set(request, reservation);
        collected.register(request, reservation, reservation);
      }
      return request;
    } catch (err) {
      reservation.release();
      return new RejectedRequest(invalidArgument(`the request could not be decoded: ${(err as Error).message}`));
    }
  };
}

/** Gives back the budget a decoded request holds (idempotent). */
export function releaseRequest(request: unknown): void {
  if (request === null || typeof request !== 'object') return;
  const reservation = reservations.get(request);
  if (!reservation) return;
  reservations.delete(request);
  collected.unregister(reservation);
  reservation.release();
}
