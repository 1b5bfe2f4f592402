// A one-character pattern ("[，,；;]", "、", "[。\n；;：:]") asked of every character of a text, as a
// table by char code filled on first use: per-character RegExp tests (and the one-character strings
// they need) were a measurable share of a 10 MB text's time. The answers are the pattern's own.

/** A test of one UTF-16 code unit against `pattern` (which must hold no g or y flag), memoised. */
export type CharTest = (code: number) => boolean;

const UNKNOWN = 0;
const YES = 1;
const NO = 2;
const tests = new Map<string, CharTest>();

/** The memoised test of `pattern` on one character; one table per pattern source and flags. */
export function charTest(pattern: RegExp): CharTest {
  // a literal in a loop is a new object each time, with the same source string (its hash kept): the
  // source alone is the key unless a flag that changes a one-character test is set
  const plain =
    !pattern.ignoreCase && !pattern.unicode && !(pattern as RegExp & { unicodeSets?: boolean }).unicodeSets && !pattern.dotAll && !pattern.multiline && !pattern.global && !pattern.sticky;
  const key = plain ? pattern.source : `${pattern.flags}/${pattern.source}`;
  let test = tests.get(key);
  if (!test) {
    if (pattern.global || pattern.sticky) throw new Error(`charTest: ${pattern} keeps state between tests`);
    const table = new Uint8Array(0x10000);
    const own = new RegExp(pattern.source, pattern.flags);
    test = (code: number): boolean => {
      let known = table[code]!;
      if (known === UNKNOWN) {
        known = own.test(String.fromCharCode(code)) ? YES : NO;
        table[code] = known;
      }
      return known === YES;
    };
    tests.set(key, test);
  }
  return test;
}
