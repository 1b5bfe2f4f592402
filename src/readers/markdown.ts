// Markdown: `#` depth is kept only as a hint (scraped plans put 一、 and （二） under the same `####`).
// Plans are written in headings, paragraphs and lists; those blocks are read line by line here
// (plainBlocks), and only a stretch that holds other syntax — tables, code, HTML, emphasis, links,
// escapes — goes to micromark with the GFM table extension, the one GFM construct plans use. A 10 MB
// plan: micromark (with all of remark-gfm) 5.8 s, without any extension 4.5 s; the lines are the rest.
import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { htmlBlockNames } from 'micromark-util-html-tag-name';
import { PlanExtractError } from '../schema/errors.js';
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block } from '../document/block.js';
import type { ReaderContext } from './context.js';

function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return node.value.replace(/<[^<>]*>/g, '');
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

// Line endings as micromark counts them: CRLF, LF and a lone CR (old Mac files)
const LINE_ENDING = /\r\n|\r|\n/;

/**
 * One block per source line of a paragraph-like node, so markers at line starts stay visible.
 * micromark keeps a paragraph's line endings as written ("\r\n", "\r"); none is part of a line.
 */
function lineBlocks(text: string, startLine: number, kind: Block['kind'], extra: Partial<Block> = {}): Block[] {
  const blocks: Block[] = [];
  text.split(LINE_ENDING).forEach((line, index) => {
    if (line.trim() === '') return;
    blocks.push({ kind, content: located(line, startLine + index), ...extra });
  });
  return blocks;
}

/** Where the line starting at `start` ends (its line ending's index); `returns`: the source has a CR. */
function lineEnd(source: string, start: number, returns: boolean): number {
  if (!returns) {
    const newline = source.indexOf('\n', start);
    return newline < 0 ? source.length : newline;
  }
  for (let at = start; at < source.length; at++) {
    const code = source.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return at;
  }
  return source.length;
}

/** Where the next line starts after the line ending at `end`. */
function nextLine(source: string, end: number): number {
  return source.charCodeAt(end) === 0x0d && source.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
}

function tableBlocks(table: Table, lineOffset: number): Block[] {
  return table.children.map((row) => {
    const line = (row.position?.start.line ?? 1) + lineOffset;
    const cells: LocatedText[] = row.children.map((cell) => located(inlineText(cell).trim(), line));
    return { kind: 'table-row', content: joinLocated(cells, '\t'), cells, paragraphStart: true };
  });
}

// micromark's time grows faster than the input on one huge document (a 10 MB plan: 21 s whole, 3 s
// in 64 K pieces), so a long source is parsed in pieces cut at blank lines where no construct can
// span the cut: outside fenced code and HTML blocks (which run over blank lines: <pre>…</pre>,
// <!-- … -->, <? … ?>, <!DOCTYPE … >, <![CDATA[ … ]]>; or up to the next blank line: a block tag,
// a lone tag, in which a ``` is no fence), before an unindented line — but not before a list item
// after indented code, which micromark reads as if it interrupted a paragraph ("    代码", "",
// "2) 文字": text, not an item, as at a document's start). A document with link reference
// definitions ("[1]: http://…", also inside a list item or quote) is parsed whole.
const CHUNK_CHARS = 64 * 1024;
// a fence: ``` or ~~~; a backtick fence's info string holds no backtick ("```a`" is inline code)
const FENCE = /^ {0,3}(?:(`{3,})[^`]*$|(~{3,}))/;
// HTML that runs over blank lines, to the line with its end (CommonMark's HTML blocks 1-5)
const HTML_UNTIL: [open: RegExp, end: RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
// HTML that runs to the next blank line: a block tag (which may interrupt a paragraph), or any one
// tag alone on a line that opens a block (CommonMark's HTML blocks 6 and 7)
const HTML_BLOCK_TAG = new RegExp(`^ {0,3}</?(?:${htmlBlockNames.join('|')})(?:[ \\t>]|/>|$)`, 'i');
const ATTRIBUTE = `\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s"'=<>\`]+|'[^']*'|"[^"]*"))?`;
const LONE_TAG = new RegExp(`^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)[ \\t]*$`);
const ATX_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const DEFINITION = /^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*\[[^\]\n]+\]:/m;
// a list item, perhaps inside a quote (or a line that merely starts like one)
const LIST_ITEM = /^(?:[>*+-]|\d)/;
const CODE_INDENT = /^(?: {4}| {0,3}\t)/;

interface Chunk {
  text: string;
  /** lines before the chunk in the source */
  lineOffset: number;
  /** where it starts in the source */
  start: number;
}

// Blank as markdown sees it: spaces and tabs only. A line of ideographic spaces ("　　") is a
// paragraph line to micromark, and cutting after it could part a paragraph from the "---" that
// makes it a heading.
const BLANK = /^[ \t]*$/;

/** What is open at a line's end that a blank line does not close: a fence, HTML to its end marker, an HTML block. */
type Open = { fence: string } | { until: RegExp } | 'html-block' | null;

/**
 * The construct open after `text`, given the one open before it; `blockStart`: the line before
 * was blank, a heading or the first (a lone tag opens an HTML block only there).
 */
function openAfter(open: Open, text: string, blank: boolean, blockStart: boolean): Open {
  if (open === 'html-block') return blank ? null : open;
  if (open !== null && 'fence' in open) {
    const run = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text)?.[1];
    return run && run[0] === open.fence[0] && run.length >= open.fence.length ? null : open;
  }
  if (open !== null) return open.until.test(text) ? null : open;
  if (blank) return null;
  const fence = FENCE.exec(text);
  if (fence) return { fence: fence[1] ?? fence[2]! };
  // (a comment inside a paragraph ends with it, at the next blank line at the latest)
  for (const [start, end] of HTML_UNTIL) if (start.test(text)) return end.test(text.slice(text.indexOf('<') + 2)) ? null : { until: end };
  if (HTML_BLOCK_TAG.test(text) || (blockStart && LONE_TAG.test(text))) return 'html-block';
  return null;
}

export function markdownChunks(source: string, size = CHUNK_CHARS): Chunk[] {
  if (source.length <= size || DEFINITION.test(source)) return [{ text: source, lineOffset: 0, start: 0 }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let line = 0;
  let open: Open = null;
  let previousBlank = false;
  let blockStart = true;
  // the last line with text was indented as code
  let afterCode = false;
  const returns = source.includes('\r');
  for (let start = 0; start < source.length; line++) {
    const end = lineEnd(source, start, returns);
    const text = source.slice(start, end);
    const blank = BLANK.test(text);
    // indentation is spaces and tabs: "　　为认真贯彻…" after a blank line starts a paragraph of its own
    const cut =
      previousBlank && !blank && open === null && !/^[ \t]/.test(text) && !(afterCode && LIST_ITEM.test(text)) && start - chunkStart >= size;
    if (cut) {
      chunks.push({ text: source.slice(chunkStart, start), lineOffset: chunkLine, start: chunkStart });
      chunkStart = start;
      chunkLine = line;
    }
    open = openAfter(open, text, blank, blockStart);
    previousBlank = blank;
    blockStart = blank || ATX_LINE.test(text);
    if (!blank) afterCode = CODE_INDENT.test(text);
    start = nextLine(source, end);
  }
  chunks.push({ text: source.slice(chunkStart), lineOffset: chunkLine, start: chunkStart });
  return chunks;
}

// a loop, not push(...): a fenced block of a million lines is a million blocks, past the call stack
function append(blocks: Block[], more: Block[]): void {
  for (const block of more) blocks.push(block);
}

/**
 * How deep the containers of the deepest line nest: its leading ">" and list markers, and its
 * indentation (two columns a level, an upper bound). micromark's time grows with the square of the
 * nesting ("- " × 2,000 on one line: 4.8 s for 4 KB) and remark-gfm's tree walk recurses once per
 * level (10 KB of ">": a stack overflow), so a source nested deeper than any document is refused.
 */
export function containerDepth(source: string): number {
  let deepest = 0;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    let depth = 0;
    let at = start;
    let columns = 0;
    for (;;) {
      while (at < end && (source[at] === ' ' || source[at] === '\t')) {
        columns += source[at] === '\t' ? 4 : 1;
        at++;
      }
      const char = source[at];
      if (char === '>') at++;
      else if ((char === '-' || char === '*' || char === '+') && (source[at + 1] === ' ' || source[at + 1] === '\t')) at += 2;
      else {
        let digits = at;
        while (digits < end && digits - at < 9 && source[digits]! >= '0' && source[digits]! <= '9') digits++;
        if (digits === at || (source[digits] !== '.' && source[digits] !== ')') || (source[digits + 1] !== ' ' && source[digits + 1] !== '\t')) break;
        at = digits + 2;
      }
      depth++;
    }
    deepest = Math.max(deepest, depth + Math.floor(columns / 2));
    start = end + 1;
  }
  return deepest;
}

// micromark looks back over a paragraph's events at each "]" and each run of "*" or "_": quadratic
// in their number ("](" × 50,000: 90 s; "**a" × 30,000: 100 s; 100,000 "[" then "](": minutes). A
// paragraph with more of these signs than any document writes is parsed as text: each sign is read
// as a noncharacter (U+FDD0…, never in a document) and put back in the blocks.
const MAX_SIGNS_PER_PARAGRAPH = 2000;
const SIGNS = '[]*_<&!`~\\';
const STAND_INS = [...SIGNS].map((_, index) => String.fromCharCode(0xfdd0 + index));
const SIGN = /[[\]*_<&!`~\\]/g;
const STAND_IN = /[\ufdd0-\ufdd9]/g;

const IS_SIGN = new Uint8Array(128);
for (const sign of SIGNS) IS_SIGN[sign.charCodeAt(0)] = 1;

/** More signs in `text` than a paragraph may hold? (char codes and a table: this reads every character) */
function tooManySigns(text: string): boolean {
  let signs = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 128 && IS_SIGN[code] === 1 && ++signs > MAX_SIGNS_PER_PARAGRAPH) return true;
  }
  return false;
}

function withoutSignRuns(source: string): string | null {
  if (!tooManySigns(source)) return null;
  let changed = false;
  // paragraphs with the blank lines between them, so line numbers stay
  const parts = source.split(/(\n[ \t]*\n)/).map((part) => {
    if (!tooManySigns(part)) return part;
    changed = true;
    return part.replace(SIGN, (sign) => STAND_INS[SIGNS.indexOf(sign)]!);
  });
  return changed ? parts.join('') : null;
}

function withSigns(text: LocatedText): LocatedText {
  return /[\ufdd0-\ufdd9]/.test(text.text) ? { ...text, text: text.text.replace(STAND_IN, (char) => SIGNS[char.charCodeAt(0) - 0xfdd0]!) } : text;
}

/** A markdown document's blocks, its nesting checked against limits.maxDepth first. */
export function readMarkdown(source: string, context: ReaderContext): Block[] {
  const depth = containerDepth(source);
  if (depth > context.limits.maxDepth) {
    throw new PlanExtractError('E_TOO_LARGE', `the markdown nests ${depth} levels deep, over the limit of ${context.limits.maxDepth}`, {
      file: context.file,
    });
  }
  try {
    const tamed = withoutSignRuns(source);
    const blocks = readMarkdownBlocks(tamed ?? source);
    if (!tamed) return blocks;
    return blocks.map((block) => ({ ...block, content: withSigns(block.content), ...(block.cells ? { cells: block.cells.map(withSigns) } : {}) }));
  } catch (error) {
    // remark's plugins walk the tree recursively: whatever nesting slipped past the check above
    if (error instanceof RangeError) {
      throw new PlanExtractError('E_TOO_LARGE', 'the markdown is nested too deep to read', { file: context.file, cause: error });
    }
    throw error;
  }
}

function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

export interface MarkdownReading {
  /** length of the pieces micromark parses (a document with link reference definitions is parsed whole) */
  chunkChars?: number;
  /** false: every piece through micromark, none read line by line (the reference the fast path is tested against) */
  plainLines?: boolean;
}

/**
 * The blocks of a markdown source. Each unit between two places where no construct spans the cut
 * (markdownChunks) is read by plainBlocks when it can be; runs of the other units go to micromark
 * in pieces of up to `chunkChars`. A piece whose last construct reaches its very end (a fence or
 * raw HTML the cut did not see left open: it runs on over blank lines) takes in the units after
 * it, doubling, until it closes: micromark, not the cut, has the last word.
 */
export function readMarkdownBlocks(source: string, { chunkChars = CHUNK_CHARS, plainLines = true }: MarkdownReading = {}): Block[] {
  const blocks: Block[] = [];
  if (DEFINITION.test(source)) {
    readChunk(parseMarkdown(source), { text: source, lineOffset: 0, start: 0 }, blocks);
    return blocks;
  }
  const units = markdownChunks(source, plainLines ? 0 : chunkChars);
  const plain = units.map((unit) => (plainLines ? plainBlocks(unit) : null));
  const pieceOf = (from: number, to: number): Chunk => {
    const last = units[to - 1]!;
    return { text: source.slice(units[from]!.start, last.start + last.text.length), lineOffset: units[from]!.lineOffset, start: units[from]!.start };
  };
  for (let next = 0; next < units.length; ) {
    const read = plain[next];
    if (read) {
      append(blocks, read);
      next++;
      continue;
    }
    let end = next;
    let chars = 0;
    do chars += units[end++]!.text.length;
    while (end < units.length && !plain[end] && chars < chunkChars);
    let piece = pieceOf(next, end);
    let tree = parseMarkdown(piece.text);
    while (end < units.length && reachesEnd(tree, piece.text)) {
      for (const target = chars * 2; end < units.length && chars < target; ) chars += units[end++]!.text.length;
      piece = pieceOf(next, end);
      tree = parseMarkdown(piece.text);
    }
    readChunk(tree, piece, blocks);
    next = end;
  }
  return blocks;
}

/** Whether the piece's last construct runs to its very end: then it may run on into the next. */
function reachesEnd(tree: Root, text: string): boolean {
  return tree.children[tree.children.length - 1]?.position?.end.offset === text.length;
}

// ---- the line-by-line path ---------------------------------------------------------------------------
//
// What micromark makes of a line is fixed by its first characters and by whether the line before it
// was paragraph text, as long as the line holds no inline syntax. plainBlocks reads a unit only when
// every line is one of these, and gives up on the whole unit (null) at anything else:
//   "# 标题"            an ATX heading (depth 1-6, no closing #s): heading-hint, the text after the #s
//   "- 文字", "* ", "+ " a bullet item: the text after the marker ("- 1. 文字": an ordered list inside, "1. 文字")
//   "1. 文字", "1) 文字" an ordered item: the line as written (micromark's marker + text, or, when the
//                       number cannot start a list there, the same line as paragraph text)
//   "文字"               paragraph text, also a lazy continuation of a list item
//   any of these after up to three spaces ("  - (四)…": an item of a nested list), the spaces cut
//   "    文字"           indented by four columns or more after paragraph text: its continuation
// A line's trailing spaces and tabs go, as in micromark. Given up on: four columns of indentation
// anywhere else (code), a blank line inside the unit, a line opening any other block (">", "---", "===", "|", ":-:",
// "```", "<div>", "-文字", a marker followed by two spaces or a tab, an empty item), and inline
// syntax anywhere: \ ` * _ [ ] ~ | NUL, "<" before an ASCII character (autolinks, HTML;
// "<市>" is text), "&" before a letter, digit or "#" (character references).
const INLINE_SYNTAX = /[\\`*_[\]~|\0]|<(?:[\0-\x7f]|$)|&[#0-9A-Za-z]/;
const ATX_HEADING = /^(#{1,6})[ \t]+(.*[^# \t])[ \t]*$/;
const ORDERED_MARKER = /^\d{1,9}[.)]/;
// first characters of a line that open a block other than a paragraph (or may: "-文字" is text, but
// rare enough to leave to micromark); ":-:" and "-:" are table delimiter rows, pipes or not
const BLOCK_START = /^(?:[#>=+\-*_`~|<:]|\d{1,9}[.)](?:[ \t]|$))/;
const TRAILING_BLANKS = /[ \t]+$/;

function withoutTrailingBlanks(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x20 || last === 0x09 ? text.replace(TRAILING_BLANKS, '') : text;
}

/** The text of an item after its marker and one space, or null when it is not plain paragraph text. */
function itemText(text: string): string | null {
  const first = text.charCodeAt(0);
  if (first === 0x20 || first === 0x09 || Number.isNaN(first) || INLINE_SYNTAX.test(text)) return null;
  return BLOCK_START.test(text) ? null : withoutTrailingBlanks(text);
}

type LineRead = { kind: 'heading'; text: string; depth: number } | { kind: 'text'; text: string } | null;

/** One line of a plain unit; `afterText`: the line before it was paragraph text. */
function plainLine(line: string, afterText: boolean): LineRead {
  let indent = 0;
  while (line.charCodeAt(indent) === 0x20) indent++;
  if (indent >= 4 || line.charCodeAt(indent) === 0x09) {
    // four columns or more: code, but after paragraph text its continuation, leading blanks cut
    if (!afterText) return null;
    const text = itemText(line.replace(/^[ \t]+/, ''));
    return text === null ? null : { kind: 'text', text };
  }
  // up to three spaces change nothing: a heading, an item (of this list, a nested one or a new one:
  // never more than three columns past its container's content) or paragraph text, cut of them
  const rest = indent === 0 ? line : line.slice(indent);
  const first = rest.charCodeAt(0);
  if (first === 0x23 /* # */) {
    const heading = ATX_HEADING.exec(rest);
    if (!heading || INLINE_SYNTAX.test(rest)) return null;
    return { kind: 'heading', text: heading[2]!, depth: heading[1]!.length };
  }
  if ((first === 0x2d || first === 0x2a || first === 0x2b) /* - * + */ && rest.charCodeAt(1) === 0x20) {
    const item = rest.slice(2);
    const nested = ORDERED_MARKER.exec(item);
    // "- 1. 文字": a list in the item, whose marker is kept
    if (nested && item.charCodeAt(nested[0].length) === 0x20) {
      const inner = itemText(item.slice(nested[0].length + 1));
      return inner === null ? null : { kind: 'text', text: `${nested[0]} ${inner}` };
    }
    const text = itemText(item);
    return text === null ? null : { kind: 'text', text };
  }
  const ordered = ORDERED_MARKER.exec(rest);
  if (ordered && rest.charCodeAt(ordered[0].length) === 0x20) {
    const inner = itemText(rest.slice(ordered[0].length + 1));
    return inner === null ? null : { kind: 'text', text: `${ordered[0]} ${inner}` };
  }
  const text = itemText(rest);
  return text === null ? null : { kind: 'text', text };
}

/** The blocks of a unit of markdownChunks written only in plain lines (see above), else null. */
export function plainBlocks({ text: source, lineOffset }: Pick<Chunk, 'text' | 'lineOffset'>): Block[] | null {
  const blocks: Block[] = [];
  let afterText = false;
  let blankSeen = false;
  let lineNumber = lineOffset;
  const returns = source.includes('\r');
  for (let start = 0; start < source.length; ) {
    const end = lineEnd(source, start, returns);
    const line = source.slice(start, end);
    start = nextLine(source, end);
    lineNumber++;
    if (BLANK.test(line)) {
      blankSeen = true;
      continue;
    }
    // what follows a blank line inside a unit is indented: code, or a list item's next paragraph
    if (blankSeen) return null;
    const read = plainLine(line, afterText);
    if (read === null) return null;
    if (read.text.trim() !== '') {
      const content = located(read.text, lineNumber);
      blocks.push(read.kind === 'heading' ? { kind: 'heading-hint', content, headingDepth: read.depth } : { kind: 'paragraph', content });
    }
    afterText = read.kind === 'text';
  }
  return blocks;
}

function readChunk(tree: Root, { text: source, lineOffset }: Chunk, blocks: Block[]): void {
  // An ordered list item's number lives in the list, not the text; put the marker as written
  // ("1. ", "3) ") back in front of its first paragraph.
  const markerOf = (item: RootContent, firstChild: RootContent | undefined): string => {
    const start = item.position?.start.offset;
    const end = firstChild?.position?.start.offset;
    if (start === undefined || end === undefined) return '';
    return source.slice(start, end).replace(/^\s*[-*+]\s+/, '').trim();
  };

  const visit = (node: RootContent, prefix = ''): void => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    switch (node.type) {
      case 'heading':
        append(blocks, lineBlocks(prefix + inlineText(node), line, 'heading-hint', { headingDepth: node.depth }));
        return;
      case 'paragraph':
        append(blocks, lineBlocks(prefix + inlineText(node), line, 'paragraph'));
        return;
      case 'code':
        append(blocks, lineBlocks(node.value, line + (node.lang !== undefined || node.meta ? 1 : 0), 'paragraph'));
        return;
      case 'html':
        append(blocks, lineBlocks(node.value.replace(/<[^<>]*>/g, ''), line, 'paragraph'));
        return;
      case 'table':
        append(blocks, tableBlocks(node, lineOffset));
        return;
      case 'list':
        for (const item of node.children) {
          const marker = node.ordered ? markerOf(item, item.children[0]) : '';
          item.children.forEach((child, index) => visit(child, index === 0 && marker ? `${marker} ` : ''));
        }
        return;
      case 'blockquote':
        (node as Parents).children.forEach((child) => visit(child as RootContent));
        return;
      default:
        return;
    }
  };
  tree.children.forEach((child) => visit(child));
}
