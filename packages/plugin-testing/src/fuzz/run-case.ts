import { fromBinary, toBinary, type DescMethod } from '@bufbuild/protobuf';
import type { Client } from '@grpc/grpc-js';
import type { CoreClient } from '../client/core-client';
import { methodPath } from '../client/method-path';
import { messageToDict } from '../json/message-to-dict';
import { classifyOutcome, type Outcome } from './classify-outcome';
import type { FuzzCase } from './fuzz-case';
import { rawUnaryCall } from './raw-call';

export interface CaseTarget {
  client: CoreClient;
  /** A plain channel for raw-bytes cases. */
  raw: Client;
  method: (name: string) => DescMethod;
  timeoutMs: number;
  /** How long past its deadline a call may take to settle before it counts as a hang. */
  slackMs: number;
  /** Requests larger than this may be refused with a bare RESOURCE_EXHAUSTED or INVALID_ARGUMENT. */
  sizeLimitBytes: number;
}

export interface CaseResult {
  outcome: Outcome;
  ms: number;
  /** Encoded request size, when the request was built. */
  bytes?: number;
}

/** Sends one case and classifies how it settled; a call that does not settle in time is a hang. */
export async function runCase(target: CaseTarget, fuzzCase: FuzzCase): Promise<CaseResult> {
  const started = performance.now();
  let bytes: number | undefined;
  let call: Promise<unknown>;
  try {
    const method = target.method(fuzzCase.method);
    if (fuzzCase.kind === 'raw') {
      bytes = fuzzCase.bytes.length;
      call = rawUnaryCall(target.raw, methodPath(method), fuzzCase.bytes, target.timeoutMs);
    } else {
      // What CoreClient.call sends (ParseDict, then the encoder) and how it reads the answer,
      // with the request built once: its size decides whether a bare RESOURCE_EXHAUSTED is fine.
      const request = toBinary(method.input, target.client.buildRequest(fuzzCase.method, fuzzCase.dict));
      bytes = request.length;
      const read = (b: Buffer) => messageToDict(method.output, fromBinary(method.output, b), target.client.registry);
      call = rawUnaryCall(target.raw, methodPath(method), request, target.timeoutMs, read);
    }
  } catch (error) {
    // Thrown while building the request locally (ParseDict, the encoder): the client refused it.
    const refused = error instanceof Error ? error : new Error(String(error));
    return { outcome: classifyOutcome(refused, false, target.timeoutMs), ms: 0 };
  }
  let timer: NodeJS.Timeout | undefined;
  const limit = target.timeoutMs + target.slackMs;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: 'defect', problem: `did not settle within ${limit} ms (a hang)`, hang: true }),
      limit,
    );
  });
  const settled = call.then(
    () => classifyOutcome(undefined, false, target.timeoutMs),
    (error: unknown) => classifyOutcome(error, (bytes ?? 0) > target.sizeLimitBytes, target.timeoutMs),
  );
  try {
    const outcome = await Promise.race([settled, hang]);
    return { outcome, ms: Math.round(performance.now() - started), bytes };
  } finally {
    clearTimeout(timer);
  }
}
