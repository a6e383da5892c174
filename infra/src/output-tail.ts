/** Keeps the last lines a process printed, for error messages when it does not come up. */
export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly capacity = 50) {}

  /** Feeds a chunk; returns the complete lines it finished. */
  push(chunk: string): string[] {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    const complete = parts.filter((line) => line.trim() !== '');
    for (const line of complete) {
      this.lines.push(line);
      if (this.lines.length > this.capacity) {
        this.lines.shift();
      }
    }
    return complete;
  }

  last(count: number): string[] {
    const all = this.partial.trim() === '' ? this.lines : [...this.lines, this.partial];
    return all.slice(-count);
  }

  /** "\n  line\n  line" (or a note that there was no output), to append to an error message. */
  format(count = 15): string {
    const lines = this.last(count);
    return lines.length === 0
      ? ' (no output)'
      : `; last output:\n${lines.map((line) => `  ${line}`).join('\n')}`;
  }
}
