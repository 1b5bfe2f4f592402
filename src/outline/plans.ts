// Block[] → Plan[]: splits a compilation (篇一…篇八) into plans, reads each plan's header, builds its
// outline from the enumerators and table rows, and runs the per-item extraction.
import type { Block } from '../document/block.js';
import type { Diagnostic, Plan, Reference } from '../schema/contract.js';
import { coverageDiagnostics } from './coverage.js';
import { OutlineBuilder } from './levels.js';
import { isPageChrome } from '../text/page-chrome.js';
import { splitNotice } from './notice.js';
import { PlanExtractError } from '../schema/errors.js';
import { hasDecimalOutline, parseMarker, STYLE_RANK, type Marker, type MarkerOptions } from '../text/markers.js';
import { fieldValues, readHeaderFields, type HeaderFields } from './fields.js';
import {
  findDocNumber,
  findIssueDate,
  findIssuer,
  findReferences,
  findTitle,
  issuerIn,
  issuerNearDate,
  issuerOpeningTitle,
  issuerPublishing,
  labelledIssuer,
  normalizeDocNumber,
  parseDate,
  planTitleIn,
  sourceIssuer,
} from './metadata.js';
import { chineseOrdinal } from '../text/ordinals.js';
import { planYearOf } from '../extract/index.js';
import { toSections } from './sections.js';
import { statesFirstListedLead } from '../extract/responsibility.js';
import { headerColumns, tableSections, unparsedTable } from './table.js';
import { textDiagnostics } from './textchecks.js';
import { detachStrings } from '../text/detached.js';

interface PartHeading {
  index: number;
  part: string;
  title: string | null;
}

const CN = '[一二三四五六七八九十]{1,3}';
// "推进医院高质量发展实施方案篇一", "第三篇 …", "篇二：…", "【篇四】…"
const PART_PATTERNS: { pattern: RegExp; numeral: number; title: number | null }[] = [
  { pattern: new RegExp(`^(.{2,40}?)[（(【]?篇(${CN})[）)】]?$`), numeral: 2, title: 1 },
  { pattern: new RegExp(`^[【\\[]?第(${CN})篇[】\\]]?(?:[：:、\\s]*(.{2,40}))?$`), numeral: 1, title: 2 },
  { pattern: new RegExp(`^[【\\[]?篇(${CN})[】\\]]?(?:[：:、\\s]*(.{2,40}))?$`), numeral: 1, title: 2 },
];

function partHeading(block: Block, index: number): PartHeading | null {
  const text = block.content.text.trim();
  if (text.length > 50 || /[。；]/.test(text)) return null;
  for (const { pattern, numeral, title } of PART_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return { index, part: `篇${match[numeral]}`, title: title === null ? null : (match[title] ?? null) };
  }
  return null;
}

function findParts(blocks: Block[]): PartHeading[] {
  const parts = blocks.map(partHeading).filter((part): part is PartHeading => part !== null);
  const ordinals = new Set(parts.map((part) => chineseOrdinal(part.part.slice(1))));
  return ordinals.size >= 2 ? parts : [];
}

function opensItem(block: Block, maxOrdinal: number, options: MarkerOptions): boolean {
  if (block.kind === 'table-row') return headerColumns(block) !== null;
  const marker = parseMarker(block.content.text, options);
  return marker !== null && marker.ordinal <= maxOrdinal;
}

// "1.XX县医共体建设方案": an item that is itself a plan's name lists attachments, it opens no outline;
// "一、工作思路", "一、实施方案" are headings (a document's name is longer than a plan word)
const MIN_ATTACHMENT_NAME = 8;

function listsAttachment(block: Block): boolean {
  const rest = parseMarker(block.content.text)?.rest ?? '';
  if (rest.length < MIN_ATTACHMENT_NAME) return false;
  return findTitle([{ ...block, content: { ...block.content, text: rest } }]).index === 0 && !/^关于/.test(rest);
}

/**
 * Where the outline begins: the first numbered item (or work-list table) after the plan's title.
 * The title is looked for before the first item numbered 1, so a numbered attachment list in a
 * notice ("附件：1.…方案 2.…清单") does not start the outline early.
 */
function bodyStart(blocks: Block[], options: MarkerOptions): { start: number; titleIndex: number } {
  const firstOne = blocks.findIndex((block) => opensItem(block, 1, options) && !listsAttachment(block));
  const titleIndex = findTitle(blocks.slice(0, firstOne < 0 ? blocks.length : firstOne)).index;
  const start = blocks.findIndex((block, index) => index > titleIndex && opensItem(block, 5, options));
  if (start < 0) return { start: blocks.length, titleIndex };
  return { start: midPlanStart(blocks, titleIndex, start, options), titleIndex };
}

// A page that starts mid-plan: "6.…", "7.…" before "（二）…", their parent on a page before. Items of a
// style junior to the first item's, right above it (their bodies between them), open the body.
const MAX_MID_PLAN_ORDINAL = 60;

function midPlanStart(blocks: Block[], titleIndex: number, start: number, options: MarkerOptions): number {
  const first = parseMarker(blocks[start]!.content.text, options);
  if (!first) return start;
  let earliest = start;
  let style: Marker['style'] | null = null;
  for (let index = start - 1; index > titleIndex; index--) {
    const block = blocks[index]!;
    if (block.kind === 'table-row') break;
    const marker = parseMarker(block.content.text, options);
    const text = block.content.text.trim();
    if (!marker) {
      // a body line between two junior items; a sentence ending in a colon announces a list, "附件：" a
      // list of attachments, a date a signature: the body starts below them
      if (/[：:]$|^附件/.test(text) || parseDate(text) !== null) break;
      continue;
    }
    if (listsAttachment(block)) break;
    if (STYLE_RANK[marker.style] <= STYLE_RANK[first.style] || (style !== null && marker.style !== style)) break;
    if (marker.ordinal > MAX_MID_PLAN_ORDINAL) break;
    style = marker.style;
    earliest = index;
  }
  return earliest;
}

// Back matter after the last item: "抄送：…", "…办公室 2023年6月14日印发", a lone signature.
const COLOPHON = /^(?:抄送|抄报|主送|分送|附件[：:]|（此件|\(此件)|印发$/;

// "丙县文化旅游广电体育局" over "二〇二四年三月五日": any office right above the signature's date signs,
// and so does the first of two offices of a joint signature
const isDateAt = (blocks: Block[], index: number) => index < blocks.length && parseDate(blocks[index]!.content.text.trim()) !== null;
const isOfficeAt = (blocks: Block[], index: number) => index < blocks.length && issuerIn(blocks[index]!.content.text) !== null;

function colophonStart(blocks: Block[], from: number): number {
  let start = blocks.length;
  while (start > from) {
    const text = blocks[start - 1]!.content.text.trim();
    const overDate = isOfficeAt(blocks, start - 1) && (isDateAt(blocks, start) || (isOfficeAt(blocks, start) && isDateAt(blocks, start + 1)));
    const signature = text.length <= 40 && !/[，。；]/.test(text) && (parseDate(text) !== null || /(?:办公室|人民政府|办公厅)$/.test(text) || overDate);
    if (!COLOPHON.test(text) && !signature) break;
    start--;
  }
  return attachmentListStart(blocks, from, start);
}

// "附件：1.丙县任务分工表" + "2.丙县考核细则" before the signature: the list of attachments is back
// matter too, not the body of the last item
const MAX_ATTACHMENTS = 12;

function attachmentListStart(blocks: Block[], from: number, start: number): number {
  for (let index = start - 1; index >= Math.max(from, start - MAX_ATTACHMENTS - 1); index--) {
    if (blocks[index]!.kind === 'table-row') break;
    const text = blocks[index]!.content.text.trim();
    if (/^附件\s*\d*[：:]?/.test(text) && text.length <= 60 && !/[。；]/.test(text)) return index;
    if (text.length > 60 || /[。；]/.test(text)) break;
  }
  return start;
}

// the addressee ("各县（市）人民政府，…：") ends with a colon; a preamble that ends "…提出以下实施意见："
// is a sentence and stays
function isMetadataLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    (/[：:]$/.test(trimmed) && !/。|^(?:为|根据|按照|依据|现就)|如下|以下/.test(trimmed)) ||
    /^[（(]此件/.test(trimmed) ||
    (trimmed.length <= 40 && !/[，。；]/.test(trimmed))
  );
}

const firstOf = <T>(values: T[], pick: (value: T) => string | null): string | null => {
  for (const value of values) {
    const picked = pick(value);
    if (picked) return picked;
  }
  return null;
};

interface HeaderMetadata {
  title: string | null;
  titleIndex: number;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
}

/**
 * Title, 文号, issuer and date from the header (web-page panel and chrome lines left out) and the back
 * matter. A panel's 成文日期 beats the signature, the signature beats the page's 发布日期.
 */
function headerMetadata(kept: Block[], back: Block[], fields: HeaderFields): HeaderMetadata {
  const found = findTitle(kept);
  // the panel's 成文日期, else the page's posting day, helps to read a signature that lost its
  // 年/月/日 ("2024115")
  const posted = firstOf(fieldValues(fields, 'publishDate'), parseDate);
  const signedBy = firstOf(fieldValues(fields, 'date'), parseDate) ?? posted;
  let dated = findIssueDate(kept, signedBy);
  let issuerSource = kept;
  if (!dated.date) {
    dated = findIssueDate(back, signedBy);
    issuerSource = back;
  }
  const title = found.title ?? firstOf(fieldValues(fields, 'title'), planTitleIn);
  return {
    // "…三年行动计划\n(2023—2025年)": a bracket at a line start stayed half-width
    title: title?.replace(/\(/g, '（').replace(/\)/g, '）') ?? null,
    titleIndex: found.index,
    docNumber: firstOf(fieldValues(fields, 'docNumber'), normalizeDocNumber) ?? findDocNumber(kept),
    issuer:
      issuerNearDate(issuerSource, dated.index) ??
      // "新密市人民政府办公室关于明确…的通知" beside a 发布机构 "新密市人民政府": the title names its author
      (found.title ? issuerOpeningTitle(found.title) : null) ??
      firstOf(fieldValues(fields, 'issuer'), issuerIn) ??
      firstOf(fieldValues(fields, 'title'), issuerOpeningTitle) ??
      findIssuer(kept) ??
      (issuerSource === back ? findIssuer(back) : null) ??
      issuerPublishing(kept, found.title) ??
      firstOf(fieldValues(fields, 'source'), sourceIssuer) ??
      // "发布单位 | 区政府 |": the short form, as written, when nothing names the office in full
      firstOf(fieldValues(fields, 'issuer'), labelledIssuer),
    // the signature is the document's own word on its date; a page's 成文日期 field is often its posting day
    issuedOn: dated.date ?? firstOf(fieldValues(fields, 'date'), parseDate) ?? posted,
  };
}

/** "《广州市人民政府办公厅关于印发广州市…实施方案的通知》": the notice that issues the plan itself. */
function isOwnNotice(reference: string, title: string | null): boolean {
  return title !== null && reference.includes(title) && /印发/.test(reference);
}

const textOf = (blocks: Block[]): string => blocks.map((block) => block.content.text).join('\n');

/** Every document the header cites, and those the body cites with their 文号; never the plan itself. */
function planReferences(header: Block[], body: Block[], title: string | null): Reference[] {
  return [
    ...findReferences(textOf(header), title),
    ...findReferences(textOf(body), title).filter((reference) => reference.docNumber !== null),
  ]
    // "《实施方案》" abbreviates the plan's own title
    .filter((reference) => reference.title.length >= 6 && !(title ?? '').endsWith(reference.title) && !isOwnNotice(reference.title, title))
    .filter((reference, index, all) => all.findIndex((other) => other.title === reference.title) === index);
}

// A plan's items each carry a title and some text: a million lines of "1." are a million items of
// nothing, whose output (415 MB of JSON from 3 MB, 109 s, 2.8 GB) is no plan. More items than one per
// 16 characters of the body, past 20,000 items, is refused as soon as the count says so.
const MAX_ITEMS_WITHOUT_CHECK = 20_000;
const MIN_CHARS_PER_ITEM = 16;

function itemBudget(body: Block[]): (items: number) => void {
  let chars = 0;
  for (const block of body) chars += block.content.text.length;
  return (items) => {
    if (items > MAX_ITEMS_WITHOUT_CHECK && items * MIN_CHARS_PER_ITEM > chars) {
      throw new PlanExtractError('E_TOO_LARGE', `over ${items} outline items in ${chars} characters: not a plan (one item every ${MIN_CHARS_PER_ITEM} characters or less)`);
    }
  };
}

function buildOutline(blocks: Block[], options: MarkerOptions): OutlineBuilder {
  const builder = new OutlineBuilder(options);
  const checkItems = itemBudget(blocks);
  let items = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'table-row') {
      // "打印本页 关闭窗口", "上一篇：…" below the last item belong to the page, not to that item
      if (isPageChrome(block.content.text)) continue;
      if (builder.add(block)) checkItems(++items);
      continue;
    }
    let end = index;
    while (blocks[end]?.kind === 'table-row') end++;
    const rows = blocks.slice(index, end);
    const sections = tableSections(rows);
    if (sections) sections.forEach((section) => builder.addRoot(section));
    else rows.forEach((row) => builder.add(row));
    if (sections && rows.length === 1) builder.diagnostics.push(unparsedTable(rows[0]!));
    checkItems((items += end - index));
    index = end - 1;
  }
  return builder;
}

// "目录" / "目 录" over "一、重大意义（1)", "二、总体目标……3", "（一）指导思想 2": a table of contents
// points at the outline, it is none (like a notice's list of attachments)
const CONTENTS_HEADING = /^目\s*录$/;
// (its spaces before a bare page number are gone after normalisation: "四、保障措施6")
const PAGE_NUMBER_END = /(?:[（(]\s*\d{1,3}\s*[）)]|[…．.·]{2,}\s*\d{1,3}|[^\d\s.．、]\s*\d{1,3})$/;

function withoutContents(blocks: Block[]): Block[] {
  const heading = blocks.findIndex((block) => block.kind !== 'table-row' && CONTENTS_HEADING.test(block.content.text.trim()));
  if (heading < 0) return blocks;
  let end = heading + 1;
  while (end < blocks.length && blocks[end]!.kind !== 'table-row' && PAGE_NUMBER_END.test(blocks[end]!.content.text.trim())) end++;
  return end > heading + 1 ? [...blocks.slice(0, heading), ...blocks.slice(end)] : blocks;
}

interface Segment {
  blocks: Block[];
  heading: PartHeading | null;
  /** the notice that issued this plan: header lines for its metadata, never its outline */
  notice: Block[];
}

function buildPlan({ blocks, heading, notice }: Segment, id: string, firstListedLeads: boolean): { plan: Plan; diagnostics: Diagnostic[] } {
  const own = withoutContents(heading ? blocks.slice(1) : blocks);
  // "1 总则 / 1.1 编制目的": decided once for the whole plan, so "3.5亿元" elsewhere stays a number
  const markerOptions: MarkerOptions = { decimal: hasDecimalOutline(own.map((block) => block.content.text)) };
  const { start } = bodyStart(own, markerOptions);
  const end = colophonStart(own, start);
  const header = [...notice, ...own.slice(0, start)];
  const back = own.slice(end);

  const fields = readHeaderFields(header);
  const kept = header.filter((_, index) => !fields.skipped.has(index));
  const meta = headerMetadata(kept, back, fields);
  const title = meta.title ?? heading?.title ?? null;
  // signature, date, "（此件公开发布）" and the addressee line ("各县（市）人民政府，…：") are not preamble
  const preambleBlocks = kept
    .slice(meta.titleIndex + 1)
    .filter((block) => !isMetadataLine(block.content.text));
  const preamble = preambleBlocks.map((block) => block.content.text).join('\n');
  const body = own.slice(start, end);
  const builder = buildOutline(body, markerOptions);
  const references = planReferences(kept, body, title);

  const diagnostics = [...builder.diagnostics];
  const planYear = planYearOf(title, meta.issuedOn, textOf(body));
  const sections = toSections(builder.roots, { planId: id, issuedOn: meta.issuedOn, planYear, firstListedLeads, diagnostics });
  diagnostics.push(...coverageDiagnostics({ blocks: own, uncovered: builder.leading, sections }));
  // the plan's strings are copies, not slices that would keep the document's text (and the plan's
  // body joined for the search of references) alive; the sections copied theirs as they were built
  const plan: Plan = { id, part: heading?.part ?? null, title, docNumber: meta.docNumber, issuer: meta.issuer, issuedOn: meta.issuedOn, references, preamble, sections: [] };
  detachStrings(plan);
  plan.sections = sections;
  return { plan, diagnostics: detachStrings(diagnostics) };
}

/** A compilation's parts (篇一…), the plans a notice issues (附件1, 附件2 …), or the whole text. */
function planSegments(blocks: Block[]): Segment[] {
  const parts = findParts(blocks);
  if (parts.length) {
    return parts.map((part, index) => ({
      heading: part,
      blocks: blocks.slice(part.index, parts[index + 1]?.index ?? blocks.length),
      notice: [],
    }));
  }
  const split = splitNotice(blocks);
  if (!split) return [{ heading: null, blocks, notice: [] }];
  // the first plan takes every line after the signature: a title wrapped over two lines, "（此件公开发布）"
  return split.starts.map((start, index) => ({
    heading: null,
    blocks: blocks.slice(index === 0 ? split.notice.length : start, split.starts[index + 1] ?? blocks.length),
    notice: split.notice,
  }));
}

export interface BuildOptions {
  /**
   * The caller hands the blocks over: the array is emptied once the plans are cut from it, and each
   * plan's blocks go as soon as that plan is built (a large compilation never holds all its blocks
   * and all its plans at once).
   */
  handOver?: boolean;
}

export function buildPlans(blocks: Block[], options: BuildOptions = {}): { plans: Plan[]; diagnostics: Diagnostic[] } {
  const diagnostics = textDiagnostics(blocks);
  // "（排在首位的为牵头单位）": said once, in the notice or a preamble, for every list of the document
  const firstListedLeads = blocks.some((block) => statesFirstListedLead(block.content.text));
  const segments: (Segment | null)[] = planSegments(blocks);
  // (a document of one plan is its own segment: its array goes when the plan is built)
  if (options.handOver && segments.every((segment) => segment!.blocks !== blocks)) blocks.length = 0;
  const plans: Plan[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    if (options.handOver) segments[index] = null;
    const built = buildPlan(segment, `p${index + 1}`, firstListedLeads);
    // a loop, not push(...): a plan of a million items has a million diagnostics, past the call stack
    for (const diagnostic of built.diagnostics) diagnostics.push(diagnostic);
    plans.push(built.plan);
  }
  if (options.handOver) blocks.length = 0;
  return { plans, diagnostics: dedupeByLine(diagnostics) };
}

/** One warning per code and line: "□cmi□" is one damaged place, not two warnings. */
function dedupeByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.code}@${diagnostic.span?.startLine ?? ''}@${diagnostic.span?.page ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
