// Markdown through unified + remark-parse (+ GFM tables). `#` depth is kept only as a hint:
// scraped plans put 一、 and （二） under the same `####`.
import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block } from '../document/block.js';

function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return node.value.replace(/<[^>]*>/g, '');
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
        blocks.push(...lineBlocks(prefix + inlineText(node), line, 'heading-hint', { headingDepth: node.depth }));
        return;
      case 'paragraph':
        blocks.push(...lineBlocks(prefix + inlineText(node), line, 'paragraph'));
        return;
      case 'code':
        blocks.push(...lineBlocks(node.value, line + (node.lang !== undefined || node.meta ? 1 : 0), 'paragraph'));
        return;
      case 'html':
        blocks.push(...lineBlocks(node.value.replace(/<[^>]*>/g, ''), line, 'paragraph'));
        return;
      case 'table':
        blocks.push(...tableBlocks(node, lineOffset));
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
