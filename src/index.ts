// The library API: a file or a buffer in, a validated PlanFile out. No process.exit, no console.
// extractFile and extractBuffer honour every limit: the extraction runs in a worker thread that is
// terminated at limits.timeoutMs, whatever it is doing (E_TIMEOUT), with a heap of limits.maxMemoryMb
// (E_TOO_LARGE past it). The *InThread functions run the same pipeline in the calling thread, for
// callers that already run in a worker of their own; there the time limit can only act while the
// work awaits something.
import { readInput } from './io/read-input.js';
import { withLimits } from './io/limits.js';
import { extractBounded } from './isolate/bounded.js';
import type { ExtractOptions } from './pipeline.js';
import type { PlanFile } from './schema/contract.js';
import type { SourceText } from './document/source-lines.js';

export * from './schema/contract.js';
export { PlanExtractError, ERROR_CODES, exitCodeOf, type ErrorCode } from './schema/errors.js';
export { DEFAULT_LIMITS, type Limits } from './io/limits.js';
export { TOOL_VERSION } from './version.js';
export type { ExtractOptions } from './pipeline.js';
export type { SourceLine, SourceText } from './document/source-lines.js';

/** A PlanFile with the source lines its values are grounded in (what `plan-extract review` shows). */
export interface PlanFileWithSource {
  planFile: PlanFile;
  source: SourceText;
}

// The pipeline loads only when called here: a caller of the functions below never needs it in this
// thread, and its extraction thread loads its own copy.

/** extractBuffer in the calling thread, for callers already in a worker of their own (batch). */
export async function extractBufferInThread(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  const pipeline = await import('./pipeline.js');
  return pipeline.extractBufferInThread(bytes, path, options);
}

/** extractFile in the calling thread, for callers already in a worker of their own. */
export async function extractFileInThread(path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  const bytes = await readInput(path, withLimits(options.limits).maxBytes);
  const pipeline = await import('./pipeline.js');
  return pipeline.extractBufferInThread(bytes, path, options);
}

/** Extracts every plan from the bytes of one document (copied to the worker); `path` is reported as given. */
export function extractBuffer(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  return extractBounded({ path, read: async () => bytes, transfer: false }, options.limits, 'object');
}

/** Reads and extracts one file; the read counts toward the time limit. Errors are PlanExtractError with a stable code. */
export function extractFile(path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  const { maxBytes } = withLimits(options.limits);
  return extractBounded({ path, read: (signal) => readInput(path, maxBytes, signal), transfer: true }, options.limits, 'object');
}

/** extractBuffer, plus the source lines the reader read (one pass over the bytes, nothing decoded twice). */
export function extractBufferWithSource(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<PlanFileWithSource> {
  return extractBounded({ path, read: async () => bytes, transfer: false }, options.limits, 'with-source');
}

/** extractFile, plus the source lines its values are grounded in. */
export function extractFileWithSource(path: string, options: ExtractOptions = {}): Promise<PlanFileWithSource> {
  const { maxBytes } = withLimits(options.limits);
  return extractBounded({ path, read: (signal) => readInput(path, maxBytes, signal), transfer: true }, options.limits, 'with-source');
}

/** extractBufferWithSource in the calling thread, for callers already in a worker of their own. */
export async function extractBufferWithSourceInThread(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<PlanFileWithSource> {
  const pipeline = await import('./pipeline.js');
  return pipeline.extractBufferWithSourceInThread(bytes, path, options);
}

/** extractFileWithSource in the calling thread. */
export async function extractFileWithSourceInThread(path: string, options: ExtractOptions = {}): Promise<PlanFileWithSource> {
  const bytes = await readInput(path, withLimits(options.limits).maxBytes);
  return extractBufferWithSourceInThread(bytes, path, options);
}
