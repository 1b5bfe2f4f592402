// One side of a diff: a PlanFile written earlier (JSON, validated against the contract) or a source
// document in any supported format, extracted on the fly.
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { withLimits } from '../io/limits.js';
import { readInput, readStream } from '../io/read-input.js';
import { startDeadline } from '../isolate/deadline.js';
import type { ExtractOptions } from '../pipeline.js';
import { PlanFileSchema, type PlanFile } from '../schema/contract.js';
import { PlanExtractError } from '../schema/errors.js';
import type { DiffSide } from './compare.js';

const HEAD_BYTES = 64;

/** JSON by name, or by a first character "{" (a PlanFile saved with another extension). */
export function looksLikeJson(path: string, bytes: Uint8Array | null): boolean {
  if (extname(path).toLowerCase() === '.json') return true;
  if (!bytes) return false;
  const text = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\ufeff/, '').trimStart();
  return text.startsWith('{');
}

/** Parses and validates a PlanFile; `strict` (a .json name) makes unparsable JSON an error, not a document. */
export function parsePlanFile(text: string, path: string, strict: boolean): PlanFile | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    if (!strict) return null;
    throw new PlanExtractError('E_INVALID_JSON', `not valid JSON: ${(error as Error).message}`, { file: path });
  }
  const checked = PlanFileSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the top level';
    throw new PlanExtractError('E_INVALID_JSON', `JSON but not a PlanFile: at ${where}: ${issue?.message}`, { file: path });
  }
  return checked.data;
}

function sideOf(path: string, planFile: PlanFile): DiffSide {
  // the source document's hash, so a PlanFile and the document it came from report the same
  return { path, sha256: planFile.source.sha256, planFile };
}

/**
 * Loads a side given as a path, or "-" with standard input. The bytes are read once, whole (a FIFO
 * cannot be looked at and then read again), within the byte limit; reading and extracting together
 * stay within the time limit.
 */
export async function loadSide(path: string, options: ExtractOptions, stdin?: Readable): Promise<DiffSide> {
  const limits = withLimits(options.limits);
  const deadline = startDeadline(limits.timeoutMs, path);
  let bytes: Uint8Array;
  try {
    if (path === '-') {
      if (!stdin) throw new PlanExtractError('E_USAGE', 'standard input is not available', { file: path });
      bytes = await readStream(stdin, path, limits.maxBytes, deadline.signal);
    } else {
      bytes = await readInput(path, limits.maxBytes, deadline.signal);
    }
  } finally {
    deadline.clear();
  }
  if (looksLikeJson(path, bytes)) {
    const strict = extname(path).toLowerCase() === '.json';
    const planFile = parsePlanFile(new TextDecoder().decode(bytes), path, strict);
    if (planFile) return sideOf(path, planFile);
  }
  // the extraction thread starts only when a side is a document, not for two PlanFiles
  const { extractBounded } = await import('../isolate/bounded.js');
  const rest = { ...options.limits, timeoutMs: deadline.remainingMs() };
  return sideOf(path, await extractBounded({ path, read: async () => bytes, transfer: true }, rest, 'object'));
}
