// One side of a diff: a PlanFile written earlier (JSON, validated against the contract) or a source
// document in any supported format, extracted on the fly.
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ExtractOptions } from '../index.js';
import { PlanFileSchema, type PlanFile } from '../schema/contract.js';
import { PlanExtractError } from '../schema/errors.js';
import type { DiffSide } from './compare.js';

const HEAD_BYTES = 64;

/** The first bytes of a file, or null when it cannot be opened (extractFile then names the error). */
async function head(path: string): Promise<Uint8Array | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** JSON by name, or by a first character "{" (a PlanFile saved with another extension). */
export function looksLikeJson(path: string, bytes: Uint8Array | null): boolean {
  if (extname(path).toLowerCase() === '.json') return true;
  if (!bytes) return false;
  const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '').trimStart();
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

/** Loads a side given as a path, or "-" with the bytes of standard input. */
export async function loadSide(path: string, options: ExtractOptions, stdin?: () => Promise<Uint8Array>): Promise<DiffSide> {
  if (path === '-') {
    if (!stdin) throw new PlanExtractError('E_USAGE', 'standard input is not available', { file: path });
    const bytes = await stdin();
    const planFile = looksLikeJson(path, bytes) ? parsePlanFile(new TextDecoder().decode(bytes), path, false) : null;
    if (planFile) return sideOf(path, planFile);
    const { extractBuffer } = await import('../index.js');
    return sideOf(path, await extractBuffer(bytes, path, options));
  }
  const start = await head(path);
  // a path that cannot be opened goes to extractFile, which names the failure (E_NOT_FOUND, E_READ…)
  if (start && looksLikeJson(path, start)) {
    const strict = extname(path).toLowerCase() === '.json';
    const planFile = parsePlanFile(await readFile(path, 'utf8'), path, strict);
    if (planFile) return sideOf(path, planFile);
  }
  // the extraction pipeline loads only when a side is a document, not for two PlanFiles
  const { extractFile } = await import('../index.js');
  return sideOf(path, await extractFile(path, options));
}
