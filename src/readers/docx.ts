// Word .docx: mammoth reads paragraphs, runs and tables into its document tree; we walk that tree
// (not its HTML) into Blocks. Signals mammoth drops are read from the XML ourselves, in one
// linear scan: `w:outlineLvl` (on the paragraph or its style), the East Asian font of GB/T 9704
// headings (黑体 for 一、, 楷体 for （一）), which government documents use instead of heading styles,
// and `w:numPr`, from which readers/docx-numbering.ts rebuilds the list labels Word draws (自动编号).
//
// Line numbers: a docx has no lines, so a block's "line" is the 1-based index of its paragraph
// (`w:p`) in document order, counting empty paragraphs and the paragraphs inside table cells.
// Page is always null (Word paginates at display time).
import type { Diagnostic } from '../schema/contract.js';
import { PlanExtractError } from '../schema/errors.js';
import { readDocxParts } from '../io/zip-guard.js';
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block, ReadResult } from '../document/block.js';
import type { ReaderContext } from './context.js';
import { listLabels, readListDefinitions, withListLabel, type ParagraphNumbering } from './docx-numbering.js';

/** The part of mammoth's document tree we read (mammoth/lib/documents.js). */
interface DocNode {
  type: string;
  value?: string;
  children?: DocNode[];
  styleId?: string | null;
  styleName?: string | null;
  breakType?: string;
  colSpan?: number;
  rowSpan?: number;
}

/** What our own scan of the XML knows about one paragraph. */
export interface ParagraphHint {
  outlineLevel: number | null;
  font: string | null;
  /** `w:pStyle` and `w:numPr`, when the paragraph has either */
  numbering: ParagraphNumbering | null;
}

interface StyleHint {
  outlineLevel: number | null;
  font: string | null;
}

// "heading 2", "Heading2", "标题 2"
const HEADING_STYLE = /^(?:heading|标题)\s*(\d)$/i;
// GB/T 9704: 一级标题 黑体, 二级标题 楷体 (楷体_GB2312, KaiTi); body text is 仿宋
const FONT_DEPTH: { pattern: RegExp; depth: number }[] = [
  { pattern: /黑体|SimHei|方正黑体|FZHei/i, depth: 1 },
  { pattern: /楷体|KaiTi|方正楷体|FZKai/i, depth: 2 },
];
// a font hint only for a short paragraph: a 黑体 run inside body text is emphasis, not a heading
const HEADING_MAX_LENGTH = 40;

function attribute(tag: string, name: string): string | null {
  const at = tag.indexOf(`${name}="`);
  if (at < 0) return null;
  const start = at + name.length + 2;
  const end = tag.indexOf('"', start);
  return end < 0 ? null : tag.slice(start, end);
}

/** outlineLvl and East Asian font of each style in styles.xml, by styleId. */
export function scanStyles(xml: string): Map<string, StyleHint> {
  const styles = new Map<string, StyleHint>();
  const style = /<w:style\b[^>]*>|<\/w:style>|<w:outlineLvl\b[^>]*>|<w:rFonts\b[^>]*>/g;
  let current: StyleHint | null = null;
  for (let match = style.exec(xml); match; match = style.exec(xml)) {
    const tag = match[0];
    if (tag.startsWith('<w:style')) {
      const id = attribute(tag, 'w:styleId');
      current = { outlineLevel: null, font: null };
      if (id !== null) styles.set(id, current);
    } else if (tag === '</w:style>') current = null;
    else if (current && tag.startsWith('<w:outlineLvl')) current.outlineLevel = Number(attribute(tag, 'w:val'));
    else if (current && current.font === null) current.font = attribute(tag, 'w:eastAsia') ?? attribute(tag, 'w:ascii');
  }
  return styles;
}

/**
 * One hint per `w:p` in document order, as mammoth visits them. `mc:Choice` is skipped because
 * mammoth reads only the `mc:Fallback` copy of alternate content.
 */
export function scanParagraphs(xml: string): ParagraphHint[] {
  const hints: ParagraphHint[] = [];
  const open: ParagraphHint[] = [];
  let inChoice = 0;
  // w:pPrChange holds the properties before a tracked change: not what Word shows
  let inChange = false;
  const tag =
    /<w:p(?=[\s>/])[^>]*>|<\/w:p>|<w:outlineLvl\b[^>]*>|<w:rFonts\b[^>]*>|<w:pStyle\b[^>]*>|<w:numId\b[^>]*>|<w:ilvl\b[^>]*>|<w:pPrChange\b[^>]*>|<\/w:pPrChange>|<mc:Choice\b[^>]*>|<\/mc:Choice>/g;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const text = match[0];
    if (text.startsWith('<mc:Choice')) {
      if (!text.endsWith('/>')) inChoice++;
    } else if (text === '</mc:Choice>') inChoice--;
    else if (inChoice > 0) continue;
    else if (text.startsWith('<w:pPrChange')) inChange = !text.endsWith('/>');
    else if (text === '</w:pPrChange>') inChange = false;
    else if (text.startsWith('<w:p') && !text.startsWith('<w:pStyle')) {
      const hint: ParagraphHint = { outlineLevel: null, font: null, numbering: null };
      hints.push(hint);
      if (!text.endsWith('/>')) open.push(hint);
    } else if (text === '</w:p>') open.pop();
    else {
      const current = open[open.length - 1];
      if (!current || inChange) continue;
      if (text.startsWith('<w:outlineLvl')) current.outlineLevel = Number(attribute(text, 'w:val'));
      else if (text.startsWith('<w:rFonts')) current.font ??= attribute(text, 'w:eastAsia') ?? attribute(text, 'w:ascii');
      else {
        const numbering = (current.numbering ??= { numId: null, level: null, styleId: null });
        const value = attribute(text, 'w:val');
        if (text.startsWith('<w:pStyle')) numbering.styleId = value;
        else if (text.startsWith('<w:numId')) numbering.numId = value;
        else if (value !== null && /^[0-8]$/.test(value)) numbering.level = Number(value);
      }
    }
  }
  return hints;
}

/** The text of a paragraph's runs; a line break inside the paragraph becomes "\n". */
function paragraphText(node: DocNode): string {
  const pieces: string[] = [];
  const visit = (child: DocNode): void => {
    if (child.type === 'text') pieces.push(child.value ?? '');
    else if (child.type === 'tab') pieces.push('\t');
    else if (child.type === 'break' && child.breakType === 'line') pieces.push('\n');
    else if (child.type === 'noteReference' || child.type === 'commentReference') return;
    else child.children?.forEach(visit);
  };
  node.children?.forEach(visit);
  return pieces.join('');
}

interface Walker {
  blocks: Block[];
  paragraphIndex: number;
  hints: ParagraphHint[] | null;
  styles: Map<string, StyleHint>;
  /** the list label Word draws before each paragraph (自动编号), by paragraph index */
  labels: (string | null)[] | null;
}

function headingDepth(node: DocNode, text: string, walker: Walker, hint: ParagraphHint | undefined): number | undefined {
  const byName = HEADING_STYLE.exec(node.styleName ?? '');
  if (byName) return Number(byName[1]);
  const style = node.styleId ? walker.styles.get(node.styleId) : undefined;
  const outline = hint?.outlineLevel ?? style?.outlineLevel ?? null;
  // outlineLvl 9 means "body text"
  if (outline !== null && Number.isInteger(outline) && outline < 9) return outline + 1;
  const font = hint?.font ?? style?.font ?? null;
  if (font && text.trim().length <= HEADING_MAX_LENGTH) return FONT_DEPTH.find((entry) => entry.pattern.test(font))?.depth;
  return undefined;
}

function paragraphBlocks(node: DocNode, walker: Walker): Block[] {
  walker.paragraphIndex++;
  const line = walker.paragraphIndex;
  const text = withListLabel(walker.labels?.[line - 1], paragraphText(node));
  if (text.trim() === '') return [];
  const depth = headingDepth(node, text, walker, walker.hints?.[line - 1]);
  // a soft line break (Shift+Enter) inside a paragraph still separates visual lines; each is its own block
  return text
    .split('\n')
    .filter((piece) => piece.trim() !== '')
    .map((piece, index) => ({
      kind: depth === undefined ? 'paragraph' : 'heading-hint',
      content: located(piece, line),
      ...(depth === undefined ? {} : { headingDepth: depth }),
      paragraphStart: index === 0,
    }));
}

/** A table cell's paragraphs joined (Chinese needs no separator), each keeping its paragraph index. */
function cellText(cell: DocNode, walker: Walker): LocatedText {
  const parts: LocatedText[] = [];
  const visit = (node: DocNode): void => {
    if (node.type === 'paragraph') {
      walker.paragraphIndex++;
      const text = withListLabel(walker.labels?.[walker.paragraphIndex - 1], paragraphText(node)).replace(/\n/g, '').trim();
      if (text !== '') parts.push(located(text, walker.paragraphIndex));
    } else if (node.type === 'table') {
      // a nested table's text stays in its cell
      node.children?.forEach(visit);
    } else node.children?.forEach(visit);
  };
  cell.children?.forEach(visit);
  return parts.length > 0 ? joinLocated(parts) : located('', walker.paragraphIndex);
}

/**
 * Rows of a Word table as table-row blocks, the first (header) row first, like readers/tabtable.ts.
 * A vertically merged cell (rowSpan) is repeated in the rows it spans, so every row has its
 * 责任单位 and 完成时限; a horizontally merged cell is padded with empty cells to keep columns,
 * except a row that is one cell across the table (a section heading row), which stays one cell.
 */
function tableBlocks(table: DocNode, walker: Walker): Block[] {
  const blocks: Block[] = [];
  const carried: { cell: LocatedText; rows: number }[] = [];
  for (const row of table.children ?? []) {
    if (row.type !== 'tableRow') continue;
    const cells: LocatedText[] = [];
    let column = 0;
    const takeCarried = () => {
      for (let entry = carried[column]; entry && entry.rows > 0; entry = carried[column]) {
        cells.push(entry.cell);
        entry.rows--;
        column++;
      }
    };
    const sourceCells = (row.children ?? []).filter((cell) => cell.type === 'tableCell');
    for (const cell of sourceCells) {
      takeCarried();
      const text = cellText(cell, walker);
      const span = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      cells.push(text);
      if (rowSpan > 1) carried[column] = { cell: text, rows: rowSpan - 1 };
      column++;
      if (span > 1 && sourceCells.length > 1) {
        for (let pad = 1; pad < span; pad++, column++) cells.push(located('', text.marks[0]?.line ?? 1));
      }
    }
    takeCarried();
    if (cells.every((cell) => cell.text === '')) continue;
    blocks.push({ kind: 'table-row', content: joinLocated(cells, '\t'), cells, paragraphStart: true });
  }
  return blocks;
}

function walk(nodes: DocNode[], walker: Walker): void {
  for (const node of nodes) {
    // loops, not push(...): a paragraph of a million soft breaks is a million blocks, past the call stack
    if (node.type === 'paragraph') for (const block of paragraphBlocks(node, walker)) walker.blocks.push(block);
    else if (node.type === 'table') for (const block of tableBlocks(node, walker)) walker.blocks.push(block);
    else if (node.children) walk(node.children, walker);
  }
}

const NOT_NUMBERED: ParagraphNumbering = { numId: null, level: null, styleId: null };

function countParagraphs(nodes: DocNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type === 'paragraph') count++;
    if (node.children) count += countParagraphs(node.children);
  }
  return count;
}

export async function readDocx(bytes: Uint8Array, context: ReaderContext): Promise<ReadResult> {
  const fflate = await import('fflate');
  const parts = readDocxParts(bytes, context.limits, context.file);
  const decoder = new TextDecoder();
  const documentXml = decoder.decode(parts.get('word/document.xml'));
  const stylesXml = parts.has('word/styles.xml') ? decoder.decode(parts.get('word/styles.xml')) : '';
  const numberingXml = parts.has('word/numbering.xml') ? decoder.decode(parts.get('word/numbering.xml')) : '';

  // mammoth gets a zip rebuilt from the checked parts only (stored, not deflated): it never sees
  // the original archive, so its own unzip cannot be tricked into inflating anything else.
  const checked = fflate.zipSync(Object.fromEntries(parts), { level: 0 });
  const mammoth = (await import('mammoth')).default;
  let tree: DocNode | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) },
      {
        // the tree before mammoth turns it into HTML; we return it unchanged
        transformDocument: (document: DocNode) => {
          tree = document;
          return document;
        },
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PlanExtractError('E_CORRUPT_DOCX', `Word could not be read: ${message}`, { file: context.file, cause: error });
  }
  const root: DocNode | null = tree;
  if (root === null) throw new PlanExtractError('E_CORRUPT_DOCX', 'the document body is missing', { file: context.file });

  const diagnostics: Diagnostic[] = [];
  const nodes = (root as DocNode).children ?? [];
  const scanned = scanParagraphs(documentXml);
  // only trust the scan when it saw the same paragraphs mammoth did
  const hints = scanned.length === countParagraphs(nodes) ? scanned : null;
  const walker: Walker = {
    blocks: [],
    paragraphIndex: 0,
    hints,
    styles: scanStyles(stylesXml),
    labels:
      hints && numberingXml
        ? listLabels(
            hints.map((hint) => hint.numbering ?? NOT_NUMBERED),
            readListDefinitions(numberingXml, stylesXml),
          )
        : null,
  };
  walk(nodes, walker);
  if (walker.blocks.length === 0) {
    throw new PlanExtractError('E_EMPTY', 'the Word document has no text', { file: context.file });
  }
  return { format: 'docx', encoding: null, pages: null, blocks: walker.blocks, diagnostics };
}
