// The CLI's JSON of a PlanFile (UTF-8 pieces, plan by plan), with its counts and, when it holds no
// section, the reason the pipeline gave: so `plan-extract FILE > out.json` can say on stderr that the
// file yielded nothing.
import { planFileJsonBytes } from '../io/json-stream.js';
import type { PlanFile } from '../schema/contract.js';
import { fileCounts, isWarning } from '../schema/counts.js';
import type { JsonOutput } from './protocol.js';

export function emptyReasonOf(planFile: PlanFile, sections: number): string | null {
  if (sections > 0) return null;
  const reason = planFile.diagnostics.find(isWarning);
  return reason ? `${reason.code}: ${reason.message}` : 'no text was found';
}

export function jsonOutputOf(planFile: PlanFile, pretty: boolean): JsonOutput {
  const counts = fileCounts(planFile);
  return { pieces: planFileJsonBytes(planFile, pretty), counts, emptyReason: emptyReasonOf(planFile, counts.sections) };
}

export function isJsonOutput(value: unknown): value is JsonOutput {
  return typeof value === 'object' && value !== null && Array.isArray((value as JsonOutput).pieces);
}
