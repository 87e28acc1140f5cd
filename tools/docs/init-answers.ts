import { createLogger, startServer, type PluginDefinition } from '@cloudforet/plugin-core';
import { CoreClient } from '@cloudforet/plugin-testing';
import type { InitAnswer } from './plugin-docs';

/**
 * Serves the plugin in-process on a free loopback port and calls `<service>.init` once per
 * options object the way the core does (reflection, ParseDict, MessageToDict).
 */
export async function fetchInitAnswers(
  plugin: PluginDefinition,
  service: string,
  optionsList: Record<string, unknown>[],
): Promise<InitAnswer[]> {
  const running = await startServer(plugin, {
    host: '127.0.0.1',
    port: 0,
    logger: createLogger({ level: 'silent' }),
    graceMs: 1000,
  });
  try {
    const client = await CoreClient.connect(running.endpoint);
    try {
      const answers: InitAnswer[] = [];
      for (const options of optionsList) {
        const response = await client.call(`${service}.init`, { options }).catch((err: Error) => {
          throw new Error(`${plugin.name}: ${service}.init with options ${JSON.stringify(options)}: ${err.message}`);
        });
        answers.push({ options, response });
      }
      return answers;
    } finally {
      client.close();
    }
  } finally {
    await running.shutdown();
  }
}

/** The options objects to document: the schema's `examples`, or just `{}`. */
export function optionsExamples(schema: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const examples = schema?.examples;
  return Array.isArray(examples) && examples.length ? (examples as Record<string, unknown>[]) : [{}];
}
