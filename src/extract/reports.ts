// Progress reports inside a plan's items: what was done is neither a deadline nor a target. A
// half-year progress notice carries a field "实际完成情况：…已于2014年5月30日通车试运营"; a work
// list's 进展 column says "截至9月底，全市已完成…514个"; a status cell says "已完成。". Both the
// deadlines and the targets grammar ask this module, so a report is recognised once, the same way.
import type { ItemView } from './view.js';

// "实际完成情况：", "进展情况：", "工作进展：", "完成进展：": a field that reports, read to the end of its
// line (the normaliser starts each field of a flattened row on its own line); the label opens its
// line or follows a space or a stop, so "督查落实情况" inside a sentence is no field
const REPORT_FIELD = /(?:^|[\n。；;\s])[ \t\u3000]*((?:实际)?完成情况|进展情况|进度情况|推进情况|工作进展|完成进展|工作进度|落实情况)[：:]/g;

/** [start, end) of each report field of a text, sorted by start (for view.ts insideSpans). */
export function reportSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(REPORT_FIELD)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('\n', start);
    spans.push([start, end < 0 ? text.length : end]);
  }
  return spans;
}

// "已于2014年5月30日通车", "已经在3月底前完成", "6月底已完成", "于2022年6月已全部建成": a time joined
// to 已 dates something done
const DONE_BEFORE = /已(?:经)?$/;
const DONE_AFTER = /^[，,]?(?:已|均已|全部已)/;
// "截至9月底，全市已完成…": a "so far" time whose sentence then says what is done
const SO_FAR = /(?:截至|截止)(?:到)?$/;
const SO_FAR_DONE = /^(?:截至|截止)[^，,。；;\n]{0,12}$/;
// "1-9月，全市已完成投资…": a span of months, like a so-far time, reports when its sentence says 已
const MONTH_SPAN = /^\d{1,2}月?份?[-—–~～至到]\d{1,2}月(?:份)?$/;
const DONE_SOON_AFTER = /^[，,]?[^。；;\n]{0,40}?已/;

/**
 * Whether the time phrase text.slice(start, end) dates something done: 已 right before or after it
 * ("已于2014年5月30日通车", "6月底已完成"), or a 截至 time or a span of months followed by 已
 * ("截至9月底，全市已完成", "1—9月，全县已完成投资").
 */
export function isDoneTime(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 44);
  if (DONE_BEFORE.test(before) || DONE_AFTER.test(after)) return true;
  return (SO_FAR_DONE.test(phrase) || MONTH_SPAN.test(phrase) || SO_FAR.test(before)) && DONE_SOON_AFTER.test(after);
}

// "全市已完成…补建514个", "已累计培训3000人": a clause that opens with its subject and 已 and a verb
// of doing before the value; "确保已开工项目年内建成投产30个" commits (已 qualifies a noun there), and
// "已建成的10个项目" is stock, not a report (the targets grammar leaves stock out on its own)
const DONE_IN_CLAUSE = /^[^确力争推加促督要将使对为]{0,10}?已(?:经)?(?:累计|全部|基本|先后|陆续|共)?(?:完成|建成|实现|达到|达|开工|竣工|完工|新建|新增|改造|投入|开通|开展|举办|培训|招募|发放|落实|办理|安置|种植|签约|引进|启动|投放|安装|铺设)[^的，,。；;\n]*$/;
// "…已于5月18日在徽州古城开幕，…设置8项比赛": a sentence that dates its event in the past reports
const DONE_ON = /已(?:经)?(?:于|在)(?:\d|今年|去年|年初|上半年|近日|日前|本月|上月)/;

// Where each 已 of a view stands, found once per view: most values have none before them in their
// sentence, and a binary search says so without reading the sentence again
const doneMarks = new WeakMap<ItemView, Int32Array>();

/** The offset of the last 已 before `offset` in the view's text, or -1. */
export function lastDoneMark(view: ItemView, offset: number): number {
  let marks = doneMarks.get(view);
  if (!marks) {
    const found: number[] = [];
    for (let at = view.text.indexOf('已'); at >= 0; at = view.text.indexOf('已', at + 1)) found.push(at);
    marks = Int32Array.from(found);
    doneMarks.set(view, marks);
  }
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? marks[lo - 1]! : -1;
}

// "截至9月底，累计完成90场培训，已超额完成年度目标": a sentence opened by a "so far" time that says 已
const SO_FAR_OPENING = /^(?:截至|截止)(?:到)?[^，,。；;\n]{1,12}[，,]/;

/**
 * Where the "so far" opening of a sentence ends ("截至9月底，"), when the sentence (`sentenceStart` to
 * `sentenceEnd`) also says 已 somewhere ("…，已超额完成年度目标"); else -1. The caller decides how far
 * it reaches (up to the next time phrase: "截至目前，…已建成…，到2025年建成…" commits again).
 */
export function soFarDoneOpening(view: ItemView, sentenceStart: number, sentenceEnd: number): number {
  if (lastDoneMark(view, sentenceEnd) < sentenceStart) return -1;
  const match = SO_FAR_OPENING.exec(view.text.slice(sentenceStart, sentenceStart + 20));
  return match ? sentenceStart + match[0].length : -1;
}

/**
 * Whether a value at `offset` stands in a report: its clause (from `clauseStart`) says the work is
 * done ("全市已完成…514个"), or its sentence (from `sentenceStart`) dates an event already held
 * ("已于5月18日开幕，…设置8项比赛"). Nothing is read unless a 已 stands before the value in its sentence.
 */
export function isDoneValue(view: ItemView, clauseStart: () => number, sentenceStart: number, offset: number): boolean {
  if (lastDoneMark(view, offset) < sentenceStart) return false;
  const text = view.text;
  return DONE_IN_CLAUSE.test(text.slice(clauseStart(), offset)) || DONE_ON.test(text.slice(sentenceStart, offset));
}

// "已完成。全市治理违法建设2318.70万平方米", "截至目前，全市已建成5G基站2万个", "目前已累计培训3000人",
// "截至9月底，全市已完成…；新建…15个": a status, a "so far", or a "so far" time then 已, opening a
// sentence or a table cell ("| 截至9月底，…"), reports what was done; so does a "since" time ("今年以来，
// 全市新增城镇就业2.1万人", "年初以来，…", "2023年以来，…"), and so does a span of past years ("过去五年，
// …年均增长6.8%", "五年来，…", "近三年来，…"; "近三年" alone may be the coming three) (on its line, up to the next time phrase)
export const REPORT_OPENER =
  /(?:^|[。；;！？!?\s|])(?:(?:已完成|已全部完成|已经完成|已办结|已落实)[。；;！!]|(?:截至|截止)(?:目前|当前|现在)|(?:截至|截止)[^，,。；;\n]{1,12}[，,][^。；;\n]{0,40}?已|(?:目前|当前|现)已|多年来|近年来|近几年来|过去(?:[一二三四五六七八九十]|\d{1,2})年|(?:近|这)(?:[一二三四五六七八九十]|\d{1,2})年(?:来|以来)|(?:[一二三四五六七八九十]|\d{1,2})年来|(?:今年|本年度?|年初|去年|上半年|前三季度|\d{4}年)以来)/g;
