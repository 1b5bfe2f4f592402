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

function writeFailure(error: unknown, target: string): PlanExtractError {
  return new PlanExtractError('E_OUTPUT', `cannot write: ${(error as Error).message}`, { file: target });
}

export async function writeFileAtomic(target: string, content: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw writeFailure(error, target);
  }
}

/** The same for a batch worker's thread, which has nothing to do while it waits. */
export function writeFileAtomicSync(target: string, content: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
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
