// Builds an item's grounded text straight from corpus lines, the way the pipeline hands it over:
// each source line normalised (width, stray spaces) and wrapped lines joined without a separator.
import { readFileSync } from 'node:fs';
import { normalizeSpacing } from '../../src/normalize/spacing.js';
import { normalizeWidth } from '../../src/text/width.js';
import { joinLocated, located, type LocatedText } from '../../src/text/located.js';

const files = new Map<string, string[]>();

function linesOf(file: string): string[] {
  if (!files.has(file)) files.set(file, readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8').split(/\r?\n/));
  return files.get(file)!;
}

/** Lines first..last (1-based, inclusive) of a corpus file; blank lines are skipped. */
export function corpusText(file: string, first: number, last = first): LocatedText {
  const lines = linesOf(file);
  const parts: LocatedText[] = [];
  for (let line = first; line <= last; line++) {
    const text = normalizeSpacing(normalizeWidth(lines[line - 1] ?? ''));
    if (text !== '') parts.push(located(text, line));
  }
  return joinLocated(parts);
}

/** One table cell: the line's tab-separated field. */
export function corpusCell(file: string, line: number): LocatedText {
  return located(normalizeSpacing(normalizeWidth((linesOf(file)[line - 1] ?? '').replace(/^\t/, ''))), line);
}
