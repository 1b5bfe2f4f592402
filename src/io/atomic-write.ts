// Writing results safely: a temp file renamed into place, so an interrupted run leaves no half file,
// and never onto an input.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PlanExtractError } from '../schema/errors.js';

/** NAME.<pid>.<8 hex>.tmp beside the target (batch/temp-files.ts finds the ones a killed run left). */
function tempPathFor(target: string): string {
  return `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

// What went wrong, said of the output the user named: Node's messages name the temp file or the
// folder being made, which the user never typed.
const WRITE_FAILURES: Record<string, string> = {
  // mkdir -p over a file: EEXIST for the parent itself, ENOTDIR for one further up
  EEXIST: 'a folder on its path is a file',
  ENOTDIR: 'a folder on its path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'no such file or folder',
};

/** E_OUTPUT naming `target`, for any failure to make its folder or write it. */
export function writeFailure(error: unknown, target: string): PlanExtractError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = (code && WRITE_FAILURES[code]) ?? `${code ?? 'error'} while writing`;
  return new PlanExtractError('E_OUTPUT', `cannot write: ${why}`, { file: target, cause: error });
}

export async function writeFileAtomic(target: string, content: string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeFailure(error, target);
  }
}

/** The same for a batch worker's thread, which has nothing to do while it waits. */
export function writeFileAtomicSync(target: string, content: string): void {
  const temp = tempPathFor(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // a temp file that was never created, under a path that is not a folder
    }
    throw writeFailure(error, target);
  }
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Refuses an output path that is one of the inputs. */
export async function assertNotAnInput(target: string, inputs: string[]): Promise<void> {
  const out = await canonical(target);
  for (const input of inputs) {
    if (input !== '-' && (await canonical(input)) === out) {
      throw new PlanExtractError('E_OUTPUT', 'the output would overwrite an input file', { file: target });
    }
  }
}
