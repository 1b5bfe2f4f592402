// One line per failure on stderr: "plan-extract: FILE: CODE: message (hint)"; a stack only with --debug.
import { asPlanExtractError } from '../schema/errors.js';

export function reportError(error: unknown, file: string | null, debug = false): void {
  const failure = asPlanExtractError(error, file);
  process.stderr.write(`plan-extract: ${failure.toLine()}\n`);
  if (debug) process.stderr.write(`${(failure.cause as Error | undefined)?.stack ?? failure.stack}\n`);
}
