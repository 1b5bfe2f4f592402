// The format-neutral document model every reader produces (pandoc's "one AST").
// Nothing after the readers knows which format a block came from.
import type { Diagnostic, Encoding, SourceFormat } from '../schema/contract.js';
import type { LocatedText } from '../text/located.js';

export type BlockKind = 'paragraph' | 'heading-hint' | 'table-row';

export interface Block {
  kind: BlockKind;
  /** the block's text with its source positions */
  content: LocatedText;
  /** markdown `#` depth or a docx heading style level: a hint for the outline, never the only signal */
  headingDepth?: number;
  /** cells of a table row, each grounded; `content` then holds the cells joined by tabs */
  cells?: LocatedText[];
  /** true when a reader knows this block begins a new paragraph (not a wrapped continuation) */
  paragraphStart?: boolean;
}

export interface ReadResult {
  format: SourceFormat;
  encoding: Encoding;
  /** PDF page count, else null */
  pages: number | null;
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** the decoded text of a text, markdown or tab-table input: the lines its blocks' line numbers count
   *  (what the review page shows beside the values); absent for formats whose lines the reader makes */
  text?: string;
}
