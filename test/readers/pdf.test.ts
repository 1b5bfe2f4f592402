import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, withLimits, type Limits } from '../../src/io/limits.js';
import type { Block } from '../../src/document/block.js';
import { dropFurniture, linesOfPage, linesToBlocks, readPdf, type PdfLine } from '../../src/readers/pdf.js';

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const read = (path: string, limits: Limits = DEFAULT_LIMITS) => readPdf(bytes(path), { file: path, limits });
const at = (block: Block) => ({ line: block.content.marks[0]!.line, page: block.content.marks[0]!.page, text: block.content.text });
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('readPdf on LibreOffice PDFs', () => {
  it('003.pdf: 12 pages, the running header and "- N -" footers dropped, every character of the text kept', async () => {
    const result = await read('corpus/variants/003_186f3881ae8b0189.pdf');
    expect(result).toMatchObject({ format: 'pdf', encoding: null, pages: 12, diagnostics: [] });
    const texts = result.blocks.map((block) => block.content.text);
    expect(texts).not.toContain('维西县人民政府办公室文件');
    // the source text (itself from a PDF) carries one "- 2 -" in the body: it is body text here, not a footer
    expect(texts.filter((text) => /^-\s*\d+\s*-$/.test(text))).toEqual(['- 2 -']);
    const source = readFileSync('corpus/003_186f3881ae8b0189.txt', 'utf8');
    expect(squeeze(texts.join(''))).toBe(squeeze(source));
  });

  it('003.pdf: line numbers count through the document, pages are set', async () => {
    const { blocks } = await read('corpus/variants/003_186f3881ae8b0189.pdf');
    expect(blocks.map((block) => block.content.marks[0]!.line)).toEqual(blocks.map((_, index) => index + 1));
    expect(blocks.slice(0, 3).map(at)).toEqual([
      { line: 1, page: 1, text: '维政办发〔2023〕78 号' },
      { line: 2, page: 1, text: '维西傈僳族自治县人民政府办公室关于' },
      { line: 3, page: 1, text: '印发维西县推进公立医院高质量发展' },
    ]);
    expect(at(blocks[29]!)).toEqual({ line: 30, page: 2, text: '服务供给侧结构性改革为主线，营造全社会尊医重卫的良好氛围，' });
    expect(at(blocks[28]!).page).toBe(1);
    expect(at(blocks[blocks.length - 1]!).page).toBe(12);
    const pages = blocks.map((block) => block.content.marks[0]!.page!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(new Set(pages).size).toBe(12);
  });

  it('001.pdf: wrapped lines are continuations; a line after a blank paragraph starts a paragraph', async () => {
    const { blocks, pages } = await read('corpus/variants/001_c38e02297bde183b.pdf');
    expect(pages).toBe(3);
    const find = (prefix: string) => blocks.find((block) => block.content.text.startsWith(prefix))!;
    expect(find('一、指导思想').paragraphStart).toBe(true);
    expect(find('为认真贯彻落实').paragraphStart).toBe(true);
    expect(find('发〔2021〕118 号）精神').paragraphStart).toBeUndefined();
    // the source writes this marker with a half-width "(": the reader passes it on as it is
    expect(find('(三）引领').paragraphStart).toBe(true);
    const source = readFileSync('corpus/001_c38e02297bde183b.txt', 'utf8');
    expect(squeeze(blocks.map((block) => block.content.text).join(''))).toBe(squeeze(source));
  });
});

describe('readPdf: errors and diagnostics', () => {
  it.each([
    ['a scanned (image-only) PDF', 'test/readers/fixtures/scanned.pdf', 'E_NO_TEXT_LAYER', /OCR/],
    ['an encrypted PDF', 'test/readers/fixtures/encrypted.pdf', 'E_ENCRYPTED_PDF', /password/],
    ['a PDF cut in half', 'test/readers/fixtures/truncated.pdf', 'E_CORRUPT_PDF', /cannot be read/],
  ])('%s → %s', async (_name, path, code, message) => {
    await expect(read(path)).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('a "%PDF-" header over garbage is E_CORRUPT_PDF', async () => {
    const garbage = new TextEncoder().encode('%PDF-1.7\n' + 'garbage '.repeat(100));
    await expect(readPdf(garbage, { file: 'x.pdf', limits: DEFAULT_LIMITS })).rejects.toMatchObject({ code: 'E_CORRUPT_PDF' });
  });

  it('more pages than limits.maxPages is E_TOO_LARGE', async () => {
    await expect(read('corpus/variants/001_c38e02297bde183b.pdf', withLimits({ maxPages: 2 }))).rejects.toMatchObject({
      code: 'E_TOO_LARGE',
      message: '3 pages is over the limit of 2',
    });
  });

  it('glyphs mapped to the private-use area are left out and reported as garbled-text with the page', async () => {
    const result = await read('test/readers/fixtures/garbled.pdf');
    expect(result.blocks.map(at)).toEqual([{ line: 1, page: 1, text: 'plain text' }]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'garbled-text',
        message: 'page 1: 7 glyphs have no Unicode mapping and were left out',
        span: { startLine: 1, endLine: 1, page: 1 },
      },
    ]);
  });
});

const item = (str: string, x: number, y: number, size = 15) => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size, height: size });

describe('linesOfPage', () => {
  it('joins items on one baseline left to right, and orders lines top to bottom', () => {
    const lines = linesOfPage(
      [item('推进', 115, 700), item('（一）', 70, 700), item('第二行', 70, 675), item('', 70, 675), item('上标', 145, 702)],
      4,
    );
    expect(lines.map((line) => [line.text, line.page])).toEqual([
      ['（一）推进上标', 4],
      ['第二行', 4],
    ]);
  });

  it('a gap of a character or more becomes a space', () => {
    expect(linesOfPage([item('到', 70, 700), item('2025', 110, 700, 15)], 1)[0]!.text).toBe('到 2025');
  });
});

describe('dropFurniture', () => {
  const page = (number: number, body: string[], header = '某某县人民政府办公室文件', footer = `- ${number} -`): PdfLine[] => [
    { text: header, x: 240, y: 780, height: 10, page: number },
    ...body.map((text, index) => ({ text, x: 80, y: 740 - index * 25, height: 15, page: number })),
    { text: footer, x: 290, y: 40, height: 10, page: number },
  ];

  it('drops a header repeated on most pages and page numbers at the edges', () => {
    const pages = [page(1, ['一、总体要求', '正文甲']), page(2, ['正文乙']), page(3, ['正文丙'])];
    expect(dropFurniture(pages).map((lines) => lines.map((line) => line.text))).toEqual([['一、总体要求', '正文甲'], ['正文乙'], ['正文丙']]);
  });

  it.each(['第 2 页', '第2页 共3页', '2/3', '2', '— 2 —'])('a lone page number "%s" at the bottom is dropped', (footer) => {
    const pages = [page(1, ['正文甲'], '标题甲', footer)];
    expect(dropFurniture(pages)[0]!.map((line) => line.text)).toEqual(['标题甲', '正文甲']);
  });

  it('a header on only one page of three stays', () => {
    const pages = [page(1, ['正文甲'], '关于印发实施方案的通知'), page(2, ['正文乙'], '正文续'), page(3, ['正文丙'], '正文又续')];
    expect(dropFurniture(pages)[0]!.map((line) => line.text)).toContain('关于印发实施方案的通知');
  });
});

describe('linesToBlocks', () => {
  it('marks paragraph starts at a two-character indent and after a larger gap', () => {
    const line = (text: string, x: number, y: number): PdfLine => ({ text, x, y, height: 15, page: 1 });
    const blocks = linesToBlocks([
      [
        line('为认真贯彻落实某某文件精神，结合', 110, 700),
        line('实际，制定本方案。', 80, 675),
        line('一、总体要求', 80, 625),
        line('以习近平新时代中国特色社会主义', 110, 600),
        line('思想为指导。', 80, 575),
      ],
    ]);
    expect(blocks.map((block) => [block.content.marks[0]!.line, block.paragraphStart ?? false])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, true],
      [5, false],
    ]);
  });
});
