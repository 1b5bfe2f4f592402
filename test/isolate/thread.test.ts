// One extraction thread: it answers, takes the next request, and is stopped — whatever it is doing —
// by its caller's signal; its deaths (heap, exit) are error codes, never a hang.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { ExtractionThread } from '../../src/isolate/thread.js';
import { PlanExtractError } from '../../src/schema/errors.js';

const FAKE_WORKER = new URL('./fixtures/fake-extraction-worker.mjs', import.meta.url);

const request = (path: string, bytes: Uint8Array = new Uint8Array(4)) => ({ bytes, sha256: '0'.repeat(64), path, limits: DEFAULT_LIMITS, output: 'json' as const });
const never = () => new AbortController().signal;

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    return `ok: ${String(await work)}`;
  } catch (error) {
    return error instanceof PlanExtractError ? error.code : `thrown: ${String(error)}`;
  }
}

describe('ExtractionThread', () => {
  it('answers one request after another on the same thread', async () => {
    const thread = new ExtractionThread(64, FAKE_WORKER);
    expect(await outcome(thread.run(request('a.txt'), { transfer: false, signal: never() }))).toBe('ok: a.txt: 4 bytes');
    expect(thread.idle).toBe(true);
    expect(await outcome(thread.run(request('b.txt', new Uint8Array(9)), { transfer: true, signal: never() }))).toBe('ok: b.txt: 9 bytes');
    thread.stop();
  });

  it('stops CPU-bound work: the signal terminates a thread that never yields, with the signal’s reason', async () => {
    const thread = new ExtractionThread(64, FAKE_WORKER);
    const started = new Int32Array(new SharedArrayBuffer(4));
    const controller = new AbortController();
    const running = thread.run(request('spin', new Uint8Array(started.buffer)), { transfer: false, signal: controller.signal });
    // abort only once the worker is inside its endless loop: nothing but terminating it can end this
    await Atomics.waitAsync(started, 0, 0).value;
    controller.abort(new PlanExtractError('E_TIMEOUT', 'stopped after 1 ms', { file: 'spin' }));
    expect(await outcome(running)).toBe('E_TIMEOUT');
    expect(thread.idle).toBe(false);
    expect(await outcome(thread.run(request('after'), { transfer: false, signal: never() }))).toBe('E_TIMEOUT');
  });

  it.each([
    ['a heap overflow', 'oom', 'E_TOO_LARGE'],
    ['process.exit in the thread', 'exit', 'E_INTERNAL'],
    ['an error answer', 'corrupt', 'E_CORRUPT_PDF'],
  ])('%s (%s) → %s, naming the file', async (_name, path, code) => {
    const thread = new ExtractionThread(16, FAKE_WORKER);
    const failure = await thread.run(request(path), { transfer: false, signal: never() }).catch((error: PlanExtractError) => error);
    expect(failure).toMatchObject({ code, file: path });
    thread.stop();
  }, 20_000);
});
