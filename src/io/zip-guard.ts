// Opens a docx zip defensively: the central directory is checked against the limits before a
// single byte is inflated, and only the XML parts are inflated, each into a buffer no larger than
// the size the directory declares (fflate stops there), so a lying header cannot grow memory.
import type { Limits } from './limits.js';
import { PlanExtractError } from '../schema/errors.js';

export interface ZipEntryInfo {
  name: string;
  /** compressed bytes */
  size: number;
  /** declared uncompressed bytes */
  originalSize: number;
}

// Real document.xml compresses 5–30×; a part that declares more than 100× its compressed size and
// over a mebibyte is a bomb ("200 MB of zeros in 200 KB"), whatever the total limit allows.
const MAX_RATIO = 100;
const RATIO_FLOOR = 1024 * 1024;

/** The parts mammoth and our own scan read; media, fonts and embeddings are never inflated. */
const TEXT_PART = /(?:\.xml|\.rels)$/i;

type Fflate = typeof import('fflate');

function corrupt(file: string, why: string, cause?: unknown): PlanExtractError {
  return new PlanExtractError('E_CORRUPT_DOCX', why, { file, cause });
}

/** Lists the central directory without inflating anything; a broken zip is E_CORRUPT_DOCX. */
export function listZipEntries(fflate: Fflate, bytes: Uint8Array, file: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    fflate.unzipSync(bytes, {
      filter: (entry) => {
        entries.push({ name: entry.name, size: entry.size, originalSize: entry.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw corrupt(file, `not a readable zip archive (${error instanceof Error ? error.message : String(error)})`, error);
  }
  return entries;
}

/** Refuses a zip whose directory promises more than the limits allow (E_TOO_LARGE). */
export function checkZipEntries(entries: ZipEntryInfo[], limits: Limits, file: string): void {
  if (entries.length > limits.maxZipEntries) {
    throw new PlanExtractError('E_TOO_LARGE', `the zip has ${entries.length} entries, over the limit of ${limits.maxZipEntries}`, {
      file,
    });
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.originalSize;
    if (entry.originalSize > RATIO_FLOOR && entry.originalSize > Math.max(1, entry.size) * MAX_RATIO) {
      throw new PlanExtractError(
        'E_TOO_LARGE',
        `zip entry ${entry.name} would inflate ${entry.size} bytes to ${entry.originalSize} (a zip bomb)`,
        { file },
      );
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new PlanExtractError(
      'E_TOO_LARGE',
      `the zip would inflate to ${total} bytes, over the limit of ${limits.maxUncompressedBytes}`,
      { file },
    );
  }
}

/** Nesting depth of an XML text, in one linear pass over its tags. */
export function xmlDepth(xml: string): number {
  let depth = 0;
  let deepest = 0;
  const tag = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    if (match[1]) depth--;
    else if (!match[2]) {
      depth++;
      if (depth > deepest) deepest = depth;
    }
  }
  return deepest;
}

/**
 * The docx's text parts, inflated within the limits and checked: no DTD (Word never writes one, and
 * a DTD is how entity expansion attacks start) and no nesting deeper than limits.maxDepth.
 */
export function readDocxParts(fflate: Fflate, bytes: Uint8Array, limits: Limits, file: string): Map<string, Uint8Array> {
  const entries = listZipEntries(fflate, bytes, file);
  checkZipEntries(entries, limits, file);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw corrupt(file, 'the zip has no word/document.xml');
  let inflated: Record<string, Uint8Array>;
  try {
    inflated = fflate.unzipSync(bytes, { filter: (entry) => TEXT_PART.test(entry.name) });
  } catch (error) {
    throw corrupt(file, `a part of the zip cannot be inflated (${error instanceof Error ? error.message : String(error)})`, error);
  }
  const decoder = new TextDecoder();
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(inflated)) {
    // markup only: a "<" in XML text is always escaped, so this cannot match document content
    const xml = decoder.decode(data);
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw corrupt(file, `${name} declares a DTD, which Word never writes`);
    if (xmlDepth(xml) > limits.maxDepth) {
      throw new PlanExtractError('E_TOO_LARGE', `${name} nests deeper than ${limits.maxDepth} elements`, { file });
    }
    parts.set(name, data);
  }
  return parts;
}
