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

// A row whose pattern cannot match a text is not run over it: the characters every match must hold
// (see requiredCharacters) are looked up first, one indexOf each. Derived from the pattern itself,
// so no row declares anything and a new row is prefiltered too.
const requiredOf = new WeakMap<RegExp, string[]>();

function mayMatch(pattern: RegExp, text: string): boolean {
  let required = requiredOf.get(pattern);
  if (!required) {
    required = requiredCharacters(pattern);
    requiredOf.set(pattern, required);
  }
  for (const char of required) if (!text.includes(char)) return false;
  return true;
}

// Chinese characters and full-width punctuation and digits: no case folding, even under the i flag
const CASELESS = /[\u3000-\u9fff\uff01-\uff20]/;

/**
 * The characters any match of `pattern` contains, read off its source conservatively: a Chinese
 * character or full-width sign outside every group and class, not made optional by a quantifier,
 * in a pattern with no top-level alternation ("(\d{4})年(\d{1,2})月底前" → 年, 月, 底, 前). Empty
 * when unsure: the row then always runs.
 */
export function requiredCharacters(pattern: RegExp): string[] {
  const source = pattern.source;
  if (pattern.flags.includes('v')) return [];
  const found: string[] = [];
  let depth = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (char === '\\') {
      at++; // the escaped character; what follows (\p{…}, \u{…}) is ASCII, never taken below
      continue;
    }
    if (char === '[') {
      // a class: to its closing bracket, escapes skipped
      for (at++; at < source.length && source[at] !== ']'; at++) if (source[at] === '\\') at++;
      continue;
    }
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return [];
    else if (depth === 0 && CASELESS.test(char)) {
      const next = source[at + 1];
      if (next !== '?' && next !== '*' && next !== '{' && !found.includes(char)) found.push(char);
    }
  }
  return found;
}

/** Every match of every row, as candidates (may overlap). */
function candidates<M>(text: string, rules: readonly Rule<M>[]): Hit<M>[] {
  const found: Hit<M>[] = [];
  for (const rule of rules) {
    if (!mayMatch(rule.pattern, text)) continue;
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

/**
 * The hits of `hits` (scan's output: sorted, non-overlapping) lying within [start, end), found by
 * binary search: an item of one enormous line asks this for every number in it.
 */
export function hitsWithin<M>(hits: readonly Hit<M>[], start: number, end: number): Hit<M>[] {
  const first = (test: (hit: Hit<M>) => boolean): number => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(hits[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return hits.slice(first((hit) => hit.start >= start), first((hit) => hit.end > end));
}

/** A word table read right to left: the occurrence ending last (the longest there) in `text`. */
export function lastWord<W extends { word: string }>(text: string, words: readonly W[]): (W & { at: number }) | null {
  // read from the end, trying only the words that end in the character there: the first end with a
  // match wins. Searching each word through the whole text cost 1.8 s on 24,000 counts in one clause.
  const byLast = wordsByLastChar(words);
  for (let end = text.length; end > 0; end--) {
    const candidates = byLast.get(text[end - 1]!);
    if (!candidates) continue;
    for (const entry of candidates) {
      if (entry.word.length <= end && text.startsWith(entry.word, end - entry.word.length)) return { ...entry, at: end - entry.word.length };
    }
  }
  return null;
}

const lastCharIndexes = new WeakMap<readonly { word: string }[], Map<string, { word: string }[]>>();

/** The table's words grouped by their last character, longest first (table order among equals). */
function wordsByLastChar<W extends { word: string }>(words: readonly W[]): Map<string, W[]> {
  let index = lastCharIndexes.get(words) as Map<string, W[]> | undefined;
  if (!index) {
    index = new Map();
    for (const entry of words) {
      if (entry.word === '') continue;
      const last = entry.word[entry.word.length - 1]!;
      index.set(last, [...(index.get(last) ?? []), entry]);
    }
    for (const group of index.values()) group.sort((a, b) => b.word.length - a.word.length);
    lastCharIndexes.set(words, index);
  }
  return index;
}
