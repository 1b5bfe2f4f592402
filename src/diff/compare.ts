// Two PlanFiles in, one DiffReport out: plans paired by part and title, sections paired by content,
// each pair compared field by field, changes listed in the new document's order.
import { DiffReportSchema, SCHEMA_VERSION, type DiffChange, type DiffReport, type Plan, type PlanFile } from '../schema/contract.js';
import { PlanExtractError } from '../schema/errors.js';
import { excerpt } from './excerpt.js';
import { sectionChanges, type CompareOptions, type FieldChange } from './fields.js';
import { sameText, comparable } from './comparable.js';
import { flattenPlan, type FlatSection } from './flatten.js';
import { matchPlans, matchSections } from './match.js';
import { movedSections } from './moves.js';
import { BigramTable } from './similarity.js';

export interface DiffSide {
  path: string;
  sha256: string;
  planFile: PlanFile;
}

export interface DiffResult {
  report: DiffReport;
  /** for each change, the top-level heading it sits under ("二 重点工作任务"), to group the readable report */
  groups: string[];
}

interface Ordered {
  change: DiffChange;
  group: string;
  /** sort key: position in the new document, removed sections just after their old predecessor */
  order: number;
}

interface Tally {
  unchanged: number;
}

function planPath(plan: Plan): string {
  return plan.part ?? '';
}

/** Metadata and preamble of a plan: what a revision changes outside the numbered items. */
export function planChanges(before: Plan, after: Plan, options: CompareOptions): FieldChange[] {
  const changes: FieldChange[] = [];
  const textual = !options.ignore.has('text');
  if (textual && !sameText(before.title ?? '', after.title ?? '')) changes.push({ field: 'title', old: before.title, new: after.title });
  for (const field of ['docNumber', 'issuer', 'issuedOn'] as const) {
    if (!sameText(before[field] ?? '', after[field] ?? '')) changes.push({ field, old: before[field], new: after[field] });
  }
  const referenceKey = (reference: Plan['references'][number]): string => comparable(reference.docNumber ?? reference.title);
  const oldReferences = new Set(before.references.map(referenceKey));
  const newReferences = new Set(after.references.map(referenceKey));
  const addedReferences = after.references.filter((reference) => !oldReferences.has(referenceKey(reference)));
  const removedReferences = before.references.filter((reference) => !newReferences.has(referenceKey(reference)));
  if (addedReferences.length > 0 || removedReferences.length > 0) {
    const name = (reference: Plan['references'][number]): string => reference.docNumber ?? reference.title;
    changes.push({ field: 'references', added: addedReferences.map(name), removed: removedReferences.map(name) });
  }
  const preamble = textual && !sameText(before.preamble, after.preamble) ? excerpt(before.preamble, after.preamble) : null;
  if (preamble) changes.push({ field: 'preamble', old: preamble.old, new: preamble.new });
  return changes;
}

/** "二 重点工作任务": the top-level section above an entry (paths alone can repeat in a restarted outline). */
function groupOf(flat: FlatSection[], entry: FlatSection): string {
  let top = entry;
  while (top.parent !== null) top = flat[top.parent]!;
  return `${top.path} ${top.section.title}`;
}

/** The order key of a removed section: just after the new partner of its nearest kept predecessor. */
function removedOrder(oldIndex: number, oldToNew: Int32Array): number {
  for (let before = oldIndex - 1; before >= 0; before--) {
    const partner = oldToNew[before]!;
    if (partner !== -1) return partner + 0.5 + oldIndex * 1e-6;
  }
  return -0.5 + oldIndex * 1e-6;
}

function diffSections(oldFlat: FlatSection[], newFlat: FlatSection[], options: CompareOptions, table: BigramTable, tally: Tally): Ordered[] {
  const matching = matchSections(oldFlat, newFlat, table);
  const moved = options.ignore.has('moves') ? new Set<number>() : movedSections(oldFlat, newFlat, matching);
  const ordered: Ordered[] = [];
  for (const entry of newFlat) {
    const oldIndex = matching.newToOld[entry.index]!;
    const section = entry.section;
    if (oldIndex === -1) {
      const change: DiffChange = { kind: 'added', oldPath: null, newPath: entry.path, title: section.title, fields: [] };
      ordered.push({ change, group: groupOf(newFlat, entry), order: entry.index });
      continue;
    }
    const before = oldFlat[oldIndex]!;
    const fields = sectionChanges(before.section, section, options);
    const kind = moved.has(entry.index) ? 'moved' : fields.length > 0 ? 'changed' : null;
    if (!kind) {
      tally.unchanged++;
      continue;
    }
    const change: DiffChange = { kind, oldPath: before.path, newPath: entry.path, title: section.title, fields };
    ordered.push({ change, group: groupOf(newFlat, entry), order: entry.index });
  }
  for (const entry of oldFlat) {
    if (matching.oldToNew[entry.index] !== -1) continue;
    const change: DiffChange = { kind: 'removed', oldPath: entry.path, newPath: null, title: entry.section.title, fields: [] };
    ordered.push({ change, group: groupOf(oldFlat, entry), order: removedOrder(entry.index, matching.oldToNew) });
  }
  return ordered.sort((a, b) => a.order - b.order);
}

function summarise(changes: DiffChange[], unchanged: number): DiffReport['summary'] {
  const count = (kind: DiffChange['kind']): number => changes.filter((change) => change.kind === kind).length;
  return { added: count('added'), removed: count('removed'), changed: count('changed'), moved: count('moved'), unchanged };
}

/** Compares two PlanFiles. Pure: no I/O; the report is validated against the contract. */
export function diffPlanFiles(oldSide: DiffSide, newSide: DiffSide, options: CompareOptions): DiffResult {
  const table = new BigramTable();
  const oldPlans = oldSide.planFile.plans;
  const newPlans = newSide.planFile.plans;
  const planPairs = matchPlans(oldPlans, newPlans, table);
  const tally: Tally = { unchanged: 0 };
  const changes: DiffChange[] = [];
  const groups: string[] = [];
  const planGroup = (plan: Plan): string => (plan.part ? `${plan.part} ${plan.title ?? ''}`.trim() : '');
  const push = (change: DiffChange, group: string): void => {
    changes.push(change);
    groups.push(group);
  };

  const pairedOld = new Set(planPairs.map(([oldIndex]) => oldIndex));
  const pairedNew = new Set(planPairs.map(([, newIndex]) => newIndex));
  oldPlans.forEach((plan, index) => {
    if (!pairedOld.has(index)) {
      push({ kind: 'removed', oldPath: planPath(plan), newPath: null, title: plan.title ?? '', fields: [] }, planGroup(plan));
    }
  });
  // plans in the new file's order
  for (const [oldIndex, newIndex] of [...planPairs].sort((a, b) => a[1] - b[1])) {
    const before = oldPlans[oldIndex]!;
    const after = newPlans[newIndex]!;
    const fields = planChanges(before, after, options);
    if (fields.length > 0) {
      push({ kind: 'changed', oldPath: planPath(before), newPath: planPath(after), title: after.title ?? '', fields }, planGroup(after));
    }
    for (const entry of diffSections(flattenPlan(before), flattenPlan(after), options, table, tally)) push(entry.change, entry.group);
  }
  newPlans.forEach((plan, index) => {
    if (!pairedNew.has(index)) {
      push({ kind: 'added', oldPath: null, newPath: planPath(plan), title: plan.title ?? '', fields: [] }, planGroup(plan));
    }
  });

  const report: DiffReport = {
    schemaVersion: SCHEMA_VERSION,
    old: { path: oldSide.path, sha256: oldSide.sha256 },
    new: { path: newSide.path, sha256: newSide.sha256 },
    summary: summarise(changes, tally.unchanged),
    changes,
  };
  const checked = DiffReportSchema.safeParse(report);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new PlanExtractError('E_INTERNAL', `diff report failed the schema at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { report, groups };
}
