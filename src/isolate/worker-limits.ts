// What every worker thread that extracts documents shares, batch's pool and the single-file thread
// alike: its resource limits, and what its death by one of them means (E_TOO_LARGE, not a bug).
import type { ResourceLimits } from 'node:worker_threads';
import { PlanExtractError } from '../schema/errors.js';

// A young generation larger than V8's default: a document's short-lived objects die there instead of
// being promoted, so full collections are rarer, and with them the loss of the optimised code of
// per-document closures (micromark, mammoth and pdf.js make many), which V8 then compiles again on
// the other core. 2,000 mixed files on 2 workers: 22.8-23.7 s -> 20.2-21.0 s, +80 MB peak RSS.
const YOUNG_GENERATION_MB = 128;

/** The heap limit is the old generation; the young one never takes more than a quarter of it. */
export function workerResourceLimits(heapMb: number): ResourceLimits {
  return {
    maxOldGenerationSizeMb: heapMb,
    maxYoungGenerationSizeMb: Math.max(1, Math.min(YOUNG_GENERATION_MB, Math.floor(heapMb / 4))),
  };
}

/** A worker's 'error' as a PlanExtractError: running out of its heap is the input's size, not a bug. */
export function workerFailure(error: unknown, heapMb: number, file: string | null): PlanExtractError {
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new PlanExtractError('E_TOO_LARGE', `ran out of memory (the ${heapMb} MB heap limit)`, { file, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new PlanExtractError('E_INTERNAL', `worker failed: ${message.split('\n')[0]}`, { file, cause: error });
}
