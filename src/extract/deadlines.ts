// Deadlines (完成时限): the grammar of time phrases a plan commits to, each normalised to the last
// day of the period it names ("2025年" → 2025-12-31, "2024年10月底" → 2024-10-31, "上半年" →
// 06-30). Dates of past events, the issue date, cited titles and 文号 (〔2022〕), work years
// ("2021年度") and placeholder years ("到20xx年") are not deadlines.
import type { Deadline } from '../schema/contract.js';
import type { LocatedText } from '../text/located.js';
import { scan, type Hit, type Rule } from './grammar.js';
import { parseNumber } from '../text/numerals.js';
import { isShielded, lineAt, viewOf, type ItemView } from './view.js';

// "past": a date on or before the issue date ("2020年末，人均预期寿命提高到82.25岁" in a 2023 plan):
// never a deadline, but it tells the targets grammar that its sentence reports, not commits.
export type DeadlineMeaning = { kind: Deadline['kind']; date: string | null } | { kind: 'placeholder' } | { kind: 'past' };
export type DeadlineHit = Hit<DeadlineMeaning>;

interface Issued {
  year: number;
  iso: string;
}

interface DeadlineRow {
  pattern: RegExp;
  example: string;
  read: (match: RegExpExecArray, issued: Issued | null) => DeadlineMeaning | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day = monthEnd(year, month)) => `${year}-${pad(month)}-${pad(day)}`;

// "上半年" ends 06-30, "一季度" 03-31, "年底" 12-31: the month each part of a year ends in
const PART_END_MONTH: Readonly<Record<string, number>> = {
  上半年: 6, 年中: 6, 下半年: 12, 年底: 12, 年末: 12, 底: 12, 末: 12, 内: 12,
  一季度: 3, 二季度: 6, 三季度: 9, 四季度: 12, '1季度': 3, '2季度': 6, '3季度': 9, '4季度': 12,
};
// "10月上旬" ends on the 10th, 中旬 on the 20th, otherwise the month's last day
const TEN_DAYS: Readonly<Record<string, number>> = { 上旬: 10, 中旬: 20 };

/** A date the plan gives as a commitment: never one on or before the issue date (a past event). */
function future(date: string, issued: Issued | null, kind: Deadline['kind'] = 'by'): DeadlineMeaning {
  if (issued && date <= issued.iso) return { kind: 'past' };
  return { kind, date };
}

function partOfYear(year: number, part: string | undefined): string {
  const month = PART_END_MONTH[(part ?? '内').replace(/^第/, '')] ?? 12;
  return iso(year, month);
}

const AT = '(?:到|至|在|于|截至|截止到|截止)?';
const BEFORE = '(?:前|以前|之前)?';
// anchored at the start of its run, like quantities.ts's numbers: unanchored it was tried at every
// character of a long run of digits or numerals and scanned to the run's end
const COUNT = '(?<![\\d一二两三四五六七八九十])[\\d一二两三四五六七八九十]+';

const ROWS: readonly DeadlineRow[] = [
  {
    // a placeholder year is a template never filled in: a diagnostic, not a date
    pattern: new RegExp(`${AT}(?:20|19)?[xX×]{2}(?:[xX×]{2})?年(?:底|末)?${BEFORE}`),
    example: '到20xx年，公立医院分级分类功能定位更加明确',
    read: () => ({ kind: 'placeholder' }),
  },
  {
    pattern: new RegExp(`${AT}(\\d{4})年?[-—–~～至到](\\d{4})年(?:底|末)?${BEFORE}`),
    example: '2022—2024年，完成急诊科、血液透析室……建设',
    read: (m, issued) => future(iso(Number(m[2]), 12), issued, 'period'),
  },
  {
    // a span of months: "（2024年8月—2025年9月）", "（2025年10月—12月）" ends with its last month
    pattern: new RegExp(`${AT}(\\d{4})年(\\d{1,2})月?[-—–~～至到](?:(\\d{4})年)?(\\d{1,2})月(?:份|底|末)?${BEFORE}(?!\\d{0,2}日)`),
    example: '工作实施阶段（2024年8月—2025年9月）',
    read: (m, issued) => {
      const year = Number(m[3] ?? m[1]);
      const month = Number(m[4]);
      if (month < 1 || month > 12 || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
      return future(iso(year, month), issued, 'period');
    },
  },
  {
    // a full date is an event ("2021年9月20日，省政府办公厅印发") unless it is a limit ("…日前")
    pattern: /(到|至|在|于|截至|截止到|截止)?(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前|之前)?/,
    example: '于2024年6月30日前完成',
    read: (m, issued) => (m[1] || m[5] ? future(iso(Number(m[2]), Number(m[3]), Number(m[4])), issued) : null),
  },
  {
    pattern: new RegExp(`${AT}(\\d{4})年(\\d{1,2})月份?(底|末|上旬|中旬|下旬)?${BEFORE}(?!\\d{0,2}日)`),
    example: '完成时限：2024年10月底',
    read: (m, issued) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      return future(iso(year, month, TEN_DAYS[m[3] ?? ''] ?? monthEnd(year, month)), issued);
    },
  },
  {
    pattern: new RegExp(`${AT}(\\d{4})年(上半年|下半年|年中|年底|年末|底|末|内|第?[一二三四1-4]季度)${BEFORE}`),
    example: '到2025年底前，力争将县人民医院、县中医医院创建为三级甲等医院',
    read: (m, issued) => future(partOfYear(Number(m[1]), m[2]), issued),
  },
  {
    // "2021年度" is a work year, "2023年起" a start, "2021年以来" the past: none is a deadline
    pattern: new RegExp(`${AT}(\\d{4})年${BEFORE}(?![度版第起初来\\d]|以来|开始)`),
    example: '2022年完成试运行试点，2023年启动实际付费',
    read: (m, issued) => future(iso(Number(m[1]), 12), issued),
  },
  {
    // the n-th five-year plan (十四五) runs to 1955 + 5n: 十四五 → 2021–2025
    pattern: /[“"]?十([一二三四五六七八九])五[”"]?(期间|时期末|时期|规划期|期末|末)/,
    example: '“十四五”期间，每年至少展开一次医疗服务价格调整工作',
    read: (m, issued) => {
      const end = 1955 + 5 * (10 + (parseNumber(m[1]!) ?? 0));
      if (issued ? end < issued.year : end < 2021) return { kind: 'past' };
      return { kind: /末/.test(m[2]!) ? 'by' : 'period', date: iso(end, 12) };
    },
  },
  {
    pattern: /每(?:年度|年|半年|个?季度|月|周|旬)/,
    example: '每年组织新增加和完善医疗服务价格项目评审',
    read: () => ({ kind: 'recurring', date: null }),
  },
  {
    pattern: new RegExp(`(今年|本年|当年|明年|次年|后年)(\\d{1,2})月(?:底|末|份)?${BEFORE}`),
    example: '明年6月底前完成互联互通测评',
    read: (m, issued) => {
      if (!issued) return { kind: 'by', date: null };
      const offset = m[1] === '后年' ? 2 : m[1] === '明年' || m[1] === '次年' ? 1 : 0;
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? { kind: 'by', date: iso(issued.year + offset, month) } : null;
    },
  },
  {
    pattern: new RegExp(`(今年|本年|当年|明年|次年|后年)(上半年|下半年|年中|年底|年末|底|末|内)?${BEFORE}`),
    example: '今年底前完成',
    read: (m, issued) => {
      if (!issued) return { kind: 'by', date: null };
      const offset = m[1] === '后年' ? 2 : m[1] === '明年' || m[1] === '次年' ? 1 : 0;
      return { kind: 'by', date: partOfYear(issued.year + offset, m[2]) };
    },
  },
  {
    pattern: new RegExp(`(?<![\\d年每一二两三四五六七八九十])年(底|末|内)${BEFORE}`),
    example: '年底前完成',
    read: (m, issued) => ({ kind: 'by', date: issued ? partOfYear(issued.year, m[1]) : null }),
  },
  {
    // "三年内", "通过5年努力", "用5年的时间": the issue year counts as the first of them
    pattern: new RegExp(`(?<!近|过去|最近)(?:在|于|用|通过|经过)?(${COUNT})(?:[-—–~～至到](${COUNT}))?年(?:内|之内|以内|时间|的时间|努力|左右时间)`),
    example: '力争通过5年努力，公立医院运行模式从粗放管理转向精细化管理',
    read: (m, issued) => {
      const years = parseNumber(m[2] ?? m[1]!);
      if (years === null || years < 1 || years > 30) return null;
      return { kind: 'by', date: issued ? iso(issued.year + years - 1, 12) : null };
    },
  },
  {
    pattern: new RegExp(`(${COUNT})个月(?:内|之内|以内)`),
    example: '6个月内完成整改',
    read: (m, issued) => {
      const months = parseNumber(m[1]!);
      if (months === null || !issued) return months === null ? null : { kind: 'by', date: null };
      const [year, month] = issued.iso.split('-').map(Number) as [number, number];
      const total = year * 12 + (month - 1) + months;
      return { kind: 'by', date: iso(Math.floor(total / 12), (total % 12) + 1) };
    },
  },
  {
    pattern: /(?<![\d年])(\d{1,2})月(?:(\d{1,2})日(?:前|以前|之前)|(?:底|末)(?:前|以前|之前)?)/,
    example: '于7月10日前将自查工作报告报公立卫生机构考核领导小组办公室',
    read: (m, issued) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      if (!issued) return { kind: 'by', date: null };
      return { kind: 'by', date: iso(issued.year, month, m[2] ? Number(m[2]) : monthEnd(issued.year, month)) };
    },
  },
  {
    // an action kept up, when the phrase stands alone (a 完成时限 cell or field); "持续提升服务
    // 能力" in running text describes manner, not time
    pattern: /(?<=^|[（(：:\n。；，])(?:持续推进|持续开展|长期坚持|长期推进|持续实施|常态化推进|常态化开展|长期|持续|常态化)(?=$|[）)\n。；])/,
    example: '完成时限：持续推进',
    read: () => ({ kind: 'ongoing', date: null }),
  },
];

// "2021年9月20日，省政府办公厅印发": a date followed by these verbs is an event
const PAST_EVENT_AFTER = /^[，,]?(?:印发|发布|出台|颁布|召开|审议)/;
// "自2023年起" starts something; it does not end it
const START_BEFORE = /(?:自|从)$/;

function issuedOf(issuedOn: string | null): Issued | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(issuedOn ?? '');
  return match ? { year: Number(match[1]), iso: issuedOn! } : null;
}

/** Every deadline phrase in a view, with its offsets (placeholders included, for diagnostics). */
export function deadlineHits(view: ItemView, issuedOn: string | null): DeadlineHit[] {
  const issued = issuedOf(issuedOn);
  const rules: Rule<DeadlineMeaning>[] = ROWS.map((row) => ({
    pattern: row.pattern,
    example: row.example,
    meaning: (match) => row.read(match, issued),
  }));
  return scan(view.text, rules).filter(
    (hit) =>
      !isShielded(view, hit.start) &&
      !PAST_EVENT_AFTER.test(view.text.slice(hit.end, hit.end + 4)) &&
      !START_BEFORE.test(view.text.slice(Math.max(0, hit.start - 2), hit.start)),
  );
}

/** Deadlines of one text (an item body or a 完成时限 cell). */
export function extractDeadlines(source: LocatedText, issuedOn: string | null): Deadline[] {
  const view = viewOf(source);
  return fromHits(view, deadlineHits(view, issuedOn));
}

/** Hits → contract deadlines; placeholder years are dropped (the document-level check in
 * outline/textchecks reports them once per file), and so are past dates. */
export function fromHits(view: ItemView, hits: DeadlineHit[]): Deadline[] {
  return hits.flatMap((hit) =>
    hit.meaning.kind === 'placeholder' || hit.meaning.kind === 'past'
      ? []
      : [{ text: hit.text, date: hit.meaning.date, kind: hit.meaning.kind, line: lineAt(view, hit.start) }],
  );
}

/** Keeps the first deadline of each kind and date (of each kind and text when undated). */
export function dedupeDeadlines(deadlines: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  return deadlines.filter((deadline) => {
    const key = `${deadline.kind}|${deadline.date ?? deadline.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
