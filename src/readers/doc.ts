// Legacy Word 97–2003 .doc (an OLE compound file) through word-extractor, which is pure JS and
// gives the body text: one paragraph per line, a table row as its cells joined by tabs.
//
// Line numbers: as for docx, the 1-based index of the paragraph in the body text; page is null.
//
// A password-protected Word file is a compound file too (an encrypted .docx included): it is
// E_ENCRYPTED, found from the file's structure before word-extractor reports it as damaged.
import { oleEncryption, readOle } from '../io/ole.js';
import { PlanExtractError } from '../schema/errors.js';
import { located } from '../text/located.js';
import type { Block, ReadResult } from '../document/block.js';
import type { ReaderContext } from './context.js';

/** A row of a Word table as word-extractor writes it: "1\t合理布局…\t县卫生健康局\t2025年底" */
function tableCells(line: string): string[] | null {
  const cells = line.split('\t').map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 3 ? cells : null;
}

export function docTextToBlocks(body: string): Block[] {
  const lines = body.split(/\r\n|\r|\n/);
  const rows = lines.map(tableCells);
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    const cells = rows[index];
    // a table is two or more such rows together; a lone tabbed line is a paragraph with tabs
    const inTable = cells && (rows[index - 1] || rows[index + 1]);
    if (cells && inTable) {
      const grounded = cells.map((cell) => located(cell, lineNumber));
      blocks.push({ kind: 'table-row', content: located(cells.join('\t'), lineNumber), cells: grounded, paragraphStart: true });
    } else {
      blocks.push({ kind: 'paragraph', content: located(line.trim(), lineNumber), paragraphStart: true });
    }
  });
  return blocks;
}

export async function readDoc(bytes: Uint8Array, context: ReaderContext): Promise<ReadResult> {
  const ole = readOle(bytes);
  const encrypted = ole ? oleEncryption(ole) : null;
  if (encrypted) {
    throw new PlanExtractError('E_ENCRYPTED', `password-protected (${encrypted})`, { file: context.file });
  }
  const WordExtractor = (await import('word-extractor')).default;
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    // the parser's own words ("sourceStart is out of range…") help nobody; --debug shows them
    throw new PlanExtractError('E_CORRUPT_DOC', 'this legacy Word (.doc) file is damaged or not a Word file', {
      file: context.file,
      cause: error,
    });
  }
  const blocks = docTextToBlocks(body);
  if (blocks.length === 0) throw new PlanExtractError('E_EMPTY', 'the Word document has no text', { file: context.file });
  return { format: 'doc', encoding: null, pages: null, blocks, diagnostics: [] };
}
