// The library as a package user imports it (the built dist/, whose extraction thread is a real
// file): extractFile and extractBuffer give what the in-thread pipeline gives, and their limits
// stop CPU-bound work and memory growth with E_TIMEOUT and E_TOO_LARGE.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBuffer, extractBufferInThread, extractFile, PlanExtractError } from '../../dist/index.js';
import { CORPUS } from '../helpers.js';

/** The corpus plan repeated into a few MB of genuine text: seconds of CPU-bound work for the pipeline. */
function longPlan(copies: number): Uint8Array {
  const plan = readFileSync(CORPUS.prefecture);
  return Buffer.concat(Array.from({ length: copies }, () => Buffer.concat([plan, Buffer.from('\n\n')])));
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'resolved';
  } catch (error) {
    return error instanceof PlanExtractError ? error.code : `thrown: ${String(error)}`;
  }
}

describe('extractFile / extractBuffer (in their own thread)', () => {
  it('give the PlanFile the in-thread pipeline gives', async () => {
    const bytes = readFileSync(CORPUS.table);
    const expected = await extractBufferInThread(bytes, CORPUS.table);
    expect(await extractFile(CORPUS.table)).toEqual(expected);
    expect(await extractBuffer(bytes, CORPUS.table)).toEqual(expected);
    // the caller's bytes are copied, not taken
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it.each([
    // ~20 MB of text is seconds of work; 0.1 s is not enough on any machine
    ['the time limit stops CPU-bound work', { timeoutMs: 100 }, 'E_TIMEOUT'],
    ['the heap limit stops memory growth', { maxMemoryMb: 8 }, 'E_TOO_LARGE'],
  ])('%s: %j → %s', async (_name, limits, code) => {
    expect(await codeOf(extractBuffer(longPlan(1200), 'long.txt', { limits }))).toBe(code);
  }, 20_000);

  it('calls at once beyond the cores wait their turn and all answer', async () => {
    const paths = Object.values(CORPUS);
    const planFiles = await Promise.all(paths.map((path) => extractFile(path)));
    expect(planFiles.map((planFile) => planFile.source.path)).toEqual(paths);
  });

  it('a thread stopped by a limit is replaced: the next call succeeds', async () => {
    await codeOf(extractBuffer(longPlan(1200), 'long.txt', { limits: { timeoutMs: 100 } }));
    expect((await extractFile(CORPUS.table)).source.path).toBe(CORPUS.table);
  });
});
