// The PlanFiles a batch left in OUTDIR: every *.json under it except the batch reports, read one at a
// time (never all in memory) and validated against the contract. A file that is not a PlanFile is a
// value with its reason, not a throw.
import { readFile } from 'node:fs/promises';
import { selectInputs } from '../batch/inputs.js';
import { isReportName } from '../batch/report.js';
import { PlanFileSchema, type PlanFile } from '../schema/contract.js';

export type LoadedPlanFile = { ok: true; path: string; planFile: PlanFile } | { ok: false; path: string; reason: string };

/** The JSON files under `outdir`, in a stable order, without the batch reports at its top. */
export async function listPlanFiles(outdir: string): Promise<string[]> {
  const selection = await selectInputs([outdir], { include: ['**/*.json'] });
  return selection.files
    .filter((file) => !(isReportName(file.relative) && !file.relative.includes('/')))
    .map((file) => file.absolute);
}

export async function loadPlanFile(path: string): Promise<LoadedPlanFile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { ok: false, path, reason: `not readable JSON: ${(error as Error).message}` };
  }
  const checked = PlanFileSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, path, reason: `not a PlanFile: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, path, planFile: checked.data };
}
