// The whole pipeline on the bytes of one document, in the calling thread: read → normalise → outline
// → extract → a validated PlanFile. The library's extractFile/extractBuffer run this in a worker
// thread that the time and memory limits can stop (src/isolate/); callers already inside their own
// worker (batch) call it directly. Bytes only: reading files is the caller's (the extraction thread
// then never loads node:net and node:fs/promises for nothing).
import { withLimits, type Limits } from './io/limits.js';
import { sha256Of } from './io/sha256.js';
import { normalizeBlocks } from './normalize/index.js';
import { buildPlans } from './outline/plans.js';
import { readDocument } from './readers/index.js';
import { sourceText, type SourceText } from './document/source-lines.js';
import type { ReadResult } from './document/block.js';
import { DiagnosticSchema, PlanFileSchema, PlanSchema, SCHEMA_VERSION, type PlanFile } from './schema/contract.js';
import { asPlanExtractError, PlanExtractError } from './schema/errors.js';
import { TOOL_VERSION } from './version.js';

export interface ExtractOptions {
  limits?: Partial<Limits>;
}

/**
 * The bytes of one document, handed over to the pipeline, which empties the holder once it has read
 * them: an async function keeps its parameters until it returns, so bytes passed as one stay beside
 * the text, the blocks and the plans (a 100 MB text: 100 MB more at the peak).
 */
export interface HandedBytes {
  bytes: Uint8Array | null;
}

const handed = (bytes: Uint8Array | HandedBytes): HandedBytes => (bytes instanceof Uint8Array ? { bytes } : bytes);

function takeBytes(input: HandedBytes): Uint8Array {
  const bytes = input.bytes!;
  input.bytes = null;
  return bytes;
}

/** A PlanFile and, when asked for (review), the source lines it is grounded in. */
interface Extraction {
  planFile: PlanFile;
  source: SourceText | null;
}

async function extract(input: HandedBytes, path: string, limits: Limits, sha256: string, withSource: boolean): Promise<Extraction> {
  const byteLength = input.bytes!.byteLength;
  if (byteLength === 0) throw new PlanExtractError('E_EMPTY', 'the file is empty (0 bytes)', { file: path });
  if (byteLength > limits.maxBytes) {
    throw new PlanExtractError('E_TOO_LARGE', `${byteLength} bytes is over the limit of ${limits.maxBytes}`, {
      file: path,
    });
  }
  let read: ReadResult | null = await readDocument(takeBytes(input), { file: path, limits });
  const { format, encoding, pages, diagnostics: readDiagnostics } = read;
  const normalized = await normalizeBlocks(read.blocks);
  // The reader's blocks are done with once normalised (a text's are ~2× its bytes): let them go
  // before the outline is built, unless the review's source lines are to be made from them.
  const sourceRead = withSource ? read : null;
  read = null;
  const { plans, diagnostics } = buildPlans(normalized.blocks, { handOver: true });
  const planFile: PlanFile = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'plan-extract', version: TOOL_VERSION },
    source: {
      path,
      format,
      sha256,
      bytes: byteLength,
      encoding,
      script: normalized.script,
      pages,
    },
    plans,
    diagnostics: [...readDiagnostics, ...diagnostics],
  };
  const issue = firstSchemaIssue(planFile);
  if (issue) {
    throw new PlanExtractError('E_INTERNAL', `output failed the schema at ${issue.path.join('.')}: ${issue.message}`, {
      file: path,
    });
  }
  return { planFile, source: sourceRead ? sourceText(sourceRead) : null };
}

/**
 * The PlanFile's first issue against its schema, or null. zod's parse builds a copy of what it
 * checks, so the plans are checked one at a time (the copy of all of them was as large as the plans:
 * 2× at the peak of a large document); issues come in the order of one whole parse.
 */
export function firstSchemaIssue(planFile: PlanFile): { path: PropertyKey[]; message: string } | null {
  const { plans, diagnostics } = planFile;
  const frame = PlanFileSchema.safeParse({ ...planFile, plans: [], diagnostics: [] });
  if (!frame.success) return prefixed(frame.error.issues[0]!, []);
  for (let index = 0; index < plans.length; index++) {
    const checked = PlanSchema.safeParse(plans[index]);
    if (!checked.success) return prefixed(checked.error.issues[0]!, ['plans', index]);
  }
  for (let index = 0; index < diagnostics.length; index++) {
    const checked = DiagnosticSchema.safeParse(diagnostics[index]);
    if (!checked.success) return prefixed(checked.error.issues[0]!, ['diagnostics', index]);
  }
  return null;
}

function prefixed(issue: { path: PropertyKey[]; message: string }, at: PropertyKey[]): { path: PropertyKey[]; message: string } {
  return { path: [...at, ...issue.path], message: issue.message };
}

/**
 * Runs `work`, failing with E_TIMEOUT after `ms` (0 = no limit). In one thread this can only give up
 * while the work awaits something; CPU-bound work runs on until it yields (src/isolate/ stops that).
 */
async function withTimeout<T>(work: Promise<T>, ms: number, file: string): Promise<T> {
  if (!ms) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PlanExtractError('E_TIMEOUT', `stopped after ${ms} ms`, { file })), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The pipeline on bytes whose sha256 is already known: the extraction thread's caller hashes them
 * (it has nothing else to do while the thread works), so the thread never loads node:crypto.
 */
export async function extractHashedInThread(bytes: Uint8Array | HandedBytes, path: string, sha256: string, options: ExtractOptions = {}): Promise<PlanFile> {
  return (await extractHashed(handed(bytes), path, sha256, options, false)).planFile;
}

/** The same, with the source lines the values are grounded in (what `plan-extract review` shows). */
export async function extractHashedWithSource(
  bytes: Uint8Array | HandedBytes,
  path: string,
  sha256: string,
  options: ExtractOptions = {},
): Promise<{ planFile: PlanFile; source: SourceText }> {
  const { planFile, source } = await extractHashed(handed(bytes), path, sha256, options, true);
  return { planFile, source: source! };
}

// the source lines only when asked for: splitting a whole text into line records is work and memory
// that a plain extraction never uses
async function extractHashed(input: HandedBytes, path: string, sha256: string, options: ExtractOptions, withSource: boolean): Promise<Extraction> {
  const limits = withLimits(options.limits);
  try {
    return await withTimeout(extract(input, path, limits, sha256, withSource), limits.timeoutMs, path);
  } catch (error) {
    throw asPlanExtractError(error, path);
  }
}

/** extractBufferInThread with the source lines. */
export async function extractBufferWithSourceInThread(
  bytes: Uint8Array,
  path: string,
  options: ExtractOptions = {},
): Promise<{ planFile: PlanFile; source: SourceText }> {
  return extractHashedWithSource(bytes, path, await sha256Of(bytes), options);
}

/** Extracts every plan from the bytes of one document in this thread; `path` is reported as given. */
export async function extractBufferInThread(bytes: Uint8Array, path: string, options: ExtractOptions = {}): Promise<PlanFile> {
  const sha256 = await sha256Of(bytes);
  return extractHashedInThread({ bytes }, path, sha256, options);
}
