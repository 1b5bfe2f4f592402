// Saved web pages (government sites) through unified + rehype-parse. The plan is the page's main
// text: a content container when the page has one (`<article>`, `<main>`, the CMS's
// `div.TRS_Editor` / `#zoom` …), else the body; navigation, header, footer, scripts and styles are
// never read. Each block element gives a block (split at `<br>`), `<h1>`–`<h6>` a heading hint,
// `<table>` table-row blocks (first row first). Line numbers are the source lines of the HTML text
// (hast positions), so a value can be found in the saved file.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { PlanExtractError } from '../schema/errors.js';
import { joinLocated, located, type LocatedText } from '../text/located.js';
import type { Block, ReadResult } from '../document/block.js';
import type { ReaderContext } from './context.js';

// never content
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe',
  'form', 'button', 'select', 'textarea', 'svg', 'object', 'embed', 'canvas', 'video', 'audio', 'map',
]);
// page chrome by class or id, on pages without a content container: "当前位置：首页 > 政务公开"
const CHROME = /(?:^|[\s_-])(?:nav|menu|breadcrumb|crumbs?|position|location|share|footer|header|sidebar|related|toolbar|banner|copyright|login|search)(?:$|[\s_-])/i;
// the content container of common government CMSs (TRS WCM, 政府网站集约化平台) and generic pages
const CONTENT = /(?:^|[\s_-])(?:TRS_Editor|Custom_UnionStyle|zoom|content|article|pages?_content|detail|main-?text|zw|wz|text)(?:$|[\s_-])/i;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'figure', 'figcaption', 'hr', 'body', 'html',
]);
const HEADING = /^h([1-6])$/;
const HAN = /[\u4e00-\u9fff]/g;

function classAndId(node: Element): string {
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '');
  return `${classes} ${String(node.properties.id ?? '')}`;
}

function hidden(node: Element): boolean {
  const style = String(node.properties.style ?? '');
  return node.properties.hidden !== undefined || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function hanCount(node: Element | Root): number {
  return toText(node).match(HAN)?.length ?? 0;
}

function* elements(node: Element | Root): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (SKIPPED.has(child.tagName)) continue;
    yield child;
    yield* elements(child);
  }
}

/** The main text's container: the content-like element holding most of the page's Chinese text. */
function mainContainer(root: Root): { node: Element | Root; isPage: boolean } {
  const body = [...elements(root)].find((node) => node.tagName === 'body') ?? root;
  const total = hanCount(body);
  let best: Element | null = null;
  let bestCount = 0;
  for (const node of elements(body)) {
    if (node.tagName !== 'main' && node.tagName !== 'article' && !CONTENT.test(classAndId(node))) continue;
    const count = hanCount(node);
    // the innermost of equally full containers: fewer stray lines around the text
    if (count > bestCount || (best !== null && count === bestCount && count > 0)) {
      best = node;
      bestCount = count;
    }
  }
  return best && bestCount >= total * 0.5 ? { node: best, isPage: false } : { node: body, isPage: true };
}

interface Piece {
  text: string;
  line: number;
}

class BlockWriter {
  readonly blocks: Block[] = [];
  private pieces: Piece[] = [];
  private startsParagraph = true;

  constructor(private readonly isPage: boolean, private readonly maxDepth: number, private readonly file: string) {}

  /** Ends the current line; `paragraphEnd` when a block element closes (not at a `<br>`). */
  flush(headingDepth: number | undefined, paragraphEnd: boolean): void {
    const parts = this.pieces.map((piece) => located(piece.text.replace(/\s+/g, ' '), piece.line));
    this.pieces = [];
    const content = trimLocated(joinLocated(parts));
    if (content.text !== '') {
      this.blocks.push({
        kind: headingDepth ? 'heading-hint' : 'paragraph',
        content,
        ...(headingDepth ? { headingDepth } : {}),
        paragraphStart: this.startsParagraph,
      });
      this.startsParagraph = false;
    }
    if (paragraphEnd) this.startsParagraph = true;
  }

  visit(node: ElementContent | RootContent, depth: number, headingDepth: number | undefined): void {
    if (depth > this.maxDepth) {
      throw new PlanExtractError('E_TOO_LARGE', `the HTML nests deeper than ${this.maxDepth} elements`, { file: this.file });
    }
    if (node.type === 'text') {
      // one piece per source line of the text node, so a line after "<br>\n" is grounded on its own line
      const first = node.position?.start.line ?? 1;
      (node as Text).value.split('\n').forEach((text, index, all) => {
        this.pieces.push({ text: index < all.length - 1 ? `${text} ` : text, line: first + index });
      });
      return;
    }
    if (node.type !== 'element') return;
    if (SKIPPED.has(node.tagName) || hidden(node) || (this.isPage && CHROME.test(classAndId(node)))) return;
    if (node.tagName === 'br') {
      this.flush(headingDepth, false);
      return;
    }
    if (node.tagName === 'table') {
      this.flush(headingDepth, true);
      for (const row of tableBlocks(node)) this.blocks.push(row);
      return;
    }
    const heading = HEADING.exec(node.tagName);
    const depthHint = heading ? Number(heading[1]) : headingDepth;
    const isBlock = BLOCK.has(node.tagName) || heading !== null;
    if (isBlock) this.flush(headingDepth, true);
    for (const child of node.children) this.visit(child, depth + 1, depthHint);
    if (isBlock) this.flush(depthHint, true);
  }
}

function trimLocated(source: LocatedText): LocatedText {
  const start = source.text.length - source.text.trimStart().length;
  const text = source.text.trim();
  if (start === 0) return { text, marks: source.marks };
  const marks = source.marks
    .map((mark) => ({ ...mark, offset: Math.max(0, mark.offset - start) }))
    .filter((mark, index, all) => all[index + 1]?.offset !== mark.offset);
  return { text, marks: marks.length > 0 ? marks : [{ offset: 0, line: source.marks[0]?.line ?? 1, page: null }] };
}

/** Rows of an HTML table, header row first; a cell's lines join without a separator (Chinese). */
function tableBlocks(table: Element): Block[] {
  const blocks: Block[] = [];
  const rows: Element[] = [];
  const findRows = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName !== 'table') findRows(child);
    }
  };
  findRows(table);
  for (const row of rows) {
    const cells: LocatedText[] = [];
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      const text = toText(cell)
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('');
      cells.push(located(text, cell.position?.start.line ?? row.position?.start.line ?? 1));
    }
    if (cells.every((cell) => cell.text === '')) continue;
    blocks.push({ kind: 'table-row', content: joinLocated(cells, '\t'), cells, paragraphStart: true });
  }
  return blocks;
}

// Elements that never nest (void) or that the parser closes by itself (p, li, td …): not counted.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li td th tr dt dd option'.split(' '),
);

/**
 * The deepest element nesting, found by one linear scan of the tags before parsing, so a page of
 * 100,000 nested divs is refused at once instead of overflowing the parser's stack.
 */
function tagDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  // [^<>]: a tag never holds "<", and "<a<a<a…" with no ">" no longer scans to the end at each "<"
  for (const match of text.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g)) {
    const name = match[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
  }
  return deepest;
}

export async function readHtml(text: string, context: ReaderContext): Promise<ReadResult> {
  if (tagDepth(text, context.limits.maxDepth) > context.limits.maxDepth) {
    throw new PlanExtractError('E_TOO_LARGE', `the HTML nests elements more than ${context.limits.maxDepth} deep`, {
      file: context.file,
    });
  }
  let tree: Root;
  try {
    tree = unified().use(rehypeParse).parse(text) as Root;
  } catch (error) {
    if (error instanceof RangeError) {
      throw new PlanExtractError('E_TOO_LARGE', 'the HTML nests too deeply to read', { file: context.file, cause: error });
    }
    throw error;
  }
  const { node, isPage } = mainContainer(tree);
  const writer = new BlockWriter(isPage, context.limits.maxDepth, context.file);
  for (const child of node.children) writer.visit(child, 1, undefined);
  writer.flush(undefined, true);
  if (writer.blocks.length === 0) throw new PlanExtractError('E_EMPTY', 'the page has no text', { file: context.file });
  return { format: 'html', encoding: 'utf-8', pages: null, blocks: writer.blocks, diagnostics: [] };
}
