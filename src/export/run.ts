// `plan-extract export OUTDIR --to FILE…`: the PlanFiles of a batch as CSV tables and an xlsx workbook.
// Each file is read once per table it feeds and then dropped, so the export streams; every output is
// written to a temp file and renamed. Returns the exit code.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, relative } from 'node:path';
import { readReports } from '../batch/report.js';
import { CsvWriter } from './csv.js';
import { listPlanFiles, loadPlanFile } from './planfiles.js';
import { fileRow, rowsOf, TABLES, type Row, type TableName } from './tables.js';
import type { XlsxWriter } from './xlsx.js';

export interface ExportOptions {
  outdir: string;
  to: string[];
  quiet: boolean;
  stderr?: NodeJS.WritableStream;
}

/** What one --to file holds: a CSV of one table, or a workbook of all. */
export type ExportTarget = { path: string; kind: 'csv'; table: TableName } | { path: string; kind: 'xlsx' };

/** targets.csv → targets; tasks.csv or sections.csv → tasks; files.csv or report.csv → files; *.xlsx → all. */
export function targetOf(path: string): ExportTarget | { error: string } {
  const extension = extname(path).toLowerCase();
  const name = basename(path, extname(path)).toLowerCase();
  if (extension === '.xlsx') return { path, kind: 'xlsx' };
  if (extension !== '.csv') return { error: `${path}: the format comes from the extension: .csv or .xlsx` };
  if (name.includes('target')) return { path, kind: 'csv', table: 'targets' };
  if (name.includes('task') || name.includes('section')) return { path, kind: 'csv', table: 'tasks' };
  if (name.includes('file') || name.includes('report')) return { path, kind: 'csv', table: 'files' };
  return { error: `${path}: name the CSV after its table: targets.csv, tasks.csv or files.csv` };
}

interface OpenTarget {
  target: ExportTarget;
  temp: string;
  csv: CsvWriter | null;
  xlsx: XlsxWriter | null;
}

async function open(target: ExportTarget): Promise<OpenTarget> {
  await mkdir(dirname(target.path), { recursive: true });
  const temp = `${target.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  if (target.kind === 'csv') return { target, temp, csv: new CsvWriter(temp, TABLES[target.table].columns), xlsx: null };
  const { XlsxWriter } = await import('./xlsx.js');
  return { target, temp, csv: null, xlsx: await XlsxWriter.create(temp) };
}

/** Sends each row of `table` to the CSVs of that table and to every workbook's sheet of it. */
async function writeTable(outputs: OpenTarget[], table: TableName, rows: AsyncIterable<Row>): Promise<number> {
  const csvs = outputs.filter((out) => out.target.kind === 'csv' && out.target.table === table).map((out) => out.csv!);
  const books = outputs.flatMap((out) => (out.xlsx ? [out.xlsx] : []));
  if (csvs.length === 0 && books.length === 0) return 0;
  for (const book of books) await book.startSheet(TABLES[table]);
  let count = 0;
  for await (const row of rows) {
    for (const csv of csvs) await csv.write(row);
    for (const book of books) book.write(row);
    count++;
  }
  return count;
}

export async function runExport(options: ExportOptions): Promise<number> {
  const stderr = options.stderr ?? process.stderr;
  const say = (line: string): void => void stderr.write(`plan-extract export: ${line}\n`);
  const fail = (line: string, code: number): number => {
    say(line);
    return code;
  };
  const isFolder = await stat(options.outdir).then((info) => info.isDirectory(), () => false);
  if (!isFolder) return fail(`${options.outdir} is not a folder (give the -o folder of a batch)`, 2);
  const targets: ExportTarget[] = [];
  for (const path of options.to) {
    const target = targetOf(path);
    if ('error' in target) return fail(target.error, 2);
    targets.push(target);
  }
  const paths = await listPlanFiles(options.outdir);
  const reports = await readReports(options.outdir);
  for (const { path, problem } of reports) if (problem) say(`${path}: skipped: ${problem}`);

  const invalid = new Map<string, string>();
  let planFiles = 0;
  async function* planRows(table: 'targets' | 'tasks'): AsyncGenerator<Row> {
    for (const path of paths) {
      if (invalid.has(path)) continue;
      const loaded = await loadPlanFile(path);
      if (!loaded.ok) {
        invalid.set(path, loaded.reason);
        continue;
      }
      if (table === 'targets') planFiles++;
      yield* rowsOf(table, loaded.planFile);
    }
  }
  async function* reportRows(): AsyncGenerator<Row> {
    for (const { path, report } of reports) for (const record of report?.files ?? []) yield fileRow(record, basename(path));
  }

  const outputs: OpenTarget[] = [];
  const counts = { targets: 0, tasks: 0, files: 0 };
  try {
    for (const target of targets) outputs.push(await open(target));
    counts.targets = await writeTable(outputs, 'targets', planRows('targets'));
    counts.tasks = await writeTable(outputs, 'tasks', planRows('tasks'));
    if (reports.length > 0 || targets.some((t) => t.kind === 'csv' && t.table === 'files')) {
      counts.files = await writeTable(outputs, 'files', reportRows());
    }
    for (const out of outputs) await (out.csv ?? out.xlsx)?.close();
    for (const out of outputs) await rename(out.temp, out.target.path);
  } catch (error) {
    for (const out of outputs) {
      out.csv?.destroy();
      await rm(out.temp, { force: true });
    }
    return fail(`E_OUTPUT: cannot write: ${(error as Error).message}`, 1);
  }
  for (const [path, reason] of invalid) say(`${relative('.', path)}: skipped: ${reason}`);
  if (!options.quiet) {
    say(
      `${counts.targets} targets, ${counts.tasks} tasks, ${counts.files} batch records from ${planFiles} plan files` +
        `${invalid.size ? ` (${invalid.size} invalid JSON files skipped)` : ''} → ${targets.map((t) => t.path).join(', ')}`,
    );
  }
  return invalid.size > 0 ? 1 : 0;
}
