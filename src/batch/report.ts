// OUTDIR/batch-report.json (or batch-report.<i>-of-<n>.json for a shard): every input with its status,
// output, error and duration. The next run reads it to skip unchanged files; `export` reads all of them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../io/atomic-write.js';
import { SCHEMA_VERSION } from '../schema/contract.js';
import { FileCountsSchema } from '../schema/counts.js';

export const FileStatusSchema = z.enum(['ok', 'failed', 'skipped']);

export const FileRecordSchema = z.object({
  /** the input as the report and PlanFile.source.path show it */
  input: z.string(),
  /** POSIX path under the common base of the inputs; the key of the incremental skip */
  relative: z.string(),
  status: FileStatusSchema,
  /** POSIX path relative to OUTDIR; null when nothing was written */
  output: z.string().nullable(),
  sha256: z.string().nullable(),
  bytes: z.number().int().min(0).nullable(),
  /** the plan-extract version that wrote the output */
  toolVersion: z.string(),
  code: z.string().nullable(),
  message: z.string().nullable(),
  durationMs: z.number().min(0),
  /** what the output holds; null for a failed file (absent in reports of versions before 0.2.0) */
  counts: FileCountsSchema.nullable().default(null),
  /** for a file written with no section: why (the diagnostic that says so) */
  emptyReason: z.string().nullable().default(null),
});

export const BatchReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('batch-report'),
  tool: z.object({ name: z.literal('plan-extract'), version: z.string() }),
  inputs: z.array(z.string()),
  shard: z.object({ index: z.number().int().min(0), count: z.number().int().min(1) }).nullable(),
  jobs: z.number().int().min(1),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number().min(0),
  /** true when Ctrl-C (SIGINT) or SIGTERM stopped the run: `pending` inputs were not processed */
  interrupted: z.boolean(),
  summary: z.object({
    total: z.number().int().min(0),
    ok: z.number().int().min(0),
    skipped: z.number().int().min(0),
    failed: z.number().int().min(0),
    pending: z.number().int().min(0),
    /** ok or skipped files whose output holds no section */
    empty: z.number().int().min(0).default(0),
  }),
  /** peak resident memory of the process, main thread and workers together */
  peakRssBytes: z.number().int().min(0),
  files: z.array(FileRecordSchema),
});

export type FileStatus = z.infer<typeof FileStatusSchema>;
export type FileRecord = z.infer<typeof FileRecordSchema>;
export type BatchReport = z.infer<typeof BatchReportSchema>;

/** batch-report.json and batch-report.<i>-of-<n>.json */
export const REPORT_NAME = /^batch-report(?:\.\d+-of-\d+)?\.json$/;

export function isReportName(name: string): boolean {
  return REPORT_NAME.test(name);
}

export async function writeReport(outdir: string, name: string, report: BatchReport): Promise<string> {
  const path = join(outdir, name);
  await writeFileAtomic(path, `${JSON.stringify(report, null, 1)}\n`);
  return path;
}

export interface LoadedReport {
  path: string;
  report: BatchReport | null;
  /** why the file was not a valid report */
  problem: string | null;
}

/** Every report at the top of OUTDIR, sorted by name; an unreadable one comes back with its problem. */
export async function readReports(outdir: string): Promise<LoadedReport[]> {
  let names: string[];
  try {
    names = (await readdir(outdir)).filter(isReportName).sort();
  } catch {
    return [];
  }
  const loaded: LoadedReport[] = [];
  for (const name of names) {
    const path = join(outdir, name);
    try {
      const parsed = BatchReportSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      loaded.push(
        parsed.success
          ? { path, report: parsed.data, problem: null }
          : { path, report: null, problem: `not a batch report: ${parsed.error.issues[0]?.message ?? 'invalid'}` },
      );
    } catch (error) {
      loaded.push({ path, report: null, problem: (error as Error).message });
    }
  }
  return loaded;
}
