// pdf.js's legacy build carries core-js, which replaced Array.prototype.push (6× slower), JSON.parse and
// Function.prototype.toString for the whole process. Reading a PDF must leave the natives in place and
// keep what core-js adds (pdf.js needs Promise.withResolvers, Set methods, …).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { readPdf } from '../../src/readers/pdf.js';
import { createRequire } from 'node:module';
import { batchedTextSource, restoreReplaced, snapshotIntrinsics } from '../../src/readers/pdfjs-runtime.js';

// taken when this file loads, before any PDF is read in this process (vitest forks per file)
const natives = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };

describe('pdf.js runtime', () => {
  it('reading a PDF leaves push, JSON.parse and Function.prototype.toString native, additions kept', async () => {
    const file = 'corpus/variants/001_c38e02297bde183b.pdf';
    const result = await readPdf(new Uint8Array(readFileSync(file)), { file, limits: DEFAULT_LIMITS });
    expect(result.blocks.length).toBeGreaterThan(50);
    expect(Array.prototype.push).toBe(natives.push);
    expect(JSON.parse).toBe(natives.parse);
    expect(Function.prototype.toString).toBe(natives.toString);
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
    expect(typeof (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBe('object');
  });

  it.runIf(process.platform === 'linux')('reading a PDF does not load the native canvas (skia), and DOMMatrix is the real polyfill', async () => {
    const file = 'corpus/variants/001_c38e02297bde183b.pdf';
    await readPdf(new Uint8Array(readFileSync(file)), { file, limits: DEFAULT_LIMITS });
    expect(readFileSync('/proc/self/maps', 'utf8')).not.toMatch(/skia|napi-rs/);
    // what compileType3Glyph asks of it (Type3 glyph masks in text extraction)
    const { a, d, e, f } = new DOMMatrix().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
    expect([a, d, e, f]).toEqual([0.25, -0.5, 0, 1]);
  });

  it('restoreReplaced puts back replaced properties and keeps added ones', () => {
    const before = snapshotIntrinsics();
    const push = Array.prototype.push;
    const replacement = function push(this: unknown[], ...items: unknown[]): number {
      return push.apply(this, items);
    };
    Object.defineProperty(Array.prototype, 'push', { value: replacement, writable: true, configurable: true });
    Object.defineProperty(Math, 'testAddition', { value: 1, configurable: true });
    try {
      expect(restoreReplaced(before)).toEqual(['push']);
      expect(Array.prototype.push).toBe(push);
      expect((Math as unknown as { testAddition: number }).testAddition).toBe(1);
    } finally {
      Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      delete (Math as unknown as { testAddition?: number }).testAddition;
    }
  });

  it('one in-thread pdf.js worker serves documents read at the same time, each read as when alone', async () => {
    const files = ['corpus/variants/001_c38e02297bde183b.pdf', 'corpus/variants/003_186f3881ae8b0189.pdf'];
    const readOne = (file: string) => readPdf(new Uint8Array(readFileSync(file)), { file, limits: DEFAULT_LIMITS });
    const alone = [];
    for (const file of files) alone.push(await readOne(file));
    const together = await Promise.all(files.map(readOne));
    expect(together).toEqual(alone);
    expect(together.map((result) => result.pages)).toEqual([3, 12]);
  });

  it.each([
    ['the installed worker side', null, 'const TEXT_CHUNK_BATCH_SIZE = 100;'],
    ['a worker side without the constant', 'const OTHER = 10;', null],
    ['a worker side with it twice', 'const TEXT_CHUNK_BATCH_SIZE = 10;\nconst TEXT_CHUNK_BATCH_SIZE = 10;', null],
  ])('batchedTextSource: %s', (_name, given, expected) => {
    const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const source = given ?? readFileSync(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');
    const batched = batchedTextSource(source);
    if (expected === null) expect(batched).toBeNull();
    else {
      expect(batched).toContain(expected);
      expect(batched!.length).toBe(source.length + 1);
    }
  });
});
