// `plan-extract export OUTDIR --to FILE…`: the PlanFiles of a batch as CSV tables and an xlsx workbook.
// Each file is read once per table it feeds and then dropped, so the export streams; every output is
// written to a temp file and renamed (io/atomic-write.ts); one that cannot be written is one E_OUTPUT
// line and exit 1, the others are still written. Returns the exit code.
import { stat } from 'node:fs/promises';
import { basename, extname, relative } from 'node:path';
import { readReports } from '../batch/report.js';
import { asPlanExtractError, type PlanExtractError } from '../schema/errors.js';
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
async function writeTable(outputs: OpenTarget[], table: TableName, rows: AsyncIterable<Row>): Promise<number> {
  const csvs = outputs.filter((out) => out.target.kind === 'csv' && out.target.table === table);
  const books = outputs.filter((out) => out.target.kind === 'xlsx');
  const receivers = [...csvs, ...books];
  if (receivers.length === 0) return 0;
  for (const book of books) await attempt(book, () => (book.writer as XlsxWriter).startSheet(TABLES[table]));
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
  const valid = new Set<string>();
  async function* planRows(table: 'targets' | 'tasks'): AsyncGenerator<Row> {
    for (const path of paths) {
      if (invalid.has(path)) continue;
      const loaded = await loadPlanFile(path);
      if (!loaded.ok) {
        invalid.set(path, loaded.reason);
        continue;
      }
      valid.add(path);
      yield* rowsOf(table, loaded.planFile);
    }
  }
  async function* reportRows(): AsyncGenerator<Row> {
    for (const { path, report } of reports) for (const record of report?.files ?? []) yield fileRow(record, basename(path));
  }

  // an output that cannot be written is one E_OUTPUT line; the others are still written
  const outputs: OpenTarget[] = [];
  const failures: PlanExtractError[] = [];
  for (const target of targets) {
    try {
      outputs.push(await open(target));
    } catch (error) {
      failures.push(asPlanExtractError(error, target.path));
    }
  }
  if (outputs.length === 0) return reportFailures(stderr, failures);
  const counts = { targets: 0, tasks: 0, files: 0 };
  counts.targets = await writeTable(outputs, 'targets', planRows('targets'));
  counts.tasks = await writeTable(outputs, 'tasks', planRows('tasks'));
  if (reports.length > 0 || targets.some((t) => t.kind === 'csv' && t.table === 'files')) {
    counts.files = await writeTable(outputs, 'files', reportRows());
  }
  for (const out of outputs) await attempt(out, () => out.writer.commit());
  failures.push(...outputs.flatMap((out) => (out.failure ? [out.failure] : [])));
  reportFailures(stderr, failures);
  for (const [path, reason] of invalid) say(`${relative('.', path)}: skipped: ${reason}`);
  const written = outputs.filter((out) => !out.failure).map((out) => out.target.path);
  if (!options.quiet) {
    say(
      `${counts.targets} targets, ${counts.tasks} tasks, ${counts.files} batch records from ${valid.size} plan files` +
        `${invalid.size ? ` (${invalid.size} invalid JSON files skipped)` : ''} → ${written.join(', ') || 'nothing written'}`,
    );
  }
  return invalid.size > 0 || failures.length > 0 ? 1 : 0;
}
