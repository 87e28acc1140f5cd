import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a running `npm start` tells `npm run demo`: where each plugin listens and what to call. */
export interface LocalHostState {
  /** The local host's own process (it also runs the sandbox). */
  pid: number;
  plugins: {
    name: string;
    kind: string;
    endpoint: string;
    pid: number;
    initOptions: Record<string, unknown>;
    example: { method: string; params: Record<string, unknown> };
    /** The harness's `received`: a sandbox URL listing what the plugin sent out. */
    received?: string;
  }[];
}

export const STATE_FILE = join(process.cwd(), 'dist/local-host/state.json');

export function writeState(state: LocalHostState): void {
  mkdirSync(dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

export function readState(): LocalHostState {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as LocalHostState;
}
