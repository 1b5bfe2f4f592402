// The worker pool: one outcome per task whatever the worker does, bounded in flight, and stop().
import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/batch/pool.js';
import type { FileOutcome, FileTask } from '../../src/batch/task.js';

const FAKE_WORKER = new URL('./fixtures/fake-worker.mjs', import.meta.url);

function task(input: string): FileTask {
  return { input, output: `/out/${input}.json`, realOutdir: '/out', protectedInputs: [], previous: null, force: false, pretty: false, limits: {} };
}

function run(inputs: string[], jobs: number, hardTimeoutMs = 0) {
  const outcomes = new Map<string, FileOutcome>();
  const pool = runPool(inputs.map(task).values(), { jobs, hardTimeoutMs, workerHeapMb: 32, workerUrl: FAKE_WORKER }, (done, outcome) =>
    outcomes.set(done.input, outcome),
  );
  return { pool, outcomes };
}

function summary(outcome: FileOutcome | undefined): string {
  return outcome?.status === 'failed' ? outcome.code : (outcome?.status ?? 'missing');
}

describe('runPool', () => {
  it('turns a hang, a crash, an exit, a throw and an out-of-memory into failed outcomes, and finishes the rest', async () => {
    const inputs = ['a', 'hang', 'b', 'crash', 'c', 'throw', 'd', 'oom', 'e', 'exit', 'f'];
    const { pool, outcomes } = run(inputs, 2, 1500);
    const done = await pool.done;
    expect(done).toEqual({ stopped: false, unfinished: [] });
    expect(Object.fromEntries(inputs.map((input) => [input, summary(outcomes.get(input))]))).toEqual({
      a: 'ok',
      hang: 'E_TIMEOUT',
      b: 'ok',
      crash: 'E_INTERNAL',
      c: 'ok',
      throw: 'E_INTERNAL',
      d: 'ok',
      oom: 'E_TOO_LARGE',
      e: 'ok',
      exit: 'E_TIMEOUT',
      f: 'ok',
    });
    // the time limit counts from when a worker takes the task: c and d queued behind the hang are fine
    const thrown = outcomes.get('throw');
    expect(thrown?.status === 'failed' && thrown.message).toBe('worker failed: boom');
  }, 20_000);

  it('pulls tasks lazily: never more than 2 × jobs taken ahead of the results', async () => {
    let taken = 0;
    let maxAhead = 0;
    let finished = 0;
    const source = (function* () {
      for (let i = 0; i < 12; i++) {
        taken++;
        maxAhead = Math.max(maxAhead, taken - finished);
        yield task(`slow-${i}`);
      }
    })();
    const pool = runPool(source, { jobs: 2, hardTimeoutMs: 0, workerUrl: FAKE_WORKER }, () => finished++);
    await pool.done;
    expect(finished).toBe(12);
    expect(maxAhead).toBeLessThanOrEqual(4);
  });

  it('stop() aborts what runs, starts nothing more, and hands back the unfinished tasks', async () => {
    const inputs = Array.from({ length: 20 }, (_, i) => `slow-${i}`);
    const outcomes = new Map<string, FileOutcome>();
    let firstOutcome: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (firstOutcome = resolve));
    const pool = runPool(inputs.map(task).values(), { jobs: 2, hardTimeoutMs: 0, workerUrl: FAKE_WORKER }, (done, outcome) => {
      outcomes.set(done.input, outcome);
      firstOutcome();
    });
    // stop once one task has finished (however long the workers took to start), with more running
    await first;
    pool.stop();
    const done = await pool.done;
    expect(done.stopped).toBe(true);
    expect(outcomes.size).toBeGreaterThan(0);
    expect(outcomes.size).toBeLessThan(20);
    // every task dispatched is either finished or handed back; none is both
    for (const unfinished of done.unfinished) expect(outcomes.has(unfinished.input)).toBe(false);
    expect(outcomes.size + done.unfinished.length).toBeLessThanOrEqual(20);
  });
});
