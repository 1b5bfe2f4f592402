// The normalisation stage: Block[] in, Block[] out, every block still grounded in its source lines.
import type { Block } from '../document/block.js';
import type { Script } from '../schema/contract.js';
import { joinLocated, type LocatedText } from '../text/located.js';
import { transformedMark } from '../text/alignment.js';
import { stripDecoration, stripEmphasis } from './decoration.js';
import { unflatten } from './flattened.js';
import { isPageMark } from './pagemarks.js';
import { pairQuotes } from './quotes.js';
import { reflow } from './reflow.js';
import { splitRunOnItems } from './run-on-items.js';
import { detectScript, loadToSimplified, SCRIPT_SAMPLE_CHARS, type Converter } from './script.js';
import { normalizeCellSpacing, normalizeSpacing } from './spacing.js';
import { recoverTextTables } from './text-tables.js';
import { normalizeWidth } from '../text/width.js';

/**
 * Applies a text transformation to each source line's piece separately, so the marks stay true: a
 * changed piece's mark records which source columns its characters came from; an unchanged text keeps
 * its object, so the common clean line allocates nothing.
 */
function mapSegments(source: LocatedText, transform: (text: string, segment: number) => string): LocatedText {
  if (source.marks.length === 1) {
    const text = transform(source.text, 0);
    return text === source.text ? source : { text, marks: [transformedMark(source.marks[0]!, source.text, text)] };
  }
  const befores: string[] = [];
  const texts: string[] = [];
  // a text whose pieces all come back unchanged is kept whole (a joined paragraph is most of a
  // document): joining it again would give its own text and marks, unless two marks share an offset
  let same = source.marks[0]!.offset === 0;
  source.marks.forEach((mark, index) => {
    const end = source.marks[index + 1]?.offset ?? source.text.length;
    const before = source.text.slice(mark.offset, end);
    const text = transform(before, index);
    befores.push(before);
    texts.push(text);
    if (text !== before || before === '') same = false;
  });
  if (same) return source;
  const pieces = source.marks.map((mark, index) => {
    const piece = { ...mark, offset: 0 };
    const before = befores[index]!;
    const text = texts[index]!;
    return { text, marks: [text === before ? piece : transformedMark(piece, before, text)] };
  });
  return joinLocated(pieces);
}

function mapBlock(block: Block, transform: (text: string) => string, cellTransform = transform): Block {
  if (!block.cells) {
    const content = mapSegments(block.content, transform);
    return content === block.content ? block : { ...block, content };
  }
  const cells = block.cells.map((cell) => mapSegments(cell, cellTransform));
  return { ...block, cells, content: joinLocated(cells, '\t') };
}

/** "• （一）加强领导" → "（一）加强领导", a paragraph of its own (table cells keep what they hold). */
function undecorated(block: Block): Block {
  if (block.kind === 'table-row') return block;
  let bulleted = false;
  const content = mapSegments(block.content, (text, segment) => {
    if (segment > 0) return stripEmphasis(text);
    const stripped = stripDecoration(text);
    bulleted = stripped.bulleted;
    return stripped.text;
  });
  if (content === block.content) return block;
  return bulleted ? { ...block, content, paragraphStart: true } : { ...block, content };
}

export interface NormalizeResult {
  blocks: Block[];
  script: Script;
}

/** The first `limit` characters of the text, joined from blocks only as far as needed. */
function leadingText(blocks: Block[], limit: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (length >= limit) break;
    parts.push(block.content.text);
    length += block.content.text.length + 1;
  }
  return parts.join('\n');
}

export async function normalizeBlocks(blocks: Block[]): Promise<NormalizeResult> {
  // the script is judged on a sample; joining a 100 MB document to cut 200 K from it costs a copy
  const script = detectScript(leadingText(blocks, SCRIPT_SAMPLE_CHARS));
  let toSimplified: Converter | null = null;
  if (script !== 'simplified') toSimplified = await loadToSimplified();

  const widen = (text: string): string => normalizeWidth(toSimplified ? toSimplified(text) : text);
  const widened = blocks
    .map((block) => mapBlock(block, widen))
    .filter((block) => block.kind === 'table-row' || block.content.text.trim() !== '');
  // a page whose line breaks became spaces is cut back into lines while its spaces are there;
  // tables laid out as text need their spaces (cells apart) and their lines (one cell each): after
  // width, before spacing and reflow; before page marks too, as a bare "3" may be a 序号
  const cleaned = recoverTextTables(widened.flatMap(unflatten))
    .map((block) => mapBlock(block, normalizeSpacing, normalizeCellSpacing))
    .filter((block) => block.kind === 'table-row' || (block.content.text !== '' && !isPageMark(block.content.text)))
    .map(undecorated)
    .filter((block) => block.kind === 'table-row' || block.content.text.trim() !== '');
  // a line holding several items is cut after the joins, so a wrapped item is whole before it is cut
  return { blocks: splitRunOnItems(reflow(cleaned)).map((block) => mapBlock(block, pairQuotes)), script };
}
