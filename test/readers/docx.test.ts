import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, withLimits, type Limits } from '../../src/io/limits.js';
import { checkXml } from '../../src/io/zip-guard.js';
import type { Block } from '../../src/document/block.js';
import { readDocx, scanParagraphs, scanStyles } from '../../src/readers/docx.js';
import { readTabTableBlocks } from '../../src/readers/tabtable.js';
import { docx, p, stylesXml } from './docx-builder.js';

// the size of every zip part zlib is asked to inflate (src/io/zip-guard.ts inflates them itself): a
// refusal "before inflating" leaves this empty
const inflated = vi.hoisted((): number[] => []);
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof import('node:zlib')>();
  const inflateRawSync: typeof zlib.inflateRawSync = (data, options) => {
    const result = zlib.inflateRawSync(data, options as Parameters<typeof zlib.inflateRawSync>[1]);
    inflated.push(result.length);
    return result;
  };
  return { ...zlib, default: { ...zlib, inflateRawSync }, inflateRawSync };
});

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const read = (data: Uint8Array, limits: Limits = DEFAULT_LIMITS) => readDocx(data, { file: 'x.docx', limits });
const lines = (blocks: Block[]) => blocks.map((block) => block.content.marks[0]!.line);

describe('readDocx on LibreOffice and pandoc output', () => {
  it('001.docx (Normal style only): one block per non-empty paragraph, line = paragraph index', async () => {
    const result = await read(bytes('corpus/variants/001_c38e02297bde183b.docx'));
    expect(result).toMatchObject({ format: 'docx', encoding: null, pages: null, diagnostics: [] });
    // LibreOffice made one paragraph per source line, so paragraph indexes are the source lines
    const source = readFileSync('corpus/001_c38e02297bde183b.txt', 'utf8').split('\n');
    const expected = source.flatMap((line, index) => (line.trim() === '' ? [] : [{ line: index + 1, text: line }]));
    expect(result.blocks.map((block) => ({ line: block.content.marks[0]!.line, text: block.content.text }))).toEqual(expected);
    expect(result.blocks.every((block) => block.kind === 'paragraph' && block.paragraphStart)).toBe(true);
  });

  it('001-styled.docx: heading styles become heading hints', async () => {
    const { blocks } = await read(bytes('corpus/variants/001_c38e02297bde183b-styled.docx'));
    const hints = blocks.filter((block) => block.kind === 'heading-hint').map((block) => [block.headingDepth, block.content.text]);
    expect(hints.slice(0, 4)).toEqual([
      [1, '自治州推动公立医院高质量发展实施方案'],
      [2, '一、指导思想'],
      [2, '二、重点工作任务'],
      [3, '（一）坚持和加强党对公立医院的全面领导'],
    ]);
    expect(hints).toHaveLength(1 + 3 + 6);
    expect(lines(blocks)).toEqual(blocks.map((_, index) => index + 1));
  });

  it('001-autonumbered.docx: the 一、/（一）/1. that LibreOffice made Word list numbering are rebuilt from numbering.xml', async () => {
    const data = bytes('corpus/variants/001_c38e02297bde183b-autonumbered.docx');
    // the markers really are list numbering: w:numPr in the document, none typed in its text
    const documentXml = strFromU8(unzipSync(data, { filter: (entry) => entry.name === 'word/document.xml' })['word/document.xml']!);
    expect(documentXml.match(/<w:numPr>/g)).toHaveLength(3 + 10 + 16);
    expect(documentXml).not.toMatch(/<w:t>(?:[一二三]、|（[一二三四五六]）|\d\.)/);

    const { blocks } = await read(data);
    // Word draws a tab after the label (no w:suff); the source typed one "(三）" with a half-width parenthesis
    const source = readFileSync('corpus/001_c38e02297bde183b.txt', 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '');
    expect(blocks.map((block) => block.content.text.replace(/^([^\t]{1,4})\t/, '$1'))).toEqual(source.map((line) => line.replace(/^\(三）/, '（三）')));
    expect(blocks.filter((block) => /^[^\t]{1,4}\t/.test(block.content.text))).toHaveLength(3 + 10 + 16);
    expect(lines(blocks)).toEqual(blocks.map((_, index) => index + 1));
  });

  it('002.docx: a Word table gives the same rows and cells as the tab-table source', async () => {
    const { blocks } = await read(bytes('corpus/variants/002_60fe525e5aed4196.docx'));
    const fromText = readTabTableBlocks(readFileSync('corpus/002_60fe525e5aed4196.txt', 'utf8'));
    const cells = (list: Block[]) => list.filter((b) => b.kind === 'table-row').map((b) => b.cells!.map((c) => c.text));
    expect(cells(blocks)).toEqual(cells(fromText));
    expect(cells(blocks)[0]).toEqual(['序号', '工作任务', '具体措施', '责任单位', '完成时限']);
    expect(cells(blocks)).toHaveLength(25);
    // the paragraphs before the table stay paragraphs; each cell keeps its own paragraph index
    expect(blocks.slice(0, 2).map((b) => b.content.text)).toEqual(['附件', '邻水县推动公立医院高质量发展工作清单']);
    expect(blocks[2]!.cells!.map((cell) => cell.marks[0]!.line)).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('readDocx: signals mammoth drops', () => {
  it.each([
    ['paragraph outlineLvl 0', p('一、总体要求', '<w:outlineLvl w:val="0"/>'), 1],
    ['paragraph outlineLvl 1', p('（一）加强领导', '<w:outlineLvl w:val="1"/>'), 2],
    ['outlineLvl 9 is body text', p('一、总体要求', '<w:outlineLvl w:val="9"/>'), undefined],
    ['GB/T 9704 黑体 run', p('一、总体要求', '', '<w:rFonts w:ascii="黑体" w:eastAsia="黑体"/>'), 1],
    ['GB/T 9704 楷体_GB2312 run', p('（一）加强领导', '', '<w:rFonts w:eastAsia="楷体_GB2312"/>'), 2],
    ['a long 黑体 paragraph is emphasis, not a heading', p('一'.repeat(60), '', '<w:rFonts w:eastAsia="黑体"/>'), undefined],
    ['仿宋 body text', p('为认真贯彻落实……', '', '<w:rFonts w:eastAsia="仿宋_GB2312"/>'), undefined],
    ['style with outlineLvl', p('一、总体要求', '<w:pStyle w:val="L1"/>'), 1],
  ])('%s', async (_name, body, depth) => {
    const styles = stylesXml('<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="level one"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>');
    const { blocks } = await read(docx(body, { 'word/styles.xml': styles }));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.headingDepth).toBe(depth);
    expect(blocks[0]!.kind).toBe(depth === undefined ? 'paragraph' : 'heading-hint');
  });

  it('a soft line break splits a paragraph into blocks on the same line', async () => {
    const body = '<w:p><w:r><w:t>牵头单位：县卫生健康局</w:t><w:br/><w:t>责任单位：县财政局</w:t></w:r></w:p>';
    const { blocks } = await read(docx(p('附件') + body));
    expect(blocks.map((b) => [b.content.text, b.content.marks[0]!.line, b.paragraphStart])).toEqual([
      ['附件', 1, true],
      ['牵头单位：县卫生健康局', 2, true],
      ['责任单位：县财政局', 2, false],
    ]);
  });

  it('a vertically merged cell is repeated in the rows it spans', async () => {
    const cell = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text)}</w:tc>`;
    const table =
      '<w:tbl>' +
      `<w:tr>${cell('序号')}${cell('工作任务')}${cell('责任单位')}</w:tr>` +
      `<w:tr>${cell('1')}${cell('任务甲')}${cell('县卫生健康局', '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${cell('2')}${cell('任务乙')}<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>` +
      '</w:tbl>';
    const { blocks } = await read(docx(table));
    expect(blocks.map((b) => b.cells!.map((c) => c.text))).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['1', '任务甲', '县卫生健康局'],
      ['2', '任务乙', '县卫生健康局'],
    ]);
  });

  it('scanParagraphs skips mc:Choice (mammoth reads the Fallback) and counts empty paragraphs', () => {
    const xml = `<w:p/><w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:p><w:r><w:rFonts w:eastAsia="黑体"/></w:r></w:p></mc:Choice><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>`;
    expect(scanParagraphs(xml)).toEqual([
      { outlineLevel: null, font: null, numbering: null },
      { outlineLevel: 1, font: null, numbering: null },
      { outlineLevel: null, font: null, numbering: null },
    ]);
  });

  it('scanParagraphs reads w:pStyle and w:numPr of each paragraph, not those of a tracked change', () => {
    const xml =
      '<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:ilvl w:val="2"/><w:numId w:val="5"/></w:numPr></w:pPr></w:p>' +
      '<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:p>' +
      '<w:p/>';
    expect(scanParagraphs(xml).map((hint) => hint.numbering)).toEqual([
      { numId: '5', level: 2, styleId: 'H1' },
      { numId: '0', level: null, styleId: null },
      null,
    ]);
  });

  it('scanStyles reads outlineLvl and the East Asian font by styleId', () => {
    const styles = scanStyles(
      stylesXml('<w:style w:styleId="A"><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style><w:style w:styleId="B"><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="楷体"/></w:rPr></w:style>'),
    );
    expect(styles.get('A')).toEqual({ outlineLevel: 2, font: null });
    expect(styles.get('B')).toEqual({ outlineLevel: null, font: '楷体' });
  });
});

describe('readDocx: broken and hostile files', () => {
  const billionLaughs = () =>
    zipSync({
      'word/document.xml': new TextEncoder().encode(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document><w:body>&lol2;</w:body></w:document>',
      ),
    });
  it.each([
    ['a truncated docx (no central directory)', () => bytes('test/readers/fixtures/truncated.docx')],
    ['a zip without word/document.xml', () => zipSync({ 'a.txt': new TextEncoder().encode('x') })],
    ['not a zip at all', () => new TextEncoder().encode('PK\u0003\u0004 but nothing after')],
    ['a DTD with entities (billion laughs)', billionLaughs],
  ])('%s → E_CORRUPT_DOCX', async (_name, make) => {
    await expect(read(make())).rejects.toMatchObject({ code: 'E_CORRUPT_DOCX' });
  });

  it('a 200 MB document.xml zip bomb is refused as E_TOO_LARGE before a byte is inflated', async () => {
    // 200 MiB of spaces deflated (fflate ZipDeflate, level 1) into a 206 KB word/document.xml; kept
    // as a file because deflating 200 MiB in JavaScript took 6 s of every test run
    const bomb = bytes('test/readers/fixtures/zip-bomb-200mb.docx');
    expect(bomb.length).toBeLessThan(2_000_000);
    inflated.length = 0;
    await expect(read(bomb)).rejects.toMatchObject({ code: 'E_TOO_LARGE', message: expect.stringMatching(/zip bomb/) });
    expect(inflated).toEqual([]);
    // the same watch sees a good docx's parts inflated
    await read(docx(p('一、总体要求')));
    expect(inflated.length).toBeGreaterThan(0);
  });

  it('total declared size over limits.maxUncompressedBytes is E_TOO_LARGE', async () => {
    const doc = docx(p('一、总体要求'));
    await expect(read(doc, withLimits({ maxUncompressedBytes: 500 }))).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it('more entries than limits.maxZipEntries is E_TOO_LARGE', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i++) files[`word/media/${i}.bin`] = new Uint8Array(1);
    const doc = zipSync({ ...files, 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    await expect(read(doc, withLimits({ maxZipEntries: 20 }))).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it('nesting deeper than limits.maxDepth is E_TOO_LARGE', async () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(300) + p('一、总体要求') + '</w:sdtContent></w:sdt>'.repeat(300);
    await expect(read(docx(deep), withLimits({ maxDepth: 100 }))).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });

  it('checkXml counts open elements, not self-closing ones, and skips comments, CDATA and quoted ">"', () => {
    expect(checkXml('<?xml version="1.0"?><a><b/><c x=">"><!-- <x> --><d><![CDATA[<y>]]></d></c></a>', 500, 'p.xml', 'f')).toBe(3);
  });

  it.each([
    ['an element never closed', '<a><b/>'],
    ['40,000 <w:p/> and no closing body', `<w:body>${'<w:p/>'.repeat(40_000)}`],
    ['tags never ended by ">"', '<w:p'.repeat(40_000)],
    ['a close that does not match', '<a><b></a></b>'],
    ['an unterminated attribute value', '<a x="1></a>'],
    ['an unterminated comment', '<a><!-- </a>'],
    ['a DTD', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
  ])('checkXml refuses %s as E_CORRUPT_DOCX', (_name, xml) => {
    expect(() => checkXml(xml, 500, 'word/document.xml', 'f.docx')).toThrow(expect.objectContaining({ code: 'E_CORRUPT_DOCX' }));
  });

  it('a document with no text is E_EMPTY', async () => {
    await expect(read(docx('<w:p/>'))).rejects.toMatchObject({ code: 'E_EMPTY' });
  });
});
