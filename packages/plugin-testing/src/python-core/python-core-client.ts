import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's interpreter, which sees python3-grpcio and python3-protobuf. */
export const PYTHON = process.env.CORE_PYTHON ?? '/usr/bin/python3';
const SCRIPT = join(__dirname, 'core_client.py');

export type PythonCallResult =
  | { response: Record<string, unknown> }
  | { responses: Record<string, unknown>[] }
  | { error: { code: string; details: string } }
  | { parse_error: string };

export interface PythonCoreRun {
  services: string[];
  methods: Record<string, string[]>;
  results: PythonCallResult[];
}

/** True when the Python core emulation can run here (CI installs its Debian packages). */
export function pythonCoreAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import grpc, google.protobuf'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs calls against `endpoint` with the real Python grpcio/protobuf, the way the core does. */
export function callLikePythonCore(
  endpoint: string,
  calls: { method: string; params: unknown }[],
): Promise<PythonCoreRun> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [SCRIPT, endpoint, JSON.stringify(calls)], { timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`python core client failed: ${stderr || error.message}`));
      resolve(JSON.parse(stdout) as PythonCoreRun);
    });
  });
}
