// buildPlans with the blocks handed over: the same plans, and the caller's array let go.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normalizeBlocks } from '../../src/normalize/index.js';
import { buildPlans } from '../../src/outline/plans.js';
import { readTextBlocks } from '../../src/readers/text.js';

const corpus = (name: string): string => readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

describe('buildPlans({ handOver: true })', () => {
  it.each([
    ['one plan', corpus('001_c38e02297bde183b.txt')],
    ['a notice and its plan, twice over', `${corpus('001_c38e02297bde183b.txt')}\n\n${corpus('003_186f3881ae8b0189.txt')}\n\n${corpus('001_c38e02297bde183b.txt')}`],
  ])('%s: the plans of a build that keeps the blocks', async (_, text) => {
    const kept = await normalizeBlocks(readTextBlocks(text));
    const handed = await normalizeBlocks(readTextBlocks(text));
    const expected = buildPlans(kept.blocks);
    const built = buildPlans(handed.blocks, { handOver: true });
    expect(JSON.stringify(built)).toBe(JSON.stringify(expected));
    expect(expected.plans.length).toBeGreaterThan(0);
    expect(kept.blocks.length).toBeGreaterThan(0);
    expect(handed.blocks).toEqual([]);
  });
});
