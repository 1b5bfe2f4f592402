// What the main thread sends a worker for one input, and the value that comes back: a per-file status
// (docling's conversion result), never a throw.
import type { Limits } from '../io/limits.js';
import type { FileCounts } from '../schema/counts.js';
import type { PreviousRecord } from './manifest.js';

export interface FileTask {
  /** path to read, and what PlanFile.source.path records */
  input: string;
  /** absolute output path, already checked by outputPathFor */
  output: string;
  /** real path of OUTDIR: the output's folder must resolve inside it */
  realOutdir: string;
  /** real paths of inputs that lie inside OUTDIR (usually none): never written over */
  protectedInputs: string[];
  previous: PreviousRecord | null;
  force: boolean;
  pretty: boolean;
  /** also write the review page (reviewPathOf(output)) */
  review: boolean;
  limits: Partial<Limits>;
}

/** The review page beside an output: out/a/plan.txt.json → out/a/plan.txt.html */
export function reviewPathOf(output: string): string {
  return output.replace(/\.json$/, '') + '.html';
}

export type FileOutcome =
  /** counts: what the output holds (null when an unchanged output could not be read back) */
  | { status: 'ok' | 'skipped'; sha256: string; bytes: number; durationMs: number; counts: FileCounts | null; emptyReason: string | null }
  | { status: 'failed'; code: string; message: string; sha256: string | null; bytes: number | null; durationMs: number }
  /** not read at all (a FIFO, socket or device), with the reason */
  | { status: 'skipped'; code: string; message: string; sha256: null; bytes: null; durationMs: number };
