// Writing results safely: a temp file renamed into place, so an interrupted run leaves no half file,
// and never onto an input.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { mkdir, open, realpath, rename, rm, writeFile } from 'node:fs/promises';
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

// mkdir's own words for a file in the way are misleading ("EEXIST: file already exists, mkdir 'out'")
function folderFailure(error: unknown, target: string): PlanExtractError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EEXIST' ? 'a file stands in its place' : code === 'ENOTDIR' ? 'part of its path is a file' : (error as Error).message;
  return new PlanExtractError('E_OUTPUT', `cannot create the folder ${dirname(target)}: ${reason}`, { file: target });
}

/**
 * An output written as a stream (a CSV row by row, an xlsx zip) into a temp file beside `target`:
 * `commit()` renames it into place, `discard()` removes it. Every failure — the folder, the open, a
 * write (ENOSPC), the rename — is an E_OUTPUT naming `target`, never an 'error' event nobody hears.
 */
export class AtomicStream {
  /** rejects with the first failure of the stream, so a writer waiting on it cannot wait forever */
  readonly failed: Promise<never>;
  private failure: PlanExtractError | null = null;

  private constructor(
    readonly target: string,
    private readonly temp: string,
    readonly stream: WriteStream,
  ) {
    this.failed = new Promise<never>((_, reject) => {
      stream.on('error', (error) => {
        this.failure ??= writeFailure(error, target);
        reject(this.failure);
      });
    });
    this.failed.catch(() => undefined);
  }

  static async open(target: string): Promise<AtomicStream> {
    try {
      await mkdir(dirname(target), { recursive: true });
    } catch (error) {
      throw folderFailure(error, target);
    }
    const temp = tempPathFor(target);
    try {
      const handle = await open(temp, 'wx');
      return new AtomicStream(target, temp, handle.createWriteStream({ encoding: 'utf8' }));
    } catch (error) {
      throw writeFailure(error, target);
    }
  }

  /** For a writer that hands the stream to a library: stop feeding it once it has failed. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Writes with back-pressure: waits for 'drain' when the stream's buffer is full. */
  async write(chunk: string): Promise<void> {
    this.throwIfFailed();
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.failed]);
  }

  /** Ends the stream (unless its writer did), waits until the file is closed, renames it into place. */
  async commit(): Promise<void> {
    try {
      if (this.failure) throw this.failure;
      if (!this.stream.writableEnded) this.stream.end();
      if (!this.stream.closed) await Promise.race([once(this.stream, 'close'), this.failed]);
      if (this.failure) throw this.failure;
      await rename(this.temp, this.target);
    } catch (error) {
      await this.discard();
      throw error instanceof PlanExtractError ? error : writeFailure(error, this.target);
    }
  }

  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
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
