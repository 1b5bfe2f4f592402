// A plan's own data from its header and preamble: title, 文号, issuer, issue date, cited documents.
import type { Block } from '../readers/block.js';
import type { Reference } from '../schema/contract.js';
import { chineseOrdinal } from './ordinals.js';

// "克政办发〔2022〕16号", "人社部发(2021)52号", "维政办发〔2023〕78 号", "朔办字〔2020〕19号〕"
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12}?[发字函办令通告]?)\s*[〔［\[（(【]\s*((?:19|20)\d{2})\s*[〕］\]）)】]\s*(\d{1,4})\s*号/;

// Words that name a plan-type document, in the order they usually end a title.
const PLAN_WORDS = /(?:实施方案|工作方案|行动方案|方案|工作清单|任务清单|清单|行动计划|工作计划|计划|实施意见|意见|规划|办法|细则|工作要点|要点|措施)$/;
const ISSUER_SUFFIX = /(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|领导小组|管理委员会|局|委|厅|部)$/;

const CN_DIGITS = '〇零一二三四五六七八九十';
const DATE = new RegExp(
  `((?:19|20)\\d{2}|[${CN_DIGITS}]{4})\\s*年\\s*(\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*月\\s*(\\d{1,2}|[${CN_DIGITS}]{1,3})\\s*日`,
);

export function normalizeDocNumber(raw: string): string | null {
  const match = DOC_NUMBER.exec(raw);
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : null;
}

const YEAR_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  // 二〇二二 is read digit by digit; 十二 as a number
  if (text.length === 4) return Number([...text].map((char) => YEAR_DIGITS[char] ?? 0).join(''));
  return chineseOrdinal(text.replace(/〇/g, '零'));
}

// "2022-06-01", "2022.6.1", "2022/6/1" on a signature line
const NUMERIC_DATE = /(?:^|[^\d])((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?:$|[^\d])/;

export function parseDate(text: string): string | null {
  const match = DATE.exec(text) ?? NUMERIC_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [cnNumber(match[1]!), cnNumber(match[2]!), cnNumber(match[3]!)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isShort = (text: string, max: number) => text.length <= max && !/[。；]/.test(text);

/** "维西县推进公立医院高质量发展\n实施方案": a title broken over two lines, joined back. */
function withWrappedStart(header: Block[], index: number, text: string): string {
  const previous = header[index - 1]?.content.text.trim() ?? '';
  const wrapped =
    text.length < 10 &&
    previous.length > 0 &&
    previous.length <= 40 &&
    !/[，。；：:、]/.test(previous) &&
    parseDate(previous) === null &&
    !/(?:通知|办公室|办公厅|人民政府|文件)$/.test(previous);
  return wrapped ? previous + text : text;
}

/** The plan's own title: the last plan-type line of the header, else the title inside a notice. */
export function findTitle(header: Block[]): { title: string | null; index: number } {
  for (let index = header.length - 1; index >= 0; index--) {
    const text = header[index]!.content.text.trim().replace(/^《|》$/g, '');
    if (isShort(text, 60) && PLAN_WORDS.test(text) && !/^关于印发|通知$|^为|^根据|^现将/.test(text)) {
      return { title: withWrappedStart(header, index, text), index };
    }
  }
  for (let index = 0; index < header.length; index++) {
    // "关于印发《X》的通知" / "…办公室关于印发X的通知"
    const match = /关于印发《?(.+?)》?的通知$/.exec(header[index]!.content.text.trim());
    if (match) return { title: match[1]!, index };
  }
  return { title: null, index: -1 };
}

export function findDocNumber(header: Block[]): string | null {
  for (const block of header) {
    const text = block.content.text.trim();
    // the 文号 stands on its own line under the red header, not inside a citation
    if (text.length <= 30 && !/[《》]/.test(text)) {
      const number = normalizeDocNumber(text);
      if (number) return number;
    }
  }
  return null;
}

/** The date on the signature line ("2022年6月1日", "二〇二二年六月一日"), or the 印发 line at the end. */
export function findIssueDate(blocks: Block[]): { date: string | null; index: number } {
  for (let index = 0; index < blocks.length; index++) {
    const text = blocks[index]!.content.text.trim();
    if (text.length > 40 || /[，。；]/.test(text)) continue;
    const date = parseDate(text);
    if (date) return { date, index };
  }
  return { date: null, index: -1 };
}

function issuerIn(text: string): string | null {
  const cleaned = text
    .trim()
    .replace(DATE, '')
    .replace(/(?:印发|文件|（此件公开发布）)$/, '')
    .replace(/\s+/g, '')
    .trim();
  if (cleaned.length < 4 || cleaned.length > 40 || /[，。；：、《》]/.test(cleaned)) return null;
  return ISSUER_SUFFIX.test(cleaned) ? cleaned : null;
}

/** The issuing office: next to the signature date, else the red header, else the notice title. */
export function findIssuer(blocks: Block[], dateIndex: number): string | null {
  const near = dateIndex >= 0 ? [dateIndex, dateIndex - 1, dateIndex - 2] : [];
  for (const index of near) {
    const issuer = blocks[index] ? issuerIn(blocks[index]!.content.text) : null;
    if (issuer) return issuer;
  }
  for (const block of blocks) {
    const text = block.content.text.trim();
    const notice = /^(.+?)关于印发/.exec(text);
    const issuer = issuerIn(notice ? notice[1]! : text);
    if (issuer) return issuer;
  }
  return null;
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

