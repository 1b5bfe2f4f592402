// --shard i/n: parsing, and a split that is deterministic, complete and disjoint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, reportFileName, shardOf } from '../../src/batch/shard.js';

describe('parseShard', () => {
  it.each([
    ['0/1', { index: 0, count: 1 }],
    ['0/4', { index: 0, count: 4 }],
    ['3/4', { index: 3, count: 4 }],
    [' 7 / 8 ', { index: 7, count: 8 }],
  ])('%s is a shard', (text, shard) => {
    expect(parseShard(text)).toEqual({ ok: true, shard });
  });

  it.each([['4/4'], ['1/0'], ['-1/4'], ['1.5/4'], ['a/b'], ['2'], ['']])('%s is refused with a reason', (text) => {
    const parsed = parseShard(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(10);
  });
});

describe('shardOf', () => {
  it('is stable across runs and machines (a fixed hash, not Math.random or insertion order)', () => {
    // pinned: changing the hash would reshuffle every running sharded job
    expect(['a.txt', 'plans/二/b.docx', 'x/y/z.pdf'].map((path) => shardOf(path, 7))).toEqual([4, 3, 2]);
    expect(shardOf('a.txt', 1)).toBe(0);
  });

  it('puts every path in exactly one of the n shards', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 60 }), fc.integer({ min: 1, max: 16 }), (paths, count) => {
        for (const path of paths) {
          const owners = Array.from({ length: count }, (_, index) => index).filter((index) => inShard(path, { index, count }));
          expect(owners).toEqual([shardOf(path, count)]);
        }
      }),
    );
  });

  it('splits a realistic tree evenly (each of 4 shards within 10% of a quarter)', () => {
    const paths = Array.from({ length: 8000 }, (_, i) => `省${i % 31}/市${i % 97}/plan-${i}.docx`);
    const sizes = [0, 0, 0, 0];
    for (const path of paths) sizes[shardOf(path, 4)]!++;
    for (const size of sizes) expect(Math.abs(size - 2000)).toBeLessThan(200);
  });

  it('inShard(null) keeps everything', () => {
    expect(inShard('anything', null)).toBe(true);
  });
});

describe('reportFileName', () => {
  it.each([
    [null, 'batch-report.json'],
    [{ index: 0, count: 4 }, 'batch-report.0-of-4.json'],
    [{ index: 11, count: 12 }, 'batch-report.11-of-12.json'],
  ])('%j → %s', (shard, name) => {
    expect(reportFileName(shard)).toBe(name);
  });
});
