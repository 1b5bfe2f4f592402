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
import { DiagnosticSchema, PlanFileSchema, PlanSchema, SCHEMA_VERSION, type PlanFile } from './schema/contract.js';
import { asPlanExtractError, PlanExtractError } from './schema/errors.js';
import { TOOL_VERSION } from './version.js';

export interface ExtractOptions {
  limits?: Partial<Limits>;
}

/** A PlanFile and the source lines its values are grounded in, built only when asked for (review). */
interface PlanFileWithSource {
  planFile: PlanFile;
  source: () => SourceText;
}

async function extract(bytes: Uint8Array, path: string, limits: Limits, sha256: string): Promise<PlanFileWithSource> {
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
      sha256,
      bytes: bytes.byteLength,
      encoding: read.encoding,
      script: normalized.script,
      pages: read.pages,
    },
    plans,
    diagnostics: [...read.diagnostics, ...diagnostics],
  };
  const issue = firstSchemaIssue(planFile);
  if (issue) {
    throw new PlanExtractError('E_INTERNAL', `output failed the schema at ${issue.path.join('.')}: ${issue.message}`, {
      file: path,
    });
  }
  return { planFile, source: () => sourceText(read) };
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
export async function extractHashedInThread(bytes: Uint8Array, path: string, sha256: string, options: ExtractOptions = {}): Promise<PlanFile> {
  return (await extractHashedWithSource(bytes, path, sha256, options)).planFile;
}

/** The same, with the source lines the values are grounded in (what `plan-extract review` shows). */
export async function extractHashedWithSource(
  bytes: Uint8Array,
  path: string,
  sha256: string,
  options: ExtractOptions = {},
): Promise<{ planFile: PlanFile; source: SourceText }> {
  const limits = withLimits(options.limits);
  try {
    const { planFile, source } = await withTimeout(extract(bytes, path, limits, sha256), limits.timeoutMs, path);
    return { planFile, source: source() };
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
  return extractHashedInThread(bytes, path, await sha256Of(bytes), options);
}
