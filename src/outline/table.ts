// Work-list tables (工作清单) into outline items (the header words are text/table-header.ts's). Each
// data row becomes an item; a row whose only content is a category ("一、强化体系建设") opens a parent
// item for the rows below it.
import type { Block } from '../document/block.js';
import type { Diagnostic } from '../schema/contract.js';
import { joinLocated, lastLine, located, sliceLocated, synthetic, type LocatedText } from '../text/located.js';
import { OutlineBuilder, type DraftSection } from './levels.js';
import { parseMarker, type Marker } from '../text/markers.js';
import { headerRoles, type ColumnRole } from '../text/table-header.js';

type Role = ColumnRole;

export interface TableColumns {
  roles: (Role | null)[];
}

/** The column roles when `row` is a work-list header, else null. */
export function headerColumns(row: Block): TableColumns | null {
  const roles = headerRoles((row.cells ?? []).map((cell) => cell.text));
  return roles ? { roles } : null;
}

/** The row's cells under the columns of `role`, non-empty ones only. */
function cellsFor(row: Block, columns: TableColumns, role: Role): LocatedText[] {
  return columns.roles.flatMap((columnRole, index) => {
    const cell = columnRole === role ? row.cells?.[index] : undefined;
    return cell && cell.text.trim() !== '' ? [cell] : [];
  });
}

/** The cell of `role` (several columns of one role, as "主体责任单位 | 配合责任单位", joined). */
function cellFor(row: Block, columns: TableColumns, role: Role, separator = '、'): LocatedText | undefined {
  const cells = cellsFor(row, columns, role);
  return cells.length > 1 ? joinLocated(cells, separator) : cells[0];
}

/** The 序号 cell as a marker: "3", "3.", "（三）", "一、"; a row without one is numbered by position. */
function serialMarker(text: string): Marker | null {
  if (/^\d{1,3}$/.test(text)) return { style: 'num-dot', ordinal: Number(text), written: text, segment: text, rest: '' };
  // a bare numeral ("一") gets the separator its style needs to parse
  const parsed = parseMarker(`${text}${/[、.．）)]$/.test(text) ? '' : '、'}x`);
  return parsed ? { ...parsed, written: text, rest: '' } : null;
}

function rowMarker(serial: LocatedText | undefined, fallbackOrdinal: number): Marker {
  const text = serial?.text.trim() ?? '';
  return (
    serialMarker(text) ?? { style: 'num-dot', ordinal: fallbackOrdinal, written: text, segment: String(fallbackOrdinal), rest: '' }
  );
}

/** A row with one non-empty cell, or a Chinese-numeral serial, heads a category of rows. */
function isCategoryRow(row: Block, columns: TableColumns): boolean {
  const filled = (row.cells ?? []).filter((cell) => cell.text.trim() !== '');
  const serial = cellFor(row, columns, 'serial')?.text.trim() ?? '';
  // "137.完善城市排水防涝设施" alone in a key–value record is an item with its own number
  const numbered = filled.length === 1 && !serial && numberedTitle(filled[0]) !== null;
  return (filled.length === 1 && !numbered) || /^[一二三四五六七八九十]+[、.．]?$|^[（(][一二三四五六七八九十]+[）)]$/.test(serial);
}

function categorySection(row: Block, columns: TableColumns, ordinal: number): DraftSection {
  const serial = cellFor(row, columns, 'serial');
  const others = (row.cells ?? []).filter((cell) => cell !== serial && cell.text.trim() !== '');
  // "一 | 强化体系建设" (numeral in the 序号 column) or "一、强化体系建设" in one merged cell
  const numbered = serial ? serialMarker(serial.text.trim()) : null;
  const content = joinLocated(others.length ? others : serial ? [serial] : [], ' ');
  const inline = numbered ? null : parseMarker(content.text);
  const fallback = { style: 'cn-comma' as const, ordinal, written: '', segment: String(ordinal), rest: content.text };
  const marker = numbered ? { ...numbered, written: serial!.text.trim(), rest: content.text } : (inline ?? fallback);
  const titleOffset = content.text.length - marker.rest.length;
  return {
    marker: { ...marker, rest: '' },
    level: 1,
    head: row,
    body: [],
    children: [],
    fields: { title: sliceLocated(content, titleOffset) },
  };
}

/**
 * "| 一、稳增长 | 1 | 固定资产投资增长8% | … |" then "|  | 2 | … |": a category column whose first row
 * of each part names the part with the outline's own marker (merged cells written once). The cell
 * opens a parent item over the rows up to the next part; a plain word there ("公共服务") stays a label.
 */
function partCell(row: Block, columns: TableColumns): LocatedText | undefined {
  const cell = cellFor(row, columns, 'category');
  const marker = cell ? parseMarker(cell.text.trim()) : null;
  if (!cell || !marker || (marker.style !== 'cn-comma' && marker.style !== 'cn-paren') || marker.rest.trim() === '') return undefined;
  const task = cellFor(row, columns, 'title') ?? cellFor(row, columns, 'text');
  return task ? cell : undefined;
}

function partSection(row: Block, cell: LocatedText): DraftSection {
  const marker = parseMarker(cell.text.trim())!;
  const start = cell.text.length - marker.rest.length;
  return { marker: { ...marker, rest: '' }, level: 1, head: row, body: [], children: [], fields: { title: sliceLocated(cell, start) } };
}

function labelled(label: string, cell: LocatedText): LocatedText {
  return joinLocated([synthetic(label, cell), cell]);
}

/**
 * The row's units as one note for the extractor. A 责任单位 column beside a 牵头单位 column helps
 * ("牵头责任单位 | 主体责任单位 | 配合责任单位"); beside a 配合单位 column it is the lead ("责任单位 |
 * 配合单位": who answers for the task, who helps); alone it is an unmarked list. Persons (责任领导)
 * are never units, and 备注 / 进展情况 columns say nothing of who is responsible.
 */
function unitsOf(row: Block, columns: TableColumns): LocatedText | undefined {
  const hasLeadColumn = columns.roles.includes('lead');
  const hasSupportColumn = columns.roles.includes('support');
  if (!hasLeadColumn && !hasSupportColumn) return cellFor(row, columns, 'units');
  const units = cellsFor(row, columns, 'units');
  const leads = [...cellsFor(row, columns, 'lead'), ...(hasLeadColumn ? [] : units)];
  const supports = [...(hasLeadColumn ? units : []), ...cellsFor(row, columns, 'support')];
  const parts = [
    leads.length ? labelled('牵头单位：', joinLocated(leads, '、')) : undefined,
    supports.length ? labelled(' 配合单位：', joinLocated(supports, '、')) : undefined,
  ].filter((part): part is LocatedText => part !== undefined);
  return parts.length ? joinLocated(parts) : undefined;
}

/**
 * "135.统筹违法建设治理…", "（三）推进…" in a table without a 序号 column: the task cell carries the
 * item's number (for a lone cell, only a number: "一、教育" alone heads a category).
 */
function numberedTitle(title: LocatedText | undefined, anyStyle = false): { marker: Marker; title: LocatedText } | null {
  const marker = title ? parseMarker(title.text.trim()) : null;
  if (!title || !marker || !(anyStyle || marker.style.startsWith('num'))) return null;
  const start = title.text.length - marker.rest.length;
  return { marker: { ...marker, rest: '' }, title: sliceLocated(title, start) };
}

// "创建全国中医药示范县、国家慢性病综合防控示范区。启用县人民医院新院区…": a task cell of several
// sentences is titled by its first; the rest is the item's text
const SENTENCE_END = /[。；！？]/;

function splitTask(title: LocatedText | undefined, text: LocatedText | undefined): { title?: LocatedText; text?: LocatedText } {
  if (!title) return { title, text };
  const body = title.text.replace(/[。；！？\s]+$/, '');
  const end = body.search(SENTENCE_END);
  if (end < 0) return { title, text };
  const rest = sliceLocated(title, end + 1);
  return { title: sliceLocated(title, 0, end), text: text ? joinLocated([rest, text], '\n') : rest };
}

function rowSection(row: Block, columns: TableColumns, ordinal: number, level: number): DraftSection {
  const serial = cellFor(row, columns, 'serial');
  const numbered = serial ? null : numberedTitle(cellFor(row, columns, 'title', ''), true);
  const task = splitTask(numbered?.title ?? cellFor(row, columns, 'title', ''), cellFor(row, columns, 'text', '\n'));
  return {
    marker: numbered?.marker ?? rowMarker(serial, ordinal),
    level,
    head: row,
    body: [],
    children: [],
    fields: {
      title: task.title,
      text: task.text,
      units: unitsOf(row, columns),
      deadline: cellFor(row, columns, 'deadline', '；'),
    },
  };
}

const isTask = (role: Role | null) => role === 'title' || role === 'text';

/** The task cells of a row that open with an outline marker, in column order. */
function markerCells(row: Block, columns: TableColumns): { cell: LocatedText; column: number }[] {
  return (row.cells ?? []).flatMap((cell, column) => (isTask(columns.roles[column] ?? null) && parseMarker(cell.text.trim()) ? [{ cell, column }] : []));
}

/**
 * "一、加强体系建设 | 1.完善制度；2.健全机制。 | 县卫健局" in every row: a second marker cell that
 * counts from 1 in each row, and no row that opens at it, holds the points of its own row.
 */
function ownPoints(marked: { cell: LocatedText; column: number }[][]): boolean {
  const later = marked.flatMap((cells) => cells.slice(1));
  const column = marked[0]?.[0]?.column;
  return later.length > 0 && later.every(({ cell }) => parseMarker(cell.text.trim())!.ordinal === 1) && marked.every((cells) => cells[0]!.column === column);
}

/**
 * "一、加强… | | |", "（一）制定工作任务清单。 | 1.制定…。 | 市安委办 | 1月20日前": a table without a 序号
 * column whose task cells carry the outline's own markers, of more than one style. Each marker cell
 * is an item placed by the enumerator grammar (levels.ts), as in running text; the row's last one
 * takes the row's fields (its task, the task cells after it, units, time limit). Null when a row has
 * no marker cell first, or a marker the outline would not take.
 */
function outlineInCells(rows: Block[], columns: TableColumns): DraftSection[] | null {
  if (columns.roles.includes('serial')) return null;
  const data = rows.filter((row) => (row.cells ?? []).some((cell) => cell.text.trim() !== ''));
  const marked = data.map((row) => markerCells(row, columns));
  const first = (row: Block) => (row.cells ?? []).findIndex((cell) => cell.text.trim() !== '');
  if (data.length === 0 || marked.some((cells, index) => cells[0]?.column !== first(data[index]!))) return null;
  const styles = new Set(marked.flatMap((cells) => cells.map(({ cell }) => parseMarker(cell.text.trim())!.style)));
  if (styles.size < 2 || ownPoints(marked)) return null;
  const builder = new OutlineBuilder();
  for (const [index, row] of data.entries()) {
    const cells = marked[index]!;
    for (const [at, { cell, column }] of cells.entries()) {
      const section = builder.add({ kind: 'paragraph', content: cell });
      if (!section) return null;
      const own = sliceLocated(cell, cell.text.length - section.marker.rest.length);
      if (at < cells.length - 1) {
        section.fields = splitTask(own, undefined);
        continue;
      }
      const after = columns.roles.flatMap((role, other) => {
        const text = row.cells?.[other];
        return other > column && isTask(role) && text && text.text.trim() !== '' ? [text] : [];
      });
      const task = splitTask(own, after.length ? joinLocated(after, '\n') : undefined);
      section.fields = { ...task, units: unitsOf(row, columns), deadline: cellFor(row, columns, 'deadline', '；') };
    }
  }
  return builder.roots;
}

/** Turns one table (header row first) into outline items; null when it is not a work list. */
export function tableSections(rows: Block[]): DraftSection[] | null {
  const columns = rows[0] ? headerColumns(rows[0]) : null;
  if (!columns) return null;
  const outlined = outlineInCells(rows.slice(1), columns);
  if (outlined) return outlined;
  const sections: DraftSection[] = [];
  let category: DraftSection | null = null;
  let last: DraftSection | null = null;
  const numbered = numberedRows(rows.slice(1), columns);
  for (const row of rows.slice(1)) {
    if ((row.cells ?? []).every((cell) => cell.text.trim() === '') || isBareSerial(row, columns)) continue;
    if (numbered && last && isSubRow(row, columns)) {
      joinSubRow(last, row, columns);
      continue;
    }
    last = null;
    const part = partCell(row, columns);
    if (part) {
      category = partSection(row, part);
      sections.push(category);
    }
    if (!part && isCategoryRow(row, columns)) {
      category = categorySection(row, columns, sections.length + 1);
      sections.push(category);
      continue;
    }
    const siblings = category ? category.children : sections;
    const section = rowSection(row, columns, siblings.length + 1, category ? 2 : 1);
    siblings.push(section);
    last = section;
  }
  return sections;
}

/** "56" and nothing else: the row a text's end cut after its 序号 (or an empty numbered row), no item. */
function isBareSerial(row: Block, columns: TableColumns): boolean {
  const filled = (row.cells ?? []).filter((cell) => cell.text.trim() !== '');
  return filled.length === 1 && filled[0] === cellFor(row, columns, 'serial') && /^\d{1,3}[、.．]?$/.test(filled[0]!.text.trim());
}

/** Whether most rows carry their own 序号 (so a row without one is part of the row above). */
function numberedRows(rows: Block[], columns: TableColumns): boolean {
  if (!columns.roles.includes('serial')) return false;
  const data = rows.filter((row) => (row.cells ?? []).some((cell) => cell.text.trim() !== ''));
  return data.filter((row) => cellFor(row, columns, 'serial') !== undefined).length * 2 > data.length;
}

/** "| | 开工建设老年大学。 | | 12月底前 |": no 序号 (merged), a task and another cell of its own. */
function isSubRow(row: Block, columns: TableColumns): boolean {
  const filled = (row.cells ?? []).filter((cell) => cell.text.trim() !== '').length;
  const task = cellFor(row, columns, 'title') ?? cellFor(row, columns, 'text');
  return cellFor(row, columns, 'serial') === undefined && task !== undefined && filled >= 2 && !parseMarker(task.text.trim());
}

const joined = (a: LocatedText | undefined, b: LocatedText | undefined, separator: string) => (a && b ? joinLocated([a, b], separator) : (a ?? b));

/** A sub-row's cells join the row above: its task goes on in the text, its units and time limit are added. */
function joinSubRow(section: DraftSection, row: Block, columns: TableColumns): void {
  const fields = section.fields ?? {};
  const sub = rowSection(row, columns, 0, section.level).fields!;
  const task = joined(sub.title, sub.text, '\n');
  section.fields = {
    ...fields,
    text: joined(fields.text, task, '\n'),
    units: joined(fields.units, sub.units, '；'),
    deadline: joined(fields.deadline, sub.deadline, '；'),
  };
}

/** A work-list header with no row read under it: the table's layout was not understood. */
export function unparsedTable(header: Block): Diagnostic {
  const { line, page } = header.content.marks[0]!;
  const words = (header.cells ?? []).map((cell) => cell.text).join(' / ');
  return {
    severity: 'warning',
    code: 'table-unparsed',
    message: `a work-list header (${words}) with no rows read under it`,
    span: { startLine: line, endLine: lastLine(header.content), page },
  };
}
