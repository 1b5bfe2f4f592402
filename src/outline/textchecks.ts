// Whole-text warnings that do not depend on the outline: placeholder years left in a template
// ("到20xx年") and characters lost in conversion ("□cmi□", U+FFFD).
import type { Block } from '../document/block.js';
import type { Diagnostic } from '../schema/contract.js';
import { positionAt } from '../text/located.js';

const CHECKS: { code: string; pattern: RegExp; message: (found: string) => string }[] = [
  {
    code: 'placeholder-year',
    pattern: /20[xX×＊*]{2}|20[0-9][xX]|[xX×]{4}(?=年)/g,
    message: (found) => `placeholder year "${found}": the template was not filled in`,
  },
  {
    code: 'garbled-text',
    pattern: /[□\uFFFD\uE000-\uF8FF]+/g,
    message: (found) => `${found.length} unreadable character(s) "${found}": text was lost in conversion`,
  },
];

export function textDiagnostics(blocks: Block[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const block of blocks) {
    const texts = block.cells ?? [block.content];
    for (const content of texts) {
      for (const check of CHECKS) {
        for (const match of content.text.matchAll(check.pattern)) {
          const { line, page } = positionAt(content, match.index ?? 0);
          diagnostics.push({
            severity: 'warning',
            code: check.code,
            message: check.message(match[0]),
            span: { startLine: line, endLine: line, page },
          });
        }
      }
    }
  }
  return diagnostics;
}
