import type { PlanExtractError } from '../../src/schema/errors.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { docTextToBlocks, readDoc } from '../../src/readers/doc.js';
import { readDocx } from '../../src/readers/docx.js';

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const context = { file: 'x.doc', limits: DEFAULT_LIMITS };

describe('readDoc (Word 97 .doc through word-extractor)', () => {
  it('001.doc gives the same blocks, lines and texts as 001.docx', async () => {
    const doc = await readDoc(bytes('corpus/variants/001_c38e02297bde183b.doc'), context);
    const docx = await readDocx(bytes('corpus/variants/001_c38e02297bde183b.docx'), context);
    expect(doc).toMatchObject({ format: 'doc', encoding: null, pages: null });
    const view = (blocks: typeof doc.blocks) => blocks.map((block) => [block.content.marks[0]!.line, block.content.text.trim()]);
    expect(view(doc.blocks)).toEqual(view(docx.blocks));
  });

  it('a damaged .doc is E_CORRUPT_DOC and says how to convert it', async () => {
    const ole = bytes('corpus/variants/001_c38e02297bde183b.doc').slice(0, 1024);
    const failure = await readDoc(ole, context).catch((error: PlanExtractError) => error);
    expect(failure).toMatchObject({ code: 'E_CORRUPT_DOC' });
    // the one-line message a user sees ends with the way out
    expect((failure as PlanExtractError).toLine()).toContain('--convert-to docx');
  });

  it.each([
    ['a .doc saved with a password by LibreOffice (fEncrypted in the FIB)', 'test/readers/fixtures/encrypted.doc', /Word 97–2003/],
    ['an encrypted .docx (a compound file with an EncryptedPackage stream)', 'test/bad/encrypted.docx', /Office Open XML/],
  ])('%s is E_ENCRYPTED, not a damaged file', async (_name, path, kind) => {
    const failure = await readDoc(bytes(path), context).catch((error: PlanExtractError) => error);
    expect(failure).toMatchObject({ code: 'E_ENCRYPTED', message: expect.stringMatching(kind) });
    expect((failure as PlanExtractError).toLine()).toContain('save an unprotected copy');
  });

  it.each([
    ['rows of three or more cells together are a table', '附件\n序号\t工作任务\t责任单位\t\n1\t合理布局\t县卫生健康局\t\n', ['paragraph', 'table-row', 'table-row']],
    ['a lone tabbed line stays a paragraph', '一、\t总体\t要求\n正文', ['paragraph', 'paragraph']],
  ])('%s', (_name, body, kinds) => {
    expect(docTextToBlocks(body).map((block) => block.kind)).toEqual(kinds);
  });
});
