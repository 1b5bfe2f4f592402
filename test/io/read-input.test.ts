// Reading an input whole: bytes are counted as they arrive, so a source without a size (a FIFO,
// /dev/zero, a stream) stops at the limit, and a FIFO nobody writes to gives up on the signal.
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInput, readStream } from '../../src/io/read-input.js';
import { PlanExtractError } from '../../src/schema/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'pe-read-'));
const path = (name: string) => join(dir, name);

function fifo(name: string): string {
  execFileSync('mkfifo', [path(name)]);
  return path(name);
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'resolved';
  } catch (error) {
    return error instanceof PlanExtractError ? error.code : String(error);
  }
}

const timeUp = () => new PlanExtractError('E_TIMEOUT', 'gave up');

describe('readInput', () => {
  it('reads a regular file into a buffer that owns its memory (transferable to a worker)', async () => {
    writeFileSync(path('a.txt'), '一、总体要求\n');
    const bytes = await readInput(path('a.txt'), 100);
    expect(Buffer.from(bytes).toString('utf8')).toBe('一、总体要求\n');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer).not.toBe(Buffer.allocUnsafe(1).buffer);
  });

  it.each([
    ['a missing file', () => path('missing.txt'), 100, 'E_NOT_FOUND'],
    ['a folder', () => dir, 100, 'E_IS_DIRECTORY'],
    ['a file over the limit (by its size)', () => (writeFileSync(path('big.txt'), 'x'.repeat(101)), path('big.txt')), 100, 'E_TOO_LARGE'],
    ['/dev/zero (size 0, endless): counted to the limit', () => '/dev/zero', 1024 * 1024, 'E_TOO_LARGE'],
  ])('%s → %s', async (_name, make, maxBytes, code) => {
    expect(await codeOf(readInput(make(), maxBytes))).toBe(code);
  });

  it('a Unix socket → E_NOT_A_FILE', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path('socket'), resolve));
    try {
      expect(await codeOf(readInput(path('socket'), 100))).toBe('E_NOT_A_FILE');
    } finally {
      server.close();
    }
  });

  it('reads a FIFO to its writer’s end', async () => {
    const pipe = fifo('written');
    const reading = readInput(pipe, 1000);
    createWriteStream(pipe).end('一、总体要求\n');
    expect(Buffer.from(await reading).toString('utf8')).toBe('一、总体要求\n');
  });

  it('stops reading a FIFO one chunk past the limit', async () => {
    const pipe = fifo('flood');
    const reading = readInput(pipe, 100_000);
    const writer = createWriteStream(pipe);
    writer.on('error', () => undefined); // the reader closes first: EPIPE
    for (let chunk = 0; chunk < 10; chunk++) writer.write(Buffer.alloc(64 * 1024, 0x41));
    expect(await codeOf(reading)).toBe('E_TOO_LARGE');
    writer.destroy();
  });

  it('gives up on a FIFO nobody writes to when the signal aborts, with its reason', async () => {
    const controller = new AbortController();
    const reading = readInput(fifo('silent'), 1000, controller.signal);
    setImmediate(() => controller.abort(timeUp()));
    expect(await codeOf(reading)).toBe('E_TIMEOUT');
  });
});

describe('readStream', () => {
  it.each([
    ['under the limit', ['一、', '总体要求'], 100, 'resolved'],
    ['over the limit, counted across chunks', ['x'.repeat(60), 'x'.repeat(60)], 100, 'E_TOO_LARGE'],
  ])('%s → %s', async (_name, chunks, maxBytes, code) => {
    const stream = new PassThrough();
    const reading = readStream(stream, '-', maxBytes);
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
    expect(await codeOf(reading)).toBe(code);
  });

  it('destroys a stream that is over the limit or given up on, so nothing waits on it', async () => {
    const flooded = new PassThrough();
    const reading = readStream(flooded, '-', 10);
    flooded.write('x'.repeat(11));
    await codeOf(reading);
    expect(flooded.destroyed).toBe(true);

    const silent = new PassThrough();
    const controller = new AbortController();
    const waiting = readStream(silent, '-', 10, controller.signal);
    controller.abort(timeUp());
    expect(await codeOf(waiting)).toBe('E_TIMEOUT');
    expect(silent.destroyed).toBe(true);
  });
});
