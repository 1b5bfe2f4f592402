// Fits the pieces of one table row to the header's columns by what each piece holds. A table laid
// out as text has lost its column edges: a merged cell is written in its first row only (so later
// rows are short), a name is split by spaces ("周 斐"), a unit list runs over several lines. The
// pieces keep their order; each goes to the same column as the piece before it (a wrapped cell, one
// more unit) or to a later one, and the cheapest assignment wins (a small dynamic programme).
import { cellShape, type CellShape } from '../text/cell-shape.js';
import { joinLocated, type LocatedText } from '../text/located.js';
import type { ColumnRole } from '../text/table-header.js';

export interface Piece {
  text: LocatedText;
  /** the piece opens its source line (a cell on its own line, or a row's first word) */
  lineStart: boolean;
}

const NEVER = Number.POSITIVE_INFINITY;
// a row whose task column stays empty is unlikely: merged cells are the category, the units and
// the deadline, never the task
const EMPTY_TASK = 3;
// leaving a column empty: a merged 指标, 配合单位 or 备注 cell is common, a lead column seldom empty
const SKIP = 0.05;
const SKIP_LEAD = 0.15;

interface Shaped extends Piece {
  shape: CellShape;
}

/** How well a piece of this shape fits a column of this role (0 = as expected, NEVER = cannot). */
function placeCost(role: ColumnRole | null, shape: CellShape): number {
  const { serial, deadline, person, unit, short } = shape;
  switch (role) {
    case 'serial':
      return serial ? 0 : NEVER;
    case 'category':
      if (serial || deadline) return NEVER;
      return short ? (unit ? 1 : 0.3) : NEVER;
    case 'title':
    case 'text':
      if (serial) return NEVER;
      if (deadline) return 2.5;
      if (person) return 3;
      if (unit) return 1.5;
      return short ? 0.5 : 0;
    case 'lead':
    case 'support':
    case 'units':
      if (unit) return 0;
      return short && !person && !deadline && !serial ? 1.5 : NEVER;
    case 'persons':
      if (person) return 0;
      return short && !unit && !deadline && !serial ? 1.5 : NEVER;
    case 'deadline':
      if (deadline) return 0;
      return short && !person && !unit && !serial ? 1.5 : NEVER;
    case 'remark':
      if (short) return 0.5;
      return shape.length <= 30 ? 1.5 : NEVER;
    case 'progress':
      if (serial) return NEVER;
      if (person || unit || deadline) return 1.5;
      return short ? 0.5 : 0.3;
    default:
      return short || serial ? 0.5 : 1;
  }
}

/** The cost of a piece continuing the cell the piece before it is in. */
function joinCost(role: ColumnRole | null, previous: Shaped, piece: Shaped): number {
  switch (role) {
    case 'serial':
      return NEVER;
    // a lead column holds one or two units; the helpers' columns take the rest of a list
    case 'lead':
      return 0.3;
    case 'support':
    case 'units':
    case 'persons':
      return 0.2;
    case 'deadline':
      return 0.6;
    case 'category':
      return 0.8;
    case 'remark':
      return 0.5;
    default: {
      // "网上可办率" + "达到九成": a long line that stops mid-sentence wrapped; a finished sentence on
      // its own line is a cell of its own
      if (previous.shape.closed) return piece.lineStart ? 1.2 : 0.4;
      // "清理 违规收费": a space inside a cell, where spaces part the cells; likelier in the prose
      // of a measures column than in a short task name
      if (!piece.lineStart) return role === 'text' ? 0.2 : role === 'title' ? 0.6 : 0.4;
      if (previous.shape.length >= 10) return role === 'text' ? 0 : 0.1;
      return role === 'text' ? 0.3 : 0.4;
    }
  }
}

export interface Fit {
  /** the column of each piece */
  columns: number[];
  cost: number;
}

const isTask = (role: ColumnRole | null) => role === 'title' || role === 'text';

/** The cheapest assignment of `pieces` (in order) to `roles`' columns, or null when none fits. */
export function fitRow(pieces: readonly Piece[], roles: readonly (ColumnRole | null)[]): Fit | null {
  const shaped: Shaped[] = pieces.map((piece) => ({ ...piece, shape: cellShape(piece.text.text) }));
  const width = roles.length;
  if (shaped.length === 0 || width === 0) return null;
  // state (j, c, t): pieces 0..j placed, piece j in column c, t = 1 when a task column holds a
  // piece so far; cost and the state it came from
  // skipped[c]: the cost of leaving columns 0..c-1 empty
  const skipped = [0];
  roles.forEach((role, c) => skipped.push(skipped[c]! + (role === 'lead' ? SKIP_LEAD : SKIP)));
  const skip = (from: number, to: number) => skipped[to]! - skipped[from]!;
  const states = width * 2;
  const cost: Float64Array[] = shaped.map(() => new Float64Array(states).fill(NEVER));
  const from: Int32Array[] = shaped.map(() => new Int32Array(states).fill(-1));
  shaped.forEach((piece, j) => {
    for (let c = 0; c < width; c++) {
      const role = roles[c]!;
      const place = placeCost(role, piece.shape);
      if (place === NEVER) continue;
      if (j === 0) {
        cost[0]![c * 2 + (isTask(role) ? 1 : 0)] = place + skip(0, c);
        continue;
      }
      for (let p = 0; p <= c; p++) {
        const step = place + (p === c ? joinCost(role, shaped[j - 1]!, piece) : skip(p + 1, c));
        if (step === NEVER) continue;
        for (let t = 0; t < 2; t++) {
          const before = cost[j - 1]![p * 2 + t]!;
          if (before === NEVER) continue;
          const state = c * 2 + (t === 1 || isTask(role) ? 1 : 0);
          if (before + step < cost[j]![state]!) {
            cost[j]![state] = before + step;
            from[j]![state] = p * 2 + t;
          }
        }
      }
    }
  });
  const last = shaped.length - 1;
  const hasTask = roles.some(isTask);
  let best = -1;
  let bestCost = NEVER;
  for (let state = 0; state < states; state++) {
    const total = cost[last]![state]! + (hasTask && state % 2 === 0 ? EMPTY_TASK : 0);
    if (total < bestCost) {
      bestCost = total;
      best = state;
    }
  }
  if (best < 0) return null;
  const columns = new Array<number>(shaped.length);
  for (let j = last, state = best; j >= 0; state = from[j]![state]!, j--) columns[j] = state >> 1;
  return { columns, cost: bestCost };
}

const LIST_ROLES: ReadonlySet<ColumnRole> = new Set(['lead', 'support', 'units', 'persons']);

/** The row's cells, one per column (empty where no piece went), from a fit. */
export function fittedCells(pieces: readonly Piece[], roles: readonly (ColumnRole | null)[], fit: Fit): LocatedText[] {
  const line = pieces[0]!.text.marks[0]!;
  return roles.map((role, column) => {
    const mine = pieces.filter((_, index) => fit.columns[index] === column).map((piece) => piece.text);
    if (mine.length === 0) return { text: '', marks: [{ ...line, offset: 0 }] };
    if (mine.length === 1 || !role || !LIST_ROLES.has(role)) return joinLocated(mine);
    // "文化宣传股" + "文化馆": units on lines of their own are a list; "县医" + "保局" is one name wrapped
    const parts: LocatedText[] = [mine[0]!];
    for (const next of mine.slice(1)) {
      const previous = parts[parts.length - 1]!;
      const whole = cellShape(previous.text).unit || cellShape(previous.text).person;
      parts.push(whole ? joinLocated([{ text: '、', marks: [{ ...next.marks[0]!, offset: 0 }] }, next]) : next);
    }
    return joinLocated(parts);
  });
}
