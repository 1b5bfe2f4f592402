import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, greedy, hungarian, scoreMatrix, type Pair } from '../../src/diff/assignment.js';

const matrixOf = (rows: number[][]) => scoreMatrix(rows.length, rows[0]?.length ?? 0, (row, col) => rows[row]![col]!);
const total = (pairs: Pair[]): number => pairs.reduce((sum, pair) => sum + pair.score, 0);

/** Every assignment of rows to distinct columns (or to none), for checking optimality on small cases. */
function bestByBruteForce(rows: number[][], threshold: number): number {
  const cols = rows[0]?.length ?? 0;
  const search = (row: number, taken: Set<number>): number => {
    if (row === rows.length) return 0;
    let best = search(row + 1, taken);
    for (let col = 0; col < cols; col++) {
      const score = rows[row]![col]!;
      if (taken.has(col) || score < threshold) continue;
      taken.add(col);
      best = Math.max(best, score + search(row + 1, taken));
      taken.delete(col);
    }
    return best;
  };
  return search(0, new Set());
}

describe('assignment', () => {
  it.each<[string, number[][], number, Array<[number, number]>]>([
    ['diagonal', [[0.9, 0.1], [0.2, 0.8]], 0.5, [[0, 0], [1, 1]]],
    ['crossed', [[0.1, 0.9], [0.8, 0.2]], 0.5, [[0, 1], [1, 0]]],
    ['below threshold is left out', [[0.9, 0.1], [0.2, 0.3]], 0.5, [[0, 0]]],
    ['more rows than columns', [[0.9], [0.95], [0.2]], 0.5, [[1, 0]]],
    ['more columns than rows', [[0.6, 0.9, 0.7]], 0.5, [[0, 1]]],
    // greedy would take (0,0)=0.9 and leave row 1 with nothing; the optimum is 0.85 + 0.8
    ['optimal beats greedy', [[0.9, 0.85], [0.8, 0.1]], 0.5, [[0, 1], [1, 0]]],
  ])('%s', (_name, rows, threshold, expected) => {
    const pairs = assign(matrixOf(rows), threshold);
    expect(pairs.map((pair) => [pair.row, pair.col])).toEqual(expected);
  });

  it('greedy takes the best pair first', () => {
    expect(greedy(matrixOf([[0.9, 0.85], [0.8, 0.1]]), 0.5).map((pair) => [pair.row, pair.col])).toEqual([[0, 0]]);
  });

  it('empty sides give no pairs', () => {
    expect(assign(scoreMatrix(0, 3, () => 1), 0.5)).toEqual([]);
  });

  it('the Hungarian method reaches the brute-force optimum', () => {
    const score = fc.double({ min: 0, max: 1, noNaN: true });
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, cols]) => fc.array(fc.array(score, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
    fc.assert(
      fc.property(matrix, (rows) => {
        const pairs = hungarian(matrixOf(rows), 0.4);
        expect(total(pairs)).toBeCloseTo(bestByBruteForce(rows, 0.4), 9);
        expect(new Set(pairs.map((pair) => pair.col)).size).toBe(pairs.length);
      }),
    );
  });
});
