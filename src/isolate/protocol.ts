// The messages between a caller and its extraction thread: one request, one answer, both plain data
// (structured clone). A PlanExtractError crosses as its code, message and file.
import type { Limits } from '../io/limits.js';
import type { PlanFile } from '../schema/contract.js';
import type { ErrorCode } from '../schema/errors.js';

/** What the thread hands back: the PlanFile itself, or its JSON text as the CLI writes it. */
export type OutputForm = 'object' | 'json' | 'pretty-json';

export interface ExtractionRequest {
  bytes: Uint8Array;
  /** of the bytes, hex: hashed by the caller, so the thread never loads node:crypto */
  sha256: string;
  path: string;
  limits: Limits;
  output: OutputForm;
}

export type ExtractionAnswer =
  | { ok: true; value: PlanFile | string }
  | { ok: false; code: ErrorCode; message: string; file: string | null; stack: string | undefined };
