// One error type with stable codes. The library throws it; cli/ maps code → exit code and a
// one-line message; batch/ records it and goes on.

export const ERROR_CODES = {
  E_USAGE: { exit: 2, hint: 'see plan-extract --help' },
  E_NOT_FOUND: { exit: 1, hint: 'check the path' },
  E_IS_DIRECTORY: { exit: 1, hint: 'use `plan-extract batch DIR -o OUTDIR` for folders' },
  E_READ: { exit: 1, hint: 'check the file permissions' },
  E_NOT_A_FILE: { exit: 1, hint: 'save the stream to a file first, or give it to plan-extract FILE alone' },
  E_EMPTY: { exit: 1, hint: 'the file has no text to extract' },
  E_UNSUPPORTED_FORMAT: { exit: 1, hint: 'supported: .md .txt tab-tables .docx .doc .pdf .html' },
  E_CORRUPT_DOCX: { exit: 1, hint: 'open and re-save it in Word or LibreOffice' },
  E_CORRUPT_DOC: { exit: 1, hint: 'convert it to .docx (libreoffice --headless --convert-to docx FILE)' },
  E_CORRUPT_PDF: { exit: 1, hint: 'the PDF is damaged; re-download or re-export it' },
  E_ENCRYPTED_PDF: { exit: 1, hint: 'remove the password protection first' },
  E_ENCRYPTED: { exit: 1, hint: 'save an unprotected copy' },
  E_NO_TEXT_LAYER: { exit: 1, hint: 'the PDF is scanned images: run OCR (e.g. ocrmypdf) first' },
  E_TOO_LARGE: { exit: 1, hint: 'raise the limit with --max-bytes / --max-pages / --max-memory if the file is genuine' },
  E_DECODE: { exit: 1, hint: 'save the file as UTF-8' },
  E_TIMEOUT: { exit: 1, hint: 'raise --timeout if the file is genuine' },
  E_OUTPUT: { exit: 1, hint: 'check the output path' },
  E_INVALID_JSON: { exit: 1, hint: 'give a PlanFile written by plan-extract, or a source document' },
  E_INTERNAL: { exit: 1, hint: 'please report this with the file; rerun with --debug for details' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class PlanExtractError extends Error {
  readonly code: ErrorCode;
  readonly file: string | null;

  constructor(code: ErrorCode, message: string, options: { file?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PlanExtractError';
    this.code = code;
    this.file = options.file ?? null;
  }

  /** "corpus/a.pdf: E_NO_TEXT_LAYER: no text layer on any of 12 pages (the PDF is scanned images: run OCR…)" */
  toLine(): string {
    return errorLine(this.file, this.code, this.message);
  }
}

// Characters that could make one error line look like two, or reorder what a terminal shows:
// C0/C1 controls and DEL, the Unicode line and paragraph separators, and the bidirectional overrides.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNPRINTABLE = new RegExp(UNPRINTABLE.source);
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file name as an error line shows it: as it is, or — when it holds a character that could forge
 * a line ("a.txt\nplan-extract: b.txt: E_…") or starts with a quote — as a JSON string, so every
 * name reads back unambiguously.
 */
export function printableName(name: string): string {
  if (!HAS_UNPRINTABLE.test(name) && !name.startsWith('"')) return name;
  return escapeUnprintable(JSON.stringify(name));
}

/** "FILE: CODE: message (hint)", one line whatever the name or message holds; the hint for a known code. */
export function errorLine(file: string | null, code: string, message: string): string {
  const where = file ? `${printableName(file)}: ` : '';
  const hint = code in ERROR_CODES ? ` (${ERROR_CODES[code as ErrorCode].hint})` : '';
  return `${where}${code}: ${escapeUnprintable(message)}${hint}`;
}

export function exitCodeOf(code: ErrorCode): number {
  return ERROR_CODES[code].exit;
}

// What V8 throws when one input exhausts a resource rather than hitting a bug: a stack overflow
// (nesting deeper than any parser's recursion), a string or array past V8's size limits.
const EXHAUSTED = /^(?:Maximum call stack size exceeded|Invalid (?:string|array) length|Array buffer allocation failed)/;

/** Wraps anything thrown by a dependency so callers see one error type. */
export function asPlanExtractError(error: unknown, file: string | null): PlanExtractError {
  if (error instanceof PlanExtractError) {
    return error.file || !file ? error : new PlanExtractError(error.code, error.message, { file, cause: error.cause });
  }
  // a stack overflow is input nested deeper than some recursive walk (ours or a library's) allows:
  // the input's fault, said as such, never an internal error
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new PlanExtractError('E_TOO_LARGE', 'nested too deep to read (the call stack overflowed)', { file, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof RangeError && EXHAUSTED.test(message)) {
    return new PlanExtractError('E_TOO_LARGE', `too large or too deeply nested to process (${message})`, { file, cause: error });
  }
  return new PlanExtractError('E_INTERNAL', message.split('\n')[0] ?? 'unexpected error', { file, cause: error });
}
