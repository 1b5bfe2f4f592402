// One worker thread that extracts documents, one at a time, and that its caller can stop: on the
// caller's signal (the time limit) the thread is terminated, whatever CPU-bound loop it is in, and the
// request fails with the signal's reason. A heap overflow, a crash or an exit end the thread too; each
// becomes the pending request's PlanExtractError. A thread that answered may take the next request.
import { Worker } from 'node:worker_threads';
import type { PlanFile } from '../schema/contract.js';
import { asPlanExtractError, PlanExtractError } from '../schema/errors.js';
import type { ExtractionAnswer, ExtractionRequest, OutputForm, ExtractionValue } from './protocol.js';
import { workerFailure, workerResourceLimits } from './worker-limits.js';

// The bundled entry (scripts/bundle.js), for the library in dist/isolate/ as for the CLI's chunks in
// dist/bundle/: one file to load instead of the pipeline's ~200 modules (test/bad's probe, a fresh
// process per file: ~200 ms less per call under load).
export const EXTRACTION_WORKER_URL = new URL('../bundle/extraction-worker.js', import.meta.url);

/**
 * The parent's Node options, but for --input-type, which `node --input-type=module -e …` (a script
 * calling the library) passes on and a worker started from a file refuses at start-up.
 */
function inheritedExecArgv(): string[] {
  return process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
}

type Value<O extends OutputForm> = ExtractionValue<O>;

interface Pending {
  path: string;
  resolve: (value: ExtractionValue<OutputForm>) => void;
  reject: (error: PlanExtractError) => void;
}

export class ExtractionThread {
  readonly heapMb: number;
  private readonly worker: Worker;
  private pending: Pending | null = null;
  /** why this thread can take no more requests */
  private ended: PlanExtractError | null = null;

  constructor(heapMb: number, workerUrl: URL = EXTRACTION_WORKER_URL) {
    this.heapMb = heapMb;
    this.worker = new Worker(workerUrl, { resourceLimits: workerResourceLimits(heapMb), execArgv: inheritedExecArgv() });
    this.worker.on('message', (answer: ExtractionAnswer) => this.settle(answer));
    this.worker.on('error', (error) => this.end(workerFailure(error, heapMb, this.pending?.path ?? null)));
    this.worker.on('exit', (code) => this.end(new PlanExtractError('E_INTERNAL', `the extraction thread stopped (exit code ${code})`)));
    // an idle thread never keeps the process alive (run() holds it while a request is out); after the
    // listeners, since adding a 'message' listener refs the worker again
    this.worker.unref();
  }

  /** True when the thread is alive and not busy. */
  get idle(): boolean {
    return this.ended === null && this.pending === null;
  }

  /**
   * Extracts `request` on this thread. `transfer` hands the bytes' memory over instead of copying
   * it (the caller must not use them again); `signal` terminates the thread and fails the request.
   */
  run<O extends OutputForm>(request: ExtractionRequest & { output: O }, options: { transfer: boolean; signal: AbortSignal }): Promise<Value<O>> {
    if (this.ended) return Promise.reject(asPlanExtractError(this.ended, request.path));
    if (this.pending) return Promise.reject(new PlanExtractError('E_INTERNAL', 'the extraction thread is busy', { file: request.path }));
    const { signal } = options;
    if (signal.aborted) return Promise.reject(asPlanExtractError(signal.reason, request.path));
    return new Promise<Value<O>>((resolve, reject) => {
      const onAbort = (): void => this.stop(asPlanExtractError(signal.reason, request.path));
      const done = (): void => {
        signal.removeEventListener('abort', onAbort);
        this.worker.unref();
      };
      this.pending = {
        path: request.path,
        resolve: (value) => (done(), resolve(value as Value<O>)),
        reject: (error) => (done(), reject(error)),
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.worker.ref();
      this.worker.postMessage(request, options.transfer ? [request.bytes.buffer as ArrayBuffer] : []);
    });
  }

  /** Terminates the thread; a pending request fails with `reason`. */
  stop(reason: PlanExtractError = new PlanExtractError('E_INTERNAL', 'the extraction thread was stopped')): void {
    this.end(reason);
    void this.worker.terminate();
  }

  private settle(answer: ExtractionAnswer): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    if (answer.ok) pending.resolve(answer.value);
    else {
      const error = new PlanExtractError(answer.code, answer.message, { file: answer.file ?? pending.path });
      if (answer.stack) error.stack = answer.stack;
      pending.reject(error);
    }
  }

  /** The first cause wins: a terminated thread's 'exit' does not overwrite the time limit. */
  private end(reason: PlanExtractError): void {
    if (!this.ended) this.ended = reason;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(asPlanExtractError(this.ended, pending.path));
  }
}
