// The comparison key of a piece of text: what two versions must share to count as "the same words".
// Formatting is not content: width (full-width ５０％ vs 50%), spaces and line breaks a PDF adds
// ("到 2025 年"), and punctuation (（市）vs (市), “” vs 「」) all vanish from the key. Traditional
// script is already simplified by the extract stage, so a PlanFile never needs it here.
import { normalizeWidth } from '../text/width.js';

// Punctuation that carries a number's meaning between two digits ("1.5" is not "15", "1:2" is not
// "12", "2022—2024" is not "20222024"), each spelling folded to one form.
const NUMERIC_PUNCTUATION = new Map([
  ['.', '.'],
  [':', ':'],
  ['：', ':'],
  ['/', '/'],
  ['-', '-'],
  ['—', '-'],
  ['–', '-'],
  ['~', '~'],
  ['～', '~'],
  ['〜', '~'],
]);
// Percent signs are punctuation to Unicode (Po) but part of the value to an analyst.
const KEPT_PUNCTUATION = new Set(['%', '‰', '‱']);
const DROPPED = /[\p{P}\p{Z}\s]/gu;
const DIGIT = /[0-9]/;

/** The key two texts are compared by: width-folded, without spaces and punctuation, lower case. */
export function comparable(text: string): string {
  // one pass; the callback runs only on punctuation and spaces, which are a small share of the text
  return normalizeWidth(text)
    .toLowerCase()
    .replace(DROPPED, (char: string, offset: number, whole: string) => {
      if (KEPT_PUNCTUATION.has(char)) return char;
      const betweenDigits = DIGIT.test(whole[offset - 1] ?? '') && DIGIT.test(whole[offset + 1] ?? '');
      return betweenDigits ? (NUMERIC_PUNCTUATION.get(char) ?? '') : '';
    });
}

/** True when two texts differ only in formatting. */
export function sameText(a: string, b: string): boolean {
  return a === b || comparable(a) === comparable(b);
}
