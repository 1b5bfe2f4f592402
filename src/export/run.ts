// `plan-extract export OUTDIR --to FILE…`: the PlanFiles of a batch as CSV tables and an xlsx workbook.
// Each file is read once per table it feeds and then dropped, so the export streams; an xlsx adds one
// pass before the others that measures the columns (a streamed sheet writes its widths before its
// first row). Every output is written to a temp file and renamed (io/atomic-write.ts); one that cannot
// be written is one E_OUTPUT line and exit 1, the others are still written. Returns the exit code.
import { stat } from 'node:fs/promises';
import { basename, extname, relative } from 'node:path';
import { readReports, type LoadedReport } from '../batch/report.js';
import type { PlanFile } from '../schema/contract.js';
import { asPlanExtractError, type PlanExtractError } from '../schema/errors.js';
import { ColumnWidths } from './column-widths.js';
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

/** The PlanFiles under OUTDIR, read afresh on every pass; what is not a PlanFile is noted once and skipped. */
class PlanFiles {
  readonly invalid = new Map<string, string>();
  readonly valid = new Set<string>();

  constructor(private readonly paths: string[]) {}

  async *each(): AsyncGenerator<PlanFile> {
    for (const path of this.paths) {
      if (this.invalid.has(path)) continue;
      const loaded = await loadPlanFile(path);
      if (!loaded.ok) {
        this.invalid.set(path, loaded.reason);
        continue;
      }
      this.valid.add(path);
      yield loaded.planFile;
    }
  }

  async *rows(table: 'targets' | 'tasks'): AsyncGenerator<Row> {
    for await (const planFile of this.each()) yield* rowsOf(table, planFile);
  }
}

function* reportRows(reports: LoadedReport[]): Generator<Row> {
  for (const { path, report } of reports) for (const record of report?.files ?? []) yield fileRow(record, basename(path));
}

/** The widest cell of every column of every table: the pass an xlsx needs before its first row. */
async function measure(planFiles: PlanFiles, reports: LoadedReport[]): Promise<Record<TableName, number[]>> {
  const targets = new ColumnWidths(TABLES.targets.columns);
  const tasks = new ColumnWidths(TABLES.tasks.columns);
  const files = new ColumnWidths(TABLES.files.columns);
  for await (const planFile of planFiles.each()) {
    for (const row of rowsOf('targets', planFile)) targets.add(row);
    for (const row of rowsOf('tasks', planFile)) tasks.add(row);
  }
  for (const row of reportRows(reports)) files.add(row);
  return { targets: targets.widths(), tasks: tasks.widths(), files: files.widths() };
}

/** An output being written; `failure` set once it failed, after which it gets no more rows. */
interface OpenTarget {
  target: ExportTarget;
  writer: CsvWriter | XlsxWriter;
  failure: PlanExtractError | null;
}

async function open(target: ExportTarget): Promise<OpenTarget> {
  if (target.kind === 'csv') return { target, writer: await CsvWriter.create(target.path, TABLES[target.table].columns), failure: null };
  const { XlsxWriter } = await import('./xlsx.js');
  return { target, writer: await XlsxWriter.create(target.path), failure: null };
}

/** Opens every output; one that cannot be opened becomes a failure and the rest go on. */
async function openAll(targets: ExportTarget[]): Promise<{ outputs: OpenTarget[]; failures: PlanExtractError[] }> {
  const outputs: OpenTarget[] = [];
  const failures: PlanExtractError[] = [];
  for (const target of targets) {
    try {
      outputs.push(await open(target));
    } catch (error) {
      failures.push(asPlanExtractError(error, target.path));
    }
  }
  return { outputs, failures };
}

/** Runs one step on an output; a failure discards that output's temp file and spares the others. */
async function attempt(out: OpenTarget, step: () => unknown): Promise<void> {
  if (out.failure) return;
  try {
    await step();
  } catch (error) {
    out.failure = asPlanExtractError(error, out.target.path);
    await out.writer.discard();
  }
}

/** Sends each row of `table` to the CSVs of that table and to every workbook's sheet of it. */
async function writeTable(
  outputs: OpenTarget[],
  table: TableName,
  rows: AsyncIterable<Row> | Iterable<Row>,
  widths: number[] | undefined,
): Promise<number> {
  const csvs = outputs.filter((out) => out.target.kind === 'csv' && out.target.table === table);
  const books = outputs.filter((out) => out.target.kind === 'xlsx');
  const receivers = [...csvs, ...books];
  if (receivers.length === 0) return 0;
  for (const book of books) await attempt(book, () => (book.writer as XlsxWriter).startSheet(TABLES[table], widths));
  let count = 0;
  for await (const row of rows) {
    for (const out of receivers) await attempt(out, () => out.writer.write(row));
    count++;
  }
  return count;
}

/** "plan-extract: out/targets.csv: E_OUTPUT: …", the one line of every failure; exit 1 if there was one. */
function reportFailures(stderr: NodeJS.WritableStream, failures: PlanExtractError[]): number {
  for (const failure of failures) stderr.write(`plan-extract: ${failure.toLine()}\n`);
  return failures.length > 0 ? 1 : 0;
}

export async function runExport(options: ExportOptions): Promise<number> {
  const stderr = options.stderr ?? process.stderr;
  const say = (line: string): void => void stderr.write(`plan-extract export: ${line}\n`);
  const isFolder = await stat(options.outdir).then((info) => info.isDirectory(), () => false);
  if (!isFolder) {
    say(`${options.outdir} is not a folder (give the -o folder of a batch)`);
    return 2;
  }
  const targets: ExportTarget[] = [];
  for (const path of options.to) {
    const target = targetOf(path);
    if ('error' in target) {
      say(target.error);
      return 2;
    }
    targets.push(target);
  }
  const planFiles = new PlanFiles(await listPlanFiles(options.outdir));
  const reports = await readReports(options.outdir);
  for (const { path, problem } of reports) if (problem) say(`${path}: skipped: ${problem}`);

  const { outputs, failures } = await openAll(targets);
  if (outputs.length === 0) return reportFailures(stderr, failures);
  const widths = outputs.some((out) => out.target.kind === 'xlsx') ? await measure(planFiles, reports) : undefined;
  const counts = {
    targets: await writeTable(outputs, 'targets', planFiles.rows('targets'), widths?.targets),
    tasks: await writeTable(outputs, 'tasks', planFiles.rows('tasks'), widths?.tasks),
    files:
      reports.length > 0 || targets.some((t) => t.kind === 'csv' && t.table === 'files')
        ? await writeTable(outputs, 'files', reportRows(reports), widths?.files)
        : 0,
  };
  for (const out of outputs) await attempt(out, () => out.writer.commit());
  failures.push(...outputs.flatMap((out) => (out.failure ? [out.failure] : [])));
  reportFailures(stderr, failures);
  const { invalid, valid } = planFiles;
  for (const [path, reason] of invalid) say(`${relative('.', path)}: skipped: ${reason}`);
  if (!options.quiet) {
    const written = outputs.filter((out) => !out.failure).map((out) => out.target.path);
    say(
      `${counts.targets} targets, ${counts.tasks} tasks, ${counts.files} batch records from ${valid.size} plan files` +
        `${invalid.size ? ` (${invalid.size} invalid JSON files skipped)` : ''} → ${written.join(', ') || 'nothing written'}`,
    );
  }
  return invalid.size > 0 || failures.length > 0 ? 1 : 0;
}
