// Writing results safely: a temp file renamed into place, so an interrupted run leaves no half file,
// and never onto an input.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { mkdir, open, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PlanExtractError } from '../schema/errors.js';
import { writePiecesSync } from './json-stream.js';

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

/** What an output is written from: its text, or its pieces in order (io/json-stream.ts), written as they come. */
export type OutputContent = string | Iterable<string | Uint8Array>;

export async function writeFileAtomic(target: string, content: OutputContent): Promise<void> {
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

function writeContentSync(path: string, content: OutputContent): void {
  if (typeof content === 'string') return writeFileSync(path, content);
  const fd = openSync(path, 'w');
  try {
    writePiecesSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

/** The same for a batch worker's thread, which has nothing to do while it waits. */
export function writeFileAtomicSync(target: string, content: OutputContent): void {
  const temp = tempPathFor(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeContentSync(temp, content);
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
