// Pairing two lists by score: an optimal assignment (Hungarian / Kuhn–Munkres) that maximises the
// total score of the pairs it keeps, where a pair scoring under the threshold is never kept. Optimal
// matters when items look alike: greedy pairing can give item 3 to the wrong twin and leave the
// right one orphaned. Above LARGE_SIDE items per side the O(n³) method gives way to greedy.

export interface ScoreMatrix {
  rows: number;
  cols: number;
  /** row-major, rows × cols */
  scores: Float64Array;
}

export interface Pair {
  row: number;
  col: number;
  score: number;
}

/** Past this many items on the shorter side the cubic method is too slow for an interactive diff. */
export const LARGE_SIDE = 700;

export function scoreMatrix(rows: number, cols: number, score: (row: number, col: number) => number): ScoreMatrix {
  const scores = new Float64Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) scores[row * cols + col] = score(row, col);
  }
  return { rows, cols, scores };
}

/** Pairs rows with columns to maximise the summed score; pairs under `threshold` are left out. */
export function assign(matrix: ScoreMatrix, threshold: number): Pair[] {
  if (matrix.rows === 0 || matrix.cols === 0) return [];
  const pairs = Math.min(matrix.rows, matrix.cols) > LARGE_SIDE ? greedy(matrix, threshold) : hungarian(matrix, threshold);
  return pairs.sort((a, b) => a.row - b.row);
}

/** Greedy: best remaining pair first. Deterministic: ties go to the earlier row, then column. */
export function greedy(matrix: ScoreMatrix, threshold: number): Pair[] {
  const candidates: Pair[] = [];
  for (let row = 0; row < matrix.rows; row++) {
    for (let col = 0; col < matrix.cols; col++) {
      const score = matrix.scores[row * matrix.cols + col]!;
      if (score >= threshold) candidates.push({ row, col, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.row - b.row || a.col - b.col);
  const rowTaken = new Uint8Array(matrix.rows);
  const colTaken = new Uint8Array(matrix.cols);
  const chosen: Pair[] = [];
  for (const pair of candidates) {
    if (rowTaken[pair.row] || colTaken[pair.col]) continue;
    rowTaken[pair.row] = 1;
    colTaken[pair.col] = 1;
    chosen.push(pair);
  }
  return chosen;
}

/**
 * Kuhn–Munkres with potentials (the e-maxx formulation), minimising cost = −score over a
 * rectangular matrix with n ≤ m. A pair under the threshold costs 0, the same as leaving both
 * unpaired, so it never displaces a real pair and is dropped afterwards.
 */
export function hungarian(matrix: ScoreMatrix, threshold: number): Pair[] {
  const transposed = matrix.rows > matrix.cols;
  const n = transposed ? matrix.cols : matrix.rows;
  const m = transposed ? matrix.rows : matrix.cols;
  const scoreAt = (i: number, j: number): number =>
    transposed ? matrix.scores[j * matrix.cols + i]! : matrix.scores[i * matrix.cols + j]!;
  const cost = (i: number, j: number): number => {
    const score = scoreAt(i, j);
    return score >= threshold ? -score : 0;
  };

  // 1-based arrays; index 0 is the algorithm's virtual column
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const owner = new Int32Array(m + 1); // owner[j] = row (1-based) holding column j, 0 = free
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = owner[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (reduced < minv[j]!) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const pairs: Pair[] = [];
  for (let j = 1; j <= m; j++) {
    const i = owner[j]!;
    if (i === 0) continue;
    const score = scoreAt(i - 1, j - 1);
    if (score < threshold) continue;
    pairs.push(transposed ? { row: j - 1, col: i - 1, score } : { row: i - 1, col: j - 1, score });
  }
  return pairs;
}
