// Draft items → contract Sections: title and body split, ids and paths, spans, and the
// per-item extraction (units, deadlines, targets).
import { extractItem, type PlanYear } from '../extract/index.js';
import { carriedUnitsOf, findNotes, isStandaloneNote, withoutClosingNote } from '../extract/responsibility.js';
import type { Block } from '../document/block.js';
import type { Diagnostic, Section } from '../schema/contract.js';
import { joinLocated, lastLine, sliceLocated, spanIn, type LocatedText } from '../text/located.js';
import type { DraftSection } from './levels.js';
import { detached, detachStrings } from '../text/detached.js';

// "1.建设区域医疗卫生高地。借助…": the title ends at the first full stop or semicolon ("2.50个小区新增
// 充电设施；为10个老旧小区…") outside brackets ("（牵头单位：A；B）", "《…；…》" go on); "（二）工作目标：
// 到2025年…": a short label ends at its colon
const LABEL_END = /^[^。！？!?：:（(]{1,16}[：:]/;
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';']);
const OPENING = new Set(['（', '(', '《', '“', '【', '〔']);
const CLOSING = new Set(['）', ')', '》', '”', '】', '〕']);
const TITLE_TRAILING = /[：:；;，,、。\s]+$/;

// "完善制度&lt;b&gt;": the semicolon of a character entity left in the text is no sentence end
const ENTITY_BEFORE = /&#?[A-Za-z0-9]{1,8}$/;
const endsEntity = (text: string, index: number): boolean =>
  text[index - 1] !== undefined && /[A-Za-z0-9]/.test(text[index - 1]!) && ENTITY_BEFORE.test(text.slice(Math.max(0, index - 10), index));

/** The end of a title in `rest`: a short label's colon, or the first sentence end outside brackets. */
function titleEnd(rest: string): number | null {
  const label = LABEL_END.exec(rest);
  if (label) return label[0].length - 1;
  let depth = 0;
  // a bracket never closed ("1.落实“放管服…。"): the first full stop, wherever it is
  let firstStop: number | null = null;
  for (let index = 0; index < rest.length; index++) {
    const char = rest[index]!;
    if (OPENING.has(char)) depth++;
    else if (CLOSING.has(char)) depth = Math.max(0, depth - 1);
    else if (SENTENCE_END.has(char) && !endsEntity(rest, index)) {
      if (depth === 0) return index;
      if (firstStop === null && char !== '；' && char !== ';') firstStop = index;
    }
  }
  return firstStop;
}

interface TitleSplit {
  title: LocatedText;
  text: LocatedText | null;
}

/** Splits `content` from `start` at the end of its title (first full stop, or a short label's colon). */
function splitTitle(content: LocatedText, start: number): TitleSplit {
  const end = titleEnd(content.text.slice(start));
  if (end === null) return { title: sliceLocated(content, start), text: null };
  const cut = start + end;
  const bodyStart = cut + 1;
  return {
    title: sliceLocated(content, start, cut),
    text: bodyStart < content.text.length ? sliceLocated(content, bodyStart) : null,
  };
}

function splitHead(draft: DraftSection): TitleSplit {
  return splitTitle(draft.head.content, draft.head.content.text.length - draft.marker.rest.length);
}

function trimmed(source: LocatedText): LocatedText {
  const text = source.text.replace(TITLE_TRAILING, '').trim();
  const start = source.text.indexOf(text);
  return sliceLocated(source, Math.max(0, start), Math.max(0, start) + text.length);
}

function bodyOf(parts: (LocatedText | null | undefined)[]): LocatedText | null {
  const present = parts.filter((part): part is LocatedText => !!part && part.text.trim() !== '');
  return present.length ? joinLocated(present, '\n') : null;
}

function lastBlockLine(blocks: Block[], fallback: number): number {
  const last = blocks[blocks.length - 1];
  return last ? lastLine(last.content) : fallback;
}

export interface SectionContext {
  planId: string;
  issuedOn: string | null;
  /** the year the plan is for (extract's planYearOf) */
  planYear: PlanYear | null;
  /** the plan says the first unit of each list is the lead ("排在首位的为牵头单位") */
  firstListedLeads: boolean;
  diagnostics: Diagnostic[];
  /** units a rule sentence of an earlier item (or this one) gives to every task from there on */
  carriedUnits?: string[];
}

/** Whether an item or any item under it names units: a note in its text, or a units cell. */
function namesUnits(draft: DraftSection): boolean {
  if (draft.fields?.units || [draft.head, ...draft.body].some((block) => findNotes(block.content.text).length > 0)) return true;
  return draft.children.some(namesUnits);
}

/**
 * "(1)…(2)…(4)加强应急预案的培训宣传…。\n(责任单位:市直各有关单位、…)": a note on a line of its own after
 * the last of several sub-items, none of which names units, closes the block: it is the parent's.
 */
function withBlockNoteLifted(draft: DraftSection): DraftSection {
  const children = draft.children;
  const last = children[children.length - 1];
  const note = last?.body[last.body.length - 1];
  if (children.length < 2 || !last || last.children.length > 0 || !note || !isStandaloneNote(note.content.text)) return draft;
  const parentNamed = !draft.fields && [draft.head, ...draft.body].some((block) => findNotes(block.content.text).length > 0);
  const others = { ...last, body: last.body.slice(0, -1) };
  if (parentNamed || draft.fields || [...children.slice(0, -1), others].some(namesUnits)) return draft;
  return { ...draft, body: [...draft.body, note], children: [...children.slice(0, -1), others] };
}

function toSection(input: DraftSection, id: string, parentPath: string, context: SectionContext): Section {
  const draft = withBlockNoteLifted(input);
  let title: LocatedText;
  let text: LocatedText | null;
  if (draft.fields?.title || (draft.fields && !draft.fields.text)) {
    title = draft.fields.title ?? { text: '', marks: draft.head.content.marks };
    text = draft.fields.text ?? null;
  } else if (draft.fields?.text) {
    // "序号 | 具体任务 | 责任单位 …": a table without a task column; its text's first sentence names it
    ({ title, text } = splitTitle(draft.fields.text, 0));
  } else {
    const split = splitHead(draft);
    let body = draft.body;
    // "（一）\n指导思想": a marker alone on its line takes the next line as its title
    if (split.title.text.trim() === '' && body[0]) {
      split.title = body[0].content;
      body = body.slice(1);
    }
    title = split.title;
    text = bodyOf([split.text, ...body.map((block) => block.content)]);
  }
  title = trimmed(title);
  const first = draft.head.content.marks[0]!;
  const path = parentPath ? `${parentPath}/${draft.marker.segment}` : draft.marker.segment;
  const itemBody = bodyOf([title, text]) ?? title;
  // "…具体任务均涉及相关市(州)人民政府,不再做分工,下同": from this item on, every task's units
  context.carriedUnits?.push(...carriedUnitsOf(itemBody.text).filter((name) => !context.carriedUnits!.includes(name)));
  const facts = extractItem({
    // the extractor sees the title as written, responsibility note included
    body: itemBody,
    unitsField: draft.fields?.units ?? null,
    deadlineField: draft.fields?.deadline ?? null,
    issuedOn: context.issuedOn,
    planYear: context.planYear,
    firstListedLeads: context.firstListedLeads,
    carriedUnits: context.carriedUnits ?? [],
  });
  // the item's strings are copied out of its joined text here, so that the text dies young
  detachStrings(facts);
  context.diagnostics.push(...facts.diagnostics);
  const endLine = Math.max(
    lastLine(draft.head.content),
    lastBlockLine(draft.body, first.line),
    ...Object.values(draft.fields ?? {}).map((field) => (field ? lastLine(field) : 0)),
  );
  // "1.加强专科建设（牵头单位：县卫健局）": the note names who is responsible; it is not part of the title
  const titleText = withoutClosingNote(title.text).trim();
  const titleStart = Math.max(0, title.text.indexOf(titleText));
  return {
    id,
    path,
    level: parentPath ? parentPath.split('/').length + 1 : 1,
    marker: draft.marker.written,
    ordinal: draft.marker.ordinal,
    title: detached(titleText),
    titleSpan: spanIn(title, titleStart, titleStart + titleText.length),
    text: detached(text?.text ?? ''),
    span: { startLine: first.line, endLine, page: first.page },
    responsibility: facts.responsibility,
    deadlines: facts.deadlines,
    targets: facts.targets,
    children: draft.children.map((child, index) => toSection(child, `${id}.${index + 1}`, path, context)),
  };
}

export function toSections(drafts: DraftSection[], context: SectionContext): Section[] {
  const planContext = { ...context, carriedUnits: [] };
  return drafts.map((draft, index) => toSection(draft, `${context.planId}.${index + 1}`, '', planContext));
}
