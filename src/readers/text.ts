// Plain text (often pasted from a PDF): one block per non-blank source line; reflow joins them later,
// and a work list laid out as text (cells apart by spaces, one per line) is normalize/text-tables.ts's.
import { located } from '../text/located.js';
import type { Block } from '../document/block.js';

// "　　为认真贯彻…": a first-line indent of two ideographic spaces (or four ASCII, or a tab as in
// "\t　　一、总体目标" from a CMS field) opens a paragraph
const PARAGRAPH_INDENT = /^(?:[\u3000]{2}|\t|[ ]{4})/;


// HTML pasted into a text file (a CMS field, a database dump): "\t　　一、总体目标</p><p align="left">".
// Block tags end a paragraph; other tags and the common entities go.
const HAS_MARKUP = /<\/p>|<br\s*\/?>|<p[\s>]|<\/div>/i;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|table|center)\b[^<>]*>/gi;
const INLINE_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39);/g;

function withoutInlineMarkup(piece: string): string {
  return piece.replace(INLINE_TAG, '').replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
}

/** One source line → its pieces: the line itself, or the paragraphs its HTML block tags separate. */
function linePieces(line: string, markup: boolean): string[] {
  if (!markup) return [line];
  return line.split(BLOCK_TAG).map(withoutInlineMarkup);
}

export function readTextBlocks(text: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  const markup = HAS_MARKUP.test(text.slice(0, 20000));
  lines.forEach((line, index) => {
    linePieces(line, markup).forEach((piece, pieceIndex) => {
      if (piece.trim() === '') return;
      blocks.push({
        kind: 'paragraph',
        content: located(piece, firstLine + index),
        paragraphStart: pieceIndex > 0 || PARAGRAPH_INDENT.test(piece) || undefined,
      });
    });
  });
  return blocks;
}
