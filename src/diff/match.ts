// Pairing sections (and plans) across two versions by content, not by number: a renumbered, moved
// or retitled item keeps its partner. Identical sections pair first (cheap, and most of a revision
// is unchanged); the rest go to an optimal assignment on a similarity score.
import type { Plan } from '../schema/contract.js';
import { assign, scoreMatrix } from './assignment.js';
import { comparable } from './comparable.js';
import { matchingContent, type FlatSection } from './flatten.js';
import { BigramTable, dice, diceUpperBound, type Profile } from './similarity.js';

/**
 * Two sections are the same item when their score reaches this. Calibrated on the corpus: the best
 * score of any section against another section of its own plan is 0.20–0.48 (the highest, 0.476, two
 * bare headings of 000 篇二 whose children share 公立医院…管理), while an item with a changed number,
 * unit list or deadline scores over 0.95 and a retitled item with a body over 0.7.
 */
export const SECTION_THRESHOLD = 0.5;
/** Title and body weigh 1 : 3, so a new title on an unchanged body still pairs (0.25·0 + 0.75·1). */
const TITLE_WEIGHT = 0.25;
const CONTENT_WEIGHT = 0.75;
/** Tie-breakers between look-alike items (boilerplate such as 加强组织领导): nearby and same depth. */
const POSITION_WEIGHT = 0.02;
const LEVEL_WEIGHT = 0.01;

export interface Matching {
  /** old index → new index, -1 when the old section was removed */
  oldToNew: Int32Array;
  /** new index → old index, -1 when the new section was added */
  newToOld: Int32Array;
}

interface Features {
  title: Profile;
  content: Profile;
  /** relative position in the plan, 0…1 */
  position: number;
  level: number;
}

/** Bigram profiles are built only for the sections left after identical ones pair: usually few. */
function featuresOf(flat: FlatSection[], index: number, table: BigramTable): Features {
  const entry = flat[index]!;
  return {
    title: table.profile(entry.section.title),
    content: table.profile(matchingContent(entry.section)),
    position: flat.length > 1 ? index / (flat.length - 1) : 0,
    level: entry.section.level,
  };
}

/** The similarity of two sections, 0…~1; 0 when the bodies cannot reach the threshold anyway. */
export function sectionScore(a: Features, b: Features): number {
  const bonus = POSITION_WEIGHT * (1 - Math.abs(a.position - b.position)) + (a.level === b.level ? LEVEL_WEIGHT : 0);
  if (TITLE_WEIGHT + CONTENT_WEIGHT * diceUpperBound(a.content, b.content) + bonus < SECTION_THRESHOLD) return 0;
  return TITLE_WEIGHT * dice(a.title, b.title) + CONTENT_WEIGHT * dice(a.content, b.content) + bonus;
}

const exactKey = (entry: FlatSection): string => `${comparable(entry.section.title)}\u0000${comparable(entry.section.text)}`;

/** Pairs sections whose title and text are identical (after formatting), k-th with k-th. */
function pairIdentical(oldFlat: FlatSection[], newFlat: FlatSection[], matching: Matching): void {
  const byKey = new Map<string, { old: number[]; new: number[] }>();
  const bucket = (key: string): { old: number[]; new: number[] } => {
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { old: [], new: [] }));
    return entry;
  };
  for (const entry of oldFlat) bucket(exactKey(entry)).old.push(entry.index);
  for (const entry of newFlat) bucket(exactKey(entry)).new.push(entry.index);
  for (const { old, new: added } of byKey.values()) {
    // repeated identical items with different counts are ambiguous: leave them to the scoring
    if (old.length !== added.length) continue;
    old.forEach((oldIndex, k) => {
      matching.oldToNew[oldIndex] = added[k]!;
      matching.newToOld[added[k]!] = oldIndex;
    });
  }
}

export function matchSections(oldFlat: FlatSection[], newFlat: FlatSection[], table = new BigramTable()): Matching {
  const matching: Matching = {
    oldToNew: new Int32Array(oldFlat.length).fill(-1),
    newToOld: new Int32Array(newFlat.length).fill(-1),
  };
  pairIdentical(oldFlat, newFlat, matching);

  const oldLeft = oldFlat.flatMap((entry) => (matching.oldToNew[entry.index] === -1 ? [entry.index] : []));
  const newLeft = newFlat.flatMap((entry) => (matching.newToOld[entry.index] === -1 ? [entry.index] : []));
  const oldFeatures = oldLeft.map((index) => featuresOf(oldFlat, index, table));
  const newFeatures = newLeft.map((index) => featuresOf(newFlat, index, table));
  const matrix = scoreMatrix(oldLeft.length, newLeft.length, (row, col) => sectionScore(oldFeatures[row]!, newFeatures[col]!));
  for (const pair of assign(matrix, SECTION_THRESHOLD)) {
    const oldIndex = oldLeft[pair.row]!;
    const newIndex = newLeft[pair.col]!;
    matching.oldToNew[oldIndex] = newIndex;
    matching.newToOld[newIndex] = oldIndex;
  }
  return matching;
}

/** Plans pair when their part (篇三) agrees, and otherwise by title and headings. */
const PLAN_THRESHOLD = 0.35;
const PART_WEIGHT = 0.5;

function planSignature(plan: Plan): string {
  return [plan.title ?? '', ...plan.sections.map((section) => section.title)].join('');
}

/** Pairs the plans of two files: [oldIndex, newIndex] pairs. A single plan on each side always pairs. */
export function matchPlans(oldPlans: Plan[], newPlans: Plan[], table = new BigramTable()): Array<[number, number]> {
  if (oldPlans.length === 1 && newPlans.length === 1) return [[0, 0]];
  const oldSignatures = oldPlans.map((plan) => table.profile(planSignature(plan)));
  const newSignatures = newPlans.map((plan) => table.profile(planSignature(plan)));
  const matrix = scoreMatrix(oldPlans.length, newPlans.length, (row, col) => {
    const oldPart = oldPlans[row]!.part;
    const samePart = oldPart !== null && oldPart === newPlans[col]!.part;
    return (samePart ? PART_WEIGHT : 0) + (1 - PART_WEIGHT) * dice(oldSignatures[row]!, newSignatures[col]!);
  });
  return assign(matrix, PLAN_THRESHOLD).map((pair) => [pair.row, pair.col]);
}
