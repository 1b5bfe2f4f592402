// Plain text (often pasted from a PDF): one block per non-blank source line; reflow joins them later.
import { located } from '../text/located.js';
import type { Block } from './block.js';

// "　　为认真贯彻…": a first-line indent of two ideographic spaces (or four ASCII) opens a paragraph
const PARAGRAPH_INDENT = /^(?:[\u3000]{2}|[ \t]{4})/;

// Markdown-ish markup pasted into a .txt file: "**一、总体要求**", "- 1. 努力…", "### (二) …", "> …";
// the bullets of a web page's metadata list: "  • 新郑市卫生健康委员会"
const LINE_MARKUP = /^\s*(?:#{1,6}\s+|[-*+]\s+(?=\S)|>\s*|[•●▪◆■]\s*)+|\*\*|__/g;

export function readTextBlocks(text: string, firstLine = 1): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const content = line.replace(LINE_MARKUP, '');
    if (content.trim() === '') return;
    blocks.push({
      kind: 'paragraph',
      content: located(content, firstLine + index),
      paragraphStart: PARAGRAPH_INDENT.test(line) || undefined,
    });
  });
  return blocks;
}
