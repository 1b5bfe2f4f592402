// Chooses the reader for a file by content (then extension) and loads heavy readers only when needed.
import { decodeText } from '../io/decode.js';
import { sniffBinary, sniffText } from '../io/sniff.js';
import { PlanExtractError } from '../schema/errors.js';
import type { ReadResult } from './block.js';
import type { ReaderContext } from './context.js';
import { readMarkdownBlocks } from './markdown.js';
import { readTabTableBlocks } from './tabtable.js';
import { readTextBlocks } from './text.js';

export async function readDocument(bytes: Uint8Array, context: ReaderContext): Promise<ReadResult> {
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
  const format = sniffText(text, context.file);
  const base = { encoding: decoded.encoding, pages: null, diagnostics: decoded.diagnostics };
  switch (format) {
    case 'html': {
      const html = await (await import('./html.js')).readHtml(text, context);
      return { ...html, encoding: decoded.encoding, diagnostics: [...decoded.diagnostics, ...html.diagnostics] };
    }
    case 'table':
      return { ...base, format, blocks: readTabTableBlocks(text) };
    case 'markdown':
      return { ...base, format, blocks: readMarkdownBlocks(text) };
    default:
      return { ...base, format: 'text', blocks: readTextBlocks(text) };
  }
}
