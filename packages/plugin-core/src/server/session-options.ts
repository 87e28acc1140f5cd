import type { Server } from '@grpc/grpc-js';

/**
 * HTTP/2 limits of the plugin server that grpc-js does not expose as options.
 *
 * nghttp2 closes a whole connection with GOAWAY INTERNAL_ERROR (code 2) once the
 * client has reset more than 1,000 streams at 33 per second: its defence against
 * the "rapid reset" attack (CVE-2023-44487). The core keeps one channel per plugin
 * and cancels every call whose deadline passes, so a burst of timeouts tore down
 * the connection and failed every ordinary call on it (RST_STREAM code 2). A
 * cancelled call costs this server little (its handler's signal aborts, nothing is
 * sent again), so the limit is raised to a burst of 20,000 at 2,000 per second:
 * still a bound on an attack, far above a burst of timeouts.
 *
 * Node reads these two options from v22 on (the images run 24); Node 20 ignores
 * them and keeps nghttp2's defaults.
 */
export const STREAM_RESET_BURST = 20_000;
export const STREAM_RESET_RATE = 2_000;

export function applySessionOptions(server: Server): void {
  const options = (server as unknown as { commonServerOptions?: Record<string, unknown> }).commonServerOptions;
  if (!options) throw new Error('grpc-js no longer exposes its HTTP/2 server options: review session-options.ts');
  options.streamResetBurst = STREAM_RESET_BURST;
  options.streamResetRate = STREAM_RESET_RATE;
}
