// What a reviewer reads about each plan, from the PlanFile alone: the outline with every item's
// units, deadlines and targets as labelled rows, counts per plan and file, and each diagnostic tied
// to the item it falls in. The review page and `plan-extract show` both draw this one model.
import type { Deadline, Diagnostic, Plan, PlanFile, Section, Source, Target } from '../schema/contract.js';
import { allSections, fileCounts, isWarning, sectionCounts, type Counts } from '../schema/counts.js';
import type { LocatableValue } from './spans.js';

export type ValueKind = 'heading' | 'lead' | 'support' | 'units' | 'deadline' | 'target';

export interface ValueRow {
  /** unique in the file: v1, v2… in outline order */
  id: string;
  kind: ValueKind;
  /** the value's own text, as extracted */
  label: string;
  /** what the tool read from it ("≥ 20% · by 2025-12-31"), or null */
  detail: string | null;
  /** the source line the contract grounds it to */
  line: number | null;
  page: number | null;
  /** what the span look-up needs */
  value: LocatableValue;
}

export interface OutlineNode {
  section: Section;
  heading: ValueRow;
  /** the unit list as written (responsibility.raw), or null */
  units: ValueRow | null;
  lead: ValueRow[];
  support: ValueRow[];
  deadlines: ValueRow[];
  targets: ValueRow[];
  /** indexes into ReviewOutline.diagnostics of those that fall in this item's lines */
  diagnostics: number[];
  children: OutlineNode[];
  /** no responsible unit on this item, on an item above it or on one below it */
  withoutUnits: boolean;
  /** this item or one below it: has units / is withoutUnits / has a target / has a diagnostic (what the filters keep) */
  below: { units: boolean; withoutUnits: boolean; targets: boolean; diagnostics: boolean };
}

export type { Counts };

export interface PlanOutline {
  plan: Plan;
  counts: Counts;
  nodes: OutlineNode[];
}

export interface DiagnosticRow {
  diagnostic: Diagnostic;
  /** the deepest item whose lines hold the diagnostic's first line, or null */
  sectionId: string | null;
}

export interface ReviewOutline {
  source: Source;
  plans: PlanOutline[];
  diagnostics: DiagnosticRow[];
  counts: Counts & { plans: number };
}

const COMPARATOR_SIGN: Record<Target['comparator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', '~': '≈' };

/** "三级公立医院日间手术占择期手术比例 ≥ 20% · by 2025-12-31 · aspirational (力争)" */
export function targetDetail(target: Target): string {
  const amount = target.unit === 'ratio' ? String(target.value) : `${target.value}${target.unit}`;
  const parts = [`${target.metric} ${COMPARATOR_SIGN[target.comparator]} ${amount}`];
  if (target.deadline) parts.push(`by ${target.deadline}`);
  if (target.aspirational) parts.push('aspirational (力争)');
  return parts.join(' · ');
}

/** "by 2025-12-31", "ongoing", "recurring", "period to 2025-12-31" */
export function deadlineDetail(deadline: Deadline): string {
  if (deadline.date === null) return deadline.kind;
  return deadline.kind === 'by' ? `by ${deadline.date}` : `${deadline.kind} to ${deadline.date}`;
}


/** The deepest section whose own lines hold `line` (a later section in outline order is deeper or after). */
function sectionAt(sections: Section[], line: number): Section | null {
  let found: Section | null = null;
  for (const section of sections) if (section.span.startLine <= line && line <= section.span.endLine) found = section;
  return found;
}

class OutlineBuilder {
  private next = 1;
  constructor(private readonly diagnosticsBySection: Map<string, number[]>) {}

  private row(kind: ValueKind, label: string, detail: string | null, line: number | null, page: number | null, value: LocatableValue): ValueRow {
    return { id: `v${this.next++}`, kind, label, detail, line, page, value };
  }

  node(section: Section, unitsAbove: boolean): OutlineNode {
    const { responsibility: r, span } = section;
    const heading = this.row('heading', `${section.marker}${section.title}`, null, span.startLine, span.page, { kind: 'heading', section });
    const units = r.raw === null ? null : this.row('units', r.raw, null, r.line, span.page, { kind: 'units', section });
    const unitRow = (kind: 'lead' | 'support') => (name: string) =>
      this.row(kind, name, null, r.line, span.page, { kind: 'unit', section, name });
    const lead = r.lead.map(unitRow('lead'));
    const support = r.support.map(unitRow('support'));
    const deadlines = section.deadlines.map((deadline) =>
      this.row('deadline', deadline.text, deadlineDetail(deadline), deadline.line, span.page, { kind: 'deadline', section, deadline }),
    );
    const targets = section.targets.map((target) =>
      this.row('target', target.text, targetDetail(target), target.line, target.page ?? null, { kind: 'target', section, target }),
    );
    const hasUnits = r.units.length > 0;
    const children = section.children.map((child) => this.node(child, unitsAbove || hasUnits));
    const unitsBelow = children.some((child) => child.below.units);
    const withoutUnits = !hasUnits && !unitsAbove && !unitsBelow;
    const diagnostics = this.diagnosticsBySection.get(section.id) ?? [];
    return {
      section,
      heading,
      units,
      lead,
      support,
      deadlines,
      targets,
      diagnostics,
      children,
      withoutUnits,
      below: {
        units: hasUnits || unitsBelow,
        withoutUnits: withoutUnits || children.some((child) => child.below.withoutUnits),
        targets: targets.length > 0 || children.some((child) => child.below.targets),
        diagnostics: diagnostics.length > 0 || children.some((child) => child.below.diagnostics),
      },
    };
  }
}

export function outlineOf(planFile: PlanFile): ReviewOutline {
  const everySection = allSections(planFile.plans.flatMap((plan) => plan.sections));
  const diagnostics: DiagnosticRow[] = planFile.diagnostics.map((diagnostic) => ({
    diagnostic,
    sectionId: diagnostic.span ? (sectionAt(everySection, diagnostic.span.startLine)?.id ?? null) : null,
  }));
  const bySection = new Map<string, number[]>();
  diagnostics.forEach((row, index) => {
    if (row.sectionId === null) return;
    bySection.set(row.sectionId, [...(bySection.get(row.sectionId) ?? []), index]);
  });
  const builder = new OutlineBuilder(bySection);
  const plans = planFile.plans.map((plan) => {
    const own = new Set(allSections(plan.sections).map((section) => section.id));
    const warnings = diagnostics.filter((row) => row.sectionId !== null && own.has(row.sectionId) && isWarning(row.diagnostic)).length;
    return { plan, counts: sectionCounts(plan.sections, warnings), nodes: plan.sections.map((section) => builder.node(section, false)) };
  });
  return { source: planFile.source, plans, diagnostics, counts: fileCounts(planFile) };
}
