// Long markdown is parsed in pieces (micromark slows down on one huge document); the pieces must
// give exactly the blocks of a whole parse, line numbers included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownChunks, readMarkdownBlocks } from '../../src/readers/markdown.js';
import { CORPUS } from '../helpers.js';

const FENCED = ['# 一、总体要求', '', '```', '（一）不是条目', '', '2. 仍在代码块里', '```', '', '1. 第一项', '', '   续行', '', '2. 第二项', ''].join('\n');
const COMMENT = ['一、总体要求', '', '<!-- 注释', '', '（一）注释里 -->', '', '（二）正文'].join('\n');
const DEFINITIONS = ['一、见[文件][1]', '', '二、其他', '', '[1]: http://example.com/a'].join('\n');

describe('markdown pieces', () => {
  it.each([
    ['compilation', readFileSync(CORPUS.compilation, 'utf8')],
    ['markdown plan', readFileSync(CORPUS.markdown, 'utf8')],
    ['fenced code and a loose list', FENCED],
    ['an HTML comment over a blank line', COMMENT],
  ])('%s: pieces of 20 characters give the blocks of a whole parse', (_name, source) => {
    expect(markdownChunks(source, 20).length).toBeGreaterThan(1);
    expect(readMarkdownBlocks(source, 20)).toEqual(readMarkdownBlocks(source, Infinity));
  });

  it.each([
    ['fenced code', FENCED, ['# 一、总体要求\n\n', '```\n（一）不是条目\n\n2. 仍在代码块里\n```\n\n', '1. 第一项\n\n   续行\n\n', '2. 第二项\n']],
    ['an HTML comment', COMMENT, ['一、总体要求\n\n', '<!-- 注释\n\n（一）注释里 -->\n\n', '（二）正文']],
    ['link reference definitions (parsed whole)', DEFINITIONS, [DEFINITIONS]],
  ])('%s: cut only where no construct spans the cut', (_name, source, pieces) => {
    expect(markdownChunks(source, 1).map((chunk) => chunk.text)).toEqual(pieces);
  });

  it('a piece knows its first source line', () => {
    expect(markdownChunks(COMMENT, 1).map((chunk) => chunk.lineOffset)).toEqual([0, 2, 6]);
  });
});
