// The CLI's JSON text of a PlanFile, with its counts and, when it holds no section, the reason the
// pipeline gave: so `plan-extract FILE > out.json` can say on stderr that the file yielded nothing.
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
  return {
    text: `${JSON.stringify(planFile, null, pretty ? 2 : undefined)}\n`,
    counts,
    emptyReason: emptyReasonOf(planFile, counts.sections),
  };
}
