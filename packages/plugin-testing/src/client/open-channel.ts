import { Client, credentials } from '@grpc/grpc-js';
import { parseEndpoint } from '../endpoint/parse-endpoint';

/** SpaceConnector's `max_message_length=1024 * 1024 * 256`, applied to both directions. */
export const CORE_MAX_MESSAGE_LENGTH = 256 * 1024 * 1024;

/** A generic grpc-js client on one channel, opened like `pygrpc.client()` opens it. */
export function openChannel(endpoint: string): Client {
  const { address, tls } = parseEndpoint(endpoint);
  return new Client(address, tls ? credentials.createSsl() : credentials.createInsecure(), {
    'grpc.max_send_message_length': CORE_MAX_MESSAGE_LENGTH,
    'grpc.max_receive_message_length': CORE_MAX_MESSAGE_LENGTH,
  });
}

/** `grpc.channel_ready_future(channel).result(timeout)`: resolves true when READY in time. */
export function waitForReady(client: Client, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => client.waitForReady(Date.now() + timeoutMs, (error) => resolve(!error)));
}
