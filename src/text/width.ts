// Character width and punctuation: full-width ASCII letters and digits to half-width, invisible
// characters out, ASCII punctuation inside Chinese text to its full-width form.

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// ０-９ Ａ-Ｚ ａ-ｚ and ．％＋－／＝＜＞ are letters of a number or a code, not Chinese punctuation
const FULL_WIDTH_ASCII = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0b\uff0d\uff0e\uff0f\uff1c-\uff1e]/g;
const CJK_OR_FULL_PUNCT = '\\u4e00-\\u9fff\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f“”‘’《》〈〉';
// "各县(市、区)人民政府,朔州经济开发区": ASCII punctuation touching Chinese becomes full-width
const ASCII_PUNCT_NEAR_CJK = new RegExp(
  `(?<=[${CJK_OR_FULL_PUNCT}])\\s*([,;:?!()])|([,;:?!()])\\s*(?=[${CJK_OR_FULL_PUNCT}])`,
  'g',
);
const FULL_FORM: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

// Kangxi radicals and CJK compatibility ideographs that PDF text layers put in place of the
// ordinary characters ("⼀、总体要求" with U+2F00): NFKC maps them back, one character at a time so
// full-width Chinese punctuation is left alone.
const COMPATIBILITY_HAN = /[\u2e80-\u2fdf\uf900-\ufaff]/g;

// A full-width space (U+3000) saved through a code page without it becomes "?": "??一、规划背景",
// "第一章?总?则", "甘肃省人民政府????????". An ASCII "?" at a line's edge or between Chinese
// characters is such a lost space (a question in a plan is written "？").
const LOST_SPACE = new RegExp(
  `^\\?+(?=[${CJK_OR_FULL_PUNCT}（(\\d])|(?<=[${CJK_OR_FULL_PUNCT}])\\?+(?=$|[${CJK_OR_FULL_PUNCT}（(])`,
  'g',
);

// Any character one of the five passes below would change (their classes merged into one): one
// scan to skip a clean line, which most lines of a plan are.
const classOf = (pattern: RegExp) => pattern.source.slice(1, -1);
const TOUCHED = new RegExp(
  `[${classOf(INVISIBLE)}${classOf(ODD_SPACES)}${classOf(FULL_WIDTH_ASCII)}${classOf(COMPATIBILITY_HAN)},;:?!()]`,
);

export function normalizeWidth(text: string): string {
  if (!TOUCHED.test(text)) return text;
  return text
    .replace(INVISIBLE, '')
    .replace(LOST_SPACE, ' ')
    .replace(COMPATIBILITY_HAN, (char) => char.normalize('NFKC'))
    .replace(ODD_SPACES, ' ')
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(ASCII_PUNCT_NEAR_CJK, (_match, before?: string, after?: string) => FULL_FORM[(before ?? after)!]!);
}
