// Reading one input file whole, with the checks and error codes every caller needs: a folder, a file
// over the byte limit, a missing or unreadable file each get their own PlanExtractError naming it.
// readInput serves the CLI and the library (a FIFO works: `plan-extract <(…)`); readRegularFileSync
// serves batch workers.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { asPlanExtractError, PlanExtractError } from '../schema/errors.js';

function checkStats(info: Stats, path: string, maxBytes: number): void {
  if (info.isDirectory()) throw new PlanExtractError('E_IS_DIRECTORY', 'is a folder, not a file', { file: path });
  if (info.size > maxBytes) {
    throw new PlanExtractError('E_TOO_LARGE', `${info.size} bytes is over the limit of ${maxBytes}`, { file: path });
  }
}

function readFailure(error: unknown, path: string): PlanExtractError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PlanExtractError('E_NOT_FOUND', 'no such file', { file: path });
  if (code === 'EISDIR') return new PlanExtractError('E_IS_DIRECTORY', 'is a folder, not a file', { file: path });
  if (code === 'EACCES' || code === 'EPERM') return new PlanExtractError('E_READ', 'permission denied', { file: path });
  return asPlanExtractError(error, path);
}

export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    checkStats(await stat(path), path, maxBytes);
    return await readFile(path);
  } catch (error) {
    throw readFailure(error, path);
  }
}

/**
 * For batch workers: regular files only, read synchronously (the thread has nothing else to do, and
 * each async call cost a round trip through libuv's pool). A FIFO, socket or device is refused: a read
 * that never ends would block a thread that neither the time limit nor the process's exit can stop.
 */
export function readRegularFileSync(path: string, maxBytes: number): Uint8Array {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    throw readFailure(error, path);
  }
  checkStats(info, path, maxBytes);
  if (!info.isFile()) {
    throw new PlanExtractError('E_NOT_A_FILE', 'not a regular file (a FIFO, socket or device): batch reads files only', {
      file: path,
    });
  }
  try {
    return readFileSync(path);
  } catch (error) {
    throw readFailure(error, path);
  }
}
