// Work-list tables (工作清单) into outline items (the header words are text/table-header.ts's). Each
// data row becomes an item; a row whose only content is a category ("一、强化体系建设") opens a parent
// item for the rows below it.
import type { Block } from '../document/block.js';
import { joinLocated, located, sliceLocated, type LocatedText } from '../text/located.js';
import type { DraftSection } from './levels.js';
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

function cellFor(row: Block, columns: TableColumns, role: Role): LocatedText | undefined {
  const index = columns.roles.indexOf(role);
  const cell = index >= 0 ? row.cells?.[index] : undefined;
  return cell && cell.text.trim() !== '' ? cell : undefined;
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
  return filled.length === 1 || /^[一二三四五六七八九十]+[、.．]?$|^[（(][一二三四五六七八九十]+[）)]$/.test(serial);
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

function labelled(label: string, cell: LocatedText): LocatedText {
  return joinLocated([located(label, cell.marks[0]!.line, cell.marks[0]!.page), cell]);
}

/**
 * The row's units as one note for the extractor. A 责任单位 column beside a 配合单位 column is the
 * lead ("责任单位 | 配合单位": who answers for the task, who helps); alone it is an unmarked list.
 */
function unitsOf(row: Block, columns: TableColumns): LocatedText | undefined {
  const units = cellFor(row, columns, 'units');
  const hasSupportColumn = columns.roles.includes('support');
  const hasLeadColumn = columns.roles.includes('lead');
  const lead = cellFor(row, columns, 'lead') ?? (hasSupportColumn ? units : undefined);
  const support = cellFor(row, columns, 'support') ?? (hasLeadColumn ? units : undefined);
  if (!hasLeadColumn && !hasSupportColumn) return units;
  const parts = [lead && labelled('牵头单位：', lead), support && labelled(' 配合单位：', support)].filter(
    (part): part is LocatedText => part !== undefined,
  );
  return parts.length ? joinLocated(parts) : undefined;
}

function rowSection(row: Block, columns: TableColumns, ordinal: number, level: number): DraftSection {
  return {
    marker: rowMarker(cellFor(row, columns, 'serial'), ordinal),
    level,
    head: row,
    body: [],
    children: [],
    fields: {
      title: cellFor(row, columns, 'title'),
      text: cellFor(row, columns, 'text'),
      units: unitsOf(row, columns),
      deadline: cellFor(row, columns, 'deadline'),
    },
  };
}

/** Turns one table (header row first) into outline items; null when it is not a work list. */
export function tableSections(rows: Block[]): DraftSection[] | null {
  const columns = rows[0] ? headerColumns(rows[0]) : null;
  if (!columns) return null;
  const sections: DraftSection[] = [];
  let category: DraftSection | null = null;
  for (const row of rows.slice(1)) {
    if ((row.cells ?? []).every((cell) => cell.text.trim() === '')) continue;
    if (isCategoryRow(row, columns)) {
      category = categorySection(row, columns, sections.length + 1);
      sections.push(category);
      continue;
    }
    const siblings = category ? category.children : sections;
    const section = rowSection(row, columns, siblings.length + 1, category ? 2 : 1);
    siblings.push(section);
  }
  return sections;
}
