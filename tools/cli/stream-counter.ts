/** A live `N messages, X/s` line on a TTY (redrawn at most every 100 ms); nothing on other streams until `done`. */
export class StreamCounter {
  private count = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  add(): void {
    this.count++;
    if (this.out.isTTY && Date.now() - this.lastDraw >= 100) this.draw();
  }

  /** The final count, as a plain line (after clearing the live one on a TTY). */
  done(): void {
    if (this.out.isTTY) this.out.write('\r\x1b[2K');
    this.out.write(`${this.text()}\n`);
  }

  private draw(): void {
    this.lastDraw = Date.now();
    this.out.write(`\r\x1b[2K${this.text()}`);
  }

  private text(): string {
    const seconds = Math.max((Date.now() - this.started) / 1000, 0.001);
    return `${this.count} messages, ${Math.round(this.count / seconds)}/s`;
  }
}
