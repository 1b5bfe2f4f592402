// A plan's own data from its header and preamble: title, 文号, issuer, issue date, cited documents.
import type { Block } from '../document/block.js';
import { parseMarker } from '../text/markers.js';
import { PLAN_WORDS, QUALIFIER_LINE } from '../text/plan-words.js';
import type { Reference } from '../schema/contract.js';
import { isPanelOrChrome } from './fields.js';
import { parseChineseNumber } from '../text/numerals.js';

// "克政办发〔2022〕16号", "人社部发(2021)52号", "维政办发〔2023〕78 号", "朔办字〔2020〕19号〕";
// „‟ are 〔〕 through a font that lacks them ("国办发„2009‟3号")
// "丁政办〔2022〕第12号": the number's 第 is kept as written
// "州政发（fā）〔2020〕5号": a page's mirror pinyin after a character is kept as written
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12}?[发字函办令通告]?(?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)])?)\s*[〔［\[（(【„]\s*((?:19|20)\d{2})\s*[〕］\]）)】‟]\s*((?:第\s*)?\d{1,4})\s*号/;


// "苍溪县政府": the short form of 人民政府 in a page's 发布机构 field; "锡林郭勒盟行政公署": a league's government
// "中共甲省交通运输厅党组": a Party group issues as its department does; "东湖街道办事处": a 街道's office
const ISSUER_SUFFIX = /(?:人民政府办公室|人民政府办公厅|人民政府|政府|办公室|办公厅|委员会|领导小组|管理委员会|管委会|行政公署|党组|办事处|局|委|厅|部)$/;

// ○ (a white circle) stands for 〇 in many Word files: "二○一二年四月二十八日"
const CN_DIGITS = '〇○零一二三四五六七八九十';
const DATE = new RegExp(
  `((?:19|20)\\d{2}|[${CN_DIGITS}]{4})\\s*年\\s*(\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*日`,
);

export function normalizeDocNumber(raw: string): string | null {
  const match = DOC_NUMBER.exec(raw);
  return match ? `${match[1]}〔${match[2]}〕${match[3]!.replace(/\s+/g, '')}号` : null;
}

/** A date part in digits or Chinese numerals: "2022", "二〇二二" (digit by digit), "十二". */
function cnNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseNumber(text) ?? 0);
}

// "2022-06-01", "2022.6.1", "2022/6/1" on a signature line
const NUMERIC_DATE = /(?:^|[^\d])((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?:$|[^\d])/;

// "2020928", "2024327": a signature whose 年/月/日 were lost in a copy, read only when the digits
// split into one valid date
const LOST_SEPARATORS = /^((?:19|20)\d{2})(\d{1,2})(\d{1,2})$/;

/** Every date the digits of a lost-separator signature can be read as ("2024115": 01-15 and 11-05). */
function lostSeparatorDates(text: string): string[] {
  const digits = text.trim();
  if (!/^(?:19|20)\d{5,6}$/.test(digits) || !LOST_SEPARATORS.test(digits)) return [];
  const rest = digits.slice(4);
  return [1, 2]
    .map((monthDigits) => [Number(rest.slice(0, monthDigits)), Number(rest.slice(monthDigits))] as const)
    .filter(([month, day], index) => rest.length - (index + 1) <= 2 && rest.length - (index + 1) >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
    .map(([month, day]) => `${digits.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

function lostSeparatorDate(text: string): string | null {
  const dates = lostSeparatorDates(text);
  return dates.length === 1 ? dates[0]! : null;
}

/**
 * "2024115" under a page posted on 2024-01-18: of the readings (01-15, 11-05), the document was
 * signed on the latest one not after its posting.
 */
export function lostSeparatorDateBefore(text: string, posted: string): string | null {
  const dates = lostSeparatorDates(text).filter((date) => date <= posted);
  return dates.length ? dates[dates.length - 1]! : null;
}

// "二O二三年三月五日": a Latin O (or a Greek Ο) typed for 〇 between numerals of the year
const LETTER_ZERO = /(?<=[〇○零一二三四五六七八九OoΟ])[OoΟ]|[OoΟ](?=[〇○零一二三四五六七八九]{1,3}年)/g;

export function parseDate(text: string): string | null {
  const lost = lostSeparatorDate(text);
  if (lost) return lost;
  const dated = text.replace(LETTER_ZERO, '〇');
  const match = DATE.exec(dated) ?? NUMERIC_DATE.exec(dated);
  if (!match) return null;
  const [year, month, day] = [cnNumber(match[1]!), cnNumber(match[2]!), cnNumber(match[3]!)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isShort = (text: string, max: number) => text.length <= max && !/[。；]/.test(text);

// A line that cannot be the first part of a wrapped title: a sentence, a label, a date, a 文号, an
// office (the signature or red header), a notice title, a bracketed note, web-page furniture.
// "《政府工作报告》2022年重点工作" + "及民生实事项目任务分解方案": a quoted name may open a title
const QUOTED_NAME = /《[^《》]{2,20}》/g;

function canStartTitle(line: string): boolean {
  const text = line.replace(QUOTED_NAME, '');
  return (
    text.length >= 2 &&
    line.length <= 40 &&
    // "2016121": a signature date that lost its 年/月/日
    !/^[\d\s]+$/.test(text) &&
    !/[，。；：:、（）()【】<>《》]/.test(text) &&
    !/^附件/.test(text) &&
    parseDate(text) === null &&
    normalizeDocNumber(text) === null &&
    !/(?:通知|文件)$/.test(text) &&
    !PLAN_WORDS.test(text) &&
    (!ISSUER_SUFFIX.test(text) || /关于$/.test(text)) &&
    !isPanelOrChrome(text)
  );
}

/**
 * A title broken over lines, joined back: "维西县推进公立医院高质量发展\n实施方案",
 * "省人民政府关于\n进一步优化营商环境的若干意见", "…品牌\n加快建设…三年行动计划". Returns the joined
 * title and the index of its first line.
 */
const MIN_WRAPPED_START = 6;

// "2023年区政府工作报告重点工作目标任务分解" under a teaser ("小编带你了解"): a title that opens with
// its year is whole
const OPENS_WITH_YEAR = /^(?:19|20)\d{2}年/;
// …unless the line above names its place: "乙市大气污染防治" + "2023年度工作计划"
const OPENS_WITH_PLACE = /^[\u4e00-\u9fff]{1,8}?[省市县区州盟旗镇乡]/;

function withWrappedStart(header: Block[], index: number, text: string): { title: string; start: number } {
  let title = text;
  let start = index;
  const opensWithYear = OPENS_WITH_YEAR.test(text);
  for (let lines = 0; lines < (opensWithYear ? 1 : 2) && start > 0; lines++) {
    const previous = header[start - 1]!.content.text.trim();
    // "点赞", "新闻详情": a line of a few characters is a label or page furniture, not half a title
    if (previous.length < MIN_WRAPPED_START || !canStartTitle(previous) || previous.length + title.length > 60) break;
    if (opensWithYear && !OPENS_WITH_PLACE.test(previous)) break;
    title = previous + title;
    start--;
  }
  return { title, start };
}

const NOT_A_TITLE = /^关于印发|通知$|^为|^根据|^现将/;

// A page's <title> printed above the text: "X的通知_区政府办公室文件_上海市宝山区人民政府门户网站",
// "X_政策文件_丙县人民政府网" — the title again, its column and the site; a line joined after it is
// the text's own line
const PAGE_TITLE = /^[^_]{4,120}(?:_[^_]{1,30}){0,3}_[^_]{2,40}?(?:门户网站|网站|政府网|门户网)/;

/** A header line without the page title run into it (or the page title alone, without its site). */
export function withoutPageTitle(text: string): string {
  const page = PAGE_TITLE.exec(text);
  if (!page) return text;
  const after = text.slice(page[0].length).trim();
  return after || text.slice(0, text.indexOf('_'));
}
// "附件2：", and "附件：" naming the one attachment in the notice
const ATTACHMENT_LABEL = /^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]\s*/;

export interface FoundTitle {
  title: string | null;
  /** the header block holding the (last line of the) title, -1 when none */
  index: number;
}

/** "XX行动计划" + "（2023—2025年）" on the next line: the qualifier belongs to the title. */
function withQualifierLine(header: Block[], found: { title: string; index: number }): { title: string; index: number } {
  const next = header[found.index + 1]?.content.text.trim() ?? '';
  if (!QUALIFIER_LINE.test(next) || /[）)]$/.test(found.title)) return found;
  // "2015—2020年）": the page lost the opening bracket
  return { title: found.title + (/^[（(]/.test(next) ? next : `（${next}`), index: found.index + 1 };
}

/** The plan's own title: the last plan-type line of the header, else the title inside a notice. */
export function findTitle(header: Block[]): FoundTitle {
  for (let index = header.length - 1; index >= 0; index--) {
    // "附件2：十方面民生实事责任分解": an attachment heading that carries its plan's title
    // "| 2025年度区民政局重点工作任务分解 |": a title printed as the one cell of a pipe table's first row
    const text = withoutPageTitle(header[index]!.content.text.trim()).replace(/^\|\s*([^|]+?)\s*\|$/, '$1').replace(/^《([^《》]*)》$/, '$1').replace(ATTACHMENT_LABEL, '');
    // "一、工作思路" is a heading, never the plan's title
    if (isShort(text, 60) && PLAN_WORDS.test(text) && !NOT_A_TITLE.test(text) && !isPanelOrChrome(text) && !parseMarker(text)) {
      return withQualifierLine(header, { title: withWrappedStart(header, index, text).title, index });
    }
  }
  return titleInNotice(header);
}

// "关于印发《X》的通知", "…办公室关于印发X的通知", "…人民政府印发《X》的通知"
// a notice's title is one short line: the lazy group scans to the line's end from every 印发, so a
// long line (a page with no line breaks) is never tried
const NOTICE_OF_ISSUE = /(?:关于印发|印发)《?(.+?)》?的通知$/;
const MAX_NOTICE_TITLE = 120;
const noticeOfIssue = (text: string) => (text.length <= MAX_NOTICE_TITLE ? NOTICE_OF_ISSUE.exec(text) : null);
// "现将《X》印发给你们", "《X》已经市人民政府同意，现印发给你们", "现将《X》下发给你们"
const ISSUED_IN_SENTENCE = /《([^《》]{4,60})》(?:已经[^。]{0,30})?[，,]?\s*(?:现)?(?:印发|下发|转发)给?你们|现将《([^《》]{4,60})》(?:印发|下发|转发)/;

function titleInNotice(header: Block[]): FoundTitle {
  for (let index = 0; index < header.length; index++) {
    const text = withoutPageTitle(header[index]!.content.text.trim());
    if (isPanelOrChrome(text)) continue;
    const match = noticeOfIssue(text);
    if (match && (PLAN_WORDS.test(match[1]!) || text.includes('关于印发'))) return { title: match[1]!, index };
  }
  // a plan printed without its own title line: the notice names it
  for (let index = 0; index < header.length; index++) {
    const match = ISSUED_IN_SENTENCE.exec(header[index]!.content.text);
    const title = match?.[1] ?? match?.[2];
    if (title) return { title, index };
  }
  return noticeAsPlan(header);
}

// "XX市人民政府办公室关于明确2017年城乡就业工作目标任务的通知": a notice that sets the tasks itself is
// the plan, titled by its own title, often broken over lines ("…办公室" / "关于…的" / "通 知")
const OWN_NOTICE_TITLE = /^[^，。；：《》]{2,40}?关于[^，。；：]{4,80}的(?:通知|决定)$/;
const MAX_NOTICE_TITLE_LINES = 3;

function noticeAsPlan(header: Block[]): FoundTitle {
  const titleLine = (block: Block) => {
    const text = block.content.text.replace(/\s+/g, '');
    return isPanelOrChrome(text) || /[，。；：]/.test(text) ? null : text;
  };
  // the fewest lines that make the title, so a site name above it ("法搜网") stays out
  for (let end = 0; end < header.length; end++) {
    let joined = '';
    for (let start = end; start > end - MAX_NOTICE_TITLE_LINES && start >= 0; start--) {
      const text = titleLine(header[start]!);
      if (text === null) break;
      joined = text + joined;
      if (OWN_NOTICE_TITLE.test(joined)) return { title: joined, index: end };
    }
  }
  return { title: null, index: -1 };
}

export function findDocNumber(header: Block[]): string | null {
  for (const block of header) {
    const text = block.content.text.trim();
    // the 文号 stands on its own line under the red header, not inside a citation; a law site
    // heads the page with it: "鲁政发〔2014〕20号《…关于…的实施意见》"
    const heading = /^[^《》]{4,30}?号\s*《[^《》]+》$/.test(text) ? text.slice(0, text.indexOf('《')) : null;
    if ((text.length <= 30 && !/[《》]/.test(text)) || heading) {
      const number = normalizeDocNumber(heading ?? text);
      if (number) return number;
    }
  }
  return null;
}

/** The date on the signature line ("2022年6月1日", "二〇二二年六月一日"), or the 印发 line at the end. */
// "2023-01-05 10:00 区人民政府办公室": a time of day marks a web page's posting line, not a signature
const TIME_OF_DAY = /\d{1,2}:\d{2}/;

// "完成时限：2024年6月30日前", "时间节点:2023年12月31日", "2024年6月30日前": a time limit of the work, never
// the day the plan was issued
// "（2023年5月1日起施行）", "自2024年1月1日起执行": the day a rule takes effect is no issue date either
const TIME_LIMIT = /^(?:(?:完成|办结|截止)(?:时限|时间|期限|日期)|时限|期限|(?:时间)?节点)[：:]|[日号]\s*(?:之前|以前|前|止)$|[日号]\s*起?\s*(?:施行|执行|实施|生效)/;
// "天津日报 文明天津 2024-02-19", "人民日报客户端 2023年5月6日": a news page's byline dates the article,
// not the plan (an office's signature names no newspaper, site or account)
const MEDIA_BYLINE = /日报|晚报|早报|都市报|新闻网|客户端|公众号|微信号/;

export function findIssueDate(blocks: Block[], posted: string | null = null): { date: string | null; index: number } {
  for (let index = 0; index < blocks.length; index++) {
    const text = blocks[index]!.content.text.trim();
    if (text.length > 40 || /[，。；]/.test(text) || TIME_OF_DAY.test(text) || isPanelOrChrome(text) || TIME_LIMIT.test(text) || MEDIA_BYLINE.test(text)) continue;
    const date = parseDate(text) ?? (posted ? lostSeparatorDateBefore(text, posted) : null);
    if (date) return { date, index };
  }
  return { date: null, index: -1 };
}

// an office name is at least "丙县政府" long; a labelled 发布单位 value may be shorter ("区政府")
const MIN_ISSUER = 4;
const MIN_LABELLED_ISSUER = 3;

export function issuerIn(text: string, minLength = MIN_ISSUER): string | null {
  const cleaned = text
    .trim()
    .replace(DATE, '')
    .replace(/(?:印发|文件|（此件公开发布）)$/, '')
    // "??？泰州市人民政府办公室": marks of lost characters before the signature
    .replace(/^[?？\s]+/, '')
    .replace(/\s+/g, '')
    .trim();
  // "丙县耕地保护工作方案-丙县人民政府": a page's <title> and its site; no office name holds a dash or bar
  if (cleaned.length < minLength || cleaned.length > 40 || /[，。；：、《》?？\-_|｜—–]/.test(cleaned)) return null;
  return ISSUER_SUFFIX.test(cleaned) ? cleaned : null;
}

/** The office in a panel's 发布单位 / 发文机关 field, as written ("区政府", "苍溪县政府"). */
export const labelledIssuer = (value: string): string | null => issuerIn(value, MIN_LABELLED_ISSUER);

// an office of a place: "芜湖市教育局", "苍南县人民政府办公室"; not a site ("本网") or a department
// without its place ("宣传统战部")
const PLACE_LEVEL = /[省市县区州盟旗镇乡]/;

/** The office a page names as its 来源, when it is an office of a place. */
export function sourceIssuer(value: string): string | null {
  const issuer = issuerIn(value);
  return issuer && PLACE_LEVEL.test(issuer) ? issuer : null;
}

const issuerAt = (blocks: Block[], index: number): string | null => (blocks[index] ? issuerIn(blocks[index]!.content.text) : null);

/**
 * The office on the signature: the date's own line or one of the two above it. A joint signature
 * puts one office a line ("中共丙县委办公室" / "丙县人民政府办公室" over the date): both, space-joined.
 */
export function issuerNearDate(blocks: Block[], dateIndex: number): string | null {
  for (const index of dateIndex >= 0 ? [dateIndex, dateIndex - 1, dateIndex - 2] : []) {
    const issuer = issuerAt(blocks, index);
    if (!issuer) continue;
    const above = index < dateIndex ? issuerAt(blocks, index - 1) : null;
    return above && above !== issuer ? `${above} ${issuer}` : issuer;
  }
  return null;
}

// an office that opens a title: "广东省人民政府办公厅关于推动…的实施意见", "XX办公室关于印发…的通知",
// "上海市人民政府印发《…》的通知"
const ISSUER_OPENS_TITLE = /^(.{4,40}?)(?:关于|印发《)/;

/**
 * The office a title line opens with ("上海市嘉定区人民政府关于…的实施方案"); a site's category before a
 * bar is not part of it ("意见|省人民政府关于…的意见").
 */
export function issuerOpeningTitle(line: string): string | null {
  const text = line.slice(line.lastIndexOf('|') + 1).trim();
  const opening = text.length <= 80 && !/[，。；]/.test(text) ? ISSUER_OPENS_TITLE.exec(text) : null;
  return opening ? issuerIn(opening[1]!) : null;
}

// a news text retelling the plan: "近日，渝中区人民政府办公室发布《2023年…目标任务分解》方案"
const PUBLISHED_BY = /([^，。；：、《》“”\s]{4,30}?)(?:近日|日前|近期)?(?:正式)?(?:发布|印发|出台|公布)了?《([^《》]{4,80})》/g;

/** The office a sentence says published the plan of this title. */
export function issuerPublishing(blocks: Block[], title: string | null): string | null {
  if (!title) return null;
  const bareTitle = title.replace(/\s+/g, '');
  for (const block of blocks) {
    for (const match of block.content.text.matchAll(PUBLISHED_BY)) {
      const issuer = match[2]!.replace(/\s+/g, '') === bareTitle ? issuerIn(match[1]!) : null;
      if (issuer) return issuer;
    }
  }
  return null;
}

// a Party organ: "中共丙县委", "中共丙县委办公室", "中共甲省教育厅党组", "中共丁街道工作委员会"
const PARTY_ORGAN = /^中共|^中国共产党|党组$|党委$|工委$/;

/**
 * The issuing office named in a title line, else the red header or a lone office line. A Party organ
 * and an office stacked in the red header ("中共丙县委" / "丙县人民政府" / "关于…的实施意见") issue jointly.
 */
export function findIssuer(blocks: Block[]): string | null {
  const lines = blocks.map((block) => block.content.text.trim()).filter((text) => !isPanelOrChrome(text));
  for (const text of lines) {
    const issuer = issuerOpeningTitle(text);
    if (issuer) return issuer;
  }
  for (let index = 0; index < lines.length; index++) {
    const issuer = issuerIn(lines[index]!);
    if (!issuer) continue;
    const next = lines[index + 1] === undefined ? null : issuerIn(lines[index + 1]!);
    return next && next !== issuer && PARTY_ORGAN.test(issuer) !== PARTY_ORGAN.test(next) ? `${issuer} ${next}` : issuer;
  }
  return null;
}

/** The plan a title line names: "关于印发X的通知" → X; a plan-type title as it is; else null. */
export function planTitleIn(text: string): string | null {
  const notice = noticeOfIssue(text.trim());
  if (notice) return notice[1]!;
  return isShort(text, 60) && PLAN_WORDS.test(text.trim()) ? text.trim() : null;
}

/** 《…》 cited in the text, each with the 文号 in the parenthesis right after it. */
export function findReferences(text: string, ownTitle: string | null): Reference[] {
  const references: Reference[] = [];
  const seen = new Set<string>();
  const citation = /《([^《》]{2,120})》/g;
  for (const match of text.matchAll(citation)) {
    const title = match[1]!.replace(/[〈〉]/g, (bracket) => (bracket === '〈' ? '《' : '》'));
    if (title === ownTitle || seen.has(title)) continue;
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 40).split('《')[0]!;
    const docNumber = /^\s*[（(]/.test(after) ? normalizeDocNumber(after) : null;
    seen.add(title);
    references.push({ title, docNumber });
  }
  return references;
}

