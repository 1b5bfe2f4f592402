// Fits the pieces of one table row to the header's columns by what each piece holds. A table laid
// out as text has lost its column edges: a merged cell is written in its first row only (so later
// rows are short), a name is split by spaces ("周 斐"), a unit list runs over several lines. The
// pieces keep their order; each goes to the same column as the piece before it (a wrapped cell, one
// more unit) or to a later one, and the cheapest assignment wins (a small dynamic programme).
import { cellShape, type CellShape } from '../text/cell-shape.js';
import { joinLocated, synthetic, type LocatedText } from '../text/located.js';
import type { ColumnRole } from '../text/table-header.js';

export interface Piece {
  text: LocatedText;
  /** the piece opens its source line (a cell on its own line, or a row's first word) */
  lineStart: boolean;
  /** its shape, when already known */
  shape?: CellShape;
  /**
   * the empty cells written between the piece before and this one: in a table whose cells are
   * apart by one space, "2  严守用水" (two spaces) skips a merged 类别 cell
   */
  gap?: number;
}

const NEVER = Number.POSITIVE_INFINITY;
// a row whose task column stays empty is unlikely: merged cells are the category, the units and
// the deadline, never the task
const EMPTY_TASK = 3;
// leaving a column empty: a merged 指标, 配合单位 or 备注 cell is common, a lead column seldom empty
const SKIP = 0.05;
const SKIP_LEAD = 0.15;
// each empty cell the spaces say is there but the fit leaves out
const GAP_MISSED = 1;
// "加强水资源保 护": one character apart is the end of a word a wrap broke, seldom a cell of its own
const FRAGMENT_CELL = 1;

interface Shaped extends Piece {
  shape: CellShape;
}


/** How well a piece of this shape fits a column of this role (0 = as expected, NEVER = cannot). */
function placeCost(role: ColumnRole | null, piece: Shaped): number {
  const { serial, deadline, person, unit, short } = piece.shape;
  switch (role) {
    case 'serial':
      return serial ? 0 : NEVER;
    case 'category':
      if (serial || deadline) return NEVER;
      return short ? (unit ? 1 : 0.3) : NEVER;
    case 'title':
    case 'text':
      // "新建 5G 基站 300 个": a number amid the words of a line is prose spaced out
      if (serial) return piece.lineStart ? NEVER : 0.5;
      if (deadline) return 2.5;
      if (person) return 3;
      if (unit) return 1.5;
      // "工程" on its own line after "生命守护": two or three characters are the end of a broken name,
      // seldom a measures cell
      if (role === 'text' && piece.lineStart && piece.shape.length <= 3) return 1;
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
      // "2024" under 建设时间: likelier the period than a stray word, but an amount of that size in a
      // row whose time cell is merged must still find its own column
      if (piece.shape.bareYears) return 0.3;
      return short && !person && !unit && !serial ? 1.5 : NEVER;
    case 'remark':
      if (short) return 0.5;
      return piece.shape.length <= 30 ? 1.5 : NEVER;
    case 'progress':
      if (serial) return NEVER;
      if (person || unit || deadline) return 1.5;
      return short ? 0.5 : 0.3;
    default:
      return short || serial ? 0.5 : 1;
  }
}

const SPACED_NUMBER = /^(?:[\u4e00-\u9fff][0-9A-Za-z]|[0-9A-Za-z%][\u4e00-\u9fff])$/;

/** One Han character apart on its line: the end of a word that a wrap broke ("加强水资源保 护"). */
function isFragment(piece: Shaped): boolean {
  return !piece.lineStart && !piece.shape.serial && /^[\u4e00-\u9fff]$/.test(piece.text.text.trim());
}

// "实施水资源消耗总量和强度双控行动，…" after "严守用水 效率控制 红线": a long cell after short pieces
// of a narrow column that wrapped
const LONG_CELL = 20;

/** The cost of a piece continuing the cell the piece before it is in. */
function joinCost(role: ColumnRole | null, previous: Shaped, piece: Shaped): number {
  if (role !== 'serial' && isFragment(piece) && !previous.shape.closed && !previous.shape.serial) return 0.05;
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
      // of a measures column than in a short task name. "新建 5G 基站 300 个": a space beside a
      // number or a Latin word is one a PDF put into running text
      if (!piece.lineStart) {
        if (SPACED_NUMBER.test(previous.text.text.slice(-1) + piece.text.text.slice(0, 1))) return 0.1;
        if (previous.shape.short && piece.shape.length >= LONG_CELL) return 1.5;
        return role === 'text' ? 0.2 : role === 'title' ? 0.6 : 0.4;
      }
      if (previous.shape.length >= 10) return role === 'text' ? 0 : 0.1;
      // "城市用气" + "提升工程": a short name broken over two lines of a narrow name column
      if (role === 'title' && previous.shape.short && piece.shape.short && !previous.shape.unit && !piece.shape.unit) return 0.2;
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

/**
 * The dynamic programme over a row that grows piece by piece (a table read line by line adds the
 * pieces of each line to its open row), so no line re-reads the row before it. State (j, c, t): pieces
 * 0..j placed, piece j in column c, t = 1 when a task column holds a piece so far.
 */
export class RowFit {
  private readonly cost: Float64Array[] = [];
  private readonly from: Int32Array[] = [];
  private readonly shaped: Shaped[] = [];
  /** skipped[c]: the cost of leaving columns 0..c-1 empty */
  private readonly skipped: number[] = [0];
  private readonly hasTask: boolean;

  constructor(private readonly roles: readonly (ColumnRole | null)[]) {
    roles.forEach((role, c) => this.skipped.push(this.skipped[c]! + (role === 'lead' ? SKIP_LEAD : SKIP)));
    this.hasTask = roles.some(isTask);
  }

  get length(): number {
    return this.shaped.length;
  }

  push(piece: Piece): void {
    const shaped: Shaped = { ...piece, shape: piece.shape ?? cellShape(piece.text.text) };
    const j = this.shaped.length;
    const width = this.roles.length;
    const cost = new Float64Array(width * 2).fill(NEVER);
    const from = new Int32Array(width * 2).fill(-1);
    const previous = this.cost[j - 1];
    for (let c = 0; c < width; c++) {
      const role = this.roles[c]!;
      const place = placeCost(role, shaped);
      if (place === NEVER) continue;
      if (!previous) {
        cost[c * 2 + (isTask(role) ? 1 : 0)] = place + this.skip(0, c);
        continue;
      }
      for (let p = 0; p <= c; p++) {
        const enter = p === c ? joinCost(role, this.shaped[j - 1]!, shaped) : this.skip(p + 1, c) + (isFragment(shaped) ? FRAGMENT_CELL : 0);
        const step = place + enter + missedGap(shaped, c - p);
        if (step === NEVER) continue;
        for (let t = 0; t < 2; t++) {
          const before = previous[p * 2 + t]!;
          if (before === NEVER) continue;
          const state = c * 2 + (t === 1 || isTask(role) ? 1 : 0);
          if (before + step < cost[state]!) {
            cost[state] = before + step;
            from[state] = p * 2 + t;
          }
        }
      }
    }
    this.shaped.push(shaped);
    this.cost.push(cost);
    this.from.push(from);
  }

  /** Drops the pieces past the first `length` (a line tried and taken for text after the table). */
  truncate(length: number): void {
    this.shaped.length = length;
    this.cost.length = length;
    this.from.length = length;
  }

  /** The cheapest assignment of the pieces so far, or null when none fits. */
  best(): Fit | null {
    const last = this.cost.length - 1;
    if (last < 0) return null;
    let best = -1;
    let bestCost = NEVER;
    this.cost[last]!.forEach((value, state) => {
      const total = value + (this.hasTask && state % 2 === 0 ? EMPTY_TASK : 0);
      if (total < bestCost) {
        bestCost = total;
        best = state;
      }
    });
    if (best < 0) return null;
    const columns = new Array<number>(last + 1);
    for (let j = last, state = best; j >= 0; state = this.from[j]![state]!, j--) columns[j] = state >> 1;
    return { columns, cost: bestCost };
  }

  private skip(from: number, to: number): number {
    return this.skipped[to]! - this.skipped[from]!;
  }
}

/** The cost of going `step` columns on when the spaces before `piece` wrote empty cells between. */
function missedGap(piece: Shaped, step: number): number {
  const gap = piece.gap ?? 0;
  return gap > 0 ? Math.max(0, gap + 1 - step) * GAP_MISSED : 0;
}

/** The cheapest assignment of `pieces` (in order) to `roles`' columns, or null when none fits. */
export function fitRow(pieces: readonly Piece[], roles: readonly (ColumnRole | null)[]): Fit | null {
  if (roles.length === 0) return null;
  const fit = new RowFit(roles);
  pieces.forEach((piece) => fit.push(piece));
  return fit.best();
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
      parts.push(whole ? joinLocated([synthetic('、', next), next]) : next);
    }
    return joinLocated(parts);
  });
}
