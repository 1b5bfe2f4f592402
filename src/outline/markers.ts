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
  | 'circled'; // ①

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
}

const CN = '[一二三四五六七八九十百零〇两]+';

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
    pattern: /^(\d{1,3})\.(?=\d{1,4}(?![\d.．%‰]|\s*(?:[亿万千百]|元|倍|个|岁|年|月|日|项|家|名|次|米|吨|亩|度|天|小时)))/,
    segment: (_numeral, ordinal) => String(ordinal),
    example: '11.121人才梯队项目。',
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

export const STYLE_RANK: Record<MarkerStyle, number> = Object.fromEntries(
  MARKER_RULES.map((rule) => [rule.style, rule.rank]),
) as Record<MarkerStyle, number>;

function circledOrdinal(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1; // ①
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1; // ⑴
  return code - 0x2488 + 1; // ⒈
}

// What follows a marker when the "marker" is really a number in a sentence:
// "一、二级医院" (first and second level), "1、2、3号楼", "2. 0版"; an empty rest is allowed
// ("（一）" alone on a line, its title on the next).
const NOT_AN_ITEM = new RegExp(`^(?:${CN}[级类等档甲乙]|\\d|[%％‰、，。；：])`);

/** The enumerator at the start of a line, or null. */
export function parseMarker(text: string): Marker | null {
  const trimmed = text.trimStart();
  for (const rule of MARKER_RULES) {
    const match = rule.pattern.exec(trimmed);
    if (!match) continue;
    const numeral = match[1]!;
    const ordinal =
      rule.style === 'circled' ? circledOrdinal(numeral) : /^\d/.test(numeral) ? Number(numeral) : chineseOrdinal(numeral);
    if (!ordinal || ordinal < 1) return null;
    const rest = trimmed.slice(match[0].length);
    // the ambiguous row's own lookahead already keeps the units out; its rest starts with a digit
    if (!rule.ambiguous && NOT_AN_ITEM.test(rest)) return null;
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
