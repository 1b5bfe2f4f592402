// `batch --review`: OUTDIR/index.html (index.<i>-of-<n>.html for a shard) listing every input of the
// run with its counts and warnings, read back from the JSON outputs the run wrote or kept.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { renderIndexPage, type IndexEntry } from '../review/index-page.js';
import { outlineOf } from '../review/outline.js';
import { PlanFileSchema } from '../schema/contract.js';
import type { BatchReport, FileRecord } from './report.js';
import type { Shard } from './shard.js';
import { reviewPathOf } from './task.js';

export function indexFileName(shard: Shard | null): string {
  return shard === null ? 'index.html' : `index.${shard.index}-of-${shard.count}.html`;
}

async function entryOf(outdir: string, record: FileRecord): Promise<IndexEntry> {
  const failed: IndexEntry = {
    input: record.input,
    status: 'failed',
    page: null,
    title: null,
    counts: null,
    error: record.code ? `${record.code}: ${record.message ?? ''}` : record.message,
  };
  if (record.status === 'failed' || record.output === null) return failed;
  try {
    const planFile = PlanFileSchema.parse(JSON.parse(await readFile(join(outdir, record.output), 'utf8')));
    const { counts, plans } = outlineOf(planFile);
    return {
      input: record.input,
      status: record.status,
      page: reviewPathOf(record.output).split(posix.sep).map(encodeURIComponent).join('/'),
      title: plans[0]?.plan.title ?? null,
      counts,
      error: null,
    };
  } catch (error) {
    return { ...failed, error: `cannot read ${record.output}: ${(error as Error).message}` };
  }
}

export async function writeReviewIndex(outdir: string, report: BatchReport, shard: Shard | null): Promise<string> {
  const entries: IndexEntry[] = [];
  // one at a time: a large batch's outputs are read back without holding them all in memory
  for (const record of report.files) entries.push(await entryOf(outdir, record));
  const path = join(outdir, indexFileName(shard));
  await writeFileAtomic(path, renderIndexPage(entries, `plan-extract review: ${report.files.length} files`));
  return path;
}
