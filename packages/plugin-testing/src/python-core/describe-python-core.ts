import { PYTHON, pythonCoreAvailable } from './python-core-client';

/**
 * A describe block of calls made by the real Python grpcio/protobuf, as the core makes them. Without
 * them it is skipped on a developer's machine, and under CI it fails the run instead: CI must run it.
 */
export function describePythonCore(name: string, body: () => void): void {
  const available = pythonCoreAvailable();
  if (!available && process.env.CI) {
    throw new Error(
      `CI must run the Python core check: ${PYTHON} lacks grpc/protobuf (apt-get install python3-grpcio python3-protobuf)`,
    );
  }
  (available ? describe : describe.skip)(name, body);
}
