import type { RecordedRequest, RecordedSlackMessage, SlackFault } from './slack-sandbox-types';

/** What the sandbox remembers between requests. Arrays are cleared in place so handed-out references stay live. */
export class SlackSandboxState {
  readonly messages: RecordedSlackMessage[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly faults: SlackFault[] = [];

  queueFaults(faults: readonly SlackFault[]): void {
    this.faults.push(...faults);
  }

  takeFault(): SlackFault | undefined {
    return this.faults.shift();
  }

  get pendingFaults(): number {
    return this.faults.length;
  }

  reset(): void {
    this.messages.length = 0;
    this.requests.length = 0;
    this.faults.length = 0;
  }
}
