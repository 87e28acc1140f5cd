import { startFakeRepository } from '../../register/fake-repository';
import { API_NAMES } from '../../register/repository-api';
import type { RepositoryApi } from '../../register/register-request';
import { UsageError } from '../cli-errors';
import type { Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';

const usage = `Usage: cfplugin repository [--api v2|v1] [--port N]

Runs a loopback stand-in of Cloudforet's Repository service (repository.v1.Plugin get/register/update,
with server reflection), so you can try \`cfplugin register\` over gRPC without a Cloudforet. It keeps
what is registered in memory and prints each call it receives (never the token); Ctrl-C stops it.

  --api <v2|v1>   the API to speak: 2.x (default) or 1.x (the legacy set; register then needs --domain-id)
  --port <n>      port on 127.0.0.1 (default: a free one)
  -h, --help      this help`;

export const repositoryCommand: Command = {
  name: 'repository',
  summary: 'run a loopback fake Repository service to try `register` against',
  usage,
  async run(args) {
    const { values, help } = parseCommandArgs(
      args,
      { api: { type: 'string' }, port: { type: 'string' } },
      { min: 0, max: 0 },
    );
    if (help) return (console.log(usage), 0);
    const api = (values.api ?? 'v2') as RepositoryApi;
    if (api !== 'v1' && api !== 'v2') throw new UsageError(`--api must be v2 or v1 (got "${values.api}")`);
    const port = (values.port as string | undefined) ?? '0';
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      throw new UsageError(`--port must be a port number (got "${port}")`);

    const repo = await startFakeRepository({
      api,
      port: Number(port),
      onCall: (call) =>
        console.log(`${call.method} ${JSON.stringify(call.request)}${call.token ? ' (with a token)' : ' (no token)'}`),
    });
    console.log(`fake Repository (${API_NAMES[api]} API) on grpc://${repo.endpoint}; in another terminal:`);
    console.log(
      `  npx cfplugin register <plugin> --endpoint grpc://${repo.endpoint} --token any${api === 'v1' ? ' --api v1 --domain-id domain-local' : ''}`,
    );
    console.log('Ctrl-C stops it.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await repo.close();
    return 0;
  },
};
