// The enumerator grammar of Chinese official documents, as data. Each style is one row: how it is
// written, its rank in GB/T 9704 (lower = more senior), and how its path segment is normalised.
import { chineseOrdinal } from './ordinals.js';

export type MarkerStyle =
  | 'part' // 第一部分 / 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn-comma' // 一、
  | 'cn-paren' // （一）
  | 'num-dot' // 1. 1、 1．
  | 'num-paren' // （1）
  | 'num-half-paren' // 1）
  | 'circled' // ①
  // 预案-like documents number their outline with decimals: "1 总则" > "1.1 编制目的" > "3.2.1 Ⅳ级预警"
  | 'decimal-1'
  | 'decimal-2'
  | 'decimal-3'
  | 'decimal-4';

export interface Marker {
  style: MarkerStyle;
  ordinal: number;
  /** as written, after width normalisation: "1.", "（一）", "第一条" */
  written: string;
  /** the path segment: 一 | （一） | 1 | （1） | 1） | ① | 第一条 */
  segment: string;
  /** the text after the marker and its separator */
  rest: string;
  /**
   * "11.121人才梯队项目" reads as a decimal too: such a marker is an item only as the very next
   * number of its sequence (outline/levels.ts), never as a first or a jump
   */
  ambiguous?: true;
  /** "3.2.1": the numbers before the last one, which must be the open decimal levels above it */
  parents?: number[];
}

const CN = '[一二三四五六七八九十百零〇两]+';

// A number with a unit is a quantity, not an outline number: "3.5亿元", "2.5倍", "5个监测点".
const UNIT_AFTER = '\\s*(?:[亿万千百]|元|倍|个|岁|年|月|日|项|家|名|次|米|吨|亩|度|天|小时|%|％|‰)';

interface MarkerRule {
  style: MarkerStyle;
  rank: number;
  pattern: RegExp;
  segment: (numeral: string, ordinal: number, match: RegExpExecArray) => string;
  example: string;
  ambiguous?: true;
}

// Order matters only where patterns overlap (第…条 before 一、); each pattern is anchored and linear.
const MARKER_RULES: MarkerRule[] = [
  {
    style: 'part',
    rank: 0,
    pattern: new RegExp(`^第(${CN}|\\d{1,2})(部分|章)[：:、.．\\s]*`),
    segment: (numeral, _ordinal, match) => `第${numeral}${match[2]}`,
    example: '第一部分：总体要求。',
  },
  {
    style: 'section',
    rank: 1,
    pattern: new RegExp(`^第(${CN}|\\d{1,2})节[：:、.．\\s]*`),
    segment: (numeral) => `第${numeral}节`,
    example: '第二节 主要任务',
  },
  {
    style: 'article',
    rank: 2,
    pattern: new RegExp(`^第(${CN}|\\d{1,3})条[：:、.．\\s]*`),
    segment: (numeral) => `第${numeral}条`,
    example: '第一条 为规范……',
  },
  {
    style: 'cn-comma',
    rank: 3,
    pattern: new RegExp(`^(${CN})[、．.]\\s*`),
    segment: (numeral) => numeral,
    example: '一、指导思想',
  },
  {
    style: 'cn-paren',
    rank: 4,
    pattern: new RegExp(`^[（(]\\s*(${CN})\\s*[）)][、.．]?\\s*`),
    segment: (numeral) => `（${numeral}）`,
    example: '（一）坚持和加强党对公立医院的全面领导 / (三）引领… / (一) 打造…',
  },
  {
    style: 'cn-paren',
    rank: 4,
    // a page that lost the opening bracket: "一）" alone on its line above "（二）", "（三）"
    pattern: new RegExp(`^(${CN})[）)][、.．]?\\s*`),
    segment: (numeral) => `（${numeral}）`,
    example: '一）农村“厕所革命”',
  },
  {
    style: 'num-dot',
    rank: 5,
    // "1.建设…", "1、", "1．"; not a decimal ("1.5倍") and not a date ("2025.6")
    pattern: /^(\d{1,3})(?:[、．]|\.(?!\d))\s*/,
    segment: (_numeral, ordinal) => String(ordinal),
    example: '1.建设区域医疗卫生高地。',
  },
  {
    style: 'num-dot',
    rank: 5,
    // "11.121人才梯队项目。", "3.5G网络覆盖工程。": a title that starts with a number; a number with a
    // unit ("3.5亿元", "2.5倍", "1.2万人") or a further dot ("1.1.1") stays a decimal
    pattern: new RegExp(`^(\\d{1,3})\\.(?=\\d{1,4}(?![\\d.．]|${UNIT_AFTER}))`),
    segment: (_numeral, ordinal) => String(ordinal),
    example: '11.121人才梯队项目。',
    ambiguous: true,
  },
  {
    style: 'num-dot',
    rank: 5,
    // "2.50个小区新增充电设施": a count is never a decimal, so a number before a classifier opens a
    // title; "2.5个百分点" is a decimal
    pattern: /^(\d{1,3})\.(?=\d{1,4}[个家项名所条台栋户场座处件](?!百分点))/,
    segment: (_numeral, ordinal) => String(ordinal),
    example: '2.50个小区新增电动自行车充电设施。',
    ambiguous: true,
  },
  {
    style: 'num-paren',
    rank: 6,
    pattern: /^[（(]\s*(\d{1,3})\s*[）)][、.．]?\s*/,
    segment: (_numeral, ordinal) => `（${ordinal}）`,
    example: '（1）提升重点专科能力',
  },
  {
    style: 'num-half-paren',
    rank: 7,
    pattern: /^(\d{1,3})[）)]\s*/,
    segment: (_numeral, ordinal) => `${ordinal}）`,
    example: '1）加强…',
  },
  {
    style: 'circled',
    rank: 8,
    pattern: /^([\u2460-\u2473\u2474-\u2487\u2488-\u249b])\s*/,
    segment: (numeral) => numeral,
    example: '①县人民医院…',
  },
];

// "3.2.1 Ⅳ级预警", "1.1编制目的", "2.3 成员单位职责"; a decimal followed by a unit stays a quantity
const DECIMAL_NUMBER = new RegExp(`^(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?![\\d.．]|${UNIT_AFTER})\\s*(?=[^\\s\\d])`);
// "1 总则", "2、组织体系", "3监测预警": a top-level number before a short heading
const DECIMAL_TOP = new RegExp(`^(\\d{1,2})(?:[、.．](?!\\d)|\\s+|(?=[\\u4e00-\\u9fff]))(?!${UNIT_AFTER})\\s*`);
const SHORT_HEADING = /^[^，。；：:,;]{1,25}$/;
const DECIMAL_STYLES: MarkerStyle[] = ['decimal-1', 'decimal-2', 'decimal-3', 'decimal-4'];

// Decimal levels rank between 第一条 and 一、: a 预案 may number sub-items （一） or （1） below "2.3".
const DECIMAL_RANKS: [MarkerStyle, number][] = DECIMAL_STYLES.map((style, index) => [style, 2.2 + index * 0.2]);

export const STYLE_RANK: Record<MarkerStyle, number> = Object.fromEntries([
  ...MARKER_RULES.map((rule): [MarkerStyle, number] => [rule.style, rule.rank]),
  ...DECIMAL_RANKS,
]) as Record<MarkerStyle, number>;

/** "3.2.1 Ⅳ级预警" → a decimal-3 marker; "1 总则" → decimal-1 (only before a short heading). */
function parseDecimal(text: string): Marker | null {
  const match = DECIMAL_NUMBER.exec(text);
  if (match) {
    const numbers = match[1]!.split('.').map(Number);
    const ordinal = numbers[numbers.length - 1]!;
    if (ordinal < 1) return null;
    const style = DECIMAL_STYLES[numbers.length - 1]!;
    return { style, ordinal, written: match[1]!, segment: match[1]!, rest: text.slice(match[0].length), parents: numbers.slice(0, -1) };
  }
  const top = DECIMAL_TOP.exec(text);
  if (!top) return null;
  const rest = text.slice(top[0].length);
  const ordinal = Number(top[1]);
  if (ordinal < 1 || !SHORT_HEADING.test(rest.trim())) return null;
  return { style: 'decimal-1', ordinal, written: top[0].trim(), segment: top[1]!, rest };
}

/**
 * Whether a document numbers its outline with decimals ("1.1 编制目的", "2.1 领导机构"): at least two
 * first sub-items under different top numbers and four decimal headings in all. Decided once per
 * document, so a stray "3.5亿元" or a wrapped "5个…" line elsewhere never opens a decimal item.
 */
export function hasDecimalOutline(texts: Iterable<string>): boolean {
  const firstChildren = new Set<string>();
  let headings = 0;
  for (const text of texts) {
    const match = DECIMAL_NUMBER.exec(text.trimStart());
    if (!match) continue;
    headings++;
    const numbers = match[1]!.split('.');
    if (numbers[numbers.length - 1] === '1') firstChildren.add(numbers.slice(0, -1).join('.'));
  }
  return headings >= 4 && firstChildren.size >= 2;
}

function circledOrdinal(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1; // ①
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1; // ⑴
  return code - 0x2488 + 1; // ⒈
}

// What follows a marker when the "marker" is really a number in a sentence:
// "一、二级医院" (first and second level), "1、2、3号楼", "2. 0版"; an empty rest is allowed
// ("（一）" alone on a line, its title on the next).
const NOT_AN_ITEM = new RegExp(`^(?:${CN}[级类等档甲乙]|[%％‰、，。；：])`);
// A title may start with a number ("一、2023年主要任务", "（一）5G网络建设", "（三）10项重点工程"),
// but not one that goes on a list of numbers ("一、二、三" is caught above; "1、2、3号楼") or a
// decimal ("2. 0版"). After an arabic marker only a year opens a title: "3、2024年目标".
const LISTED_NUMBER = /^\d+(?:[、，,]|[.．]\d)/;
const YEAR_TITLE = /^(?:19|20)\d{2}年/;
const ARABIC_STYLES: ReadonlySet<MarkerStyle> = new Set(['num-dot', 'num-paren', 'num-half-paren', 'circled']);

function numberOpensTitle(style: MarkerStyle, rest: string): boolean {
  if (!/^\d/.test(rest)) return true;
  if (LISTED_NUMBER.test(rest)) return false;
  return ARABIC_STYLES.has(style) ? YEAR_TITLE.test(rest) : true;
}

export interface MarkerOptions {
  /** the document numbers its outline with decimals (see hasDecimalOutline) */
  decimal?: boolean;
}

/**
 * The first atom of an anchored pattern ("^第(…)" → 第, "^[（(]…" → [（(], "^(\d{1,3})…" → \d), or
 * null when its first character is not one atom that must match (a quantifier that allows none, an
 * alternation, a lookaround): then every line is tried against it.
 */
export function firstAtom(pattern: RegExp): string | null {
  const source = pattern.source;
  if (!source.startsWith('^')) return null;
  let at = 1;
  // into capturing and non-capturing groups whose first branch is the only one
  const groupEnds: number[] = [];
  while (source[at] === '(') {
    if (source[at + 1] === '?' && source[at + 2] !== ':') return null;
    at += source[at + 1] === '?' ? 3 : 1;
    groupEnds.push(at);
  }
  let atom: string;
  if (source[at] === '[') {
    let end = at + 1;
    while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
    atom = source.slice(at, end + 1);
  } else if (source[at] === '\\') atom = source.slice(at, at + 2);
  else if (source[at] !== undefined && !'.|)?*+{$^'.includes(source[at]!)) atom = source[at]!;
  else return null;
  const after = source[at + atom.length];
  if (after === '?' || after === '*' || (after === '{' && /^\{0[,}]/.test(source.slice(at + atom.length)))) return null;
  // a group entered above must hold no other branch ("(一|\d)" could start with either)
  for (const start of groupEnds) {
    let depth = 0;
    for (let index = start; index < source.length; index++) {
      const char = source[index]!;
      if (char === '\\') index++;
      else if (char === '[') while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1;
      else if (char === '(') depth++;
      else if (char === ')') {
        if (depth === 0) break;
        depth--;
      } else if (char === '|' && depth === 0) return null;
    }
  }
  return atom;
}

// A line can open a marker only with a character some rule's pattern opens with (第, a numeral, a
// bracket, a digit, a circled number): every other line is done with one test, not the fourteen rules.
const MARKER_START = ((): RegExp | null => {
  const atoms = [...MARKER_RULES.map((rule) => rule.pattern), DECIMAL_NUMBER, DECIMAL_TOP].map(firstAtom);
  return atoms.every((atom) => atom !== null) ? new RegExp(`^(?:${atoms.join('|')})`) : null;
})();

/** The enumerator at the start of a line, or null. */
export function parseMarker(text: string, options: MarkerOptions = {}): Marker | null {
  const trimmed = text.trimStart();
  if (MARKER_START && !MARKER_START.test(trimmed)) return null;
  if (options.decimal) {
    const decimal = parseDecimal(trimmed);
    if (decimal) return decimal;
  }
  for (const rule of MARKER_RULES) {
    const match = rule.pattern.exec(trimmed);
    if (!match) continue;
    const numeral = match[1]!;
    const ordinal =
      rule.style === 'circled' ? circledOrdinal(numeral) : /^\d/.test(numeral) ? Number(numeral) : chineseOrdinal(numeral);
    if (!ordinal || ordinal < 1) return null;
    const rest = trimmed.slice(match[0].length);
    // the ambiguous row's own lookahead already keeps the units out; its rest starts with a digit
    if (!rule.ambiguous && (NOT_AN_ITEM.test(rest) || !numberOpensTitle(rule.style, rest))) return null;
    const marker: Marker = {
      style: rule.style,
      ordinal,
      written: match[0].trim().replace(/[：:]$/, ''),
      segment: rule.segment(numeral, ordinal, match),
      rest,
    };
    if (rule.ambiguous) marker.ambiguous = true;
    return marker;
  }
  return null;
}

/** For documentation and tests: every style with its example line. */
export function markerExamples(): { style: MarkerStyle; example: string }[] {
  return MARKER_RULES.map(({ style, example }) => ({ style, example }));
}
