// `plan-extract review`'s library side: a PlanFile and the source lines it was read from → one
// self-contained HTML page. The CLI and batch call this; nothing here writes files.
import { loadToSimplified } from '../normalize/script.js';
import type { PlanFile } from '../schema/contract.js';
import { renderReviewPage } from './page.js';
import { reviewModel, type ReviewModel } from './page-model.js';
import type { SourceText } from '../document/source-lines.js';
import { createLocator } from './spans.js';

export { outlineOf, type ReviewOutline } from './outline.js';
export type { ReviewModel } from './page-model.js';

/** The page model: the outline, and the source lines with every value found in them. */
export async function buildReviewModel(planFile: PlanFile, source: SourceText): Promise<ReviewModel> {
  // a traditional-script source is compared in simplified, as the tool extracted it
  const toSimplified = planFile.source.script === 'simplified' ? undefined : await loadToSimplified();
  return reviewModel(planFile, source, createLocator(source, { toSimplified }));
}

/** The review page of one file, as HTML text. */
export async function reviewPage(planFile: PlanFile, source: SourceText): Promise<string> {
  return renderReviewPage(await buildReviewModel(planFile, source), planFile.source.path);
}
