// The markdown reader reads plain units line by line and the rest in pieces through micromark
// (micromark slows down on one huge document); both must give exactly the blocks of micromark's own
// parse of the whole document, line numbers included.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { containerDepth, markdownChunks, plainBlocks, readMarkdownBlocks } from '../../src/readers/markdown.js';
import { CORPUS } from '../helpers.js';

const FENCED = ['# 一、总体要求', '', '```', '（一）不是条目', '', '2. 仍在代码块里', '```', '', '1. 第一项', '', '   续行', '', '2. 第二项', ''].join('\n');
const COMMENT = ['一、总体要求', '', '<!-- 注释', '', '（一）注释里 -->', '', '（二）正文'].join('\n');
const DEFINITIONS = ['一、见[文件][1]', '', '二、其他', '', '[1]: http://example.com/a'].join('\n');

/** micromark over the whole document: what both paths must give */
const whole = (source: string) => readMarkdownBlocks(source, { plainLines: false, chunkChars: Infinity });

describe('markdown pieces', () => {
  it.each([
    ['compilation', readFileSync(CORPUS.compilation, 'utf8')],
    ['markdown plan', readFileSync(CORPUS.markdown, 'utf8')],
    ['fenced code and a loose list', FENCED],
    ['an HTML comment over a blank line', COMMENT],
  ])('%s: pieces of 20 characters give the blocks of a whole parse', (_name, source) => {
    expect(markdownChunks(source, 20).length).toBeGreaterThan(1);
    expect(readMarkdownBlocks(source, { chunkChars: 20, plainLines: false })).toEqual(whole(source));
    expect(readMarkdownBlocks(source, { chunkChars: 20 })).toEqual(whole(source));
  });

  it.each([
    ['fenced code', FENCED, ['# 一、总体要求\n\n', '```\n（一）不是条目\n\n2. 仍在代码块里\n```\n\n', '1. 第一项\n\n   续行\n\n', '2. 第二项\n']],
    ['an HTML comment', COMMENT, ['一、总体要求\n\n', '<!-- 注释\n\n（一）注释里 -->\n\n', '（二）正文']],
    ['link reference definitions (parsed whole)', DEFINITIONS, [DEFINITIONS]],
    // ideographic spaces are text to markdown: a line of them is no blank, a line opening with them no indent
    ['ideographic spaces', '一、总体要求\n　　\n---\n\n　　为认真贯彻', ['一、总体要求\n　　\n---\n\n', '　　为认真贯彻']],
  ])('%s: cut only where no construct spans the cut', (_name, source, pieces) => {
    expect(markdownChunks(source, 1).map((chunk) => chunk.text)).toEqual(pieces);
  });

  // documents the generated ones below found, where a cut once parted what micromark reads as one
  it.each([
    ['a line of NBSP over a delimiter row (a table)', '\u00a0\n:-:\n'],
    ['a lone CR before a fence', '\r~~~\n\n- 1. （一）加强领导'],
    ['a fence line inside an HTML block', '</div>\n```\n\n```\n\n[x] '],
    ['HTML in a list item, then a fence', '+ \n   </div>\n```\n\n# 标题'],
    ['a comment inside a paragraph, then a fence', ':-:<!--\n```-->\n\n#\n'],
    ['a list item after indented code', '    2025年\n\n0. \n'],
    ['a definition inside a list item', '1.  [1]: http://x\n\n[1]'],
  ])('%s: the blocks of a whole parse', (_name, source) => {
    expect(readMarkdownBlocks(source, { chunkChars: 1 })).toEqual(whole(source));
    expect(readMarkdownBlocks(source)).toEqual(whole(source));
  });

  it('a piece knows its first source line', () => {
    expect(markdownChunks(COMMENT, 1).map((chunk) => chunk.lineOffset)).toEqual([0, 2, 6]);
  });
});

type Row = [kind: string, text: string, line: number, depth?: number];
const rows = (source: string): Row[] | null =>
  plainBlocks({ text: source, lineOffset: 0 })?.map((block) => [block.kind, block.content.text, block.content.marks[0]!.line, ...(block.headingDepth ? [block.headingDepth] : [])] as Row) ?? null;

describe('plain lines', () => {
  it.each<[string, string, Row[]]>([
    ['an ATX heading', '#### 一、指导思想  ', [['heading-hint', '一、指导思想', 1, 4]]],
    ['a heading, then paragraph lines', '## 标题\n为加快推动\n\t 续行', [['heading-hint', '标题', 1, 2], ['paragraph', '为加快推动', 2], ['paragraph', '续行', 3]]],
    ['bullet items with a lazy line', '- (一) 构建体系。\n- 1. 努力打造高地。\n持续深入实施', [['paragraph', '(一) 构建体系。', 1], ['paragraph', '1. 努力打造高地。', 2], ['paragraph', '持续深入实施', 3]]],
    ['ordered items as written', '1. 第一\n2) 第二\n3.没有空格', [['paragraph', '1. 第一', 1], ['paragraph', '2) 第二', 2], ['paragraph', '3.没有空格', 3]]],
    ['CRLF line endings', '# 标题\r\n文字 \r\n- 项\r\n', [['heading-hint', '标题', 1, 1], ['paragraph', '文字', 2], ['paragraph', '项', 3]]],
    ['a lone CR ends a line', '文字\r续行', [['paragraph', '文字', 1], ['paragraph', '续行', 2]]],
    ['ideographic spaces are text', '　　为认真贯彻\n　　\n  　续行', [['paragraph', '　　为认真贯彻', 1], ['paragraph', '　续行', 3]]],
    ['text that looks like syntax but is not', '各县<市>人民政府\nA & B\n第1234567890. 条\n1234567890. 条', [['paragraph', '各县<市>人民政府', 1], ['paragraph', 'A & B', 2], ['paragraph', '第1234567890. 条', 3], ['paragraph', '1234567890. 条', 4]]],
    ['trailing blank lines', '文字\n\n \n', [['paragraph', '文字', 1]]],
    ['a nested list, up to three spaces in', '- (三)推进\n  - 15. 改革\n   # 标题\n 文字', [['paragraph', '(三)推进', 1], ['paragraph', '15. 改革', 2], ['heading-hint', '标题', 3, 1], ['paragraph', '文字', 4]]],
  ])('%s', (_name, source, expected) => {
    expect(rows(source)).toEqual(expected);
    expect(plainBlocks({ text: source, lineOffset: 0 })).toEqual(whole(source));
  });

  it.each([
    ['a table', '| 序号 | 任务 |\n| --- | --- |\n| 1 | 做 |'],
    ['emphasis', '**一、总体要求**'],
    ['a link', '见[文件](http://example.com)'],
    ['an escape', '1\\. 不是列表'],
    ['an entity', '&amp;'],
    ['inline HTML', '文字<br>文字'],
    ['a tilde range', '2021~2025年'],
    ['a setext heading', '标题\n---'],
    ['a thematic break', '***'],
    ['a block quote', '> 引文'],
    ['indented code', '    代码'],
    ['an indented line after a heading', '# 标题\n    代码'],
    ['an item four columns in', '- 项\n    - 子项'],
    ['a marker and two spaces', '1.  第一'],
    ['an empty item', '-\n文字'],
    ['a closing sequence', '# 标题 #'],
    ['a heading without a space', '#标题'],
    ['a paragraph after a blank line, indented', '- 项\n\n  续段'],
  ])('%s goes to micromark', (_name, source) => {
    expect(plainBlocks({ text: source, lineOffset: 0 })).toBeNull();
  });
});

// Every text the project has, read as markdown: the corpus and its text variants, the development
// set, the real fixtures, the texts and markdown of test/bad.
function texts(): [string, string][] {
  const list = (dir: string, keep: (name: string) => boolean) =>
    existsSync(dir) ? readdirSync(dir).filter(keep).sort().map((name) => join(dir, name)) : [];
  const paths = [
    ...list('corpus', (name) => name.endsWith('.txt')),
    ...list('corpus/variants', (name) => name.endsWith('.txt')),
    ...list(process.env.PLAN_EXTRACT_DEVSET ?? '/work/shared/devset', (name) => name.endsWith('.txt')),
    ...readdirSync('test/fixtures')
      .filter((name) => name.startsWith('real'))
      .flatMap((name) => list(join('test/fixtures', name), (file) => file.endsWith('.txt'))),
    ...list('test/bad', (name) => name.endsWith('.md') || name.endsWith('.txt')),
  ];
  // bad-utf16.txt and the like are no text at all
  const decoded = (path: string): string | null => {
    try {
      return decodeText(readFileSync(path), path).text;
    } catch {
      return null;
    }
  };
  // and the hostile ones the reader refuses before parsing (nested too deep)
  return paths.flatMap((path): [string, string][] => {
    const text = decoded(path);
    return text === null || containerDepth(text) > DEFAULT_LIMITS.maxDepth ? [] : [[path, text]];
  });
}

describe('the line-by-line path gives the blocks of micromark', () => {
  it.each(texts())('%s', (_path, source) => {
    expect(readMarkdownBlocks(source)).toEqual(whole(source));
  });

  it('reads most of a markdown plan line by line', () => {
    const units = markdownChunks(readFileSync(CORPUS.markdown, 'utf8'), 0);
    const plain = units.filter((unit) => plainBlocks(unit) !== null);
    expect(plain.length / units.length).toBeGreaterThan(0.9);
  });

  // Documents made of the lines that decide what micromark does: markers, indents, blanks, CRLF,
  // syntax characters, text that resembles syntax.
  const LINE_PIECES = [
    '', ' ', '  ', '    ', '\t', '　　', '# ', '## ', '####### ', '#', '- ', '* ', '+ ', '-', '1. ', '2) ', '10. ', '1.', '1.  ', '- 1. ', '> ',
    '---', '===', '***', '| ', '```', '~~~', '<!--', '-->', '<div>', '<市>', '&amp;', '&', '\\', '**', '_', '[a]', '](b)', '~', '`x`',
    '一、总体要求', '（一）加强领导', '1.建设', '2025年', 'A & B', '文字', '#标题', ' #', '\r',
  ];
  const lineArb = fc.array(fc.constantFrom(...LINE_PIECES), { minLength: 0, maxLength: 4 }).map((pieces) => pieces.join(''));
  const documentArb = fc.array(lineArb, { minLength: 1, maxLength: 14 }).map((lines) => lines.join('\n'));

  it('on generated documents', () => {
    fc.assert(
      fc.property(documentArb, (source) => {
        expect(readMarkdownBlocks(source)).toEqual(whole(source));
      }),
      { numRuns: Number(process.env.MARKDOWN_FUZZ_RUNS ?? 3000) },
    );
  });
});

// Only GFM's tables are read as GFM: a tilde is a range, not strikethrough ("2021~2025年", which
// remark-gfm once read as struck-through text and dropped the tildes of), a "[x]" stays as written.
describe('GFM beyond tables is text', () => {
  it.each([
    ['a tilde range', '到2021~2025年，2026~2030年完成。', ['到2021~2025年，2026~2030年完成。']],
    ['a double tilde', '~~删除~~文字', ['~~删除~~文字']],
    ['a task-list marker', '- [x] 任务一', ['[x] 任务一']],
    ['a table', '| 序号 | 任务 |\n| --- | --- |\n| 1 | 做 |', ['序号\t任务', '1\t做']],
  ])('%s', (_name, source, texts) => {
    expect(readMarkdownBlocks(source).map((block) => block.content.text)).toEqual(texts);
  });
});
