// `plan-extract export` end to end: a batch (sharded) then CSV and xlsx files analysts open.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, listFiles, mixedFolder, tempFolder } from '../batch/cli.js';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { walkSections } from '../../src/export/tables.js';

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
  const { good } = mixedFolder(root);

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
    expect(targetRows[0]).toEqual(['file', 'plan', 'path', 'title', 'metric', 'comparator', 'value', 'unit', 'deadline', 'units', 'text', 'line']);
    expect(targetRows).toHaveLength(targets + 1);
    const taskRows = csvRows(join(root, 'tables/tasks.csv'));
    expect(taskRows[0]).toEqual(['file', 'plan', 'path', 'level', 'title', 'lead', 'support', 'deadlines', 'line']);
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
    { name: 'it is a folder', to: 'taken.xlsx', reason: 'cannot write: EISDIR' },
    ...(isRoot ? [] : [{ name: 'its folder is read-only', to: 'locked/tasks.csv', reason: 'cannot write: EACCES' }]),
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
