// Which source character each character of a normalised piece came from. Normalisation cuts
// characters (spaces, invisible marks, bullets, markdown markup, a lost "??") and swaps others one
// for one (full width to half, a Kangxi radical, a traditional character, a quote's direction); it
// never reorders. A greedy walk over both texts recovers the map, so a value's span in the normalised
// text points back at the characters a reader can find in the source.
import type { ColumnShift, LineMark } from './located.js';
import { columnIn } from './located.js';

// Characters normalisation may drop: spaces, invisible marks, "?" standing for a lost space, the
// bullets and markup normalize/decoration.ts cuts
const DROPPABLE = /[\s\u200b-\u200f\u2060\ufeff\u00ad?•●▪◆◇■□○◎★☆▶►▸·・∙‧#>*+\-–—―_|]/;
const QUOTE = /["“”＂]/;
// how far a run of dropped characters may reach before a kept one: "####  " or a line's indent
const MAX_DROPPED_RUN = 64;

function same(kept: string, source: string): boolean {
  if (kept === source) return true;
  if (QUOTE.test(kept) && QUOTE.test(source)) return true;
  if (/\s/.test(kept) && /\s/.test(source)) return true;
  // "（" for "(", "２" for "2", "一" for "⼀": the same character in another width or form
  return source.normalize('NFKC') === kept.normalize('NFKC');
}

/** For each offset of `after` (and its end), the offset of `before` it was made from. */
export function alignOffsets(before: string, after: string): Int32Array {
  const origin = new Int32Array(after.length + 1);
  let j = 0;
  for (let i = 0; i < after.length; i++) {
    const kept = after[i]!;
    if (j < before.length && !same(kept, before[j]!)) {
      // cut characters before the one kept: skip them when the kept one follows soon
      let k = j;
      while (k < before.length && k - j < MAX_DROPPED_RUN && DROPPABLE.test(before[k]!) && !same(kept, before[k]!)) k++;
      if (k < before.length && k > j && same(kept, before[k]!)) j = k;
      else if (i + 1 < after.length && same(after[i + 1]!, before[j]!)) {
        // a character normalisation put in ("??" became one space): it stands where the next one does
        origin[i] = j;
        continue;
      }
    }
    origin[i] = Math.min(j, before.length);
    if (j < before.length) j++;
  }
  origin[after.length] = before.length;
  return origin;
}

/**
 * The mark of a piece after a transformation turned its text `before` into `after`: the same line
 * and column, with shifts that send each character of `after` to the source column it came from.
 */
export function transformedMark(mark: LineMark, before: string, after: string): LineMark {
  // the common change swaps characters one for one (full width to half, "(" to "（"): same columns
  if (before.length === after.length) return mark;
  const origin = alignOffsets(before, after);
  const shifts: ColumnShift[] = [];
  let current = 0;
  for (let i = 0; i < after.length; i++) {
    // the source column of after[i] = the column before[origin[i]] had, over the piece's start
    const extra = columnIn(mark, origin[i]!) - (mark.column ?? 0) - i;
    if (extra !== current) {
      shifts.push([i, extra]);
      current = extra;
    }
  }
  const result: LineMark = { ...mark };
  if (shifts.length) result.shifts = shifts;
  else delete result.shifts;
  return result;
}
