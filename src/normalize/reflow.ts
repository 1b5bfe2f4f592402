// Joins hard line breaks back into paragraphs. PDF-extracted text wraps every ~28 characters
// ("（一）加快“互联网+医疗”技术、有序推进紧密型医共体\n\n建设。实施…"); scraped pages wrap at
// random points. A line is a wrapped continuation when its predecessor stops mid-sentence and
// does not look like a heading, and it does not itself open an outline item.
import type { Block } from '../document/block.js';
import { hasDecimalOutline, parseMarker } from '../text/markers.js';
import { joinLocated } from '../text/located.js';
import { PLAN_WORDS } from '../text/plan-words.js';
import { isPageChrome } from '../text/page-chrome.js';

// A sentence (or a responsibility note) can end here; “…” closes a quotation that may end one; a
// notice's title ends a line ("…印发《…三年行动计划》的通知" before the plan's own title line).
const TERMINAL = /[。！？；：!?;:]$|[。！？]["”’』」]$|(?:负责|单位|部门)[^（(）)]*[）)]$|的通知$/;
// A whole title line ("中共某市委某市人民政府关于…的实施意见", longer than a heading) and a 文号 line
// ("宿发〔2023〕11号") end where they end, whatever their length.
const DOC_NUMBER_END = /[〔［\[（(【]\d{4}[〕］\]）)】]\s*\d{1,4}\s*号$/;
const isTitleLine = (text: string) => !text.includes('\n') && !/[，,。；：:]/.test(text) && PLAN_WORDS.test(text);
// "名称 | 丙县…工作方案（2023—2025年） |": a line closed by a table bar is a row of its own (a page's
// metadata panel), never the start of a wrapped paragraph
const BAR_END = /[|｜]$/;
const endsLine = (text: string) => TERMINAL.test(text) || DOC_NUMBER_END.test(text) || isTitleLine(text) || BAR_END.test(text);
// An outline marker (the shared enumerator grammar, or a compilation's 第三篇) or a labelled field
// ("责任单位：") at the start of a line opens a new paragraph.
const OPENS_PART = /^第[一二三四五六七八九十百\d]+篇/;
const opensOutlineItem = (text: string) => parseMarker(text) !== null || OPENS_PART.test(text);
const OPENS_LABEL = /^[^，。、；\s（(]{2,8}[：:]/;
const opensItem = (text: string) => opensOutlineItem(text) || OPENS_LABEL.test(text);
// "3.2.1 Ⅳ级预警" in a document numbered with decimals (the same pre-scan the outline makes)
const opensDecimalItem = (text: string) => parseMarker(text, { decimal: true })?.style.startsWith('decimal') === true;

// Quotes, dashes and ellipses sit below U+2E80 but take a full cell in Chinese fonts:
// U+2014 U+2015 U+2018–U+201F U+2026 U+2030 U+203B U+2460–U+24FF U+25A0–U+25FF.
function isWidePunct(code: number): boolean {
  if (code < 0x2014) return false;
  if (code <= 0x2030) return code <= 0x2015 || (code >= 0x2018 && code <= 0x201f) || code === 0x2026 || code === 0x2030;
  return code === 0x203b || (code >= 0x2460 && code <= 0x24ff) || (code >= 0x25a0 && code <= 0x25ff);
}

/** Display width: a Han character or full-width sign counts 1, ASCII ½ (by code point). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // the second half of a surrogate pair: its code point was counted at the first half
    if (code >= 0xdc00 && code <= 0xdfff && index > 0 && (text.charCodeAt(index - 1) & 0xfc00) === 0xd800) continue;
    width += code < 0x2e80 && !isWidePunct(code) ? 0.5 : 1;
  }
  return width;
}

/** The line width of a hard-wrapped document, or null when lines are not wrapped at a fixed width. */
export function wrapWidth(blocks: Block[]): number | null {
  const widths = blocks
    .filter((block) => block.kind === 'paragraph')
    .map((block) => Math.round(displayWidth(block.content.text)))
    .filter((width) => width >= 8);
  if (widths.length < 12) return null;
  const counts = new Map<number, number>();
  for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
  let best = 0;
  let bestShare = 0;
  for (const width of counts.keys()) {
    let near = 0;
    for (let w = width - 1; w <= width + 1; w++) near += counts.get(w) ?? 0;
    const own = counts.get(width) ?? 0;
    if (near > bestShare || (near === bestShare && own > (counts.get(best) ?? 0))) {
      best = width;
      bestShare = near;
    }
  }
  // A wrap width is a ceiling: few lines run past it. Short metadata lines cluster too, but
  // then many lines are longer than the cluster.
  const longer = widths.filter((width) => width > best + 2).length;
  const isCeiling = longer <= widths.length * 0.1;
  return bestShare >= widths.length * 0.35 && isCeiling && best >= 15 && best <= 80 ? best : null;
}

// "根据《安徽省人民政府办公厅关于印发安徽省推动公立医院": an open bracket means the sentence goes on
function hasOpenBracket(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/《/g) > count(/》/g) || count(/（/g) > count(/）/g) || count(/“/g) > count(/”/g);
}

function looksLikeHeading(text: string, strayBrackets: boolean): boolean {
  if (displayWidth(text) > 40 || (!strayBrackets && hasOpenBracket(text))) return false;
  if (opensItem(text)) return !/[。；]/.test(text);
  return !/[，。；、,]/.test(text);
}

/** Brackets opened and not yet closed in the paragraph so far: 《 （ “. */
interface OpenBrackets {
  count: number;
  /** lines joined since the bracket opened: a bracket open for long was a stray one */
  lines: number;
}

const MAX_LINES_IN_BRACKETS = 8;

/** Brackets opened minus brackets closed in a line (negative when it closes earlier ones). */
function bracketDelta(text: string): number {
  let delta = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // 《 （ “ open, 》 ） ” close
    if (code === 0x300a || code === 0xff08 || code === 0x201c) delta++;
    else if (code === 0x300b || code === 0xff09 || code === 0x201d) delta--;
  }
  return delta;
}

interface ReflowContext {
  width: number | null;
  decimal: boolean;
  /** joining again a paragraph whose bracket never closed: its brackets were stray, they hold nothing open */
  strayBrackets?: boolean;
}

/** Whether `next` continues the paragraph: 'bracket' when only an open bracket says so. */
function continues(previousKind: Block['kind'], previousText: string, next: Block, context: ReflowContext, open: OpenBrackets): boolean | 'bracket' {
  const { width } = context;
  if (previousKind !== 'paragraph' || next.kind !== 'paragraph' || next.paragraphStart) return false;
  const prevText = previousText.trimEnd();
  const nextText = next.content.text.trimStart();
  // "…（市民政局、市住建局）" + "打印本页 关闭窗口": page chrome joins no paragraph, anywhere in the text
  if (isPageChrome(nextText) || isPageChrome(prevText.slice(prevText.lastIndexOf('\n') + 1))) return false;
  // "（牵头单位：县卫生健康局；\n县财政局…）": inside an open bracket the sentence goes on, even
  // after a semicolon and before a "责任单位：" label
  if (!context.strayBrackets && open.count > 0 && open.lines < MAX_LINES_IN_BRACKETS && !opensOutlineItem(nextText)) return 'bracket';
  if (endsLine(prevText) || opensItem(nextText) || (context.decimal && opensDecimalItem(nextText))) return false;
  // "（一）加快…紧密型医共体" + "建设。实施…": a heading whose last word wrapped onto the body line
  // (only a long heading wraps: "一、指导思想" + "略。" stays apart)
  if (opensOutlineItem(prevText) && displayWidth(prevText) >= 12 && /^[^，。；、\s]{1,4}[。：]/.test(nextText)) {
    return true;
  }
  const lastLineWidth = displayWidth(prevText.slice(prevText.lastIndexOf('\n') + 1));
  // a paragraph's first line is indented by two characters; allow that and a little slack
  if (width !== null) return lastLineWidth >= width - Math.max(3, width * 0.1);
  return !looksLikeHeading(prevText, context.strayBrackets === true);
}

export function reflow(blocks: Block[]): Block[] {
  const context: ReflowContext = { width: wrapWidth(blocks), decimal: hasDecimalOutline(blocks.map((block) => block.content.text)) };
  return joinLines(blocks, context);
}

function joinLines(blocks: Block[], context: ReflowContext): Block[] {
  const out: Block[] = [];
  let pending: Block[] = [];
  let lastText = '';
  const open: OpenBrackets = { count: 0, lines: 0 };
  // a line joined only because a bracket was open
  let heldOpen = false;
  const flush = () => {
    if (pending.length === 0) return;
    // "《广东省进一步加大力度支持民间投资" (a page title cut short) over the notice's title, 文号 and
    // addressee: a bracket still open where its paragraph ends was a stray one, and the lines it held
    // together are joined again as if it were not there
    if (heldOpen && open.count > 0 && !context.strayBrackets) {
      out.push(...joinLines(pending, { ...context, strayBrackets: true }));
      pending = [];
      return;
    }
    const first = pending[0]!;
    out.push(pending.length === 1 ? first : { ...first, content: joinLocated(pending.map((block) => block.content)) });
    pending = [];
  };
  for (const block of blocks) {
    const previous = pending[pending.length - 1];
    // the paragraph so far is read by its last line only
    const joined = previous ? continues(previous.kind, lastText, block, context, open) : false;
    if (joined) {
      heldOpen ||= joined === 'bracket';
      pending.push(block);
      lastText = block.content.text;
      open.count = Math.max(0, open.count + bracketDelta(lastText));
      open.lines = open.count > 0 ? open.lines + 1 : 0;
      continue;
    }
    flush();
    pending.push(block);
    heldOpen = false;
    lastText = block.content.text;
    open.count = Math.max(0, bracketDelta(lastText));
    open.lines = 0;
  }
  flush();
  return out;
}
