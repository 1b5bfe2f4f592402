// What a person watching a batch sees on stderr: a redrawn bar on a terminal, or a plain line every few
// seconds in a log (CI, kubectl logs); failures as one line each; a summary at the end. --quiet keeps
// only the failure lines.
import type { FileStatus } from './report.js';

export interface ProgressCounts {
  total: number;
  done: number;
  ok: number;
  skipped: number;
  failed: number;
}

export interface ProgressOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  quiet: boolean;
  /** plain-line interval when not a terminal */
  intervalMs?: number;
  now?: () => number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** "1234/2000 62% 85.3 files/s ETA 0:09 failed 3" */
export function progressText(counts: ProgressCounts, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? counts.done / elapsedSeconds : 0;
  const percent = counts.total > 0 ? Math.floor((counts.done / counts.total) * 100) : 100;
  const eta = rate > 0 ? (counts.total - counts.done) / rate : Number.NaN;
  return `${counts.done}/${counts.total} ${percent}% ${rate.toFixed(1)} files/s ETA ${formatDuration(eta)} failed ${counts.failed}`;
}

export function progressBar(fraction: number, width: number): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export class Progress {
  readonly counts: ProgressCounts;
  private readonly options: Required<Omit<ProgressOptions, 'stream'>> & Pick<ProgressOptions, 'stream'>;
  private readonly startedAt: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(total: number, options: ProgressOptions) {
    this.counts = { total, done: 0, ok: 0, skipped: 0, failed: 0 };
    this.options = { intervalMs: 5000, now: () => performance.now(), ...options };
    this.startedAt = this.options.now();
    this.lastDraw = this.startedAt;
  }

  private get tty(): boolean {
    return this.options.stream.isTTY === true;
  }

  private elapsedSeconds(): number {
    return (this.options.now() - this.startedAt) / 1000;
  }

  private clear(): void {
    if (this.drawn) this.options.stream.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(force: boolean): void {
    if (this.options.quiet) return;
    const now = this.options.now();
    if (this.tty) {
      // ~10 redraws a second is smooth and costs nothing measurable
      if (!force && now - this.lastDraw < 100) return;
      const text = progressText(this.counts, this.elapsedSeconds());
      const width = Math.max(10, Math.min(30, (this.options.stream.columns ?? 80) - text.length - 4));
      const fraction = this.counts.total > 0 ? this.counts.done / this.counts.total : 1;
      this.options.stream.write(`\r\x1b[2K${progressBar(fraction, width)} ${text}`);
      this.drawn = true;
    } else {
      if (!force && now - this.lastDraw < this.options.intervalMs) return;
      this.options.stream.write(`plan-extract batch: ${progressText(this.counts, this.elapsedSeconds())}\n`);
    }
    this.lastDraw = now;
  }

  /** Shows the empty bar on a terminal; a log gets its first line after one interval. */
  start(): void {
    if (this.tty) this.draw(true);
  }

  record(status: FileStatus): void {
    this.counts.done++;
    this.counts[status]++;
    this.draw(false);
  }

  /** A line that must not be overwritten by the bar (a failure). */
  line(text: string): void {
    this.clear();
    this.options.stream.write(`${text}\n`);
    if (this.tty) this.draw(true);
  }

  finish(summary: string): void {
    this.clear();
    if (!this.options.quiet) this.options.stream.write(`${summary}\n`);
  }
}
