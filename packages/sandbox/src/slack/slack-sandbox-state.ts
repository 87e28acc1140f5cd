import type { StandInControl } from '../http/control-endpoints';
import { FaultQueue } from '../http/fault-queue';
import { assertSlackFaults } from './slack-fault';
import type { RecordedRequest, RecordedSlackMessage, SlackFault } from './slack-sandbox-types';

/** What the sandbox remembers between requests. Arrays are cleared in place so handed-out references stay live. */
export class SlackSandboxState implements StandInControl {
  readonly messages: RecordedSlackMessage[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly faults = new FaultQueue<SlackFault>();

  queueFaults(faults: unknown[]): void {
    assertSlackFaults(faults);
    this.faults.queue(faults);
  }

  takeFault(): SlackFault | undefined {
    return this.faults.take();
  }

  get pendingFaults(): number {
    return this.faults.pending;
  }

  reset(): void {
    this.messages.length = 0;
    this.requests.length = 0;
    this.faults.clear();
  }
}
