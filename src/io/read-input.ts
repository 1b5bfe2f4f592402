// Reading one input whole, counting bytes as they arrive, with the checks and error codes every
// caller needs: a folder, a file over the byte limit, a missing or unreadable file each get their own
// PlanExtractError naming it. A FIFO (`plan-extract <(…)`), standard input or a device has no size
// to check beforehand (stat says 0), so every read counts: `/dev/zero` stops at the byte limit, and a
// FIFO nobody writes to waits only until the caller's signal (the time limit) gives up.
// readInput and readStream serve the CLI, diff and the library; readRegularFileSync serves batch workers.
import { constants, open as openCallback, readFileSync, statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { asPlanExtractError, PlanExtractError } from '../schema/errors.js';

const openDescriptor = promisify(openCallback);
const FIRST_CHUNK = 64 * 1024;

function tooLarge(path: string, bytes: number | string, maxBytes: number): PlanExtractError {
  return new PlanExtractError('E_TOO_LARGE', `${bytes} bytes is over the limit of ${maxBytes}`, { file: path });
}

function checkStats(info: Stats, path: string, maxBytes: number): void {
  if (info.isDirectory()) throw new PlanExtractError('E_IS_DIRECTORY', 'is a folder, not a file', { file: path });
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
}

function readFailure(error: unknown, path: string): PlanExtractError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new PlanExtractError('E_NOT_FOUND', 'no such file', { file: path });
  if (code === 'EISDIR') return new PlanExtractError('E_IS_DIRECTORY', 'is a folder, not a file', { file: path });
  if (code === 'EACCES' || code === 'EPERM') return new PlanExtractError('E_READ', 'permission denied', { file: path });
  // open(2) on a Unix socket
  if (code === 'ENXIO') return new PlanExtractError('E_NOT_A_FILE', 'a socket, not a file', { file: path });
  return asPlanExtractError(error, path);
}

/** Rejects with the signal's reason as soon as it aborts, even if `work` never settles. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Reads a file or device to its end into one buffer that owns its ArrayBuffer (so it can be
 * transferred to a worker), growing by doubling, and stops one byte past the limit.
 */
async function readHandle(handle: FileHandle, path: string, maxBytes: number, sizeHint: number, signal?: AbortSignal): Promise<Uint8Array> {
  let buffer = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, Math.max(sizeHint + 1, FIRST_CHUNK)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooLarge(path, `more than ${maxBytes}`, maxBytes);
      const grown = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await untilAborted(handle.read(buffer, length, buffer.length - length, null), signal);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
  }
}

/**
 * Reads a stream (standard input, a FIFO) to its end, counting as chunks arrive; over the limit or
 * on the signal it is destroyed, so nothing keeps waiting on it.
 */
export function readStream(stream: Readable, path: string, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (failure: unknown): void => {
      stream.off('data', onData).off('end', onEnd).off('error', onError);
      signal?.removeEventListener('abort', onAbort);
      if (failure === null) {
        // one buffer that owns its memory (Buffer.concat may hand out a slice of a shared pool)
        const whole = Buffer.allocUnsafeSlow(length);
        let at = 0;
        for (const chunk of chunks) at += chunk.copy(whole, at);
        resolve(whole);
        return;
      }
      stream.destroy();
      reject(failure);
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      length += bytes.length;
      if (length > maxBytes) finish(tooLarge(path, `more than ${maxBytes}`, maxBytes));
      else chunks.push(bytes);
    };
    const onEnd = (): void => finish(null);
    const onError = (error: unknown): void => finish(readFailure(error, path));
    const onAbort = (): void => finish(signal?.reason);
    if (signal?.aborted) return finish(signal.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    stream.on('data', onData).once('end', onEnd).once('error', onError);
  });
}

/** A FIFO or pipe read through the event loop: opening it does not wait for a writer, and no thread blocks. */
async function readFifo(path: string, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array> {
  const fd = await openDescriptor(path, constants.O_RDONLY | constants.O_NONBLOCK);
  // the socket owns the descriptor from here and closes it when it ends or is destroyed
  return readStream(new Socket({ fd, readable: true, writable: false }), path, maxBytes, signal);
}

/**
 * The bytes of `path`: a regular file, a FIFO or a device, never more than `maxBytes`. `signal`
 * (the caller's time limit) abandons a read that waits, with the signal's reason as the error.
 */
export async function readInput(path: string, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array> {
  try {
    const info = await untilAborted(stat(path), signal);
    checkStats(info, path, maxBytes);
    if (info.isFIFO() || info.isSocket()) return await readFifo(path, maxBytes, signal);
    const handle = await untilAborted(open(path, 'r'), signal);
    try {
      return await readHandle(handle, path, maxBytes, info.size, signal);
    } finally {
      // a device read still blocked after the signal closes the handle when it returns
      void handle.close().catch(() => undefined);
    }
  } catch (error) {
    throw error instanceof PlanExtractError ? error : readFailure(error, path);
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
