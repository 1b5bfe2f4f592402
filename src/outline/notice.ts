// A notice (印发通知) that issues one or more plans: the addressee ("各县（市、区）人民政府：…"), a body
// ("现将《A》《B》印发给你们…", sometimes numbered 一、二、三、 itself), the signature (office and date),
// then the plans it issues, each opened by an attachment heading ("附件1", "附件2：…清单") or by its
// own title line. The notice is no plan's outline: its numbered paragraphs and its list of
// attachments ("附件：1.…责任分解 2.…清单") stay in the header that every issued plan shares.
import type { Block } from '../document/block.js';
import { parseDate, planTitleIn } from './metadata.js';

export interface NoticeSplit {
  /** the notice, up to its signature: header lines for every plan it issues */
  notice: Block[];
  /** where each issued plan starts (its 附件 heading or its title line), ascending */
  starts: number[];
}

// "附件1", "附件 2：", "附件三", "附件2：2023年民生实事责任分解表"; never a list of them ("附件：1.…")
const ATTACHMENT_HEADING = /^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[：:]\s*(?![\d一二三四五六七八九十]+[.．、]).{0,60})?$/;
// what shows that the lines before a signature are a notice, not the plan's own header
const NOTICE_WORDS = /印发给你们|下发给你们|转发给你们|通知如下|现将[^。]{0,80}(?:印发|下发|转发)|请认真(?:贯彻|组织|抓好)/;
// "（此件公开发布）", "（此件主动公开）", "抄送：…": lines that may follow the signature
const AFTER_SIGNATURE = /^[（(]此件|^抄送|^抄报|^[（(]联系人|印发$/;
// A date alone on its line: the signature's date ("2023年1月3日", "二〇二三年一月三日", "2023-01-03",
// "二O二三年一月三日" with a letter O)
const DATE_ONLY = /^[\d〇○零一二三四五六七八九十年月日OoΟ.\-/\s]{6,20}$/;
// the notice is short: its signature comes within this many blocks of the start
const MAX_NOTICE_BLOCKS = 80;
// a plan's title follows the signature within a few lines (a 附件 line, "（此件公开发布）")
const MAX_TITLE_DISTANCE = 4;

const textOf = (block: Block | undefined): string => block?.content.text.trim() ?? '';

function signatureIndex(blocks: Block[]): number {
  const limit = Math.min(blocks.length, MAX_NOTICE_BLOCKS);
  let sawNotice = false;
  for (let index = 0; index < limit; index++) {
    const text = textOf(blocks[index]);
    if (NOTICE_WORDS.test(text)) sawNotice = true;
    else if (sawNotice && DATE_ONLY.test(text) && parseDate(text)) return index;
  }
  return -1;
}

/** The titles a notice says it issues: "现将《A》《B》印发给你们" → A, B. */
function issuedTitles(notice: Block[]): Set<string> {
  const titles = new Set<string>();
  for (const block of notice) {
    const text = block.content.text;
    if (!NOTICE_WORDS.test(text)) continue;
    // "该《实施方案》" abbreviates a title; a plan's own title is longer
    for (const match of text.matchAll(/《([^《》]{6,60})》/g)) titles.add(match[1]!);
  }
  return titles;
}

const bare = (text: string) => text.replace(/^《|》$/g, '').replace(/\s+/g, '');

/** Where the issued plans start after a notice, or null when the text is no such notice. */
export function splitNotice(blocks: Block[]): NoticeSplit | null {
  const signature = signatureIndex(blocks);
  if (signature < 0) return null;
  const notice = blocks.slice(0, signature + 1);
  const headings: number[] = [];
  for (let index = signature + 1; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'paragraph' && ATTACHMENT_HEADING.test(textOf(block))) headings.push(index);
  }
  if (headings.length > 0 && headings[0]! - signature <= MAX_TITLE_DISTANCE) return { notice, starts: headings };

  // no 附件 headings: each issued plan begins at its own title, the first right after the signature
  const titles = new Set([...issuedTitles(notice)].map(bare));
  const named: number[] = [];
  for (let index = signature + 1; index < blocks.length; index++) {
    if (titles.has(bare(textOf(blocks[index])))) named.push(index);
  }
  if (named.length > 0 && named[0]! - signature <= MAX_TITLE_DISTANCE) return { notice, starts: named };
  for (let index = signature + 1; index <= Math.min(blocks.length - 1, signature + MAX_TITLE_DISTANCE); index++) {
    const text = textOf(blocks[index]);
    if (AFTER_SIGNATURE.test(text)) continue;
    if (planTitleIn(text) !== null) return { notice, starts: [index] };
  }
  return null;
}
