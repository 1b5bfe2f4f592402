// The one small engine every extraction grammar runs on: a table of { pattern, meaning } rows,
// each with a corpus example beside it, scanned leftmost-longest over a text. Adding a pattern is
// adding a row (and a test row); the engine never changes.

export interface Rule<M> {
  /** what the row recognises; written without the g flag, the engine adds it */
  pattern: RegExp;
  /** what a match means, or null when the context shows it is not one after all */
  meaning: (match: RegExpExecArray) => M | null;
  /** a real sentence (or phrase) the row was written for */
  example: string;
}

export interface Hit<M> {
  start: number;
  end: number;
  text: string;
  meaning: M;
}

// One global copy per row pattern, made once: rebuilding them for every item was measurable.
// (Safe to share: candidates() resets lastIndex and runs each to the end before the next.)
const globalCopies = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  copy.lastIndex = 0;
  return copy;
}

/** Every match of every row, as candidates (may overlap). */
function candidates<M>(text: string, rules: readonly Rule<M>[]): Hit<M>[] {
  const found: Hit<M>[] = [];
  for (const rule of rules) {
    const pattern = globalOf(rule.pattern);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      const meaning = rule.meaning(match);
      if (meaning !== null) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], meaning });
    }
  }
  return found;
}

/** Non-overlapping hits, leftmost first and, at the same start, the longest (earlier row on ties). */
export function scan<M>(text: string, rules: readonly Rule<M>[]): Hit<M>[] {
  const sorted = candidates(text, rules)
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.order - b.order);
  const hits: Hit<M>[] = [];
  let reached = 0;
  for (const { hit } of sorted) {
    if (hit.start < reached) continue;
    hits.push(hit);
    reached = hit.end;
  }
  return hits;
}

/** A word table read right to left: the occurrence ending last (the longest there) in `text`. */
export function lastWord<W extends { word: string }>(text: string, words: readonly W[]): (W & { at: number }) | null {
  let best: (W & { at: number }) | null = null;
  for (const entry of words) {
    const at = text.lastIndexOf(entry.word);
    if (at < 0) continue;
    const end = at + entry.word.length;
    const bestEnd = best ? best.at + best.word.length : -1;
    if (end > bestEnd || (end === bestEnd && best && entry.word.length > best.word.length)) best = { ...entry, at };
  }
  return best;
}
