import { ConnectError, CoreClient } from '@cloudforet/plugin-testing';
import { CommandFailed } from './cli-errors';

/** Connects like the core (channel ready within 3 s, then reflection); a failure is one line. */
export async function connectPlugin(endpoint: string): Promise<CoreClient> {
  try {
    return await CoreClient.connect(endpoint);
  } catch (error) {
    if (error instanceof ConnectError)
      throw new CommandFailed(`${endpoint} is not a gRPC plugin: ${error.message.split('\n')[0]}`);
    throw error;
  }
}
