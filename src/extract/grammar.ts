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
// (see requirementOf) are looked up first, one indexOf each, and a row that needs a digit is not run
// over a text without one (3 in 4 items of a plan). Derived from the pattern itself, so no row
// declares anything and a new row is prefiltered too.
const requirements = new WeakMap<RegExp, Requirement>();

function requirementFor(pattern: RegExp): Requirement {
  let required = requirements.get(pattern);
  if (!required) {
    required = requirementOf(pattern);
    requirements.set(pattern, required);
  }
  return required;
}

// The characters of the text last scanned, by char code: seen[code] === stamp. One pass over an item
// answers every row's characters (its deadlines and its targets are scanned over the same text).
const seen = new Uint32Array(0x10000);
let stamp = 0;
let stampedText: string | null = null;

function stampCharacters(text: string): void {
  if (text === stampedText) return;
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) seen.fill(0);
  for (let index = 0; index < text.length; index++) seen[text.charCodeAt(index)] = stamp;
  stampedText = text;
}

function hasDigit(): boolean {
  for (let code = 0x30; code <= 0x39; code++) if (seen[code] === stamp) return true;
  return false;
}

function mayMatch(pattern: RegExp, digit: boolean): boolean {
  const required = requirementFor(pattern);
  if (required.digit && !digit) return false;
  for (const char of required.characters) if (seen[char.charCodeAt(0)] !== stamp) return false;
  return true;
}

/** Whether `pattern` may match somewhere in `text`: false only when the text lacks what every match holds. */
export function mayMatchText(pattern: RegExp, text: string): boolean {
  const required = requirementFor(pattern);
  if (required.digit && !/\d/.test(text)) return false;
  return required.characters.every((char) => text.includes(char));
}

/** What every match of a pattern holds: these characters, and an ASCII digit when `digit`. */
export interface Requirement {
  characters: string[];
  digit: boolean;
}

// Chinese characters and full-width punctuation and digits: no case folding, even under the i flag
const CASELESS = /[\u3000-\u9fff\uff01-\uff20]/;
const NOTHING: Requirement = { characters: [], digit: false };

/**
 * What any match of `pattern` contains, read off its source conservatively: a Chinese character or
 * full-width sign, or \d, that no quantifier makes optional, outside classes and outside negative
 * lookarounds, in groups that are not optional ("(\d{4})年(\d{1,2})月底前" → 年, 月, 底, 前 and a
 * digit); of an alternation, only what every branch requires ("(?:上|下)半年" and "上半年|下半年" → 半,
 * 年). Nothing when unsure: the row then always runs.
 */
export function requirementOf(pattern: RegExp): Requirement {
  if (pattern.flags.includes('v')) return NOTHING;
  const source = pattern.source;
  let at = 0;

  /** After an atom: whether a quantifier lets it match zero times (and skips the quantifier). */
  const optionalAfter = (): boolean => {
    const next = source[at];
    if (next === '?' || next === '*') {
      at++;
      if (source[at] === '?') at++;
      return true;
    }
    if (next === '+') {
      at++;
      if (source[at] === '?') at++;
      return false;
    }
    if (next === '{') {
      const quantifier = /^\{(\d+)(?:,\d*)?\}\??/.exec(source.slice(at));
      if (quantifier) {
        at += quantifier[0].length;
        return Number(quantifier[1]) === 0;
      }
    }
    return false;
  };

  /** A sequence of alternatives up to the ")" that closes it (or the end). */
  const alternation = (): Requirement => {
    const branches: Requirement[] = [];
    let characters: string[] = [];
    let digit = false;
    const require = (inner: Requirement): void => {
      digit ||= inner.digit;
      for (const char of inner.characters) if (!characters.includes(char)) characters.push(char);
    };
    while (at < source.length && source[at] !== ')') {
      const char = source[at]!;
      if (char === '|') {
        branches.push({ characters, digit });
        characters = [];
        digit = false;
        at++;
        continue;
      }
      if (char === '\\') {
        const escaped = source[at + 1];
        at += 2;
        // \u{…}, \p{…}: the braces belong to the escape, not a quantifier
        if ((escaped === 'u' || escaped === 'p' || escaped === 'P') && source[at] === '{') at = source.indexOf('}', at) + 1;
        else if (escaped === 'u') at += 4;
        else if (escaped === 'x') at += 2;
        else if (escaped === 'c') at += 1;
        else if (escaped === 'k' && source[at] === '<') at = source.indexOf('>', at) + 1;
        if (!optionalAfter() && escaped === 'd') require({ characters: [], digit: true });
        continue;
      }
      if (char === '[') {
        // a class: to its closing bracket, escapes skipped; it requires nothing read here
        for (at++; at < source.length && source[at] !== ']'; at++) if (source[at] === '\\') at++;
        at++;
        optionalAfter();
        continue;
      }
      if (char === '(') {
        at++;
        let counts = true;
        if (source[at] === '?') {
          const kind = source.slice(at, at + 3);
          if (kind.startsWith('?:') || kind.startsWith('?=')) at += 2;
          else if (kind === '?<=') at += 3;
          else if (kind.startsWith('?!') || kind === '?<!') {
            counts = false;
            at += kind.startsWith('?!') ? 2 : 3;
          } else if (kind.startsWith('?<')) at = source.indexOf('>', at) + 1;
          // a modifier group or anything else unknown: unsure of the whole pattern
          else return unsure();
        }
        const inner = alternation();
        if (source[at] !== ')') return unsure();
        at++;
        if (!optionalAfter() && counts) require(inner);
        continue;
      }
      at++;
      if (!optionalAfter() && CASELESS.test(char)) require({ characters: [char], digit: false });
    }
    branches.push({ characters, digit });
    return {
      characters: branches[0]!.characters.filter((char) => branches.every((branch) => branch.characters.includes(char))),
      digit: branches.every((branch) => branch.digit),
    };
  };
  let failed = false;
  const unsure = (): Requirement => {
    failed = true;
    at = source.length;
    return NOTHING;
  };
  const found = alternation();
  return failed || at < source.length ? NOTHING : found;
}

/** The characters every match of `pattern` holds (requirementOf's characters). */
export function requiredCharacters(pattern: RegExp): string[] {
  return requirementOf(pattern).characters;
}

/** Every match of every row, as candidates (may overlap). */
function candidates<M>(text: string, rules: readonly Rule<M>[]): Hit<M>[] {
  const found: Hit<M>[] = [];
  stampCharacters(text);
  const digit = hasDigit();
  // decided before any row runs: a row's meaning may scan another text (and stamp it)
  const runs = rules.filter((rule) => mayMatch(rule.pattern, digit));
  for (const rule of runs) {
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
