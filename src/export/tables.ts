// The tables analysts open: one row per target, one row per section (task), one row per batch input.
// Pure functions from PlanFiles and report records to rows; the writers (csv.ts, xlsx.ts) know nothing
// of plans.
import type { Plan, PlanFile, Section, Target } from '../schema/contract.js';
import type { FileRecord } from '../batch/report.js';

export type Cell = string | number | null;
export type Row = Cell[];

export type TableName = 'targets' | 'tasks' | 'files';

export interface Table {
  name: TableName;
  columns: string[];
}

export const TABLES: Record<TableName, Table> = {
  // the contract's fields, then the target as written and its source line so a number can be checked
  targets: {
    name: 'targets',
    columns: ['file', 'plan', 'path', 'title', 'metric', 'comparator', 'value', 'unit', 'deadline', 'units', 'text', 'line'],
  },
  tasks: {
    name: 'tasks',
    columns: ['file', 'plan', 'path', 'level', 'title', 'lead', 'support', 'deadlines', 'line'],
  },
  files: {
    name: 'files',
    columns: ['input', 'status', 'output', 'code', 'message', 'durationMs', 'report'],
  },
};

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

// Comparators as words, the same in the CSV and the xlsx. ">=" or "=" at the start of a cell is a
// formula to Excel and LibreOffice, and the "'=" that guards it reads as two characters in pandas;
// words no spreadsheet evaluates, in any locale. Keep them stable: analysts filter on them.
export const COMPARATOR_WORDS: Readonly<Record<Target['comparator'], string>> = {
  '>=': 'at least', // "县域就诊率达到90%以上"
  '>': 'more than', // "超过"
  '<=': 'at most', // "物耗成本降至50%以下"
  '<': 'less than',
  '=': 'equal to', // "新建1个省级临床重点专科", "保持在"
  '~': 'about', // "医护比总体达到1:2左右"
};

// 牵头单位 lists are joined the way the documents write them
const UNIT_SEPARATOR = '、';

export function* targetRows(planFile: PlanFile): Generator<Row> {
  for (const plan of planFile.plans) {
    const label = planLabel(plan);
    for (const section of walkSections(plan.sections)) {
      for (const target of section.targets) {
        yield [
          planFile.source.path,
          label,
          section.path,
          section.title,
          target.metric,
          COMPARATOR_WORDS[target.comparator],
          target.value,
          target.unit,
          target.deadline,
          section.responsibility.units.join(UNIT_SEPARATOR),
          target.text,
          target.line,
        ];
      }
    }
  }
}

export function* taskRows(planFile: PlanFile): Generator<Row> {
  for (const plan of planFile.plans) {
    const label = planLabel(plan);
    for (const section of walkSections(plan.sections)) {
      yield [
        planFile.source.path,
        label,
        section.path,
        section.level,
        section.title,
        section.responsibility.lead.join(UNIT_SEPARATOR),
        section.responsibility.support.join(UNIT_SEPARATOR),
        // "2025-12-31; 持续推进": a date where one is known, else the words
        section.deadlines.map((deadline) => deadline.date ?? deadline.text).join('; '),
        section.span.startLine,
      ];
    }
  }
}

export function fileRow(record: FileRecord, reportName: string): Row {
  return [record.input, record.status, record.output, record.code, record.message, record.durationMs, reportName];
}

export function rowsOf(table: 'targets' | 'tasks', planFile: PlanFile): Generator<Row> {
  return table === 'targets' ? targetRows(planFile) : taskRows(planFile);
}
