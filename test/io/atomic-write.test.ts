// A streamed output reaches its path whole or not at all, and every failure is an E_OUTPUT naming it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicStream } from '../../src/io/atomic-write.js';
import { PlanExtractError } from '../../src/schema/errors.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'pe-atomic-'));
}

async function failureOf(promise: Promise<unknown>): Promise<PlanExtractError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(PlanExtractError);
  return error as PlanExtractError;
}

describe('AtomicStream', () => {
  it('shows nothing at the path until commit, then the whole file and no temp', async () => {
    const dir = folder();
    const target = join(dir, 'sub/t.csv');
    const file = await AtomicStream.open(target);
    await file.write('a,b\r\n');
    expect(existsSync(target)).toBe(false);
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('a,b\r\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['t.csv']);
  });

  it('discard leaves neither the file nor its temp', async () => {
    const dir = folder();
    const file = await AtomicStream.open(join(dir, 't.csv'));
    await file.write('x');
    await file.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    { name: 'its folder is a file', path: 'file/t.csv', parent: 'file', reason: 'a file stands in its place' },
    { name: 'a folder above it is a file', path: 'file/sub/t.csv', parent: 'file/sub', reason: 'part of its path is a file' },
  ])('open refuses a path where $name', async ({ path, parent, reason }) => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), 'x');
    const error = await failureOf(AtomicStream.open(join(dir, path)));
    expect([error.code, error.file, error.message]).toEqual(['E_OUTPUT', join(dir, path), `cannot create the folder ${join(dir, parent)}: ${reason}`]);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('a failed rename (the path is a folder) is an E_OUTPUT and removes the temp', async () => {
    const dir = folder();
    mkdirSync(join(dir, 't.csv'));
    const file = await AtomicStream.open(join(dir, 't.csv'));
    await file.write('x');
    const error = await failureOf(file.commit());
    expect([error.code, error.file]).toEqual(['E_OUTPUT', join(dir, 't.csv')]);
    expect(readdirSync(dir)).toEqual(['t.csv']);
  });

  it('a stream that fails mid-way (a full disk) rejects the writer at once instead of leaving it waiting', async () => {
    const dir = folder();
    const file = await AtomicStream.open(join(dir, 't.csv'));
    file.stream.destroy(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    const error = await failureOf(file.write('x'.repeat(1 << 20)));
    expect(error.message).toBe('cannot write: no space left on the device');
    expect(() => file.throwIfFailed()).toThrow(error);
    expect((await failureOf(file.commit())).message).toBe(error.message);
    expect(readdirSync(dir)).toEqual([]);
  });
});
