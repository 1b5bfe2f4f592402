import type { Limits } from '../io/limits.js';

/** What every reader is handed besides the bytes. */
export interface ReaderContext {
  /** the path as given, for error messages */
  file: string;
  limits: Limits;
}
