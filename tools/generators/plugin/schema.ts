import type { PluginKind } from './plugin-kinds';

/** The generator's options, as schema.json declares them. */
export interface PluginGeneratorSchema {
  name: string;
  kind?: PluginKind;
  from?: string;
  provider?: string;
  directory?: string;
  skipInstall?: boolean;
  skipFormat?: boolean;
}
