import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, withLimits, type Limits } from '../../src/io/limits.js';
import type { Block } from '../../src/document/block.js';
import { readHtml } from '../../src/readers/html.js';

const read = (html: string, limits: Limits = DEFAULT_LIMITS) => readHtml(html, { file: 'x.html', limits });
const texts = (blocks: Block[]) => blocks.map((block) => block.content.text);
const page = (body: string) => `<!DOCTYPE html>\n<html><head><title>t</title></head><body>\n${body}\n</body></html>`;

describe('readHtml on a saved government page', () => {
  const html = readFileSync('corpus/variants/001_c38e02297bde183b.html', 'utf8');

  it('reads the content container only: every source paragraph, no chrome, scripts or styles', async () => {
    const { blocks, format } = await read(html);
    expect(format).toBe('html');
    const source = readFileSync('corpus/001_c38e02297bde183b.txt', 'utf8')
      .split('\n')
      // HTML collapses runs of white space ("卫生健康委  责任单位"), so compare with them collapsed
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
    expect(texts(blocks)).toEqual(source);
    const all = texts(blocks).join('\n');
    for (const chrome of ['首页', '当前位置', '脚本', '样式', '浏览次数', '分享到', 'ICP', '某某方案']) expect(all).not.toContain(chrome);
  });

  it('headings are hints with their depth; lines are the HTML source lines', async () => {
    const { blocks } = await read(html);
    const lines = html.split('\n');
    for (const block of blocks) {
      expect(lines[block.content.marks[0]!.line - 1]).toContain(block.content.text.slice(0, 10));
    }
    expect(blocks.filter((block) => block.kind === 'heading-hint').map((block) => [block.headingDepth, block.content.text]).slice(0, 3)).toEqual([
      [3, '一、指导思想'],
      [3, '二、重点工作任务'],
      [4, '（一）坚持和加强党对公立医院的全面领导'],
    ]);
  });
});

describe('readHtml cases', () => {
  it('a page without a content container: body minus nav, header, footer, breadcrumb and hidden parts', async () => {
    const { blocks } = await read(
      page(
        '<div class="header-wrap"><a>首页</a></div><nav>政务公开</nav><div class="breadcrumb">当前位置：首页</div>' +
          '<p>一、总体要求</p><p style="display:none">隐藏</p><footer>版权所有</footer><script>var a="一、";</script>',
      ),
    );
    expect(texts(blocks)).toEqual(['一、总体要求']);
  });

  it('<br> splits a paragraph into lines; only the first starts the paragraph', async () => {
    const { blocks } = await read(page('<div id="zoom"><p>（一）加强领导。<br>\n（牵头单位：县卫生健康局）</p><p>　　二、保障措施</p></div>'));
    expect(blocks.map((block) => [block.content.text, block.content.marks[0]!.line, block.paragraphStart])).toEqual([
      ['（一）加强领导。', 3, true],
      ['（牵头单位：县卫生健康局）', 4, false],
      ['二、保障措施', 4, true],
    ]);
  });

  it('a table becomes table-row blocks with cells, header row first', async () => {
    const { blocks } = await read(
      page(
        '<div class="content"><p>附件</p><table>\n<tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>\n' +
          '<tr><td>1</td><td><p>合理布局</p><p>优质资源</p></td><td>县卫生健康局、<br>县财政局</td></tr>\n</table></div>',
      ),
    );
    expect(blocks.map((block) => [block.kind, block.cells?.map((cell) => cell.text) ?? block.content.text])).toEqual([
      ['paragraph', '附件'],
      ['table-row', ['序号', '工作任务', '责任单位']],
      ['table-row', ['1', '合理布局优质资源', '县卫生健康局、县财政局']],
    ]);
    expect(blocks[2]!.cells!.map((cell) => cell.marks[0]!.line)).toEqual([5, 5, 5]);
  });

  it('nesting deeper than limits.maxDepth is E_TOO_LARGE', async () => {
    const deep = page('<div>'.repeat(200) + '一、总体要求' + '</div>'.repeat(200));
    await expect(read(deep, withLimits({ maxDepth: 50 }))).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it('a page with no text is E_EMPTY', async () => {
    await expect(read(page('<nav>首页</nav><script>x()</script>'))).rejects.toMatchObject({ code: 'E_EMPTY' });
  });
});
