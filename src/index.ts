// The library API: a file or a buffer in, a validated PlanFile out. No process.exit, no console.
import { createHash } from 'node:crypto';
import { withLimits, type Limits } from './io/limits.js';
import { readInput } from './io/read-input.js';
import { normalizeBlocks } from './normalize/index.js';
import { buildPlans } from './outline/plans.js';
import { readDocument } from './readers/index.js';
import type { ReadResult } from './document/block.js';
import { sourceText, type SourceText } from './document/source-lines.js';
import { PlanFileSchema, SCHEMA_VERSION, type PlanFile } from './schema/contract.js';
import { asPlanExtractError, PlanExtractError } from './schema/errors.js';
import { TOOL_VERSION } from './version.js';

export * from './schema/contract.js';
export { PlanExtractError, ERROR_CODES, exitCodeOf, type ErrorCode } from './schema/errors.js';
export { DEFAULT_LIMITS, type Limits } from './io/limits.js';
export { TOOL_VERSION } from './version.js';
export type { SourceLine, SourceText } from './document/source-lines.js';

export interface ExtractOptions {
  limits?: Partial<Limits>;
}

/** A PlanFile with the source lines its values are grounded in (what `plan-extract review` shows). */
export interface PlanFileWithSource {
  planFile: PlanFile;
  source: SourceText;
}

async function extract(bytes: Uint8Array, path: string, limits: Limits): Promise<{ planFile: PlanFile; read: ReadResult }> {
  if (bytes.byteLength === 0) throw new PlanExtractError('E_EMPTY', 'the file is empty (0 bytes)', { file: path });
  if (bytes.byteLength > limits.maxBytes) {
    throw new PlanExtractError('E_TOO_LARGE', `${bytes.byteLength} bytes is over the limit of ${limits.maxBytes}`, {
      file: path,
    });
  }
  const read = await readDocument(bytes, { file: path, limits });
  const normalized = await normalizeBlocks(read.blocks);
  const { plans, diagnostics } = buildPlans(normalized.blocks);
  const planFile: PlanFile = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'plan-extract', version: TOOL_VERSION },
    source: {
      path,
      format: read.format,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
      encoding: read.encoding,
      script: normalized.script,
      pages: read.pages,
    },
    plans,
    diagnostics: [...read.diagnostics, ...diagnostics],
  };
  const checked = PlanFileSchema.safeParse(planFile);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new PlanExtractError('E_INTERNAL', `output failed the schema at ${issue?.path.join('.')}: ${issue?.message}`, {
      file: path,
    });
  }
  return { planFile, read };
}

/** Runs `work`, failing with E_TIMEOUT after `ms` (0 = no limit). */
async function withTimeout<T>(work: Promise<T>, ms: number, file: string): Promise<T> {
  if (!ms) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PlanExtractError('E_TIMEOUT', `gave up after ${ms} ms`, { file })), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function guardedExtract(bytes: Uint8Array, path: string, options: ExtractOptions): Promise<{ planFile: PlanFile; read: ReadResult }> {
  const limits = withLimits(options.limits);
  try {
    return await withTimeout(extract(bytes, path, limits), limits.timeoutMs, path);
  } catch (error) {
    throw asPlanExtractError(error, path);
  }
}

/** Extracts every plan from the bytes of one document; `path` is reported as given. */
export async function extractBuffer(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  return (await guardedExtract(bytes, path, options)).planFile;
}

/** extractBuffer, plus the source lines the reader read (one pass over the bytes, nothing decoded twice). */
export async function extractBufferWithSource(
  bytes: Uint8Array,
  path: string,
  options: ExtractOptions = {},
): Promise<PlanFileWithSource> {
  const { planFile, read } = await guardedExtract(bytes, path, options);
  return { planFile, source: sourceText(read) };
}

/** Reads and extracts one file. Errors are PlanExtractError with a stable code. */
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  const bytes = await readInput(path, withLimits(options.limits).maxBytes);
  return extractBuffer(bytes, path, options);
}

/** extractFile, plus the source lines its values are grounded in. */
export async function extractFileWithSource(path: string, options: ExtractOptions = {}): Promise<PlanFileWithSource> {
  const bytes = await readInput(path, withLimits(options.limits).maxBytes);
  return extractBufferWithSource(bytes, path, options);
}
