// Markdown through unified + remark-parse (+ GFM tables). `#` depth is kept only as a hint:
// scraped plans put 一、 and （二） under the same `####`.
import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block } from './block.js';

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

function tableBlocks(table: Table): Block[] {
  return table.children.map((row) => {
    const line = row.position?.start.line ?? 1;
    const cells: LocatedText[] = row.children.map((cell) => located(inlineText(cell).trim(), line));
    return { kind: 'table-row', content: joinLocated(cells, '\t'), cells, paragraphStart: true };
  });
}

export function readMarkdownBlocks(source: string): Block[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as Root;
  const blocks: Block[] = [];

  // An ordered list item's number lives in the list, not the text; put the marker as written
  // ("1. ", "3) ") back in front of its first paragraph.
  const markerOf = (item: RootContent, firstChild: RootContent | undefined): string => {
    const start = item.position?.start.offset;
    const end = firstChild?.position?.start.offset;
    if (start === undefined || end === undefined) return '';
    return source.slice(start, end).replace(/^\s*[-*+]\s+/, '').trim();
  };

  const visit = (node: RootContent, prefix = ''): void => {
    const line = node.position?.start.line ?? 1;
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
        blocks.push(...tableBlocks(node));
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
  return blocks;
}
