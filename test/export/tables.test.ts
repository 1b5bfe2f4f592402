// Rows of the targets and tasks tables from a PlanFile, and which table a --to name asks for.
import { describe, expect, it } from 'vitest';
import { targetOf } from '../../src/export/run.js';
import { csvCell } from '../../src/export/csv.js';
import { dayCell, deadlinesCell, fileRow, planLabel, TABLES, targetRows, taskRows, type Cell, type Row, type TableName } from '../../src/export/tables.js';
import type { FileRecord } from '../../src/batch/report.js';
import type { Deadline, PlanFile, Section, Target } from '../../src/schema/contract.js';

function section(path: string, extra: Partial<Section> = {}): Section {
  return {
    id: `p1.${path}`,
    path,
    level: path.split('/').length,
    marker: path,
    ordinal: 1,
    title: `标题${path}`,
    text: '',
    span: { startLine: 10, endLine: 12, page: null },
    responsibility: { lead: [], support: [], units: [], raw: null, line: null },
    deadlines: [],
    targets: [],
    children: [],
    ...extra,
  };
}

const PLAN_FILE: PlanFile = {
  schemaVersion: '1',
  tool: { name: 'plan-extract', version: '0.1.0' },
  source: { path: 'in/a.txt', format: 'text', sha256: 'x', bytes: 1, encoding: 'utf-8', script: 'simplified', pages: null },
  diagnostics: [],
  plans: [
    {
      id: 'p1',
      part: '篇一',
      title: '实施方案',
      docNumber: '克政办发〔2022〕16号',
      issuer: '克孜勒苏柯尔克孜自治州人民政府办公室',
      issuedOn: null,
      references: [],
      preamble: '',
      sections: [
        section('一', {
          children: [
            section('一/（一）', {
              text: '推进日间手术。\n（牵头单位：州卫健委）',
              span: { startLine: 10, endLine: 12, page: 2 },
              responsibility: { lead: ['州卫健委'], support: ['州医保局', '州财政局'], units: ['州卫健委', '州医保局', '州财政局'], raw: 'r', line: 11 },
              deadlines: [
                { text: '到2025年', date: '2025-12-31', kind: 'by', line: 11 },
                { text: '持续推进', date: null, kind: 'ongoing', line: 12 },
              ],
              targets: [
                { text: '日间手术占比达20%以上', metric: '日间手术占比', value: 20, unit: '%', comparator: '>=', deadline: '2025-12-31', aspirational: false, line: 11, page: 2 },
                { text: '医护比达1:2', metric: '医护比', value: '1:2', unit: 'ratio', comparator: '=', deadline: null, aspirational: true, line: 12, page: 3 },
              ],
            }),
          ],
        }),
        section('二'),
      ],
    },
  ],
};

/** A row as { column: cell }, so a case reads by name. */
const named = (table: TableName, row: Row) => Object.fromEntries(TABLES[table].columns.map((column, i) => [column, row[i]]));

describe('rows', () => {
  it("one row per target: the plan's 文号 and issuer, the target, who leads and supports, and where to check it", () => {
    expect([...targetRows(PLAN_FILE)].map((row) => named('targets', row))).toEqual([
      {
        file: 'in/a.txt', plan: '篇一 实施方案', docNumber: '克政办发〔2022〕16号', issuer: '克孜勒苏柯尔克孜自治州人民政府办公室',
        path: '一/（一）', title: '标题一/（一）', metric: '日间手术占比', comparator: 'at least', value: 20, unit: '%',
        deadline: { date: '2025-12-31' }, aspirational: false, lead: '州卫健委', support: '州医保局、州财政局',
        units: '州卫健委、州医保局、州财政局', text: '日间手术占比达20%以上', line: 11, page: 2,
      },
      {
        file: 'in/a.txt', plan: '篇一 实施方案', docNumber: '克政办发〔2022〕16号', issuer: '克孜勒苏柯尔克孜自治州人民政府办公室',
        path: '一/（一）', title: '标题一/（一）', metric: '医护比', comparator: 'equal to', value: '1:2', unit: 'ratio',
        deadline: null, aspirational: true, lead: '州卫健委', support: '州医保局、州财政局',
        units: '州卫健委、州医保局、州财政局', text: '医护比达1:2', line: 12, page: 3,
      },
    ]);
  });

  it('one row per section in reading order, parents first, with its text and page', () => {
    const base = { file: 'in/a.txt', plan: '篇一 实施方案', text: '', lead: '', support: '', deadlines: '', line: 10, page: null };
    expect([...taskRows(PLAN_FILE)].map((row) => named('tasks', row))).toEqual([
      { ...base, path: '一', level: 1, title: '标题一' },
      {
        ...base, path: '一/（一）', level: 2, title: '标题一/（一）', text: '推进日间手术。\n（牵头单位：州卫健委）',
        lead: '州卫健委', support: '州医保局、州财政局', deadlines: '2025-12-31; 持续推进', page: 2,
      },
      { ...base, path: '二', level: 1, title: '标题二' },
    ]);
  });

  it.each([
    [{ part: null, title: '方案', id: 'p1' }, '方案'],
    [{ part: '篇三', title: null, id: 'p3' }, '篇三'],
    [{ part: null, title: null, id: 'p2' }, 'p2'],
  ])('planLabel(%j) = %s', (plan, label) => {
    expect(planLabel({ ...PLAN_FILE.plans[0]!, ...plan })).toBe(label);
  });
});

describe('date cells', () => {
  const deadline = (date: string | null, text = '到2025年') => ({ text, date, kind: date ? ('by' as const) : ('ongoing' as const), line: 1 });
  it.each<[string, Deadline[], Cell]>([
    ['none', [], ''],
    ['one dated', [deadline('2025-12-31')], { date: '2025-12-31' }],
    ['one without a date', [deadline(null, '持续推进')], '持续推进'],
    ['a date and words', [deadline('2025-12-31'), deadline(null, '持续推进')], '2025-12-31; 持续推进'],
    ['two dates', [deadline('2023-06-30'), deadline('2025-12-31')], '2023-06-30; 2025-12-31'],
  ])('deadlines: %s → %j', (_, deadlines, cell) => {
    expect(deadlinesCell(deadlines)).toEqual(cell);
  });

  it.each<[string | null, Cell]>([
    ['2025-12-31', { date: '2025-12-31' }],
    [null, null],
    ['2025年底', '2025年底'],
  ])('dayCell(%j) = %j', (date, cell) => {
    expect(dayCell(date)).toEqual(cell);
  });
});

describe('comparator cells', () => {
  const COMPARATOR_COLUMN = TABLES.targets.columns.indexOf('comparator');
  const withComparator = (comparator: Target['comparator']): PlanFile => {
    const plan = PLAN_FILE.plans[0]!;
    const target = { ...plan.sections[0]!.children[0]!.targets[0]!, comparator };
    return { ...PLAN_FILE, plans: [{ ...plan, sections: [section('一', { targets: [target] })] }] };
  };

  // a word no spreadsheet takes for a formula, written as it is: no quotes, no guarding apostrophe
  it.each<[Target['comparator'], string]>([
    ['>=', 'at least'],
    ['>', 'more than'],
    ['<=', 'at most'],
    ['<', 'less than'],
    ['=', 'equal to'],
    ['~', 'about'],
  ])('%s → %s, the same text in the CSV', (comparator, word) => {
    const [row] = [...targetRows(withComparator(comparator))];
    expect(row![COMPARATOR_COLUMN]).toBe(word);
    expect(csvCell(row![COMPARATOR_COLUMN]!)).toBe(word);
  });
});

describe('files rows', () => {
  const record = (status: FileRecord['status']): FileRecord => ({
    input: 'in/a.txt', relative: 'a.txt', status, output: 'a.txt.json', sha256: 'x', bytes: 1, toolVersion: '0.1.0',
    code: null, message: null, durationMs: 3,
  });

  it.each<[FileRecord['status'], string]>([
    ['ok', 'ok'],
    ['failed', 'failed'],
    ['skipped', 'unchanged'], // the output was already up to date
  ])('a report status %s reads %s', (status, word) => {
    expect(named('files', fileRow(record(status), 'batch-report.json'))).toEqual({
      input: 'in/a.txt', status: word, output: 'a.txt.json', code: null, message: null, durationMs: 3, report: 'batch-report.json',
    });
  });
});

describe('targetOf', () => {
  it.each([
    ['targets.csv', { kind: 'csv', table: 'targets' }],
    ['out/2024-targets.CSV', { kind: 'csv', table: 'targets' }],
    ['tasks.csv', { kind: 'csv', table: 'tasks' }],
    ['sections.csv', { kind: 'csv', table: 'tasks' }],
    ['files.csv', { kind: 'csv', table: 'files' }],
    ['plans.xlsx', { kind: 'xlsx' }],
  ])('%s', (path, expected) => {
    expect(targetOf(path)).toEqual({ path, ...expected });
  });

  it.each([['plans.xls'], ['plans.json'], ['data.csv']])('%s is refused with a reason', (path) => {
    expect(targetOf(path)).toHaveProperty('error');
  });
});
