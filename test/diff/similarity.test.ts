import { describe, expect, it } from 'vitest';
import { BigramTable, dice, diceUpperBound, textSimilarity } from '../../src/diff/similarity.js';

describe('bigram Dice similarity', () => {
  it.each([
    ['identical', '建设区域医疗卫生高地', '建设区域医疗卫生高地', 1],
    ['formatting only', '达到 ７０％', '达到70%', 1],
    ['both empty', '', '', 1],
    ['one empty', '医院', '', 0],
    ['nothing shared', '医院建设', '财政保障', 0],
    // 达到 到7 70 0% vs 达到 到8 80 0%: 2 of 4 shared → 2·2/8
    ['one digit changed', '达到70%', '达到80%', 0.5],
    // single characters are compared as themselves
    ['single character', '县', '县', 1],
  ])('%s: %s vs %s = %f', (_name, a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected, 6);
  });

  it('counts repeated bigrams as a multiset', () => {
    // 医院医院: 医院 ×2, 院医 ×1; 医院: 医院 ×1 → 2·1/(3+1)
    expect(textSimilarity('医院医院', '医院')).toBeCloseTo(0.5, 6);
  });

  it('is symmetric and the upper bound holds', () => {
    const table = new BigramTable();
    const a = table.profile('推进县域医共体建设，实现县域内就诊率达到90%');
    const b = table.profile('推进县域医共体建设');
    expect(dice(a, b)).toBeCloseTo(dice(b, a), 12);
    expect(dice(a, b)).toBeLessThanOrEqual(diceUpperBound(a, b));
  });
});
