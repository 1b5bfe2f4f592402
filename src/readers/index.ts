// Chooses the reader for a file by content (then extension) and loads heavy readers only when needed:
// markdown pulls in unified/remark/micromark (~80 modules), so a plain-text file never loads it.
import { decodeText } from '../io/decode.js';
import { sniffBinary, sniffText } from '../io/sniff.js';
import { PlanExtractError } from '../schema/errors.js';
import type { ReadResult } from '../document/block.js';
import { withColumns } from './columns.js';
import type { ReaderContext } from './context.js';
import { readTabTableBlocks } from './tabtable.js';
import { readTextBlocks } from './text.js';

// Control characters, replacement characters and private-use code points: what random bytes become
// when they happen to pass a decoder (an odd NUL pattern reads as UTF-16).
const UNREADABLE = /[\u0000-\u0008\u000e-\u001f\ufffd\ue000-\uf8ff]/g;

function unreadableShare(text: string): number {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  const visible = sample.replace(/\s/g, '').length || 1;
  return (sample.match(UNREADABLE)?.length ?? 0) / visible;
}

/** The document's blocks, each piece grounded to its column in the source lines (readers/columns.ts). */
export async function readDocument(bytes: Uint8Array, context: ReaderContext): Promise<ReadResult> {
  return withColumns(await readFormat(bytes, context));
}

async function readFormat(bytes: Uint8Array, context: ReaderContext): Promise<ReadResult> {
  const binary = sniffBinary(bytes);
  switch (binary) {
    case 'pdf':
      return (await import('./pdf.js')).readPdf(bytes, context);
    case 'docx':
      return (await import('./docx.js')).readDocx(bytes, context);
    case 'doc':
      return (await import('./doc.js')).readDoc(bytes, context);
    case 'zip':
      throw new PlanExtractError('E_UNSUPPORTED_FORMAT', 'a zip archive that is not a Word document', {
        file: context.file,
      });
    case 'binary':
      throw new PlanExtractError('E_UNSUPPORTED_FORMAT', 'binary data that is not a PDF or Word document', {
        file: context.file,
      });
    default:
      break;
  }
  const decoded = decodeText(bytes, context.file);
  const text = decoded.text;
  if (text.trim() === '') throw new PlanExtractError('E_EMPTY', 'the file has no text', { file: context.file });
  if (unreadableShare(text) > 0.02) {
    throw new PlanExtractError('E_UNSUPPORTED_FORMAT', `binary data that decodes to no readable ${decoded.encoding} text`, {
      file: context.file,
    });
  }
  const format = sniffText(text, context.file);
  const base = { encoding: decoded.encoding, pages: null, diagnostics: decoded.diagnostics };
  switch (format) {
    case 'html': {
      const html = await (await import('./html.js')).readHtml(text, context);
      return { ...html, encoding: decoded.encoding, diagnostics: [...decoded.diagnostics, ...html.diagnostics] };
    }
    case 'table':
      return { ...base, format, blocks: readTabTableBlocks(text), text };
    case 'markdown':
      return { ...base, format, blocks: (await import('./markdown.js')).readMarkdown(text, context), text };
    default:
      return { ...base, format: 'text', blocks: readTextBlocks(text), text };
  }
}
