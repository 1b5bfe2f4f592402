// Key–value tables: one item's fields as label and value ("重点工作: | 135.统筹… |", "牵头单位 | 市城管局"),
// between bars, one cell per line, or as "label：value" lines. The labels are the header, each record
// one row; a repeated label opens the next record.
import type { Block } from '../document/block.js';
import { joinLocated, located, sliceLocated, type LocatedText } from '../text/located.js';
import { parseMarker } from '../text/markers.js';
import { headerWordRole, type ColumnRole } from '../text/table-header.js';
import { cellShape } from '../text/cell-shape.js';
import { isLabel, isParagraph, tableRow, unbarred, workListRoles } from './table-text.js';

const UNIT_ROLES: ReadonlySet<ColumnRole | null> = new Set(['lead', 'support', 'units', 'persons']);

export interface TableFound {
  rows: Block[];
  /** the index past the table */
  end: number;
}


// "重点工作: | 135.统筹… |", "牵头单位：| 市城管局 |", "| 进展情况 | 已完成 |": a label (a header
// word), a bar, its value; "进展情况、存在问题 及下一步工作建议: |" keeps its value for the next line
const KEY_VALUE = /^\s*[|｜]?\s*([^|｜]{2,30}?)\s*[：:]?\s*[|｜]/;

export interface Entry {
  label: LocatedText;
  value: LocatedText[];
  /** the value's closing bar is not written yet: the next line goes on with it */
  open: boolean;
}

function keyValueEntry(block: Block): Entry | null {
  const match = KEY_VALUE.exec(block.content.text);
  // "一、总体要求 |" is a heading in a cell, not a label
  if (!match || headerWordRole(match[1]!) === null || parseMarker(match[1]!) !== null) return null;
  const labelStart = block.content.text.indexOf(match[1]!);
  const label = sliceLocated(block.content, labelStart, labelStart + match[1]!.length);
  const rest = sliceLocated(block.content, match[0].length);
  const open = !/[|｜]\s*$/.test(rest.text);
  const value = unbarred(rest);
  return { label, value: value.text === '' ? [] : [value], open };
}

/** Labels and values from `start`: each label once per record, a repeated label opens the next. */
export function keyValueTable(blocks: Block[], start: number): TableFound | null {
  const entries: Entry[] = [];
  let index = start;
  for (; index < blocks.length && isParagraph(blocks[index]); index++) {
    const block = blocks[index]!;
    const entry = keyValueEntry(block);
    const last = entries[entries.length - 1];
    if (entry) entries.push(entry);
    else if (last?.open && block.content.text.trim() !== '') {
      const rest = unbarred(block.content);
      if (rest.text !== '') last.value.push(rest);
      last.open = !/[|｜]\s*$/.test(block.content.text);
    } else break;
  }
  return keyValueRows(entries, index);
}

/** The rows of a key–value table: its labels as the header, one row per record. */
export function keyValueRows(entries: Entry[], end: number): TableFound | null {
  // "序号 |\n工作任务 |": header words each closed by a bar with no value are cells, not labels
  const valued = entries.filter((entry) => entry.value.length > 0).length;
  if (entries.length < 2 || valued * 2 < entries.length) return null;
  const labels: string[] = [];
  const labelCells: LocatedText[] = [];
  const records: Map<number, LocatedText>[] = [];
  for (const entry of entries) {
    const name = entry.label.text.replace(/\s/g, '');
    let column = labels.indexOf(name);
    if (column < 0) {
      column = labels.push(name) - 1;
      labelCells.push(entry.label);
    }
    if (records.length === 0 || records[records.length - 1]!.has(column)) records.push(new Map());
    const line = entry.label.marks[0]!;
    records[records.length - 1]!.set(column, entry.value.length ? joinLocated(entry.value) : located('', line.line, line.page));
  }
  // a key–value table names who is responsible: "名称 | … / 发布时间 | …" is a page's panel
  const roles = workListRoles(labels, 2);
  if (!roles?.some((role) => role !== null && UNIT_ROLES.has(role))) return null;
  // ...and its unit cells hold units: "责任分工\n县卫健局负责……。" under a heading is prose
  const unitCells = records.flatMap((record) => [...record].filter(([column]) => UNIT_ROLES.has(roles[column]!)));
  if (!unitCells.every(([, value]) => value.text.trim() === '' || cellShape(value.text).unit || cellShape(value.text).person)) return null;
  const rows = records.map((record) =>
    tableRow(labelCells.map((label, column) => record.get(column) ?? located('', label.marks[0]!.line, label.marks[0]!.page))),
  );
  return { rows: [tableRow(labelCells), ...rows], end };
}

// "重点工作\n135.统筹…\n牵头单位\n市城管局\n…": a key–value table flattened to one cell per line
export function keyValueCells(blocks: Block[], start: number): TableFound | null {
  const entries: Entry[] = [];
  let index = start;
  while (isParagraph(blocks[index]) && isParagraph(blocks[index + 1])) {
    const label = unbarred(blocks[index]!.content);
    const value = unbarred(blocks[index + 1]!.content);
    const last = entries[entries.length - 1];
    if (!isLabel(label.text)) {
      // a value wrapped onto a second line, before the next label
      if (!last || !isLabel(value.text) || label.text === '') break;
      last.value.push(label);
      index += 1;
      continue;
    }
    if (isLabel(value.text) || value.text === '') break;
    entries.push({ label: sliceLocated(label, 0, label.text.replace(/[\s：:]+$/, '').length), value: [value], open: false });
    index += 2;
  }
  return entries.length >= 2 ? keyValueRows(entries, index) : null;
}

// "重点工作：135.统筹…\n牵头单位：市城管局\n年度阶段性工作目标：…": a key–value page rendered as
// "label：value" lines. Labelled lines are common inside items too ("责任单位：县卫健局"), so this is a
// table only when it opens with a task label, names who is responsible, and stands on its own: the
// task value carries its own number ("135.") or the labels repeat (several records).
export const COLON_ENTRY = /^\s*([^：:|｜]{2,24}?)\s*[：:]\s*/;
const SENTENCE_DONE = /[。！？；]$/;

function colonEntry(block: Block): Entry | null {
  const match = COLON_ENTRY.exec(block.content.text);
  if (!match || !isLabel(match[1]!)) return null;
  const start = block.content.text.indexOf(match[1]!);
  const value = unbarred(sliceLocated(block.content, match[0].length));
  return { label: sliceLocated(block.content, start, start + match[1]!.length), value: value.text ? [value] : [], open: false };
}

export function colonTable(blocks: Block[], start: number): TableFound | null {
  const first = colonEntry(blocks[start]!);
  if (!first || headerWordRole(first.label.text) !== 'title') return null;
  const entries: Entry[] = [first];
  let index = start + 1;
  for (; isParagraph(blocks[index]); index++) {
    const block = blocks[index]!;
    const entry = colonEntry(block);
    const last = entries[entries.length - 1]!;
    const lastText = last.value[last.value.length - 1]?.text.trim() ?? '';
    if (entry) entries.push(entry);
    // a value wrapped onto the next line goes on until its sentence ends
    else if (lastText !== '' && !SENTENCE_DONE.test(lastText) && parseMarker(block.content.text.trim()) === null) last.value.push(block.content);
    else break;
  }
  const labels = entries.map((entry) => entry.label.text);
  const records = labels.filter((label) => label === first.label.text).length;
  const numbered = first.value[0] ? parseMarker(first.value[0].text)?.style.startsWith('num') === true : false;
  if (entries.length < 3 || !(numbered || records >= 2)) return null;
  return keyValueRows(entries, index);
}

