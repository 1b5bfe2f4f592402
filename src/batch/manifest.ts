// The incremental skip: an input whose content hash and tool version match what wrote its output last
// time is not extracted again. What "last time" knew comes from the previous reports (fast) or, after a
// crash that left no report, from the existing output JSON itself (source.sha256, tool.version).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { fileCounts, type FileCounts } from '../schema/counts.js';
import type { PlanFile } from '../schema/contract.js';
import type { FileRecord, LoadedReport } from './report.js';

/** What a previous run recorded about one input, enough to decide the skip. */
export interface PreviousRecord {
  sha256: string;
  toolVersion: string;
  /** what the output held, so a skipped file keeps its counts in the new report */
  counts: FileCounts | null;
}

/** relative path → the last successful record, merged over every report (later names win). */
export function previousRecords(reports: LoadedReport[]): Map<string, PreviousRecord> {
  const records = new Map<string, PreviousRecord>();
  for (const { report } of reports) {
    for (const file of report?.files ?? []) {
      if (isReusable(file)) records.set(file.relative, { sha256: file.sha256, toolVersion: file.toolVersion, counts: file.counts ?? null });
    }
  }
  return records;
}

function isReusable(file: FileRecord): file is FileRecord & { sha256: string } {
  return (file.status === 'ok' || file.status === 'skipped') && file.sha256 !== null && file.output !== null;
}

/** sha256 of a file, streamed so a large input is never held whole. */
export async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** The hash and version an existing output JSON was written from, or null if it is missing or foreign. */
export async function recordFromOutput(outputPath: string): Promise<PreviousRecord | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(outputPath, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { source, tool } = parsed as { source?: { sha256?: unknown }; tool?: { version?: unknown } };
    if (typeof source?.sha256 !== 'string' || typeof tool?.version !== 'string') return null;
    return { sha256: source.sha256, toolVersion: tool.version, counts: countsOrNull(parsed as PlanFile) };
  } catch {
    return null;
  }
}

/** An output written by this tool has the PlanFile's shape; anything else has no counts. */
function countsOrNull(planFile: PlanFile): FileCounts | null {
  try {
    return fileCounts(planFile);
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export type SkipDecision = { skip: true; sha256: string; bytes: number; counts: FileCounts | null } | { skip: false };

/**
 * Skips when the output exists and was written by this tool version from the same bytes. Any doubt
 * (unreadable input, missing or foreign output) means "do not skip": extraction then reports the cause.
 */
export async function decideSkip(
  input: string,
  output: string,
  previous: PreviousRecord | null,
  toolVersion: string,
): Promise<SkipDecision> {
  if (!(await exists(output))) return { skip: false };
  const known = previous?.toolVersion === toolVersion ? previous : await recordFromOutput(output);
  if (!known || known.toolVersion !== toolVersion) return { skip: false };
  let current: { sha256: string; bytes: number };
  try {
    current = await hashFile(input);
  } catch {
    return { skip: false };
  }
  return current.sha256 === known.sha256 ? { skip: true, ...current, counts: known.counts } : { skip: false };
}
