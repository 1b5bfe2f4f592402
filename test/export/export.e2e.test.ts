// `plan-extract export` end to end: a batch (sharded) then CSV and xlsx files analysts open.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell as ExcelCell, Workbook, Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, listFiles, mixedFolder, tempFolder } from '../batch/cli.js';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { walkSections } from '../../src/export/tables.js';

/** The rows of a CSV as { column: cell } under its header. */
function csvRecords(path: string): Record<string, string>[] {
  const [header, ...rows] = csvRows(path);
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
}

async function readBook(path: string): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** The data rows of a sheet as { column: cell } under its header row. */
function sheetCells(sheet: Worksheet): Record<string, ExcelCell>[] {
  const header = sheet.getRow(1).values as string[];
  const rows: Record<string, ExcelCell>[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(Object.fromEntries(header.flatMap((column, i) => (column ? [[column, row.getCell(i)]] : []))));
  });
  return rows;
}

/** RFC 4180 rows (a quoted cell may hold commas, quotes and line breaks), after checking the BOM. */
function csvRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  expect(row).toEqual([]);
  return rows;
}

describe('plan-extract export', () => {
  const root = tempFolder('pe-export-');
  const { good, broken } = mixedFolder(root);

  it('reads every shard report and every PlanFile into targets.csv, tasks.csv, files.csv and plans.xlsx', async () => {
    for (const index of [0, 1]) await cli(['batch', 'in', '-o', 'out', '--quiet', '--shard', `${index}/2`], root);
    const result = await cli(
      ['export', 'out', '--to', 'tables/targets.csv', '--to', 'tables/tasks.csv', '--to', 'tables/files.csv', '--to', 'tables/plans.xlsx'],
      root,
    );
    expect(result.code).toBe(0);
    let targets = 0;
    let sections = 0;
    for (const relative of good) {
      const planFile = PlanFileSchema.parse(JSON.parse(readFileSync(join(root, 'out', `${relative}.json`), 'utf8')));
      for (const plan of planFile.plans) {
        for (const section of walkSections(plan.sections)) {
          sections++;
          targets += section.targets.length;
        }
      }
    }
    const targetRows = csvRows(join(root, 'tables/targets.csv'));
    expect(targetRows[0]).toEqual([
      'file', 'plan', 'docNumber', 'issuer', 'path', 'title', 'metric', 'comparator', 'value', 'unit', 'deadline', 'aspirational',
      'lead', 'support', 'units', 'text', 'line', 'page',
    ]);
    expect(targetRows).toHaveLength(targets + 1);
    const taskRows = csvRows(join(root, 'tables/tasks.csv'));
    expect(taskRows[0]).toEqual(['file', 'plan', 'path', 'level', 'title', 'text', 'lead', 'support', 'deadlines', 'line', 'page']);
    expect(taskRows).toHaveLength(sections + 1);
    expect(new Set(taskRows.slice(1).map((row) => row[0]))).toEqual(new Set(good.map((relative) => `in/${relative}`)));
    const fileRows = csvRows(join(root, 'tables/files.csv'));
    expect(fileRows).toHaveLength(good.length + 2 + 1);
    expect(fileRows.filter((row) => row[1] === 'failed').map((row) => row[3]).sort()).toEqual(['E_EMPTY', 'E_UNSUPPORTED_FORMAT']);

    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(root, 'tables/plans.xlsx'));
    expect(book.worksheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([
      ['targets', targets + 1],
      ['tasks', sections + 1],
      ['files', good.length + 2 + 1],
    ]);
    expect(listFiles(join(root, 'tables')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('after a re-run of the same batch, files.csv and the files sheet say every converted input is unchanged', async () => {
    // twice, so the last run is a re-run even when this test runs alone
    for (const _run of [1, 2]) for (const index of [0, 1]) await cli(['batch', 'in', '-o', 'out', '--quiet', '--shard', `${index}/2`], root);
    expect((await cli(['export', 'out', '--to', 'rerun/files.csv', '--to', 'rerun/plans.xlsx', '--quiet'], root)).code).toBe(0);
    const expected = {
      ...Object.fromEntries(good.map((relative) => [`in/${relative}`, 'unchanged'])),
      ...Object.fromEntries(Object.keys(broken).map((relative) => [`in/${relative}`, 'failed'])),
    };
    const csv = csvRecords(join(root, 'rerun/files.csv')).map((row) => [row.input, row.status]);
    expect(Object.fromEntries(csv)).toEqual(expected);
    const sheet = sheetCells((await readBook(join(root, 'rerun/plans.xlsx'))).getWorksheet('files')!);
    expect(Object.fromEntries(sheet.map((row) => [row.input!.value, row.status!.value]))).toEqual(expected);
  });

  it('skips a JSON file that is not a PlanFile with a line on stderr and exit 1, still writing the rest', async () => {
    writeFileSync(join(root, 'out/stray.json'), '{"hello": "world"}');
    const result = await cli(['export', 'out', '--to', 'again/targets.csv'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stray.json: skipped: not a PlanFile');
    expect(existsSync(join(root, 'again/targets.csv'))).toBe(true);
    rmSync(join(root, 'out/stray.json'));
  });

  // root writes into a read-only folder anyway, so that case runs only for other users
  const isRoot = process.getuid?.() === 0;
  it.each([
    { name: 'its folder is a file', to: 'blocker/targets.csv', reason: 'cannot create the folder blocker: a file stands in its place' },
    { name: 'a folder above it is a file', to: 'blocker/sub/plans.xlsx', reason: 'cannot create the folder blocker/sub: part of its path is a file' },
    { name: 'it is a folder', to: 'taken.xlsx', reason: 'cannot write: it is a folder' },
    ...(isRoot ? [] : [{ name: 'its folder is read-only', to: 'locked/tasks.csv', reason: 'cannot write: permission denied' }]),
  ])('an output where $name → one E_OUTPUT line naming it, exit 1, the other outputs still written', async ({ to, reason }) => {
    writeFileSync(join(root, 'blocker'), 'not a folder');
    mkdirSync(join(root, 'taken.xlsx'), { recursive: true });
    mkdirSync(join(root, 'locked'), { recursive: true, mode: 0o555 });
    rmSync(join(root, 'fine'), { recursive: true, force: true });
    const result = await cli(['export', 'out', '--to', to, '--to', 'fine/tasks.csv', '--quiet'], root);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^plan-extract: ${to.replaceAll('.', '\\.')}: E_OUTPUT: ${reason}.*\\(check the output path\\)$`));
    expect(existsSync(join(root, 'fine/tasks.csv'))).toBe(true);
    expect(listFiles(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('an export where no output can be written says only why, and exits 1', async () => {
    const result = await cli(['export', 'out', '--to', 'blocker/targets.csv'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'plan-extract: blocker/targets.csv: E_OUTPUT: cannot create the folder blocker: a file stands in its place (check the output path)\n',
    );
  });

  it.each([
    { name: 'unknown extension', args: ['export', 'out', '--to', 'plans.xls'] },
    { name: 'unnamed CSV table', args: ['export', 'out', '--to', 'data.csv'] },
    { name: 'OUTDIR missing', args: ['export', 'nowhere', '--to', 'targets.csv'] },
    { name: 'no --to', args: ['export', 'out'] },
  ])('$name → exit 2', async ({ args }) => {
    expect((await cli(args, root)).code).toBe(2);
  });
});

// Exact cells of two corpus documents: a prefecture plan with its 文号 (text, no pages) and the
// work list as a PDF, whose row 5 starts on page 4 and states its targets on page 5.
describe('plan-extract export: the columns an analyst checks a number by', () => {
  const root = tempFolder('pe-export-columns-');
  mkdirSync(join(root, 'in'));
  copyFileSync('corpus/001_c38e02297bde183b.txt', join(root, 'in/001.txt'));
  copyFileSync('corpus/variants/002_60fe525e5aed4196.pdf', join(root, 'in/002.pdf'));
  let targets: Record<string, string>[] = [];
  let tasks: Record<string, string>[] = [];
  let book: Workbook;

  beforeAll(async () => {
    expect((await cli(['batch', 'in', '-o', 'out', '--quiet'], root)).code).toBe(0);
    expect((await cli(['export', 'out', '--to', 'targets.csv', '--to', 'tasks.csv', '--to', 'plans.xlsx', '--quiet'], root)).code).toBe(0);
    targets = csvRecords(join(root, 'targets.csv'));
    tasks = csvRecords(join(root, 'tasks.csv'));
    book = await readBook(join(root, 'plans.xlsx'));
  });

  const ISSUER_001 = '克孜勒苏柯尔克孜自治州人民政府办公室';
  it.each([
    {
      file: 'in/001.txt', metric: '全州县级综合医院达到推荐标准',
      // a count before 达到 is >= (GOLD-SPEC decisions): "at least"
      cells: { docNumber: '克政办发〔2022〕16号', issuer: ISSUER_001, path: '二/（二）/2', comparator: 'at least', value: '4', unit: '家',
        deadline: '2026-12-31', aspirational: 'false', lead: '自治州卫生健康委', support: '自治州医疗保障局、各县<市>人民政府', line: '39', page: '' },
    },
    {
      file: 'in/001.txt', metric: '全州二级及以上公立医院电子病历应用水平平均级别',
      cells: { docNumber: '克政办发〔2022〕16号', issuer: ISSUER_001, path: '二/（三）/4', comparator: 'at least', value: '5', aspirational: 'true',
        lead: '自治州卫生健康委', text: '全州二级及以上公立医院电子病历应用水平平均级别力争达到5级', line: '51', page: '' },
    },
    {
      file: 'in/002.pdf', metric: '县级临床重点专科',
      cells: { docNumber: '', issuer: '', path: '5', comparator: 'equal to', value: '9', aspirational: 'true', lead: '',
        support: '县卫生健康局、县财政局', text: '评选9个县级临床重点专科', line: '194', page: '5' },
    },
  ])('targets.csv: $file $metric', ({ file, metric, cells }) => {
    const rows = targets.filter((row) => row.file === file && row.metric === metric);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject(cells);
  });

  it.each([
    {
      file: 'in/001.txt', path: '二/（二）/2',
      cells: { level: '3', lead: '自治州卫生健康委', support: '自治州医疗保障局、各县<市>人民政府', deadlines: '2026-12-31', line: '39', page: '' },
      text: ['按照县乡一体化原则，规范医疗服务行为，', '（牵头单位：自治州卫生健康委责任单位：自治州医疗保障局，各县<市>人民政府）'],
    },
    {
      file: 'in/002.pdf', path: '5',
      cells: { title: '推动临床重点专科群建设', support: '县卫生健康局、县财政局', deadlines: '2025-12-31', line: '175', page: '4' },
      text: ['以满足重大疾病临床需求为导向，', '健全中西医协同疫病防治机制。'],
    },
  ])('tasks.csv: $file $path, with its text and page', ({ file, path, cells, text: [start, end] }) => {
    const rows = tasks.filter((row) => row.file === file && row.path === path);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject(cells);
    expect(rows[0]!.text.startsWith(start!)).toBe(true);
    expect(rows[0]!.text.endsWith(end!)).toBe(true);
  });

  // the widest cell + 3, a Chinese character counting two, capped at 60
  it.each([
    { sheet: 'targets', column: 'file', width: 'in/001.txt'.length + 3 },
    { sheet: 'targets', column: 'issuer', width: 2 * '克孜勒苏柯尔克孜自治州人民政府办公室'.length + 3 },
    { sheet: 'targets', column: 'deadline', width: 'yyyy-mm-dd'.length + 3 },
    { sheet: 'targets', column: 'page', width: 'page'.length + 3 },
    { sheet: 'targets', column: 'text', width: 60 },
    { sheet: 'tasks', column: 'text', width: 60 },
    { sheet: 'tasks', column: 'level', width: 'level'.length + 3 },
  ])('plans.xlsx $sheet: column $column is $width wide', ({ sheet, column, width }) => {
    const worksheet = book.getWorksheet(sheet)!;
    const index = (worksheet.getRow(1).values as string[]).indexOf(column);
    expect(worksheet.getColumn(index).width).toBe(width);
  });

  // [sheet, file, path, column] → the value exceljs reads back and the cell's number format
  it.each([
    { sheet: 'targets', file: 'in/001.txt', path: '二/（二）/2', column: 'deadline', value: new Date(Date.UTC(2026, 11, 31)), numFmt: 'yyyy-mm-dd' },
    { sheet: 'tasks', file: 'in/002.pdf', path: '5', column: 'deadlines', value: new Date(Date.UTC(2025, 11, 31)), numFmt: 'yyyy-mm-dd' },
    { sheet: 'tasks', file: 'in/002.pdf', path: '7', column: 'deadlines', value: '持续推进', numFmt: undefined },
    { sheet: 'targets', file: 'in/001.txt', path: '二/（三）/4', column: 'aspirational', value: true, numFmt: undefined },
    { sheet: 'targets', file: 'in/002.pdf', path: '5', column: 'page', value: 5, numFmt: undefined },
  ])('plans.xlsx $sheet $file $path: $column is $value', ({ sheet, file, path, column, value, numFmt }) => {
    const cells = sheetCells(book.getWorksheet(sheet)!).filter((row) => row.file!.value === file && row.path!.value === path);
    expect(cells.length).toBeGreaterThan(0);
    expect(cells[0]![column]!.value).toEqual(value);
    expect(cells[0]![column]!.numFmt).toBe(numFmt);
  });
});
