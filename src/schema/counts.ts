// How much a PlanFile holds: what the batch report, the review pages and `show` print, so a file that
// gave nothing stands out beside the others.
import { z } from 'zod';
import type { Diagnostic, PlanFile, Section } from './contract.js';

export const CountsSchema = z.object({
  sections: z.number().int().min(0),
  /** distinct responsible units */
  units: z.number().int().min(0),
  deadlines: z.number().int().min(0),
  targets: z.number().int().min(0),
  /** diagnostics of severity warning or error */
  warnings: z.number().int().min(0),
});

export const FileCountsSchema = CountsSchema.extend({ plans: z.number().int().min(0) });

export type Counts = z.infer<typeof CountsSchema>;
export type FileCounts = z.infer<typeof FileCountsSchema>;

export function isWarning(diagnostic: Diagnostic): boolean {
  return diagnostic.severity !== 'info';
}

/** Every section of a tree in outline order (pre-order), without recursion. */
export function allSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const stack = [...sections].reverse();
  for (let section = stack.pop(); section !== undefined; section = stack.pop()) {
    out.push(section);
    for (let i = section.children.length - 1; i >= 0; i--) stack.push(section.children[i] as Section);
  }
  return out;
}

export function sectionCounts(sections: readonly Section[], warnings: number): Counts {
  const all = allSections(sections);
  let deadlines = 0;
  let targets = 0;
  const units = new Set<string>();
  for (const section of all) {
    deadlines += section.deadlines.length;
    targets += section.targets.length;
    for (const unit of section.responsibility.units) units.add(unit);
  }
  return { sections: all.length, units: units.size, deadlines, targets, warnings };
}

export function fileCounts(planFile: PlanFile): FileCounts {
  const counts = sectionCounts(
    planFile.plans.flatMap((plan) => plan.sections),
    planFile.diagnostics.filter(isWarning).length,
  );
  return { ...counts, plans: planFile.plans.length };
}
