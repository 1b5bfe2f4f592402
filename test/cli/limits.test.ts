// The limits of `plan-extract FILE` and `diff` as a user meets them: each stops the work it bounds —
// CPU-bound extraction, memory growth, an endless or silent source — with one line and its code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, runCli } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pe-limits-'));
const LONG = join(dir, 'long.txt');
const SILENT = join(dir, 'silent-fifo');

beforeAll(() => {
  // ~20 MB of genuine plan text: seconds of CPU-bound work on any machine this runs on
  const plan = readFileSync(CORPUS.prefecture);
  writeFileSync(LONG, Buffer.concat(Array.from({ length: 1200 }, () => Buffer.concat([plan, Buffer.from('\n\n')]))));
  execFileSync('mkfifo', [SILENT]);
});

describe('limits that stop the work', () => {
  it.each([
    ['CPU-bound extraction past --timeout', 'E_TIMEOUT', [LONG, '--timeout', '0.2'], LONG],
    ['a heap past --max-memory', 'E_TOO_LARGE', [LONG, '--max-memory', '8'], LONG],
    ['a FIFO nobody writes to, past --timeout', 'E_TIMEOUT', [SILENT, '--timeout', '0.5'], SILENT],
    ['/dev/zero (size 0 to stat), counted to --max-bytes', 'E_TOO_LARGE', ['/dev/zero', '--max-bytes', '1000000'], '/dev/zero'],
  ])('%s → exit 1, one line, %s', async (_name, code, args, file) => {
    const result = await runCli(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^plan-extract: ${file}: ${code}: `))]);
  }, 20_000);

  it('standard input is counted to --max-bytes too', async () => {
    const result = await runCli(['-', '--max-bytes', '1000'], { input: '一、总体要求\n'.repeat(100) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plan-extract: -: E_TOO_LARGE: more than 1000 bytes is over the limit of 1000 /);
  });

  it('diff: a side past --timeout is exit 2 with its code', async () => {
    const result = await runCli(['diff', LONG, LONG, '--timeout', '0.2']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^plan-extract: ${LONG}: E_TIMEOUT: `));
  }, 20_000);
});
