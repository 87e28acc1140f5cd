/**
 * The endpoint could not be used the way the core uses it: the channel was not
 * ready in time, or reflection could not describe every listed service. The
 * Python core reports both as ERROR_GRPC_CONNECTION. The message is one line.
 */
export class ConnectError extends Error {
  override readonly name = 'ConnectError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message.replace(/\s*\n\s*/g, ' '), options);
  }
}
