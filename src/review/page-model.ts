// The review page as data, before any HTML: the outline, and each source line cut into segments
// that say which values cover them, which item the line belongs to, and whether it holds a warning.
// Everything the page shows is decided here, so it can be tested as plain values.
import type { PlanFile, Section } from '../schema/contract.js';
import { allSections } from '../schema/counts.js';
import { outlineOf, type OutlineNode, type ReviewOutline, type ValueKind, type ValueRow } from './outline.js';
import type { SourceLine, SourceText } from '../document/source-lines.js';
import type { Locate, SourceSpan } from './spans.js';

/** A stretch of one line: plain text (values empty) or text that these values cover. */
export interface Segment {
  text: string;
  /** value ids, the shortest value first (a unit inside its list, a deadline inside a target) */
  values: string[];
  kinds: ValueKind[];
}

export interface LineView {
  number: number;
  page: number | null;
  segments: Segment[];
  /** the item whose lines hold this line, or null: text that landed in no item */
  sectionId: string | null;
  /** a diagnostic's span covers it */
  warning: boolean;
}

export interface ReviewModel {
  outline: ReviewOutline;
  lines: LineView[];
  /** where each value was found in the source; null: only its line is known */
  spans: Map<string, SourceSpan | null>;
  /** share of the source's visible characters that lie on lines of an item, 0…1 */
  coverage: number;
}

function* rowsOf(node: OutlineNode): Generator<ValueRow> {
  yield node.heading;
  if (node.units) yield node.units;
  yield* node.lead;
  yield* node.support;
  yield* node.deadlines;
  yield* node.targets;
  for (const child of node.children) yield* rowsOf(child);
}

export function allRows(outline: ReviewOutline): ValueRow[] {
  return outline.plans.flatMap((plan) => plan.nodes.flatMap((node) => [...rowsOf(node)]));
}

interface Mark {
  start: number;
  end: number;
  id: string;
  kind: ValueKind;
  /** the whole value's length, to order nested values */
  size: number;
}

/** A line cut at every mark boundary; each piece lists the marks that cover it. */
export function segmentsOf(text: string, marks: Mark[]): Segment[] {
  if (marks.length === 0) return text === '' ? [] : [{ text, values: [], kinds: [] }];
  const cuts = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])]
    .filter((cut) => cut >= 0 && cut <= text.length)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const covering = marks.filter((mark) => mark.start <= start && end <= mark.end).sort((a, b) => a.size - b.size);
    segments.push({
      text: text.slice(start, end),
      values: covering.map((mark) => mark.id),
      kinds: [...new Set(covering.map((mark) => mark.kind))],
    });
  }
  return segments;
}

function visibleLength(text: string): number {
  return text.replace(/\s/g, '').length;
}

export function reviewModel(planFile: PlanFile, source: SourceText, locate: Locate): ReviewModel {
  const outline = outlineOf(planFile);
  const spans = new Map<string, SourceSpan | null>();
  const marksOn = new Map<number, Mark[]>();
  for (const row of allRows(outline)) {
    const span = locate(row.value);
    spans.set(row.id, span);
    if (!span) continue;
    const size = span.reduce((sum, piece) => sum + piece.endColumn - piece.startColumn, 0);
    for (const piece of span) {
      const mark = { start: piece.startColumn, end: piece.endColumn, id: row.id, kind: row.kind, size };
      const list = marksOn.get(piece.line);
      if (list) list.push(mark);
      else marksOn.set(piece.line, [mark]);
    }
  }
  // outline order: a child comes after its parent, so the deepest item's claim on a line is the last
  const owner = new Map<number, string>();
  for (const section of allSections(planFile.plans.flatMap((plan) => plan.sections))) {
    for (let line = section.span.startLine; line <= section.span.endLine; line++) owner.set(line, section.id);
  }
  const warned = new Set<number>();
  for (const { span } of planFile.diagnostics) {
    if (span) for (let line = span.startLine; line <= span.endLine; line++) warned.add(line);
  }
  let visible = 0;
  let covered = 0;
  const lines = source.lines.map((line: SourceLine): LineView => {
    const sectionId = owner.get(line.number) ?? null;
    const length = visibleLength(line.text);
    visible += length;
    if (sectionId !== null) covered += length;
    return {
      number: line.number,
      page: line.page,
      segments: segmentsOf(line.text, marksOn.get(line.number) ?? []),
      sectionId,
      warning: warned.has(line.number),
    };
  });
  return { outline, lines, spans, coverage: visible === 0 ? 0 : covered / visible };
}
