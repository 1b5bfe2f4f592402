// Runs FileTasks on a tinypool of worker threads, streaming: at most 2 × jobs tasks exist at any time,
// so memory stays flat however long the list is. Each task yields exactly one outcome; a worker that
// dies, runs out of memory or overruns the hard time limit becomes a failed outcome for that file only.
// stop() aborts what is running (the workers are terminated) and dispatches nothing more.
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import { workerFailure, workerResourceLimits } from '../isolate/worker-limits.js';
import type { FileOutcome, FileTask } from './task.js';

export interface PoolOptions {
  jobs: number;
  /** wall time after which a task's worker is terminated (0 = never); above the library's own timeout */
  hardTimeoutMs: number;
  /** heap limit of each worker, so one runaway document cannot take the whole batch down */
  workerHeapMb?: number;
  /** the worker module (default: worker.js beside this file); tests give a fake one */
  workerUrl?: URL;
}

export interface PoolRun<T extends FileTask> {
  /** resolves when every dispatched task has settled and the workers are gone */
  done: Promise<{ stopped: boolean; unfinished: T[] }>;
  /** stop dispatching and abort running tasks; their outcomes are not reported */
  stop(): void;
}

export const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Each worker's heap unless --max-memory says otherwise: one per core, so less than one thread alone gets. */
export const WORKER_HEAP_MB = 2048;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function failure(code: string, message: string, started: number): FileOutcome {
  return { status: 'failed', code, message, sha256: null, bytes: null, durationMs: Math.round(performance.now() - started) };
}

interface Running<T> {
  task: T;
  controller: AbortController;
  /** when a worker took it (modelled: the pool hands queued tasks to free workers first in, first out) */
  startedAt: number | null;
  timedOut: boolean;
  timer: NodeJS.Timeout | undefined;
}

/** Feeds `tasks` (pulled lazily) through the pool; `onOutcome` is called in completion order. */
export function runPool<T extends FileTask>(
  tasks: Iterator<T>,
  options: PoolOptions,
  onOutcome: (task: T, outcome: FileOutcome) => void,
): PoolRun<T> {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const heapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  const pool = new Tinypool({
    filename: (options.workerUrl ?? WORKER_URL).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    resourceLimits: workerResourceLimits(heapMb),
  });
  // a small queue beyond the workers keeps them busy between two results
  const limit = jobs * 2;
  const running = new Set<Running<T>>();
  // dispatched but, in the model, still waiting for a worker: its time limit has not started
  const waiting: Running<T>[] = [];
  let busy = 0;
  const unfinished: T[] = [];
  let exhausted = false;
  let stopped = false;
  let finish: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    finish = resolve;
  });

  const outcomeOfError = (error: unknown, entry: Running<T>): FileOutcome | null => {
    const started = entry.startedAt ?? performance.now();
    if (entry.timedOut) return failure('E_TIMEOUT', `stopped after ${options.hardTimeoutMs} ms`, started);
    // aborted by stop(): not finished, so not reported; the next run redoes it
    if (stopped) return null;
    const { code, message } = workerFailure(error, heapMb, null);
    return failure(code, message, started);
  };

  /** The time limit runs from when a worker takes the task, not from when it was queued. */
  const begin = (entry: Running<T>): void => {
    busy++;
    entry.startedAt = performance.now();
    if (options.hardTimeoutMs > 0) {
      entry.timer = setTimeout(() => {
        entry.timedOut = true;
        entry.controller.abort();
      }, options.hardTimeoutMs);
    }
  };

  const settle = (entry: Running<T>, outcome: FileOutcome | null): void => {
    clearTimeout(entry.timer);
    running.delete(entry);
    if (entry.startedAt !== null) busy--;
    else waiting.splice(waiting.indexOf(entry), 1);
    while (busy < jobs && waiting.length > 0) begin(waiting.shift()!);
    if (outcome === null) unfinished.push(entry.task);
    else onOutcome(entry.task, outcome);
    pump();
  };

  const start = (task: T): void => {
    const entry: Running<T> = { task, controller: new AbortController(), startedAt: null, timedOut: false, timer: undefined };
    running.add(entry);
    if (busy < jobs) begin(entry);
    else waiting.push(entry);
    pool.run(task, { signal: entry.controller.signal }).then(
      (outcome: FileOutcome) => settle(entry, outcome),
      (error: unknown) => settle(entry, outcomeOfError(error, entry)),
    );
  };

  const pump = (): void => {
    while (!stopped && !exhausted && running.size < limit) {
      const next = tasks.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      start(next.value);
    }
    if ((exhausted || stopped) && running.size === 0) finish();
  };

  const done = (async () => {
    pump();
    await settled;
    await pool.destroy();
    return { stopped, unfinished };
  })();

  return {
    done,
    stop(): void {
      if (stopped) return;
      stopped = true;
      for (const entry of running) entry.controller.abort();
      pump();
    },
  };
}
