// What the normalisation tests compare: rows shown as their cells, paragraphs as their text.
import type { Block } from '../../src/document/block.js';
import { normalizeBlocks } from '../../src/normalize/index.js';
import { readMarkdownBlocks } from '../../src/readers/markdown.js';
import { readTextBlocks } from '../../src/readers/text.js';

export type Shown = string | string[];

export const show = (blocks: Block[]): Shown[] =>
  blocks.map((block) => (block.kind === 'table-row' ? block.cells!.map((cell) => cell.text) : block.content.text));

/** The blocks a reader gives for `text`, through the whole normalisation stage, shown. */
export async function rows(text: string, format: 'text' | 'markdown' = 'text'): Promise<Shown[]> {
  const blocks = format === 'markdown' ? readMarkdownBlocks(text) : readTextBlocks(text);
  return show((await normalizeBlocks(blocks)).blocks);
}

export const lines = (...parts: string[]) => parts.join('\n');
