// The comparison key of a piece of text: what two versions must share to count as "the same words".
// Formatting is not content: width (full-width ５０％ vs 50%), spaces and line breaks a PDF adds
// ("到 2025 年"), and punctuation (（市）vs (市), “” vs 「」) all vanish from the key. Traditional
// script is already simplified by the extract stage, so a PlanFile never needs it here.
import { normalizeWidth } from '../normalize/width.js';

// Punctuation that carries a number's meaning: "1.5" is not "15", "1:2" is not "12".
const NUMERIC_PUNCTUATION = new Set(['.', ':', '/', '-', '~']);
// Percent signs are punctuation to Unicode (Po) but part of the value to an analyst.
const KEPT_PUNCTUATION = new Set(['%', '‰', '‱']);
const DROPPED = /[\p{P}\p{Z}\s]/u;
const DIGIT = /[0-9]/;

/** The key two texts are compared by: width-folded, without spaces and punctuation, lower case. */
export function comparable(text: string): string {
  const chars = Array.from(normalizeWidth(text).toLowerCase());
  let key = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (!DROPPED.test(char) || KEPT_PUNCTUATION.has(char)) {
      key += char;
      continue;
    }
    const betweenDigits = DIGIT.test(chars[i - 1] ?? '') && DIGIT.test(chars[i + 1] ?? '');
    if (betweenDigits && NUMERIC_PUNCTUATION.has(char)) key += char === '：' ? ':' : char;
  }
  return key;
}

/** True when two texts differ only in formatting. */
export function sameText(a: string, b: string): boolean {
  return a === b || comparable(a) === comparable(b);
}
