// Markdown through unified + remark-parse (+ GFM tables). `#` depth is kept only as a hint:
// scraped plans put 一、 and （二） under the same `####`.
import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

/** One block per source line of a paragraph-like node, so markers at line starts stay visible. */
function lineBlocks(text: string, startLine: number, kind: Block['kind'], extra: Partial<Block> = {}): Block[] {
  const blocks: Block[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    blocks.push({ kind, content: located(line, startLine + index), ...extra });
  });
  return blocks;
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
// span the cut: outside fenced code, HTML comments and raw blocks (<pre>, <script>, <style>,
// <textarea>), before an unindented line. A document with
// link reference definitions or footnotes ("[1]: http://…", "[^1]: …") is parsed whole.
const CHUNK_CHARS = 64 * 1024;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_OPEN = /^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i;
const RAW_CLOSE = /<\/(?:pre|script|style|textarea)>/i;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

interface Chunk {
  text: string;
  /** lines before the chunk in the source */
  lineOffset: number;
}

export function markdownChunks(source: string, size = CHUNK_CHARS): Chunk[] {
  if (source.length <= size || DEFINITION.test(source)) return [{ text: source, lineOffset: 0 }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let line = 0;
  let fence = ''; // the opening fence while inside fenced code
  let inComment = false;
  let inRaw = false;
  let previousBlank = false;
  for (let start = 0; start < source.length; line++) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    const text = source.slice(start, end);
    const blank = text.trim() === '';
    const cut = previousBlank && !blank && !fence && !inComment && !inRaw && !/^\s/.test(text) && start - chunkStart >= size;
    if (cut) {
      chunks.push({ text: source.slice(chunkStart, start), lineOffset: chunkLine });
      chunkStart = start;
      chunkLine = line;
    }
    const fenceMatch = FENCE.exec(text);
    if (fenceMatch) {
      const run = fenceMatch[1]!;
      if (!fence) fence = run;
      else if (run[0] === fence[0] && run.length >= fence.length && text.trim() === run) fence = '';
    }
    if (!fence && RAW_OPEN.test(text)) inRaw = !RAW_CLOSE.test(text);
    else if (inRaw && RAW_CLOSE.test(text)) inRaw = false;
    const open = text.lastIndexOf('<!--');
    if (open >= 0 && text.indexOf('-->', open + 4) < 0) inComment = true;
    else if (inComment && text.includes('-->')) inComment = false;
    previousBlank = blank;
    start = end + 1;
  }
  chunks.push({ text: source.slice(chunkStart), lineOffset: chunkLine });
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

function withoutSignRuns(source: string): string | null {
  let changed = false;
  // paragraphs with the blank lines between them, so line numbers stay
  const parts = source.split(/(\n[ \t]*\n)/).map((part) => {
    let signs = 0;
    for (let at = 0; at < part.length && signs <= MAX_SIGNS_PER_PARAGRAPH; at++) if (SIGNS.includes(part[at]!)) signs++;
    if (signs <= MAX_SIGNS_PER_PARAGRAPH) return part;
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

export function readMarkdownBlocks(source: string, chunkChars = CHUNK_CHARS): Block[] {
  const parser = unified().use(remarkParse).use(remarkGfm);
  const blocks: Block[] = [];
  for (const chunk of markdownChunks(source, chunkChars)) readChunk(parser.parse(chunk.text) as Root, chunk, blocks);
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
