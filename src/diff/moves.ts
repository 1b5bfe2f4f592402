// Which paired sections count as `moved`. Renumbering is not moving: when item 3 is dropped and
// 4, 5, 6 become 3, 4, 5, their paths change but their place among the items that exist in both
// versions does not, so they are unchanged. A section is moved when
//   1. its parent changed (the old parent's partner is not the new parent), or
//   2. its order among its siblings changed. The fewest such moves are reported: the siblings
//      outside a longest increasing run of old positions (moving item 1 to the end moves one item,
//      not four); of equally long runs the one keeping most items at their old rank wins; and two
//      items that exchanged ranks (a swap) are both reported, not just one of them.
import type { FlatSection } from './flatten.js';
import type { Matching } from './match.js';

/** Indices of the new sections that moved. */
export function movedSections(oldFlat: FlatSection[], newFlat: FlatSection[], matching: Matching): Set<number> {
  const moved = new Set<number>();
  // new parent (or -1 for the top level) → the new indices under it that kept their parent
  const stayed = new Map<number, number[]>();
  for (const entry of newFlat) {
    const oldIndex = matching.newToOld[entry.index]!;
    if (oldIndex === -1) continue;
    const oldParent = oldFlat[oldIndex]!.parent;
    const sameParent =
      oldParent === null ? entry.parent === null : entry.parent !== null && matching.oldToNew[oldParent] === entry.parent;
    if (!sameParent) {
      moved.add(entry.index);
      continue;
    }
    const key = entry.parent ?? -1;
    const siblings = stayed.get(key) ?? [];
    siblings.push(entry.index);
    stayed.set(key, siblings);
  }
  for (const siblings of stayed.values()) {
    const oldOrder = siblings.map((newIndex) => matching.newToOld[newIndex]!);
    for (const position of reordered(oldOrder)) moved.add(siblings[position]!);
  }
  return moved;
}

/**
 * Given the old positions of siblings listed in their new order, the list positions that moved:
 * those outside a maximum increasing subsequence, preferring to keep items whose rank is unchanged,
 * plus the partner of any exchange.
 */
export function reordered(oldOrder: readonly number[]): number[] {
  const n = oldOrder.length;
  const rankOf = new Map([...oldOrder].sort((a, b) => a - b).map((value, rank) => [value, rank]));
  const oldRank = oldOrder.map((value) => rankOf.get(value)!);
  // weight 2n+1 per kept item dominates the +1 for keeping an item at its rank
  const weight = oldRank.map((rank, position) => 2 * n + 1 + (rank === position ? 1 : 0));
  const best = new Array<number>(n).fill(0);
  const previous = new Array<number>(n).fill(-1);
  let end = -1;
  for (let i = 0; i < n; i++) {
    best[i] = weight[i]!;
    for (let j = 0; j < i; j++) {
      if (oldOrder[j]! < oldOrder[i]! && best[j]! + weight[i]! > best[i]!) {
        best[i] = best[j]! + weight[i]!;
        previous[i] = j;
      }
    }
    if (end === -1 || best[i]! > best[end]!) end = i;
  }
  const kept = new Set<number>();
  for (let i = end; i !== -1; i = previous[i]!) kept.add(i);

  const moved = new Set<number>();
  for (let position = 0; position < n; position++) {
    if (kept.has(position)) continue;
    moved.add(position);
    // a swap: the item now at this one's old rank came from this one's new rank
    const partner = oldRank[position]!;
    if (oldRank[partner] === position) moved.add(partner);
  }
  return [...moved].sort((a, b) => a - b);
}
