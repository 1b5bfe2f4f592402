import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { sniffBinary, sniffText } from '../../src/io/sniff.js';
import { readDocument } from '../../src/readers/index.js';

const file = (path: string) => new Uint8Array(readFileSync(path));
const text = (path: string) => readFileSync(path, 'utf8');

describe('sniffBinary: content, not the name', () => {
  it.each([
    ['a PDF', 'corpus/variants/003_186f3881ae8b0189.pdf', 'pdf'],
    ['a docx', 'corpus/variants/001_c38e02297bde183b.docx', 'docx'],
    ['a docx named .txt', 'corpus/variants/001_c38e02297bde183b.mislabelled.txt', 'docx'],
    ['a Word 97 .doc', 'corpus/variants/001_c38e02297bde183b.doc', 'doc'],
    ['UTF-8 text', 'corpus/001_c38e02297bde183b.txt', null],
    ['GB18030 text', 'corpus/variants/001_c38e02297bde183b.gb18030.txt', null],
    ['UTF-16LE text (zero bytes are not "binary")', 'corpus/variants/001_c38e02297bde183b.utf16le.txt', null],
    ['an HTML page', 'corpus/variants/001_c38e02297bde183b.html', null],
  ])('%s', (_name, path, expected) => {
    expect(sniffBinary(file(path))).toBe(expected);
  });

  it('a zip that is not a Word document', () => {
    expect(sniffBinary(zipSync({ 'a.txt': new TextEncoder().encode('hello') }))).toBe('zip');
  });

  it('arbitrary binary', () => {
    expect(sniffBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]))).toBe('binary');
  });
});

describe('sniffText', () => {
  it.each([
    ['HTML by content, whatever the name', text('corpus/variants/001_c38e02297bde183b.html'), 'page.txt', 'html'],
    ['HTML fragment by extension', '<p>一、总体要求</p>', 'page.html', 'html'],
    ['a tab-table', text('corpus/002_60fe525e5aed4196.txt'), 'x.txt', 'table'],
    ['tab-separated rows', '某县任务分解\n序号\t具体任务\t责任单位\t完成时限\n1\t建成胸痛中心\t县卫健局\t6月底前\n', 'x.txt', 'table'],
    [
      'paragraphs indented by a tab and ideographic spaces (a CMS field), not cells',
      Array.from({ length: 12 }, (_, index) => `\t　　${index + 1}.某某培育项目。每年扶持若干名青年人才。</p><p>`).join('\n'),
      'x.txt',
      'text',
    ],
    ['a signature with tabs is still text', '一、总体要求\n正文。\n二、任务\n正文。\n三、保障\n正文。\n某县办公室\t\t2024年3月1日\n', 'x.txt', 'text'],
    ['markdown by its headings, named .txt', text('corpus/004_6b15a1fe4b379702.txt'), 'x.txt', 'markdown'],
    ['plain text', text('corpus/001_c38e02297bde183b.txt'), 'x.txt', 'text'],
  ])('%s', (_name, content, path, expected) => {
    expect(sniffText(content, path)).toBe(expected);
  });
});

describe('readDocument dispatches by content', () => {
  it.each([
    ['corpus/variants/001_c38e02297bde183b.mislabelled.txt', 'docx', null],
    ['corpus/variants/001_c38e02297bde183b.gb18030.txt', 'text', 'gb18030'],
    ['corpus/variants/004_6b15a1fe4b379702.utf16be.txt', 'markdown', 'utf-16be'],
    ['corpus/variants/001_c38e02297bde183b.html', 'html', 'utf-8'],
  ])('%s → %s', async (path, format, encoding) => {
    const read = await readDocument(file(path), { file: path, limits: DEFAULT_LIMITS });
    expect(read.format).toBe(format);
    expect(read.encoding).toBe(encoding);
    expect(read.blocks.length).toBeGreaterThan(20);
  });

  it('an unknown binary is E_UNSUPPORTED_FORMAT', async () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]);
    await expect(readDocument(bytes, { file: 'a.out', limits: DEFAULT_LIMITS })).rejects.toMatchObject({
      code: 'E_UNSUPPORTED_FORMAT',
    });
  });
});
