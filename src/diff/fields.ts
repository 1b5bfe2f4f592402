// Field-level differences between two paired sections: what an analyst asks of a revision — which
// targets were raised or lowered, which deadlines moved, which units were added or dropped — and
// the title and an excerpt of the text. Everything is compared after formatting is folded away.
import type { Deadline, DiffChange, Section, Target } from '../schema/contract.js';
import { assign, scoreMatrix } from './assignment.js';
import { comparable, sameText } from './comparable.js';
import { excerpt } from './excerpt.js';
import { textSimilarity, BigramTable } from './similarity.js';

export type FieldChange = DiffChange['fields'][number];

/** What to leave out of the comparison: `text` = title, body and preamble (structured fields only). */
export type Ignorable = 'text' | 'moves';

export interface CompareOptions {
  ignore: ReadonlySet<Ignorable>;
}

/** Two targets are the same target when their metrics are at least this alike. */
const METRIC_THRESHOLD = 0.5;
const TARGET_PROPERTIES = ['metric', 'comparator', 'value', 'unit', 'deadline', 'aspirational'] as const;

function targetKey(target: Target): string {
  return [comparable(target.metric), target.comparator, String(target.value), target.unit, target.deadline, target.aspirational].join('\u0000');
}

function sameProperty(a: Target, b: Target, property: (typeof TARGET_PROPERTIES)[number]): boolean {
  return property === 'metric' ? sameText(a.metric, b.metric) : a[property] === b[property];
}

/** Pairs identical targets, then the rest by metric similarity; unpaired ones are added/removed. */
export function targetChanges(oldTargets: Target[], newTargets: Target[]): FieldChange[] {
  const newByKey = new Map<string, number[]>();
  newTargets.forEach((target, index) => newByKey.set(targetKey(target), [...(newByKey.get(targetKey(target)) ?? []), index]));
  const oldLeft: Target[] = [];
  for (const target of oldTargets) {
    const same = newByKey.get(targetKey(target));
    if (same && same.length > 0) same.shift();
    else oldLeft.push(target);
  }
  const newLeft = [...newByKey.values()].flat().sort((a, b) => a - b).map((index) => newTargets[index]!);

  const table = new BigramTable();
  const matrix = scoreMatrix(oldLeft.length, newLeft.length, (row, col) =>
    textSimilarity(oldLeft[row]!.metric, newLeft[col]!.metric, table),
  );
  const pairs = assign(matrix, METRIC_THRESHOLD);
  const changes: FieldChange[] = [];
  for (const { row, col } of pairs) {
    const before = oldLeft[row]!;
    const after = newLeft[col]!;
    for (const property of TARGET_PROPERTIES) {
      if (sameProperty(before, after, property)) continue;
      changes.push({ field: `targets[${before.metric}].${property}`, old: before[property], new: after[property] });
    }
  }
  const removed = oldLeft.filter((_, row) => !pairs.some((pair) => pair.row === row)).map((target) => target.text);
  const added = newLeft.filter((_, col) => !pairs.some((pair) => pair.col === col)).map((target) => target.text);
  if (added.length > 0 || removed.length > 0) changes.push({ field: 'targets', added, removed });
  return changes;
}

/** A deadline as compared: its date when it has one ("到2025年" = "2025年底前" = 2025-12-31). */
function deadlineValue(deadline: Deadline): string {
  return deadline.date ?? deadline.text;
}

function deadlineKey(deadline: Deadline): string {
  return `${deadline.kind}\u0000${deadline.date ?? comparable(deadline.text)}`;
}

/** Removes from `from` one element per element of `take` with the same key; returns what is left. */
function multisetMinus<T>(from: T[], take: T[], key: (item: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const item of take) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return from.filter((item) => {
    const count = counts.get(key(item)) ?? 0;
    if (count === 0) return true;
    counts.set(key(item), count - 1);
    return false;
  });
}

/** One deadline replaced by another is old → new; anything else is added/removed lists. */
export function deadlineChanges(oldDeadlines: Deadline[], newDeadlines: Deadline[]): FieldChange[] {
  const removed = multisetMinus(oldDeadlines, newDeadlines, deadlineKey).map(deadlineValue);
  const added = multisetMinus(newDeadlines, oldDeadlines, deadlineKey).map(deadlineValue);
  if (removed.length === 0 && added.length === 0) return [];
  if (removed.length === 1 && added.length === 1) return [{ field: 'deadlines', old: removed[0], new: added[0] }];
  return [{ field: 'deadlines', added, removed }];
}

function unitSetChange(field: string, oldUnits: string[], newUnits: string[]): FieldChange[] {
  const dedupe = (units: string[]): string[] => [...new Map(units.map((unit) => [comparable(unit), unit])).values()];
  const removed = multisetMinus(dedupe(oldUnits), newUnits, comparable);
  const added = multisetMinus(dedupe(newUnits), oldUnits, comparable);
  return added.length > 0 || removed.length > 0 ? [{ field, added, removed }] : [];
}

/** Units added or dropped; a unit promoted to lead (牵头) with the same units shows as a lead change. */
export function responsibilityChanges(before: Section['responsibility'], after: Section['responsibility']): FieldChange[] {
  const units = unitSetChange('responsibility.units', before.units, after.units);
  return units.length > 0 ? units : unitSetChange('responsibility.lead', before.lead, after.lead);
}

/** Title and body: the title old → new, the body as an excerpt around the edits. */
export function textChanges(before: Section, after: Section): FieldChange[] {
  // the outline may split "1.X。body" into title and text differently in two formats: same words, no change
  if (sameText(before.title + before.text, after.title + after.text)) return [];
  const changes: FieldChange[] = [];
  if (!sameText(before.title, after.title)) changes.push({ field: 'title', old: before.title, new: after.title });
  const edit = sameText(before.text, after.text) ? null : excerpt(before.text, after.text);
  if (edit) changes.push({ field: 'text', old: edit.old, new: edit.new });
  return changes;
}

export function sectionChanges(before: Section, after: Section, options: CompareOptions): FieldChange[] {
  const textual = options.ignore.has('text') ? [] : textChanges(before, after);
  const title = textual.filter((change) => change.field === 'title');
  const text = textual.filter((change) => change.field === 'text');
  return [
    ...title,
    ...targetChanges(before.targets, after.targets),
    ...deadlineChanges(before.deadlines, after.deadlines),
    ...responsibilityChanges(before.responsibility, after.responsibility),
    ...text,
  ];
}
