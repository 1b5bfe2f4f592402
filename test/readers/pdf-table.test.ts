import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFileInThread as extractFile, type PlanFile } from '../../src/index.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import type { Block } from '../../src/document/block.js';
import { readPdf, type PdfLine } from '../../src/readers/pdf.js';
import { findTables, type Segment } from '../../src/readers/pdf-table.js';
import { readTabTableBlocks } from '../../src/readers/tabtable.js';

const cache = new Map<string, ReturnType<typeof readPdf>>();
const read = (path: string) => {
  if (!cache.has(path)) cache.set(path, readPdf(new Uint8Array(readFileSync(path)), { file: path, limits: DEFAULT_LIMITS }));
  return cache.get(path)!;
};
const squeeze = (text: string) => text.replace(/\s+/g, '');
const rowsOf = (blocks: Block[]) => blocks.filter((block) => block.kind === 'table-row');
const cellTexts = (row: Block) => (row.cells ?? []).map((cell) => squeeze(cell.text));
const pagesOf = (row: Block) => [...new Set((row.cells ?? []).flatMap((cell) => cell.marks.map((mark) => mark.page ?? 0)))].sort((a, b) => a - b);

describe('readPdf: the 002 work list laid out by LibreOffice (27 pages, header repeated on each)', () => {
  it('1 header + 24 rows, every cell equal to the tab-table source (white space aside)', async () => {
    const { blocks } = await read('corpus/variants/002_60fe525e5aed4196.pdf');
    const rows = rowsOf(blocks);
    const source = rowsOf(readTabTableBlocks(readFileSync('corpus/002_60fe525e5aed4196.txt', 'utf8')));
    expect(rows).toHaveLength(25);
    expect(rows.map(cellTexts)).toEqual(source.map(cellTexts));
    expect(rows[0]!.cells!.map((cell) => cell.text)).toEqual(['序号', '工作任务', '具体措施', '责任单位', '完成时限']);
    // the lines before the table stay paragraphs; nothing follows it
    expect(blocks.slice(0, 2).map((block) => [block.kind, block.content.text])).toEqual([
      ['paragraph', '附件'],
      ['paragraph', '邻水县推动公立医院高质量发展工作清单'],
    ]);
    expect(blocks).toHaveLength(27);
  });

  it.each([
    // row, column, text, line and page of the cell's first line
    [3, 3, '县卫生健康局、县财政局、县委编办、县人力资源社会保障局、县医保局', 93, 3],
    [7, 4, '持续推进', 257, 6],
    [1, 0, '1', 4, 1],
    [24, 1, '全面落实公立医院党建工作责任', 1112, 26],
  ])('row %i cell %i is "%s" from line %i on page %i', async (row, column, text, line, page) => {
    const rows = rowsOf((await read('corpus/variants/002_60fe525e5aed4196.pdf')).blocks);
    const cell = rows[row]!.cells![column]!;
    expect(squeeze(cell.text)).toBe(text);
    expect(cell.marks[0]).toEqual({ offset: 0, line, page });
  });

  it('a row broken by a page goes on: row 2 spans pages 1–3, row 24 pages 26–27, with the cell wrap lines marked', async () => {
    const rows = rowsOf((await read('corpus/variants/002_60fe525e5aed4196.pdf')).blocks);
    expect(pagesOf(rows[2]!)).toEqual([1, 2, 3]);
    expect(pagesOf(rows[24]!)).toEqual([26, 27]);
    const measures = rows[1]!.cells![2]!;
    // one mark per visual line of the wrapped cell, lines counting up
    const lines = measures.marks.map((mark) => mark.line);
    expect(lines.length).toBeGreaterThan(20);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it.each(['corpus/variants/001_c38e02297bde183b.pdf', 'corpus/variants/003_186f3881ae8b0189.pdf'])('%s (no table) gives no table rows', async (path) => {
    const { blocks } = await read(path);
    expect(rowsOf(blocks)).toEqual([]);
    expect(blocks.map((block) => block.content.marks[0]!.line)).toEqual(blocks.map((_, index) => index + 1));
  });
});

describe('readPdf: a work list with its own column order, wrapped header, centred cells and category rows', () => {
  const pdf = 'test/readers/fixtures/worklist-columns.pdf';

  it('rows: the header joined from "时间" over "节点", category rows as one cell, the paragraph after the table kept', async () => {
    const { blocks } = await read(pdf);
    const rows = rowsOf(blocks);
    expect(rows.map(cellTexts)).toEqual([
      ['序号', '任务', '牵头单位', '配合单位', '时间节点'],
      ['一、提升政务服务效能', '', '', '', ''],
      ['1', '推行企业开办“一网通办”，将企业开办时间压缩至1个工作日以内，实现全程网上办理。', '县市场监管局', '县税务局、县人力资源社会保障局、县医保局', '2024年6月底前'],
      ['2', '深化工程建设项目审批制度改革，社会投资小型低风险项目审批时间控制在15个工作日以内。', '县住房城乡建设局', '县自然资源局、县发展改革局', '2024年12月底前'],
      ['二、优化市场准入环境', '', '', '', ''],
      ['3', '全面落实市场准入负面清单制度，清理妨碍统一市场和公平竞争的各种规定和做法。', '县发展改革局', '县市场监管局、县司法局', '长期坚持'],
      ['4', '推进“证照分离”改革全覆盖，对涉企经营许可事项实行清单管理。', '县市场监管局', '县直有关部门', '2024年9月底前'],
    ]);
    // "时间" is the line above the header's main line, "节点" the line below
    expect(rows[0]!.cells![4]!.marks.map((mark) => mark.line)).toEqual([3, 5]);
    const after = blocks.slice(blocks.indexOf(rows[rows.length - 1]!) + 1);
    expect(after.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(after[0]!.content.text).toMatch(/^各责任单位要按照任务分工/);
  });

  it('gives the same sections, units and deadlines as the HTML it was made from', async () => {
    const view = (file: PlanFile) => {
      const out: unknown[] = [];
      const walk = (section: PlanFile['plans'][number]['sections'][number]) => {
        const { line: _line, span: _span, ...responsibility } = section.responsibility;
        out.push([section.path, section.marker, section.title, responsibility, section.deadlines.map(({ text, date, kind }) => ({ text, date, kind }))]);
        section.children.forEach(walk);
      };
      file.plans.forEach((plan) => plan.sections.forEach(walk));
      return out;
    };
    const fromPdf = view(await extractFile(pdf));
    expect(fromPdf).toHaveLength(6);
    expect(fromPdf).toEqual(view(await extractFile('test/readers/fixtures/worklist-columns.html')));
  });
});

describe('findTables on positioned lines', () => {
  // a line from [x, text] pieces; its segments are the pieces (10 units a character)
  const segments = new Map<PdfLine, Segment[]>();
  const line = (page: number, y: number, ...pieces: [number, string][]): PdfLine => {
    const made = { text: pieces.map(([, text]) => text).join(' '), x: pieces[0]![0], y, height: 10, page };
    segments.set(made, pieces.map(([x, text]) => ({ text, left: x, right: x + text.length * 10 })));
    return made;
  };
  const tables = (lines: PdfLine[]) =>
    findTables(lines, (of) => segments.get(of)!).map((table) => ({ start: table.start, end: table.end, rows: table.rows.map((row) => row.cells!.map((cell) => cell.text)) }));
  const header = (page: number, y: number) => line(page, y, [50, '序号'], [100, '工作任务'], [200, '责任单位'], [300, '完成时限']);

  it.each([
    {
      name: 'rows without a gap between them split at each new number (top-aligned cells)',
      lines: [
        line(1, 800, [50, '说明文字']),
        header(1, 780),
        line(1, 766, [50, '1'], [100, '任务甲'], [200, '甲局'], [300, '年底']),
        line(1, 754, [100, '续写']),
        line(1, 742, [50, '2'], [100, '任务乙'], [200, '乙局'], [300, '持续推进']),
      ],
      expected: [{ start: 1, end: 5, rows: [['序号', '工作任务', '责任单位', '完成时限'], ['1', '任务甲续写', '甲局', '年底'], ['2', '任务乙', '乙局', '持续推进']] }],
    },
    {
      name: 'a repeated header on the next page is skipped and the row goes on',
      lines: [
        header(1, 780),
        line(1, 766, [50, '1'], [100, '任务甲'], [200, '甲局'], [300, '年底']),
        header(2, 780),
        line(2, 766, [100, '跨页'], [200, '丙局']),
        line(2, 748, [50, '2'], [100, '任务乙'], [200, '乙局'], [300, '持续推进']),
      ],
      expected: [{ start: 0, end: 5, rows: [['序号', '工作任务', '责任单位', '完成时限'], ['1', '任务甲跨页', '甲局丙局', '年底'], ['2', '任务乙', '乙局', '持续推进']] }],
    },
    {
      name: 'top-aligned rows with no gaps: a row broken by a page ends above the next number',
      lines: [
        header(1, 780),
        line(1, 768, [50, '1'], [100, '任务甲'], [200, '甲局'], [300, '年底']),
        line(1, 756, [100, '续一']),
        header(2, 780),
        line(2, 768, [100, '续二']),
        line(2, 756, [50, '2'], [100, '任务乙'], [200, '乙局'], [300, '持续推进']),
      ],
      expected: [{ start: 0, end: 6, rows: [['序号', '工作任务', '责任单位', '完成时限'], ['1', '任务甲续一续二', '甲局', '年底'], ['2', '任务乙', '乙局', '持续推进']] }],
    },
    {
      name: 'vertically centred cells: the lines above a mid-row number belong to its row',
      lines: [
        header(1, 780),
        line(1, 760, [100, '任务甲上']),
        line(1, 754, [50, '1'], [200, '甲局'], [300, '年底']),
        line(1, 748, [100, '任务甲下']),
        line(1, 728, [100, '任务乙上']),
        line(1, 722, [50, '2'], [200, '乙局'], [300, '持续推进']),
        line(1, 716, [100, '任务乙下']),
      ],
      expected: [{ start: 0, end: 7, rows: [['序号', '工作任务', '责任单位', '完成时限'], ['1', '任务甲上任务甲下', '甲局', '年底'], ['2', '任务乙上任务乙下', '乙局', '持续推进']] }],
    },
    {
      name: 'with no 序号 column a row starts where columns restart after a gap',
      lines: [
        line(1, 780, [100, '工作任务'], [200, '责任单位'], [300, '完成时限']),
        line(1, 766, [100, '任务甲'], [200, '甲局'], [300, '年底']),
        line(1, 754, [100, '续写']),
        line(1, 736, [100, '任务乙'], [200, '乙局'], [300, '持续推进']),
      ],
      expected: [{ start: 0, end: 4, rows: [['工作任务', '责任单位', '完成时限'], ['任务甲续写', '甲局', '年底'], ['任务乙', '乙局', '持续推进']] }],
    },
    {
      name: 'the table ends at a paragraph as wide as the table, which stays outside',
      lines: [header(1, 780), line(1, 766, [50, '1'], [100, '任务甲'], [200, '甲局'], [300, '年底']), line(1, 740, [50, '各单位要按照任务分工抓好落实确保按期完成'])],
      expected: [{ start: 0, end: 2, rows: [['序号', '工作任务', '责任单位', '完成时限'], ['1', '任务甲', '甲局', '年底']] }],
    },
    {
      name: 'three spaced words that are not work-list headers are no table',
      lines: [line(1, 780, [50, '甲方'], [150, '乙方'], [250, '丙方']), line(1, 766, [50, '1'], [150, '2'], [250, '3'])],
      expected: [],
    },
    {
      name: 'a header with nothing under it is no table',
      lines: [line(1, 800, [50, '正文']), header(1, 600)],
      expected: [],
    },
  ])('$name', ({ lines, expected }) => {
    expect(tables(lines)).toEqual(expected);
  });
});
