// Progress on stderr: a bar on a terminal, periodic plain lines in a log, nothing but failures with --quiet.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatDuration, Progress, progressBar, progressText } from '../../src/batch/progress.js';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [9.4, '0:09'],
    [75, '1:15'],
    [3725, '1:02:05'],
    [Number.NaN, '--:--'],
  ])('formatDuration(%s) = %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('progressText gives done/total, percent, rate, ETA and failures', () => {
    expect(progressText({ total: 2000, done: 500, ok: 490, skipped: 5, failed: 5 }, 10)).toBe(
      '500/2000 25% 50.0 files/s ETA 0:30 failed 5',
    );
  });

  it.each([
    [0, '[----------]'],
    [0.5, '[#####-----]'],
    [1, '[##########]'],
  ])('progressBar(%s)', (fraction, bar) => {
    expect(progressBar(fraction, 10)).toBe(bar);
  });
});

describe('Progress', () => {
  it('prints a plain line per interval when not a terminal, and the summary', () => {
    const stream = new Capture(false);
    let now = 0;
    const progress = new Progress(4, { stream, quiet: false, intervalMs: 1000, now: () => now });
    progress.start();
    now = 500;
    progress.record('ok');
    now = 1200;
    progress.record('failed');
    progress.line('plan-extract: b.txt: E_EMPTY: the file is empty');
    now = 1300;
    progress.record('skipped');
    progress.finish('done');
    expect(stream.text.split('\n')).toEqual([
      'plan-extract batch: 2/4 50% 1.7 files/s ETA 0:01 failed 1',
      'plan-extract: b.txt: E_EMPTY: the file is empty',
      'done',
      '',
    ]);
  });

  it('redraws one line on a terminal', () => {
    const stream = new Capture(true);
    let now = 0;
    const progress = new Progress(2, { stream, quiet: false, now: () => now });
    progress.start();
    now = 1000;
    progress.record('ok');
    expect(stream.text).toContain('\r\x1b[2K[');
    expect(stream.text).not.toContain('\n');
  });

  it('with --quiet keeps failure lines only', () => {
    const stream = new Capture(false);
    let now = 0;
    const progress = new Progress(2, { stream, quiet: true, intervalMs: 1, now: () => now });
    now = 10;
    progress.record('failed');
    progress.line('plan-extract: x: E_EMPTY: empty');
    progress.finish('summary');
    expect(stream.text).toBe('plan-extract: x: E_EMPTY: empty\n');
  });
});
