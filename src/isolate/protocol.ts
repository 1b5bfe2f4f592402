// The messages between a caller and its extraction thread: one request, one answer, both plain data
// (structured clone). A PlanExtractError crosses as its code, message and file.
import type { Limits } from '../io/limits.js';
import type { PlanFile } from '../schema/contract.js';
import type { SourceText } from '../document/source-lines.js';
import type { ErrorCode } from '../schema/errors.js';
import type { FileCounts } from '../schema/counts.js';

/**
 * What the thread hands back: the PlanFile itself, its JSON as the CLI writes it (UTF-8 pieces, moved
 * to the caller, not copied: no whole JSON string on either side), or the PlanFile with its source lines (review).
 */
export type OutputForm = 'object' | 'json' | 'pretty-json' | 'with-source';

export interface ExtractionRequest {
  bytes: Uint8Array;
  /** of the bytes, hex: hashed by the caller, so the thread never loads node:crypto */
  sha256: string;
  path: string;
  limits: Limits;
  output: OutputForm;
}

/** The JSON as the CLI writes it, with what the caller says about a file that gave nothing. */
export interface JsonOutput {
  /** UTF-8 pieces, each with an ArrayBuffer of its own (moved to the caller) */
  pieces: Uint8Array[];
  counts: FileCounts;
  /** when no section was found: the diagnostic that says why (no-outline, table-unparsed…), or a generic reason */
  emptyReason: string | null;
}

/** The value of each output form. */
export type ExtractionValue<O extends OutputForm> = O extends 'object'
  ? PlanFile
  : O extends 'with-source'
    ? { planFile: PlanFile; source: SourceText }
    : JsonOutput;

export type ExtractionAnswer =
  | { ok: true; value: ExtractionValue<OutputForm> }
  | { ok: false; code: ErrorCode; message: string; file: string | null; stack: string | undefined };
