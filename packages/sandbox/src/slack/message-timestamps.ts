/** Issues Slack-shaped message timestamps '<epoch seconds>.<6-digit sequence>', unique per sandbox. */
export class MessageTimestamps {
  private sequence = 0;

  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    this.sequence = (this.sequence % 999_999) + 1;
    const seconds = Math.floor(this.now() / 1000);
    return `${seconds}.${String(this.sequence).padStart(6, '0')}`;
  }
}
