// Deadlines (完成时限): the grammar of time phrases a plan commits to, each normalised to the last
// day of the period it names ("2025年" → 2025-12-31, "2024年10月底" → 2024-10-31, "上半年" →
// 06-30). Dates of past events, the issue date, cited titles and 文号 (〔2022〕), work years
// ("2021年度") and placeholder years ("到20xx年") are not deadlines.
import type { Deadline } from '../schema/contract.js';
import type { LocatedText } from '../text/located.js';
import { scan, type Hit, type Rule } from './grammar.js';
import { parseNumber } from '../text/numerals.js';
import { isDoneTime, reportSpans } from './reports.js';
import { characterSpanOf, insideSpans, isShielded, lineAt, stretchEnd, viewOf, type ItemView } from './view.js';

// "past": a date on or before the issue date ("2020年末，人均预期寿命提高到82.25岁" in a 2023 plan):
// never a deadline, but it tells the targets grammar that its sentence reports, not commits.
export type DeadlineMeaning = { kind: Deadline['kind']; date: string | null } | { kind: 'placeholder' } | { kind: 'past' };
export type DeadlineHit = Hit<DeadlineMeaning>;

interface Issued {
  year: number;
  iso: string;
}

/**
 * What relative time is read against. `issued` dates 今年/明年/三年内 and tells a past event from a
 * limit; `year` is the year the plan is for, which dates 年底前, 一季度, 上半年 and "5月底前" (a plan
 * issued in December 2022 for 2023 has 年底前 = 2023-12-31 but 明年 = 2023).
 */
interface Calendar {
  issued: Issued | null;
  year: number | null;
  /** the plan's year when the document states it (title, issue date, its own work year); null when guessed */
  stated: number | null;
  /** the text is a 完成时限 cell: each date of the plan's own year in it is a limit, even before the issue date */
  field: boolean;
  /** year labels in the text, in order: a year heading its block ("2020年：", "2020年任务：") or opening its sentence ("2020年，") */
  labels: YearLabel[];
}

interface YearLabel {
  year: number;
  /** where the label ends and where its reach ends (the next label, or its sentence / line end) */
  from: number;
  to: number;
}

interface DeadlineRow {
  pattern: RegExp;
  example: string;
  read: (match: RegExpExecArray, calendar: Calendar) => DeadlineMeaning | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day = monthEnd(year, month)) => `${year}-${pad(month)}-${pad(day)}`;

// "上半年" ends 06-30, "一季度" 03-31, "年底" 12-31: the month each part of a year ends in
const PART_END_MONTH: Readonly<Record<string, number>> = {
  上半年: 6, 年中: 6, 下半年: 12, 年底: 12, 年末: 12, 底: 12, 末: 12, 内: 12,
  一季度: 3, 二季度: 6, 三季度: 9, 四季度: 12, '1季度': 3, '2季度': 6, '3季度': 9, '4季度': 12,
};
// "10月上旬" (or "10月初") ends on the 10th, 中旬 on the 20th, otherwise the month's last day
const TEN_DAYS: Readonly<Record<string, number>> = { 上旬: 10, 初: 10, 中旬: 20 };

// "…6月底前", "…2024年以前": a phrase closed by a word of limit
const CLOSED_BEFORE = /(?:前|以前|之前)$/;

/**
 * A date the plan gives as a commitment: never one on or before the issue date (a past event), nor,
 * when the issue date is unknown, one before the plan's year ("2022年完成投资" in a 2023 plan).
 * A limit closed by 前, or any date of a 完成时限 cell, in the plan's own year stands even before the
 * issue date: a work list issued in April keeps its "2024年3月底前完成" and its cell "2024年3月" (what
 * is done says 已, see isDone; a report 截至/到).
 */
function future(date: string, calendar: Calendar, kind: Deadline['kind'] = 'by', phrase = ''): DeadlineMeaning {
  const { issued, year } = calendar;
  const ownYear = year ?? issued?.year;
  if ((calendar.field || CLOSED_BEFORE.test(phrase)) && ownYear !== undefined && date.startsWith(`${ownYear}-`)) return { kind, date };
  if (issued ? date <= issued.iso : year !== null && date < `${year}-01-01`) return { kind: 'past' };
  return { kind, date };
}

/**
 * The year 年底/一季度/5月底 at `at` fall in: a year label's whose reach holds it ("2020年：…4月底前完成"),
 * else the plan's year, else the issue year.
 */
function workYear(calendar: Calendar, at: number): number | null {
  const { labels } = calendar;
  // the last label starting at or before `at` (labels are in order and do not overlap)
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid]!.from <= at) lo = mid + 1;
    else hi = mid;
  }
  const label = labels[lo - 1];
  return (label && at < label.to ? label.year : null) ?? calendar.year ?? calendar.issued?.year ?? null;
}
/**
 * The year 三年内/通过5年努力 count from: the issue year, else the plan's year as the document states
 * it; a year guessed from the plan's own limits is no start to count from.
 */
const issueYear = (calendar: Calendar): number | null => calendar.issued?.year ?? calendar.stated;

function partOfYear(year: number, part: string | undefined): string {
  const month = PART_END_MONTH[(part ?? '内').replace(/^第/, '')] ?? 12;
  return iso(year, month);
}

/** 年底前, 一季度, 上半年 with no year written: in the plan's year. */
function inWorkYear(calendar: Calendar, at: number, part: string | undefined): DeadlineMeaning {
  const year = workYear(calendar, at);
  return { kind: 'by', date: year === null ? null : partOfYear(year, part) };
}

/**
 * 今年/明年/后年 count from the issue date; with none known, 今年 is the plan's year (even a guessed
 * one: like 年底前, it names the year the plan's work falls in).
 */
function relativeYear(word: string, calendar: Calendar): number | null {
  const offset = word === '后年' ? 2 : word === '明年' || word === '次年' ? 1 : 0;
  if (calendar.issued) return calendar.issued.year + offset;
  return offset === 0 ? calendar.year : null;
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
    read: (m, calendar) => future(iso(Number(m[2]), 12), calendar, 'period'),
  },
  {
    // a span of months: "（2024年8月—2025年9月）", "（2025年10月—12月）" ends with its last month
    pattern: new RegExp(`${AT}(\\d{4})年(\\d{1,2})月?[-—–~～至到](?:(\\d{4})年)?(\\d{1,2})月(?:份|底|末)?${BEFORE}(?!\\d{0,2}日)`),
    example: '工作实施阶段（2024年8月—2025年9月）',
    read: (m, calendar) => {
      const year = Number(m[3] ?? m[1]);
      const month = Number(m[4]);
      if (month < 1 || month > 12 || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
      return future(iso(year, month), calendar, 'period');
    },
  },
  {
    // a stage of months in the plan's year, opening its clause: "①1-3月份，及时完成…审核确认",
    // "第二阶段（4—6月）：", "7月至9月，"; its end is the last month's. Not a span qualifying a noun
    // ("发放1-3月份临时救助金") nor one inside running text ("1—9月完成投资" reports)
    pattern: /(?<=^|[（(：:\n。；;，,\s①②③④⑤⑥⑦⑧⑨⑩])(\d{1,2})月?(?:份)?[-—–~～至到](\d{1,2})月(?:份|底|末)?(?=[）)]?[，,：:；;\s]|$)/,
    example: '①1-3月份，及时完成城乡困难群众临时救助的审核确认',
    read: (m, calendar) => {
      const [first, last] = [Number(m[1]), Number(m[2])];
      if (first < 1 || last > 12 || first >= last) return null;
      // like "4月底前", a stage in the plan's year is kept as written even before the issue date;
      // but a span from January ended by then counts up what was done ("1—6月，全市规上工业增加值增长8%")
      const year = workYear(calendar, m.index);
      if (year === null) return { kind: 'period', date: null };
      return first === 1 ? future(iso(year, last), calendar, 'period') : { kind: 'period', date: iso(year, last) };
    },
  },
  {
    // a span whose ends name a day, a ten-day part or a month's end: "2024年4月1日至6月30日",
    // "（5月上旬至6月底）", "2024年5月中旬至6月底", "2024年11月下旬—12月中旬", "5月20日至6月20日",
    // "2024年9月1日-30日", "2024年3月至年底": a period ending where its last part ends (plain month
    // spans are the rows above)
    pattern: new RegExp(
      `${AT}(?<![\\d年])(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})日|(上旬|中旬|下旬|初|底|末))?[-—–~～至到]` +
        `(?:(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})日|(上旬|中旬|下旬|初|底|末))?|(\\d{1,2})日|(年底|年末))${BEFORE}`,
    ),
    example: '集中整治阶段（2024年5月中旬至6月底）',
    read: (m, calendar) => {
      const [, fromYear, fromMonth, fromDay, fromPart, toYear, toMonth, toDay, toPart, sameMonthDay, yearEnd] = m;
      // a plain "6月至8月" or "2024年6月至8月" is read by the month-span rows
      if (!fromDay && !fromPart && !toDay && !toPart && !sameMonthDay && !yearEnd) return null;
      const written = toYear ?? fromYear;
      const year = written ? Number(written) : workYear(calendar, m.index);
      const month = yearEnd ? 12 : Number(toMonth ?? fromMonth);
      if (month < 1 || month > 12 || Number(fromMonth) < 1 || Number(fromMonth) > 12) return null;
      if (year === null) return { kind: 'period', date: null };
      const dayText = toDay ?? sameMonthDay;
      const day = dayText ? Number(dayText) : (TEN_DAYS[toPart ?? ''] ?? monthEnd(year, month));
      if (day < 1 || day > monthEnd(year, month)) return null;
      const date = iso(year, month, day);
      // like a stage of months, a span in the plan's year is kept as written
      return written || Number(fromMonth) === 1 ? future(date, calendar, 'period') : { kind: 'period', date };
    },
  },
  {
    // a full date is an event ("2021年9月20日，省政府办公厅印发") unless it is a limit ("…日前")
    pattern: /(到|至|在|于|截至|截止到|截止)?(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前|之前)?/,
    example: '于2024年6月30日前完成',
    read: (m, calendar) => (m[1] || m[5] ? future(iso(Number(m[2]), Number(m[3]), Number(m[4])), calendar, 'by', m[0]) : null),
  },
  {
    pattern: new RegExp(`${AT}(\\d{4})年(\\d{1,2})月份?(底|末|上旬|中旬|下旬|初)?${BEFORE}(?!\\d{0,2}日)`),
    example: '完成时限：2024年10月底',
    read: (m, calendar) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      return future(iso(year, month, TEN_DAYS[m[3] ?? ''] ?? monthEnd(year, month)), calendar, 'by', m[0]);
    },
  },
  {
    pattern: new RegExp(`${AT}(\\d{4})年(上半年|下半年|年中|年底|年末|底|末|内|度内|第?[一二三四1-4]季度)${BEFORE}`),
    example: '到2025年底前，力争将县人民医院、县中医医院创建为三级甲等医院',
    read: (m, calendar) => future(partOfYear(Number(m[1]), m[2]), calendar, 'by', m[0]),
  },
  {
    // "2021年度" is a work year, "2023年起" a start, "2021年以来" the past, "（2021年修订）" an
    // edition: none is a deadline
    pattern: new RegExp(`${AT}(\\d{4})年${BEFORE}(?![度版第起初来\\d]|以来|开始|修订|修正)`),
    example: '2022年完成试运行试点，2023年启动实际付费',
    read: (m, calendar) => future(iso(Number(m[1]), 12), calendar),
  },
  {
    // the n-th five-year plan (十四五) runs to 1955 + 5n: 十四五 → 2021–2025
    pattern: /[“"]?十([一二三四五六七八九])五[”"]?(期间|时期末|时期|规划期|期末|末)/,
    example: '“十四五”期间，每年至少展开一次医疗服务价格调整工作',
    read: (m, calendar) => {
      const end = 1955 + 5 * (10 + (parseNumber(m[1]!) ?? 0));
      // (any year of the plan, even a guessed one, tells which five-year plans are over)
      const now = calendar.issued?.year ?? calendar.year;
      if (now !== null ? end < now : end < 2021) return { kind: 'past' };
      return { kind: /末/.test(m[2]!) ? 'by' : 'period', date: iso(end, 12) };
    },
  },
  {
    pattern: /每(?:年度|年|半年|个?季度|月|周|旬)/,
    example: '每年组织新增加和完善医疗服务价格项目评审',
    read: () => ({ kind: 'recurring', date: null }),
  },
  {
    // "去年国内生产总值增长6.7%": last year's figures are a report; "较去年同期" is a baseline
    pattern: /(?<![较比与同])去年(?!同期|基础|水平)/,
    example: '去年全国城镇新增就业1314万人',
    read: () => ({ kind: 'past' }),
  },
  {
    // (not 当年: "当年新发放贷款总额" is the year of an event a rule refers to)
    pattern: new RegExp(`(今年|本年|明年|次年|后年)(\\d{1,2})月(?:底|末|份)?${BEFORE}`),
    example: '明年6月底前完成互联互通测评',
    read: (m, calendar) => {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return null;
      const year = relativeYear(m[1]!, calendar);
      return { kind: 'by', date: year === null ? null : iso(year, month) };
    },
  },
  {
    pattern: new RegExp(`(今年|本年|明年|次年|后年)(上半年|下半年|年中|年底|年末|底|末|内|第?[一二三四1-4]季度)?${BEFORE}`),
    example: '今年底前完成',
    read: (m, calendar) => {
      const year = relativeYear(m[1]!, calendar);
      return { kind: 'by', date: year === null ? null : partOfYear(year, m[2]) };
    },
  },
  {
    pattern: new RegExp(`(?<![\\d年每一二两三四五六七八九十])年度?(底|末|内)${BEFORE}`),
    example: '年底前完成',
    read: (m, calendar) => inWorkYear(calendar, m.index, m[1]),
  },
  {
    // a part of the plan's own year: "力争一季度一批项目正式投产", "第一季度：完成工作任务20%以上"
    // (not a bare 年中: "一年中", "全年中" are no times)
    pattern: new RegExp(`(?<![\\d年今本明次后当每])(上半年|下半年|第?[一二三四1-4]季度)(?:末|底)?${BEFORE}`),
    example: '力争一季度一批项目正式投产',
    read: (m, calendar) => inWorkYear(calendar, m.index, m[1]),
  },
  {
    // "三年内", "通过5年努力", "用5年的时间": the issue year counts as the first of them
    pattern: new RegExp(`(?<!近|过去|最近)(?:在|于|用|通过|经过)?(${COUNT})(?:[-—–~～至到](${COUNT}))?年(?:内|之内|以内|时间|的时间|努力|左右时间)(?!的)`),
    example: '力争通过5年努力，公立医院运行模式从粗放管理转向精细化管理',
    read: (m, calendar) => {
      const years = parseNumber(m[2] ?? m[1]!);
      if (years === null || years < 1 || years > 30) return null;
      const from = issueYear(calendar);
      return { kind: 'by', date: from === null ? null : iso(from + years - 1, 12) };
    },
  },
  {
    // "登记注册3年内的小微企业", "6个月内的": a span that qualifies a noun is no limit
    pattern: new RegExp(`(${COUNT})个月(?:内|之内|以内)(?!的)`),
    example: '6个月内完成整改',
    read: (m, { issued }) => {
      const months = parseNumber(m[1]!);
      if (months === null || !issued) return months === null ? null : { kind: 'by', date: null };
      const [year, month] = issued.iso.split('-').map(Number) as [number, number];
      const total = year * 12 + (month - 1) + months;
      return { kind: 'by', date: iso(Math.floor(total / 12), (total % 12) + 1) };
    },
  },
  {
    // "7月10日前", "5月底前", "6月底", "11月上旬前", "10月前" (not "3个月前": the digits stand right before 月; not
    // "6月前后", around June)
    pattern: /(?<![\d年])(\d{1,2})月(?:(\d{1,2})日(?:前|以前|之前)|(?:底|末)(?:前|以前|之前)?|(上旬|中旬|下旬|初)(?:前|以前|之前)|份?(?:前|以前|之前)(?!后))/,
    example: '于7月10日前将自查工作报告报公立卫生机构考核领导小组办公室',
    read: (m, calendar) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      const year = workYear(calendar, m.index);
      if (year === null) return { kind: 'by', date: null };
      return { kind: 'by', date: iso(year, month, m[2] ? Number(m[2]) : TEN_DAYS[m[3] ?? ''] ?? monthEnd(year, month)) };
    },
  },
  {
    // an action kept up with no end, in a cell as in running text ("持续推进妇产优质服务提升行动");
    // manner words (持续提升, 持续加强, 不断, 逐步) say how, not until when
    // ("持续深入开展", "持续组织实施": an adverb between keeps the act)
    pattern: /持续(?:深入|扎实|大力|稳步|有序|组织)?(?:推进|开展|实施)|长期坚持|长期推进|长期开展|始终保持/,
    example: '持续推进紧密型县域医共体建设',
    read: () => ({ kind: 'ongoing', date: null }),
  },
  {
    // 常态化 before the act it keeps up, a short object or addressee between: "常态化开展隐患排查",
    // "常态化向民间资本进行推介", "常态化组织联合执法"; not a noun's qualifier ("常态化疫情防控",
    // "建立常态化监测机制")
    pattern: /常态化地?(?:[向对为在与同][^，,。；;、：:\n]{1,12}?)?(?:开展|推进|实施|举行|举办|组织|进行|推介|落实|做好|排查|巡查|督查|检查|监测)(?!机制|制度|体系|模式|平台)/,
    example: '常态化向民间资本举行推介',
    read: () => ({ kind: 'ongoing', date: null }),
  },
  {
    // a month and the act that completes (or starts) the work: "9月投入使用", "11月建成", "5月动工",
    // "9月正式印发", "6月出台"; not a month of an activity ("6月开展集中宣传") nor a span of months
    // reported ("1—9月完成投资")
    pattern: /(?<![\d年个\-—–~～至到])(\d{1,2})月份?(?=(?:正式|全面|基本|如期|初步)?(?:完成|建成|投入使用|投用|投运|投产|竣工|完工|开工|动工|交付|通车|上线运行|上线|印发|出台))/,
    example: '新建2座人行天桥 | 9月投入使用',
    read: (m, calendar) => {
      const month = Number(m[1]);
      const year = workYear(calendar, m.index);
      if (month < 1 || month > 12) return null;
      return { kind: 'by', date: year === null ? null : iso(year, month) };
    },
  },
  {
    // a stage of a schedule: a month opening a line or sentence and closed by a colon (a 月度工作计划
    // cell "4月：制定并下发工作方案", "5月底：完成招标", "6月份：完成主体工程；7月：投入使用"): its end in
    // the plan's year; a stage that says 已 ("3月：已召开…") reports
    // (or after a stage's ordinal: "①4月：", "（2）5月中下旬：")
    pattern: /(?<=^|\n|[。；;]\s?|[①②③④⑤⑥⑦⑧⑨⑩]|[（(]\d{1,2}[）)])(\d{1,2})月份?(底|末|上中旬|中下旬|上旬|中旬|下旬|初)?(?=[：:])/,
    example: '月度工作计划 | 4月：制定并下发工作方案。',
    read: (m, calendar) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      if (/^[：:]\s?(?:已|均已|全部已)/.test(m.input.slice(m.index + m[0].length))) return { kind: 'past' };
      const year = workYear(calendar, m.index);
      if (year === null) return { kind: 'by', date: null };
      // (a stage before the issue date is a report's month: "4月：完成…" in a June report)
      const day = m[2] === '上中旬' ? 20 : (TEN_DAYS[m[2] ?? ''] ?? monthEnd(year, month));
      return future(iso(year, month, day), calendar);
    },
  },
  {
    // a month standing alone (a 完成时限 cell "6月", "12月份", "10月中旬"): its end in the plan's year
    pattern: /(?<=^|[（(：:\n；，])(\d{1,2})月份?(上旬|中旬|下旬|初)?(?=$|[）)\n。；])/,
    example: '完成时限：6月',
    read: (m, calendar) => {
      const month = Number(m[1]);
      const year = workYear(calendar, m.index);
      if (month < 1 || month > 12) return null;
      return { kind: 'by', date: year === null ? null : iso(year, month, TEN_DAYS[m[2] ?? ''] ?? monthEnd(year, month)) };
    },
  },
  {
    // a line or cell that lists months ("3月、6月、9月、12月", "2024年6月、12月底"): each is a
    // limit, in the year the line writes, else the plan's year ("3月、6月开展督查" is a sentence)
    pattern: /(?<=(?:^|\n)(?:(\d{4})年)?(?:\d{1,2}月(?:份|底|末)?[、，,和及])+)(\d{1,2})月(?:份|底|末)?(?:前|以前|之前)?(?=(?:[、，,和及]\d{1,2}月(?:份|底|末)?)*(?:前|以前|之前)?(?:$|\n))|(?<=(?:^|\n)(?:(\d{4})年)?)(\d{1,2})月(?:份|底|末)?(?=(?:[、，,和及]\d{1,2}月(?:份|底|末)?)+(?:前|以前|之前)?(?:$|\n))/,
    example: '完成时限 | 3月、6月、9月、12月',
    read: (m, calendar) => {
      const month = Number(m[2] ?? m[4]);
      const written = m[1] ?? m[3];
      const year = written ? Number(written) : workYear(calendar, m.index);
      if (month < 1 || month > 12) return null;
      return { kind: 'by', date: year === null ? null : iso(year, month) };
    },
  },
  {
    // a work year filling its line or cell: "2024年度" (in running text "2024年度考核" names the work)
    pattern: /(?<=^|\n)(\d{4})年度(?:内)?(?=$|\n)/,
    example: '完成时限 | 2024年度',
    read: (m, calendar) => future(iso(Number(m[1]), 12), calendar),
  },
  {
    // a span of dotted months filling its line or cell ("2023.01-2023.12", "2024.3—2024.10",
    // "2023.01—12", a 建设起止年限 cell): a period ending with its last month
    pattern: /(?<=^|\n)(\d{4})[.．](\d{1,2})\s?[-—–~～至]\s?(?:(\d{4})[.．])?(\d{1,2})(?:月)?(?=$|\n)/,
    example: '建设起止年限 | 2023.01-2023.12',
    read: (m, calendar) => {
      const [from, fromMonth, to, toMonth] = [Number(m[1]), Number(m[2]), Number(m[3] ?? m[1]), Number(m[4])];
      if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12 || to < from || to > from + 30) return null;
      return future(iso(to, toMonth, monthEnd(to, toMonth)), calendar, 'period');
    },
  },
  {
    // a date filling its line or cell (a 完成时限 cell "2024年12月31日", "6月30日", "2025.12.31",
    // "2024.12") or after a time-limit label ("完成时间：2024年11月30日"; not "填报时间："): the
    // limit itself, where in running text a full date tells an event
    pattern: /(?<=^|\n|(?:完成时限|完成时间|完成期限|时间节点|时限要求|截止时间|办结时限)[：:]\s?)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|以前|之前)?(?=$|\n|[。；;])|(?<=^|\n)(\d{4})[.．/-](\d{1,2})(?:[.．/-](\d{1,2}))?(?:底|前|底前)?(?=$|\n)/,
    example: '完成时限 | 2024年12月31日',
    read: (m, calendar) => {
      const [yearText, monthText, dayText] = m[4] ? [m[4], m[5], m[6]] : [m[1], m[2], m[3]];
      const month = Number(monthText);
      const year = yearText ? Number(yearText) : workYear(calendar, m.index);
      if (month < 1 || month > 12) return null;
      if (year === null) return { kind: 'by', date: null };
      const day = dayText ? Number(dayText) : monthEnd(year, month);
      if (day < 1 || day > monthEnd(year, month)) return null;
      return future(iso(year, month, day), calendar, 'by', m[0]);
    },
  },
  {
    // a bare year filling a time cell (a 建设时间 / 完成时限 cell "2024", "2023-2025"): the work runs
    // to that year's end; only in a cell (a bare number in running text is a count or a sum)
    pattern: /(?<=^|\n)((?:19|20)\d{2})(?:\s?[-—–~～至]\s?((?:19|20)\d{2}))?(?=$|\n)/,
    example: '建设时间 | 2024',
    read: (m, calendar) => {
      if (!calendar.field) return null;
      const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
      if (to < from || to > from + 30) return null;
      return future(iso(to, 12), calendar, m[2] ? 'period' : 'by');
    },
  },
  {
    // a bare word of time standing alone (a 完成时限 cell or field): "长期", "持续", "全年"
    pattern: /(?<=^|[（(：:\n。；，])(?:长期|持续|常态化|常年|全年)(?=$|[）)\n。；])/,
    example: '完成时限：长期',
    read: (m, calendar) => (m[0] === '全年' ? inWorkYear(calendar, m.index, '底') : { kind: 'ongoing', date: null }),
  },
  {
    // a cell of a part of the year and its act: "全年推进", "全年完成", "年中" (in running text
    // "全年完成投资50亿元" sizes a target, and "一年中" is no time)
    pattern: /(?<=^|\n)(?:全年(?:推进|完成|实施|开展)|年中)(?=$|\n)/,
    example: '完成时限 | 全年推进',
    read: (m, calendar) => inWorkYear(calendar, m.index, m[0] === '年中' ? '年中' : '底'),
  },
];

// "2021年9月20日，省政府办公厅印发", "2021年12月出台": a date followed by these verbs is an event
const PAST_EVENT_AFTER = /^[，,]?(?:印发|发布|出台|颁布|召开|审议)/;
// and so is a month opening a sentence whose short subject does them ("2021年9月，省政府办公厅印发");
// a bare year so placed may be a plan's stage ("2025年，各县出台实施细则")
const PAST_EVENT_SENTENCE = /^[，,][^，,。；;：:\d\n]{2,14}?(?:印发|发布|出台|颁布|召开|审议)/;
// …unless the phrase is a limit: "到2025年出台", "6月底前出台", "力争2024年9月出台"
const LIMIT_WORD = /^(?:到|至)|(?:前|以前|之前)$/;
const COMMITS_BEFORE = /(?:力争|争取|确保|计划|预计|拟|将|要|须)$/;
// "自2023年起" starts something; it does not end it
const START_BEFORE = /(?:自|从)$/;
// "2024年3月起实施", "2024年10月以来", "2024年1月至今", "2025年以后": a start or the time since,
// not an end (not 起草, drafting)
const START_AFTER = /^(?:起(?!草)|以来|开始|至今|以后|之后)/;
// "比2020年下降10%", "较2020年末", "在2020年基础上": a baseline year is not a limit
const BASELINE_BEFORE = /(?:比|较|与|同|相对|相比)$/;
const BASELINE_AFTER = /^(?:的)?(?:基础|水平|相比|同期|基数)/;
// A bare year that names the work of that year is a noun's qualifier, not a limit: "落实2019年经济社会
// 发展总体要求", "2023年是…开局之年", "2017年发展的主要预期目标", "对照2023年区《政府工作报告》"
const YEAR_QUALIFIES_AFTER =
  /^(?:是|的|[区市县省州镇乡]?《|[全我本]?[区市县省州镇乡]?(?:经济社会|国民经济|政府工作|重点工作|工作|目标任务|民生实事|为民办实事|预算)|[^，,。；;：:\d\n]{0,14}的(?:主要)?(?:预期)?(?:目标|任务|要求))/;
// a verb of handling right before the year makes it its object's ("精心策划2019年油菜花海观花活动",
// "启动2023年重点项目"); "力争2025年…", "确保2025年…" are times and stay out of this list
const YEAR_QUALIFIES_BEFORE =
  /(?:落实|做好|抓好|办好|完成|实现|围绕|对照|对标|制定|编制|部署|安排|分解|下达|明确|确定|总结|谋划|策划|筹备|举办|组织|启动|实施|推进|开展|申报|梳理|将|的)$/;
const BARE_YEAR = /^\d{4}年$/;
// "制定行业领域2021年安全生产专项整治三年行动工作任务清单，", "2010年全市促进就业目标责任制主要指标":
// a bare year that opens the name of a list, plan or set of aims (running to its clause end) names
// that work; "2019年任务：" is a label, and a phrase with a verb of doing ("2023年完成…项目") is an act
const YEAR_NAMES_WORK = /^[^，,。；;：:\d\n]{0,24}?(?:清单|方案|计划|要点|指标|任务|目标|项目|工作)(?=$|[，,。；;\n（(])/;
const ACT_IN_NAME = /完成|实现|建成|达到|启动|开工|新建|新增|确保|力争|争取|全面|基本|(?<![主重纲])要|将/;
// "完成2023、2024年各80张…配建": the years of a list share the verb before the first of them
const YEAR_LIST_BEFORE = /(?:\d{4}年?[、和及与至])+$/;
// "2025年实现…", "2023年基本建成…": a verb right after the year makes it the time of the act
const YEAR_ACTS_AFTER = /^(?:完成|实现|建成|基本|全面|力争|争取|确保|达到|启动|开工|投产)/;

/**
 * The year a plan is for (planYearOf). `guessed` when nothing in the document states it and it is
 * the earliest year the plan's limits name: good enough to date 年底前, 今年, 一季度 and "5月底前", but
 * no start to count 通过5年时间 or 三年内 from (the scorer leaves such spans out; a date counted from a
 * guess would only look precise).
 */
export interface PlanYear {
  year: number;
  guessed: boolean;
}

function issuedOf(issuedOn: string | null): Issued | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(issuedOn ?? '');
  return match ? { year: Number(match[1]), iso: issuedOn! } : null;
}

/**
 * A hit the words around it show to be no limit: an event, a start, a baseline, a noun's year.
 * `issued`: the plan's issue date is known, so a dated hit still standing falls after it.
 */
function isNoLimit(text: string, hit: DeadlineHit, issued: boolean): boolean {
  const listed = YEAR_LIST_BEFORE.exec(text.slice(Math.max(0, hit.start - 30), hit.start))?.[0].length ?? 0;
  const before = text.slice(Math.max(0, hit.start - listed - 2), hit.start - listed);
  const after = text.slice(hit.end, hit.end + 24);
  // an event verb after a date tells a past event, but not after a limit word ("到2025年出台",
  // "6月底前出台"), a word of commitment ("力争2024年9月出台") or in a dated plan, where a date
  // after the issue date can only be a commitment ("2024年6月出台…" in a plan of March 2024)
  const dated = hit.meaning.kind === 'by' && hit.meaning.date !== null;
  const committed = LIMIT_WORD.test(hit.text) || COMMITS_BEFORE.test(before) || (issued && dated);
  const event = PAST_EVENT_AFTER.test(after) || (/月/.test(hit.text) && PAST_EVENT_SENTENCE.test(after));
  if (event && !committed) return true;
  // ("2024年9月起" starts; "…前起" is no start); "2024年10月前后" is a time around, no limit
  const closedBefore = CLOSED_BEFORE.test(hit.text);
  if ((START_AFTER.test(after) && !closedBefore) || START_BEFORE.test(before)) return true;
  if (closedBefore ? after.startsWith('后') : after.startsWith('前后')) return true;
  if (/\d{4}年/.test(hit.text) && (BASELINE_BEFORE.test(before) || BASELINE_AFTER.test(after))) return true;
  if (!BARE_YEAR.test(hit.text) || YEAR_ACTS_AFTER.test(after)) return false;
  if (YEAR_QUALIFIES_AFTER.test(after) || YEAR_QUALIFIES_BEFORE.test(before)) return true;
  const name = YEAR_NAMES_WORK.exec(text.slice(hit.end, hit.end + 32))?.[0];
  return name !== undefined && !ACT_IN_NAME.test(name);
}

// "2019年任务：…6月底前…。2020年任务：…4月底前…" (a multi-year plan's year blocks), "2020年，…，6月底前完成":
// a bare year that heads a block or opens a sentence dates the months and quarters after it
const YEAR_LABEL = /(?<=^|[。；;！!？?\n\s])(\d{4})年(?:度)?(?:的)?(?:工作任务|任务|工作|目标|计划)?([：:，,])/g;

function yearLabels(text: string): YearLabel[] {
  const labels: YearLabel[] = [];
  for (const match of text.matchAll(YEAR_LABEL)) {
    const from = match.index + match[0].length;
    // a block runs to the end of its line; a sentence opener to the end of its sentence
    const stops = match[2] === '：' || match[2] === ':' ? /\n/ : /[。；;！!？?\n]/;
    const previous = labels[labels.length - 1];
    if (previous && previous.to > match.index) previous.to = match.index;
    labels.push({ year: Number(match[1]), from, to: stretchEnd(text, from, stops) });
  }
  return labels;
}

/**
 * Every deadline phrase in a view, with its offsets (placeholders included, for diagnostics).
 * `planYear` is the year the plan is for (see planYearOf; a bare number is a year the document
 * states); `issuedOn` its issue date.
 */
export function deadlineHits(
  view: ItemView,
  issuedOn: string | null,
  planYear: PlanYear | number | null = null,
  reports: Array<[number, number]> = reportSpans(view.text),
  field = false,
): DeadlineHit[] {
  const plan = typeof planYear === 'number' ? { year: planYear, guessed: false } : planYear;
  const calendar: Calendar = {
    issued: issuedOf(issuedOn),
    year: plan?.year ?? null,
    stated: plan && !plan.guessed ? plan.year : null,
    field,
    labels: yearLabels(view.text),
  };
  const rules: Rule<DeadlineMeaning>[] = ROWS.map((row) => ({
    pattern: row.pattern,
    example: row.example,
    meaning: (match) => row.read(match, calendar),
  }));
  return scan(view.text, rules)
    .filter((hit) => !isShielded(view, hit.start) && !isNoLimit(view.text, hit, calendar.issued !== null))
    .map((hit): DeadlineHit => {
      if (isDone(view.text, hit, reports)) return { ...hit, meaning: { kind: 'past' } };
      return isReportRound(view.text, hit) ? { ...hit, meaning: { kind: 'recurring', date: null } } : hit;
    });
}

// "分别于7月1日、10月1日、12月1日前报送工作进展", "于6月底、12月底前将总结报…": several dates a report
// is due by are the rounds of a reporting schedule, like 每季度末前报送 (one date, "于7月10日前将自查
// 报告报…", stays a limit; several dates of work, "分别于6月底、12月底前完成…", are limits)
const ROUND_DATE = '(?:\\d{1,2}月(?:\\d{1,2}日|底|末|份)?|第?[一二三四1-4]季度末?)';
const REPORT_ROUNDS = new RegExp(
  `${ROUND_DATE}(?:[、和及]${ROUND_DATE})+(?:前|以前|之前)(?:将[^，,。；;\\n]{0,24}?)?(?:报送|上报|报告|提交|报)`,
  'g',
);

function isReportRound(text: string, hit: DeadlineHit): boolean {
  if (hit.meaning.kind !== 'by') return false;
  // the list runs at most a few dates either side of the hit
  const from = Math.max(0, hit.start - 40);
  for (const match of text.slice(from, hit.end + 60).matchAll(REPORT_ROUNDS)) {
    const start = from + match.index;
    if (start <= hit.start && hit.end <= start + match[0].length) return true;
  }
  return false;
}

/** A time of something done: inside a report field ("实际完成情况：…"), or joined to 已 ("已于2014年5月30日通车"). */
function isDone(text: string, hit: DeadlineHit, reports: Array<[number, number]>): boolean {
  const dated = hit.meaning.kind === 'by' || hit.meaning.kind === 'period';
  return dated && (insideSpans(reports, hit.start) || isDoneTime(text, hit.start, hit.end));
}

/** Deadlines of one text: an item body, or (`field`) a 完成时限 cell. */
export function extractDeadlines(
  source: LocatedText,
  issuedOn: string | null,
  planYear: PlanYear | number | null = null,
  field = false,
): Deadline[] {
  const view = viewOf(source);
  return fromHits(view, deadlineHits(view, issuedOn, planYear, reportSpans(view.text), field));
}

/** Hits → contract deadlines; placeholder years are dropped (the document-level check in
 * outline/textchecks reports them once per file), and so are past dates. */
export function fromHits(view: ItemView, hits: DeadlineHit[]): Deadline[] {
  return hits.flatMap((hit) =>
    hit.meaning.kind === 'placeholder' || hit.meaning.kind === 'past'
      ? []
      : [{ text: hit.text, date: hit.meaning.date, kind: hit.meaning.kind, line: lineAt(view, hit.start), span: characterSpanOf(view, hit.start, hit.end) }],
  );
}

// "通过三年努力" names its end only through the issue date; "于2022年底前" writes it out
const WRITTEN_YEAR = /\d{4}/;

/**
 * Keeps one deadline of each kind and date (of each kind and text when undated; one "ongoing"), in
 * the place of the first: "力争通过三年努力，于2022年底前完成" is one limit, grounded to the phrase that
 * writes its year ("于2022年底前") rather than to the span counted from the issue date.
 */
export function dedupeDeadlines(deadlines: Deadline[]): Deadline[] {
  const kept = new Map<string, number>();
  const result: Deadline[] = [];
  for (const deadline of deadlines) {
    const key = deadline.kind === 'ongoing' ? 'ongoing' : `${deadline.kind}|${deadline.date ?? deadline.text}`;
    const at = kept.get(key);
    if (at === undefined) {
      kept.set(key, result.length);
      result.push(deadline);
    } else if (!WRITTEN_YEAR.test(result[at]!.text) && WRITTEN_YEAR.test(deadline.text)) result[at] = deadline;
  }
  return result;
}

// The plan's own year in its title: "2023年重点工作任务分解", "三年行动计划（2023—2025年）"; an
// edition ("（2021年版）") is not one
const TITLE_RANGE = /(\d{4})年?[-—–~～至到](\d{4})年/;
const TITLE_YEAR = /(\d{4})年(?!版|修订|以来)/g;
// "我市2023年违法建设目标任务", "2019年汉中油菜花海略阳观花活动", "2023年是…": the body naming the
// year of its own work; years in cited titles and 文号 are left out first
const OWN_WORK_YEAR = /(\d{4})年度?(?=是|[^，,。；;：:\n\d]{0,16}?(?:工作|任务|目标|活动|计划|要点))/g;
const CITED = /《[^》\n]{0,80}》|〔[^〕\n]{0,8}〕|\[[^\]\n]{0,8}\]/g;
const NOT_OWN_BEFORE = /(?:比|较|到|至|截至|自|从|于|在)$/;

/** The year the body most often names for its own work (the later on a tie), or null. */
function ownWorkYear(body: string): number | null {
  const text = body.replace(CITED, '');
  const counts = new Map<number, number>();
  for (const match of text.matchAll(OWN_WORK_YEAR)) {
    if (NOT_OWN_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [year, count] of counts) if (!best || count > best[1] || (count === best[1] && year > best[0])) best = [year, count];
  return best?.[0] ?? null;
}

// "2025年12月底", "2024年6月底前", "2024年底", "2023年10月前": a limit with its year written
const WRITTEN_LIMIT = /(\d{4})年(?:\d{1,2}月)?(?:底前?|末|前|以前|之前)/g;
// a year named as a time: not a base year ('比2020年'), a work year ('2021年度'), an edition or a start
const TIME_YEAR = /(?<![比较与同\d])(\d{4})年(?![度版]|以来|修订|修正)/g;

/**
 * The earliest year the body's written limits name, or null: the year a work list without title or
 * date starts from. The earliest, so that no limit of the list falls before the plan's year and
 * reads as past ("2024年底" and "2025年6月底" in one list: 2024).
 */
function limitYear(body: string): number | null {
  const text = body.replace(CITED, '');
  if (text.match(WRITTEN_LIMIT) === null) return null;
  // any year the body names as a time counts, not only the written limits: '2025年底' beside
  // '2022年10月份搬迁' and '2022年，全面推开' must not make the 2022 commitments read as past
  let earliest: number | null = null;
  for (const match of text.matchAll(TIME_YEAR)) {
    const year = Number(match[1]);
    if (earliest === null || year < earliest) earliest = year;
  }
  return earliest;
}

/**
 * The year a plan is for, computed once per plan: the year its title names (within a title's range
 * "2023—2025年", the issue year, kept inside the range); else the issue year, unless a plan issued
 * in November or December names the next year for its own work ("2022-12-27" for "2023年…");
 * else the year the body names for its own work, else the earliest year its written limits name
 * ("完成时限：2025年12月底" in a work list without title or date: a guess, see PlanYear). Null when
 * nothing tells.
 */
export function planYearOf(title: string | null, issuedOn: string | null, body: string): PlanYear | null {
  const stated = (year: number | null): PlanYear | null => (year === null ? null : { year, guessed: false });
  const issued = issuedOf(issuedOn);
  const range = TITLE_RANGE.exec(title ?? '');
  if (range) {
    const [first, last] = [Number(range[1]), Number(range[2])];
    return first <= last ? stated(Math.min(Math.max(issued?.year ?? first, first), last)) : null;
  }
  const titled = [...(title ?? '').matchAll(TITLE_YEAR)].map((match) => Number(match[1]));
  if (titled.length) return stated(Math.max(...titled));
  const own = ownWorkYear(body);
  if (!issued) {
    const guess = own === null ? limitYear(body) : null;
    return guess === null ? stated(own) : { year: guess, guessed: true };
  }
  const month = Number(issued.iso.slice(5, 7));
  return stated(month >= 11 && own === issued.year + 1 ? own : issued.year);
}
