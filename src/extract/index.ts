// Per-item extraction: responsible units, deadlines and quantitative targets of one outline item
// (Section), each grounded to its source line. The outline stage calls extractItem once per item.
import type { Deadline, Diagnostic, Responsibility, Target } from '../schema/contract.js';
import type { LocatedText } from '../text/located.js';
import { dedupeDeadlines, deadlineHits, extractDeadlines, fromHits, type DeadlineHit, type PlanYear } from './deadlines.js';
import { extractResponsibility, findNotes, noteRanges } from './responsibility.js';
import { reportSpans } from './reports.js';
import { extractTargets } from './targets.js';
import { insideSpans, stretchStart, viewOf, type ItemView } from './view.js';

export interface ItemInput {
  /** title + body text of one outline item (Section), already normalised (half-width digits, full-width Chinese punctuation （）：，；, no stray spaces between Chinese characters), grounded */
  body: LocatedText;
  /** a table's 责任单位 cell for this row, when the item is a table row */
  unitsField?: LocatedText | null;
  /** a table's 完成时限 cell for this row */
  deadlineField?: LocatedText | null;
  /** the plan's issue date (ISO yyyy-mm-dd) for relative time (今年底前, 明年, 三年内); never use today's date */
  issuedOn: string | null;
  /** the year the plan is for (planYearOf, once per plan): dates 年底前, 一季度, 上半年, "5月底前" */
  planYear?: PlanYear | number | null;
  /** the plan says the first unit of each list is the lead ("排在首位的为牵头单位") */
  firstListedLeads?: boolean;
  /** units an earlier rule sentence of the plan gives to every task ("…均涉及X，不再做分工，下同") */
  carriedUnits?: readonly string[];
}

export { planYearOf, type PlanYear } from './deadlines.js';

export interface ItemFacts {
  responsibility: Responsibility;
  deadlines: Deadline[];
  targets: Target[];
  diagnostics: Diagnostic[];
}

// "完成时限：2024年10月底" inside a body is the item's own deadline, like a table's 完成时限 cell
const DEADLINE_FIELD = /(?:完成时限|完成时间|时间节点|时限要求|完成期限|办结时限|办结期限|时间要求)[：:]\s*$/;

function isFieldHit(view: ItemView, hit: DeadlineHit): boolean {
  // the label ends right before the time ("完成时限：" and at most one space, the view having
  // compacted the rest): the line's last few characters are enough, not the whole line
  const lineStart = Math.max(stretchStart(view.text, hit.start, /\n/), hit.start - 32);
  return DEADLINE_FIELD.test(view.text.slice(lineStart, hit.start));
}

const firstDate = (deadlines: Deadline[]): string | null =>
  deadlines.find((deadline) => deadline.date !== null && (deadline.kind === 'by' || deadline.kind === 'period'))?.date ?? null;

export function extractItem(input: ItemInput): ItemFacts {
  // the notes are found once: the view differs from the body only where it dropped stray spaces
  const notes = findNotes(input.body.text);
  const responsibility = extractResponsibility(input.body, input.unitsField, {
    firstListedLeads: input.firstListedLeads ?? false,
    carried: input.carriedUnits ?? [],
    notes,
  });
  const view = viewOf(input.body);
  const skip = noteRanges(view.text, view.text === input.body.text ? notes : findNotes(view.text));
  const planYear = input.planYear ?? null;
  const reports = reportSpans(view.text);
  const hits = deadlineHits(view, input.issuedOn, planYear, reports).filter((hit) => !insideSpans(skip, hit.start));
  const cell = input.deadlineField ? extractDeadlines(input.deadlineField, input.issuedOn, planYear, true) : [];
  const fieldHits = new Set(hits.filter((hit) => isFieldHit(view, hit)));
  const inField = fromHits(view, [...fieldHits]);
  const inBody = fromHits(view, hits.filter((hit) => !fieldHits.has(hit)));
  const found = extractTargets({ view, deadlines: hits, itemDeadline: firstDate([...cell, ...inField]), skip, reports });
  return {
    responsibility,
    deadlines: dedupeDeadlines([...cell, ...inField, ...inBody]),
    targets: found.targets,
    diagnostics: found.diagnostics,
  };
}
