// The tables analysts open: one row per target, one row per section (task), one row per batch input.
// Each table is a list of columns, a name beside the value it reads, so a column is one row here.
// Pure functions from PlanFiles and report records to rows; the writers (csv.ts, xlsx.ts) know nothing
// of plans.
import type { Plan, PlanFile, Section, Target } from '../schema/contract.js';
import type { FileRecord, FileStatus } from '../batch/report.js';

/** A calendar day: a date cell (with a date format) in the xlsx, its ISO text in the CSV. */
export interface DateCell {
  date: string;
}
export type Cell = string | number | boolean | DateCell | null;
export type Row = Cell[];

export type TableName = 'targets' | 'tasks' | 'files';

export interface Table {
  name: TableName;
  columns: string[];
}

interface Column<Source> {
  name: string;
  value: (source: Source) => Cell;
}

/** What one row of the targets and tasks tables is read from. */
interface SectionSource {
  planFile: PlanFile;
  plan: Plan;
  /** planLabel(plan), computed once per plan */
  label: string;
  section: Section;
}
type TargetSource = SectionSource & { target: Target };
type FileSource = { record: FileRecord; reportName: string };

/** "篇三 自治州…实施方案", or the plan id when it has no title. */
export function planLabel(plan: Plan): string {
  return [plan.part, plan.title].filter((part): part is string => Boolean(part)).join(' ') || plan.id;
}

/** Sections in reading order (a parent before its children). */
export function* walkSections(sections: Section[]): Generator<Section> {
  for (const section of sections) {
    yield section;
    yield* walkSections(section.children);
  }
}

// Comparators as words, the same in the CSV and the xlsx. "=" at the start of a cell is a formula to
// Excel and LibreOffice, and the "'=" that guarded it reads as two characters in pandas; words no
// spreadsheet evaluates, in any locale. Keep them stable: analysts filter on them.
export const COMPARATOR_WORDS: Readonly<Record<Target['comparator'], string>> = {
  '>=': 'at least', // "县域就诊率达到90%以上"
  '>': 'more than', // "超过"
  '<=': 'at most', // "物耗成本降至50%以下"
  '<': 'less than',
  '=': 'equal to', // "新建1个省级临床重点专科", "保持在"
  '~': 'about', // "医护比总体达到1:2左右"
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2025-12-31" as a date cell; anything else stays text (the contract's dates are ISO days). */
export function dayCell(date: string | null): Cell {
  return date !== null && ISO_DAY.test(date) ? { date } : date;
}

/** A section's deadlines: one dated deadline is a date; words ("持续推进") or several stay text. */
export function deadlinesCell(deadlines: Section['deadlines']): Cell {
  if (deadlines.length === 1 && deadlines[0]!.date !== null) return dayCell(deadlines[0]!.date);
  // "2025-12-31; 持续推进": a date where one is known, else the words
  return deadlines.map((deadline) => deadline.date ?? deadline.text).join('; ');
}

// 牵头单位 lists are joined the way the documents write them
const UNIT_SEPARATOR = '、';

const FILE: Column<SectionSource> = { name: 'file', value: (s) => s.planFile.source.path };
const PLAN: Column<SectionSource> = { name: 'plan', value: (s) => s.label };
const PATH: Column<SectionSource> = { name: 'path', value: (s) => s.section.path };
const TITLE: Column<SectionSource> = { name: 'title', value: (s) => s.section.title };
const LEAD: Column<SectionSource> = { name: 'lead', value: (s) => s.section.responsibility.lead.join(UNIT_SEPARATOR) };
const SUPPORT: Column<SectionSource> = { name: 'support', value: (s) => s.section.responsibility.support.join(UNIT_SEPARATOR) };

// the plan's identity, the target as the contract has it, who answers for it, and the words and
// place (line, PDF page) to check the number against
const TARGET_COLUMNS: readonly Column<TargetSource>[] = [
  FILE,
  PLAN,
  { name: 'docNumber', value: (s) => s.plan.docNumber }, // 文号
  { name: 'issuer', value: (s) => s.plan.issuer },
  PATH,
  TITLE,
  { name: 'metric', value: (s) => s.target.metric },
  { name: 'comparator', value: (s) => COMPARATOR_WORDS[s.target.comparator] },
  { name: 'value', value: (s) => s.target.value },
  { name: 'unit', value: (s) => s.target.unit },
  { name: 'deadline', value: (s) => dayCell(s.target.deadline) },
  { name: 'aspirational', value: (s) => s.target.aspirational }, // 力争, 争取
  LEAD,
  SUPPORT,
  { name: 'units', value: (s) => s.section.responsibility.units.join(UNIT_SEPARATOR) },
  { name: 'text', value: (s) => s.target.text },
  { name: 'line', value: (s) => s.target.line },
  { name: 'page', value: (s) => s.target.page ?? null },
];

const TASK_COLUMNS: readonly Column<SectionSource>[] = [
  FILE,
  PLAN,
  PATH,
  { name: 'level', value: (s) => s.section.level },
  TITLE,
  { name: 'text', value: (s) => s.section.text },
  LEAD,
  SUPPORT,
  { name: 'deadlines', value: (s) => deadlinesCell(s.section.deadlines) },
  { name: 'line', value: (s) => s.section.span.startLine },
  { name: 'page', value: (s) => s.section.span.page },
];

// The report's "skipped" is an input whose output was already up to date (same bytes, same version):
// the files table says what that means for the analyst's data
export const STATUS_WORDS: Readonly<Record<FileStatus, string>> = { ok: 'ok', failed: 'failed', skipped: 'unchanged' };

const FILE_COLUMNS: readonly Column<FileSource>[] = [
  { name: 'input', value: (s) => s.record.input },
  { name: 'status', value: (s) => STATUS_WORDS[s.record.status] },
  { name: 'output', value: (s) => s.record.output },
  { name: 'code', value: (s) => s.record.code },
  { name: 'message', value: (s) => s.record.message },
  { name: 'durationMs', value: (s) => s.record.durationMs },
  { name: 'report', value: (s) => s.reportName },
];

const names = (columns: readonly Column<never>[]): string[] => columns.map((column) => column.name);

export const TABLES: Record<TableName, Table> = {
  targets: { name: 'targets', columns: names(TARGET_COLUMNS) },
  tasks: { name: 'tasks', columns: names(TASK_COLUMNS) },
  files: { name: 'files', columns: names(FILE_COLUMNS) },
};

function rowOf<Source>(columns: readonly Column<Source>[], source: Source): Row {
  return columns.map((column) => column.value(source));
}

function* sectionSources(planFile: PlanFile): Generator<SectionSource> {
  for (const plan of planFile.plans) {
    const label = planLabel(plan);
    for (const section of walkSections(plan.sections)) yield { planFile, plan, label, section };
  }
}

export function* targetRows(planFile: PlanFile): Generator<Row> {
  for (const source of sectionSources(planFile)) {
    for (const target of source.section.targets) yield rowOf(TARGET_COLUMNS, { ...source, target });
  }
}

export function* taskRows(planFile: PlanFile): Generator<Row> {
  for (const source of sectionSources(planFile)) yield rowOf(TASK_COLUMNS, source);
}

export function fileRow(record: FileRecord, reportName: string): Row {
  return rowOf(FILE_COLUMNS, { record, reportName });
}

export function rowsOf(table: 'targets' | 'tasks', planFile: PlanFile): Generator<Row> {
  return table === 'targets' ? targetRows(planFile) : taskRows(planFile);
}
