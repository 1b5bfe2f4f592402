// `plan-extract batch`: select the inputs, keep this shard's share, skip what is unchanged, convert the
// rest on the worker pool, record every file, and stop cleanly on Ctrl-C. Returns the exit code.
import { mkdir, realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS, type Limits } from '../io/limits.js';
import { errorLine, escapeUnprintable, printableName } from '../schema/errors.js';
import { SCHEMA_VERSION } from '../schema/contract.js';
import { TOOL_VERSION } from '../version.js';
import { isInside, selectInputs, type InputFile, type SpecialKind, type WalkNotice } from './inputs.js';
import { previousRecords, type PreviousRecord } from './manifest.js';
import { outputPathFor, removeStaleOutput } from './output-path.js';
import { runPool } from './pool.js';
import { Progress } from './progress.js';
import { readReports, writeReport, type BatchReport, type FileRecord } from './report.js';
import { inShard, reportFileName, type Shard } from './shard.js';
import { reviewPathOf, type FileOutcome, type FileTask } from './task.js';
import { removeTempFiles } from './temp-files.js';

export const EXIT_INTERRUPTED = { SIGINT: 130, SIGTERM: 143 } as const;

export interface BatchOptions {
  inputs: string[];
  outdir: string;
  include?: string[];
  exclude?: string[];
  jobs: number;
  shard: Shard | null;
  force: boolean;
  pretty: boolean;
  quiet: boolean;
  jsonl: boolean;
  dryRun: boolean;
  /** also a review page per file and OUTDIR/index.html */
  review?: boolean;
  limits: Partial<Limits>;
  /** grace above the per-file timeout before a worker is terminated */
  hardTimeoutGraceMs?: number;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** One selected input and where its output goes (or why it cannot go anywhere). */
interface Planned {
  file: InputFile;
  output: { absolute: string; relative: string } | { refused: string } | { special: SpecialKind };
}

const SPECIAL_NAMES: Record<SpecialKind, string> = { FIFO: 'a FIFO', socket: 'a socket', device: 'a device' };

function specialReason(kind: SpecialKind): string {
  return `${SPECIAL_NAMES[kind]}, not a regular file: batch reads files only (give it to plan-extract FILE alone)`;
}

function usage(stderr: NodeJS.WritableStream, message: string): number {
  stderr.write(`plan-extract: batch: ${message}\n(run plan-extract batch --help for usage)\n`);
  return 2;
}

function noticeLine(notice: WalkNotice): string {
  const what: Record<WalkNotice['reason'], string> = {
    'symlink-loop': 'symlink loop, not followed again',
    'already-walked': 'folder already walked through another link',
    'output-folder': 'the output folder, not read as input',
    unreadable: 'cannot read',
    'no-match': 'matched no input files',
  };
  const detail = notice.detail ? ` (${printableName(notice.detail)})` : '';
  return `plan-extract batch: ${printableName(notice.path)}: ${what[notice.reason]}${detail}`;
}

function failureLine(record: FileRecord): string {
  return `plan-extract: ${errorLine(record.input, record.code ?? 'E_INTERNAL', record.message ?? '')}`;
}

function recordOf(planned: Planned, outcome: FileOutcome): FileRecord {
  const written = outcome.status !== 'failed' && outcome.sha256 !== null && 'relative' in planned.output ? planned.output.relative : null;
  return {
    input: planned.file.display,
    relative: planned.file.relative,
    status: outcome.status,
    output: written,
    sha256: outcome.sha256,
    bytes: outcome.bytes,
    toolVersion: TOOL_VERSION,
    code: 'code' in outcome ? outcome.code : null,
    message: 'message' in outcome ? outcome.message : null,
    durationMs: outcome.durationMs,
    counts: 'counts' in outcome ? outcome.counts : null,
    emptyReason: 'emptyReason' in outcome ? outcome.emptyReason : null,
  };
}

/** A written (or kept) output that holds no section: the file a person must look at. */
function isEmpty(record: FileRecord): boolean {
  return record.status !== 'failed' && record.counts !== null && record.counts.sections === 0;
}

/** "; 2 gave no sections: a.txt, b.pdf" — the first few names, the rest counted. */
function emptyNote(records: FileRecord[]): string {
  const empty = records.filter(isEmpty);
  if (empty.length === 0) return '';
  const SHOWN = 3;
  const names = empty.slice(0, SHOWN).map((record) => printableName(record.input));
  const more = empty.length > SHOWN ? ` and ${empty.length - SHOWN} more` : '';
  return `; ${empty.length} gave no sections: ${names.join(', ')}${more}`;
}

function planOutputs(files: InputFile[], outdir: string): Planned[] {
  return files.map((file) => {
    const target = outputPathFor(outdir, file.relative);
    return { file, output: target.ok ? { absolute: target.path, relative: target.relative } : { refused: target.reason } };
  });
}

function* tasksOf(
  planned: Planned[],
  common: Omit<FileTask, 'input' | 'output' | 'previous'>,
  previous: Map<string, PreviousRecord>,
  refuse: (index: number, reason: string) => void,
  skip: (index: number, kind: SpecialKind) => void,
): Generator<FileTask & { index: number }> {
  for (const [index, { file, output }] of planned.entries()) {
    if ('refused' in output) {
      refuse(index, output.refused);
      continue;
    }
    if ('special' in output) {
      skip(index, output.special);
      continue;
    }
    yield { ...common, index, input: file.display, output: output.absolute, previous: previous.get(file.relative) ?? null };
  }
}

/** Ctrl-C and SIGTERM (Kubernetes) stop the run; a second signal leaves at once. */
function onStopSignals(stop: (signal: 'SIGINT' | 'SIGTERM') => void): () => void {
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  const handler = (signal: 'SIGINT' | 'SIGTERM'): void => {
    if (received) process.exit(EXIT_INTERRUPTED[received]);
    received = signal;
    stop(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** The inputs of this shard and their output paths, or the exit code of a usage error. */
async function prepare(
  options: BatchOptions,
  stderr: NodeJS.WritableStream,
): Promise<{ error: number } | { outdir: string; planned: Planned[] }> {
  const outdir = resolve(options.outdir);
  const selection = await selectInputs(options.inputs, {
    include: options.include,
    exclude: options.exclude,
    skipFolders: [outdir],
  });
  const rootIsOutput = selection.notices.find(
    (notice) => notice.reason === 'output-folder' && options.inputs.some((arg) => resolve(arg) === notice.path),
  );
  if (rootIsOutput) return { error: usage(stderr, `the output folder ${printableName(options.outdir)} is also an input folder`) };
  if (selection.files.length + selection.specials.length === 0) {
    for (const notice of selection.notices) stderr.write(`${noticeLine(notice)}\n`);
    return { error: usage(stderr, 'no input files (folders are searched for .md .txt .docx .doc .pdf .html; see --include)') };
  }
  if (!options.quiet) for (const notice of selection.notices) stderr.write(`${noticeLine(notice)}\n`);
  const mine = (file: InputFile): boolean => inShard(file.relative, options.shard);
  const planned: Planned[] = [
    ...planOutputs(selection.files.filter(mine), outdir),
    ...selection.specials.filter(mine).map((file) => ({ file, output: { special: file.kind } })),
  ].sort((a, b) => a.file.order - b.file.order);
  return { outdir, planned };
}

interface Execution {
  records: (FileRecord | undefined)[];
  signal: 'SIGINT' | 'SIGTERM' | null;
}

/** Converts the planned inputs on the pool, recording each outcome as it arrives; stops on a signal. */
async function execute(
  options: BatchOptions,
  planned: Planned[],
  context: { outdir: string; realOutdir: string; progress: Progress; stdout: NodeJS.WritableStream },
): Promise<Execution> {
  const { progress, stdout } = context;
  let jsonl = options.jsonl;
  // `batch --jsonl | head`: a closed pipe ends the lines, not the batch
  if (jsonl) stdout.once('error', () => (jsonl = false));
  const records: (FileRecord | undefined)[] = new Array(planned.length);
  const emit = (index: number, outcome: FileOutcome): void => {
    const record = recordOf(planned[index] as Planned, outcome);
    records[index] = record;
    progress.record(record.status);
    if (record.status === 'failed') progress.line(failureLine(record));
    else if (record.status === 'ok' && isEmpty(record) && !options.quiet) {
      progress.line(`plan-extract batch: ${printableName(record.input)}: no sections found: ${escapeUnprintable(record.emptyReason ?? 'see its diagnostics')}`);
    }
    if (jsonl) stdout.write(`${JSON.stringify(record)}\n`);
  };
  const refuse = (index: number, reason: string): void =>
    emit(index, { status: 'failed', code: 'E_OUTPUT', message: reason, sha256: null, bytes: null, durationMs: 0 });
  const skip = (index: number, kind: SpecialKind): void => {
    const message = specialReason(kind);
    if (!options.quiet) progress.line(`plan-extract batch: ${printableName((planned[index] as Planned).file.display)}: skipped: ${message}`);
    emit(index, { status: 'skipped', code: 'E_NOT_A_FILE', message, sha256: null, bytes: null, durationMs: 0 });
  };
  const common = {
    realOutdir: context.realOutdir,
    protectedInputs: planned.filter(({ file }) => isInside(file.real, context.realOutdir)).map(({ file }) => file.real),
    force: options.force,
    pretty: options.pretty,
    review: options.review === true,
    limits: options.limits,
  };
  const previous = options.force ? new Map<string, PreviousRecord>() : previousRecords(await readReports(context.outdir));
  const timeoutMs = options.limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const cleanups: Promise<void>[] = [];
  progress.start();
  const run = runPool(
    tasksOf(planned, common, previous, refuse, skip),
    {
      jobs: Math.max(1, Math.min(options.jobs, planned.length)),
      hardTimeoutMs: timeoutMs > 0 ? timeoutMs + (options.hardTimeoutGraceMs ?? 5000) : 0,
      workerHeapMb: options.limits.maxMemoryMb,
    },
    (task, outcome) => {
      // the worker removes a stale output itself, unless it was terminated (hard timeout, crash)
      if (outcome.status === 'failed' && outcome.code !== 'E_OUTPUT') {
        cleanups.push(removeStaleOutput(task));
        if (task.review) cleanups.push(removeStaleOutput({ ...task, output: reviewPathOf(task.output) }));
      }
      emit(task.index, outcome);
    },
  );
  let signal: Execution['signal'] = null;
  const release = onStopSignals((received) => {
    signal = received;
    progress.line(`plan-extract batch: ${received}: stopping; finished files are kept, re-run to do the rest`);
    run.stop();
  });
  const { unfinished } = await run.done;
  release();
  await Promise.all(cleanups);
  // a worker terminated mid-write may have left NAME.json.<pid>.<hex>.tmp behind
  await removeTempFiles(unfinished.flatMap((task) => (task.review ? [task.output, reviewPathOf(task.output)] : [task.output])));
  return { records, signal };
}

function reportOf(options: BatchOptions, total: number, execution: Execution, startedAt: Date): BatchReport {
  const done = execution.records.filter((record): record is FileRecord => record !== undefined);
  const count = (status: FileRecord['status']): number => done.filter((record) => record.status === status).length;
  const finishedAt = new Date();
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'batch-report',
    tool: { name: 'plan-extract', version: TOOL_VERSION },
    inputs: options.inputs,
    shard: options.shard,
    jobs: options.jobs,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    interrupted: execution.signal !== null,
    summary: {
      total,
      ok: count('ok'),
      skipped: count('skipped'),
      failed: count('failed'),
      pending: total - done.length,
      empty: done.filter(isEmpty).length,
    },
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    files: done,
  };
}

export async function runBatch(options: BatchOptions): Promise<number> {
  const stderr = options.stderr ?? process.stderr;
  const stdout = options.stdout ?? process.stdout;
  const startedAt = new Date();
  const prepared = await prepare(options, stderr);
  if ('error' in prepared) return prepared.error;
  const { outdir, planned } = prepared;
  if (options.dryRun) {
    for (const { file, output } of planned) {
      const target = 'refused' in output ? `refused: ${output.refused}` : 'special' in output ? `skipped: ${specialReason(output.special)}` : output.relative;
      stdout.write(`${file.display}\t${target}\n`);
    }
    return 0;
  }
  await mkdir(outdir, { recursive: true });
  const realOutdir = await realpath(outdir);
  const reportName = reportFileName(options.shard);
  // temp files a killed earlier run left beside this run's own targets
  const targets = planned.flatMap(({ output }) => ('absolute' in output ? [output.absolute] : []));
  await removeTempFiles([...targets, resolve(outdir, reportName)]);

  const progress = new Progress(planned.length, { stream: stderr, quiet: options.quiet });
  const execution = await execute(options, planned, { outdir, realOutdir, progress, stdout });
  const report = reportOf(options, planned.length, execution, startedAt);
  const reportPath = await writeReport(outdir, reportName, report);
  if (options.review) await (await import('./review-index.js')).writeReviewIndex(outdir, report, options.shard);
  const { summary } = report;
  progress.finish(
    `plan-extract batch: ${report.files.length}/${planned.length} files in ${(report.durationMs / 1000).toFixed(1)} s: ` +
      `${summary.ok} ok, ${summary.skipped} skipped, ${summary.failed} failed` +
      `${summary.pending ? `, ${summary.pending} not done (interrupted)` : ''}${emptyNote(report.files)}; report: ${reportPath}`,
  );
  if (execution.signal) return EXIT_INTERRUPTED[execution.signal];
  return summary.failed > 0 ? 1 : 0;
}
