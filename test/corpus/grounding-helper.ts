// The values of a PlanFile with their spans, the source text at a span, and the comparison the
// grounding test makes: the tool's own width, script, spacing and quote normalisation, spaces out.
import { extractFileWithSourceInThread as extract } from '../../src/index.js';
import { loadToSimplified } from '../../src/normalize/script.js';
import { stripDecoration } from '../../src/normalize/decoration.js';
import { pairQuotes } from '../../src/normalize/quotes.js';
import { normalizeSpacing } from '../../src/normalize/spacing.js';
import type { Section } from '../../src/schema/contract.js';
import { normalizeWidth } from '../../src/text/width.js';

export interface CharacterSpanLike {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  pieces?: { line: number; startColumn: number; endColumn: number }[];
}

export interface GroundedValue {
  kind: 'title' | 'units' | 'deadline' | 'target';
  text: string;
  span: CharacterSpanLike | undefined | null;
}

function valuesOf(sections: Section[], into: GroundedValue[] = []): GroundedValue[] {
  for (const section of sections) {
    if (section.title !== '') into.push({ kind: 'title', text: section.title, span: section.titleSpan });
    const { raw } = section.responsibility;
    if (raw !== null) into.push({ kind: 'units', text: raw, span: section.responsibility.span });
    for (const deadline of section.deadlines) into.push({ kind: 'deadline', text: deadline.text, span: deadline.span });
    for (const target of section.targets) into.push({ kind: 'target', text: target.text, span: target.span });
    valuesOf(section.children, into);
  }
  return into;
}

export async function extractFileWithSource(path: string) {
  const { planFile, source } = await extract(path, { limits: { timeoutMs: 0 } });
  const toSimplified = planFile.source.script === 'simplified' ? null : await loadToSimplified();
  const lines = new Map(source.lines.map((line) => [line.number, line.text]));
  const sliceOf = (span: CharacterSpanLike): string => {
    if (span.pieces) return span.pieces.map((piece) => (lines.get(piece.line) ?? '').slice(piece.startColumn, piece.endColumn)).join('\n');
    const parts: string[] = [];
    for (let line = span.startLine; line <= span.endLine; line++) {
      const text = lines.get(line) ?? '';
      parts.push(text.slice(line === span.startLine ? span.startColumn : 0, line === span.endLine ? span.endColumn : text.length));
    }
    return parts.join('\n');
  };
  const comparable = (text: string): string =>
    pairQuotes(stripDecoration(normalizeSpacing(normalizeWidth(toSimplified ? toSimplified(text) : text))).text)
      .replace(/[“”"]/g, '"')
      .replace(/\s+/g, '');
  return { values: planFile.plans.flatMap((plan) => valuesOf(plan.sections)), sliceOf, comparable };
}
