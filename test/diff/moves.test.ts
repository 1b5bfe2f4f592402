import { describe, expect, it } from 'vitest';
import { reordered } from '../../src/diff/moves.js';

describe('reordered: which siblings moved, given their old positions in new order', () => {
  it.each<[string, number[], number[]]>([
    ['nothing', [], []],
    ['same order', [0, 1, 2, 3], []],
    ['same order with gaps (a dropped item renumbers the rest)', [0, 2, 3, 4], []],
    ['adjacent swap: both', [1, 0], [0, 1]],
    ['swap around a fixed middle: the two, not the middle', [0, 3, 2, 1, 4], [1, 3]],
    ['first moved to the end: one', [1, 2, 3, 0], [3]],
    ['last moved to the front: one', [3, 0, 1, 2], [0]],
    ['adjacent swap after a gap', [5, 9, 7], [1, 2]],
  ])('%s: %j → %j', (_name, oldOrder, expected) => {
    expect(reordered(oldOrder)).toEqual(expected);
  });
});
