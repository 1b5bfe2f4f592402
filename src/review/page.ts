// The review page as HTML: a hast tree built with hastscript and serialised by hast-util-to-html,
// so every piece of source text is a text node and escaped ("<script>" in a plan shows as text).
// One self-contained file: the stylesheet and the script are inline and a Content-Security-Policy
// allows exactly those two (by hash) and nothing from the network.
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Plan } from '../schema/contract.js';
import type { Counts, OutlineNode, ReviewOutline, ValueRow } from './outline.js';
import type { LineView, ReviewModel } from './page-model.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';

const KIND_LABEL = {
  heading: 'heading 标题',
  lead: 'lead 牵头',
  support: 'support 配合',
  units: 'units as written',
  deadline: 'deadline 时限',
  target: 'target 目标',
} as const;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** Only the inline style and script of this page run; nothing is fetched. */
export function contentSecurityPolicy(style: string, script: string | null): string {
  const scriptSource = script === null ? "'none'" : `'sha256-${sha256(script)}'`;
  return `default-src 'none'; style-src 'sha256-${sha256(style)}'; script-src ${scriptSource}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** The <html> element of a page with this title, body class and content. */
export function pageDocument(title: string, body: ElementContent[], options: { script: string | null; bodyClass?: string }): string {
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy(PAGE_STYLE, options.script) }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'generator', content: 'plan-extract review' }),
    h('title', title),
    h('style', PAGE_STYLE),
  ]);
  const scripts = options.script === null ? [] : [h('script', options.script)];
  const tree: Root = {
    type: 'root',
    children: [{ type: 'doctype' }, h('html', { lang: 'zh-CN' }, [head, h('body', { className: options.bodyClass ? [options.bodyClass] : undefined }, [...body, ...scripts])])],
  };
  return toHtml(tree);
}

const lineRef = (start: number | null, end?: number | null): string =>
  start === null ? '' : end && end !== start ? `L${start}–${end}` : `L${start}`;

function metaLine(plan: Plan): Element | null {
  const parts = [plan.docNumber, plan.issuer, plan.issuedOn].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : h('p.meta', parts.map((part) => h('span', part)));
}

function countSpans(counts: Counts, extra: { plans?: number; coverage?: number } = {}): Element[] {
  const item = (name: string, value: number, label: string) =>
    h('span', { dataCount: name }, [h('span.n', String(value)), ` ${label}`]);
  const spans: Element[] = [];
  if (extra.plans !== undefined && extra.plans !== 1) spans.push(item('plans', extra.plans, 'plans'));
  spans.push(
    item('sections', counts.sections, counts.sections === 1 ? 'section' : 'sections'),
    item('units', counts.units, counts.units === 1 ? 'unit' : 'units'),
    item('deadlines', counts.deadlines, counts.deadlines === 1 ? 'deadline' : 'deadlines'),
    item('targets', counts.targets, counts.targets === 1 ? 'target' : 'targets'),
    item('warnings', counts.warnings, counts.warnings === 1 ? 'warning' : 'warnings'),
  );
  if (extra.coverage !== undefined) {
    spans.push(h('span', { dataCount: 'coverage', title: 'share of the source text that lies on the lines of an item' }, [
      h('span.n', `${Math.round(extra.coverage * 100)}%`),
      ' of text in items',
    ]));
  }
  return spans;
}

function valueLink(row: ValueRow, found: boolean): Element {
  return h(
    'a.v',
    {
      className: [`k-${row.kind}`, ...(found ? [] : ['approx'])],
      href: row.line === null ? undefined : `#L${row.line}`,
      dataV: row.id,
      dataLine: row.line === null ? undefined : String(row.line),
      title: found ? `${KIND_LABEL[row.kind]} · ${lineRef(row.line)}` : `${KIND_LABEL[row.kind]} · ${lineRef(row.line)} (text not found in the line: the whole line is shown)`,
    },
    row.label,
  );
}

function valueRows(node: OutlineNode, found: (row: ValueRow) => boolean): Element[] {
  const rows: Element[] = [];
  const role = (label: string) => h('span.role', label);
  if (node.lead.length > 0) rows.push(h('li.val.k-lead', [role('lead 牵头'), ...node.lead.map((row) => valueLink(row, found(row)))]));
  if (node.support.length > 0) rows.push(h('li.val.k-support', [role('support 配合'), ...node.support.map((row) => valueLink(row, found(row)))]));
  if (node.units && node.lead.length + node.support.length === 0) rows.push(h('li.val.k-units', [role('units'), valueLink(node.units, found(node.units))]));
  for (const row of node.deadlines) rows.push(h('li.val.k-deadline', [role('deadline 时限'), valueLink(row, found(row)), h('span.detail', row.detail ?? '')]));
  for (const row of node.targets) rows.push(h('li.val.k-target', [role('target 目标'), valueLink(row, found(row)), h('span.detail', row.detail ?? '')]));
  return rows;
}

function nodeElement(node: OutlineNode, found: (row: ValueRow) => boolean): Element {
  const { section } = node;
  const values = valueRows(node, found);
  const badges: Element[] = [];
  if (node.withoutUnits) badges.push(h('span.badge.nounits', { title: 'no responsible unit on this item, above or below it' }, 'no units'));
  if (node.diagnostics.length > 0) badges.push(h('span.badge.warn', `${node.diagnostics.length} warning${node.diagnostics.length === 1 ? '' : 's'}`));
  const summary = h('summary', [
    valueLink(node.heading, found(node.heading)),
    h('span.where', lineRef(section.span.startLine, section.span.endLine) + (section.span.page ? ` p.${section.span.page}` : '')),
    ...badges,
  ]);
  const inner: ElementContent[] = [summary];
  if (values.length > 0) inner.push(h('ul.vals', values));
  if (node.children.length > 0) inner.push(h('ul.kids', node.children.map((child) => nodeElement(child, found))));
  const classes = [
    values.length === 0 && node.children.length === 0 ? 'leaf' : null,
    node.withoutUnits ? 'no-units' : null,
    node.below.withoutUnits ? 'm-nounits' : null,
    node.below.targets ? 'm-targets' : null,
    node.below.diagnostics ? 'm-warn' : null,
    node.diagnostics.length > 0 ? 'warn' : null,
  ].filter((name): name is string => name !== null);
  return h('li.node', { id: `n-${section.id}`, className: classes, dataSection: section.id }, [h('details', { open: true }, inner)]);
}

function diagnosticsElement(outline: ReviewOutline): Element {
  const { diagnostics } = outline;
  if (diagnostics.length === 0) return h('details.diags.none', [h('summary', 'No diagnostics')]);
  return h('details.diags', { open: true }, [
    h('summary', `Diagnostics (${diagnostics.length})`),
    h(
      'ol',
      diagnostics.map(({ diagnostic, sectionId }) => {
        const text = `${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
        const where = diagnostic.span ? `${lineRef(diagnostic.span.startLine, diagnostic.span.endLine)}${diagnostic.span.page ? ` p.${diagnostic.span.page}` : ''}: ` : '';
        const content = diagnostic.span
          ? h('a', { href: `#L${diagnostic.span.startLine}`, dataLine: String(diagnostic.span.startLine), dataSection: sectionId ?? undefined }, `${where}${text}`)
          : h('span', text);
        return h('li', { className: [diagnostic.severity] }, [content]);
      }),
    ),
  ]);
}

function sourceLineElement(line: LineView): Element {
  const text = line.segments.map((segment): ElementContent =>
    segment.values.length === 0
      ? { type: 'text', value: segment.text }
      : h('mark', { className: segment.kinds.map((kind) => `k-${kind}`), dataV: segment.values.join(' ') }, segment.text),
  );
  const blank = line.segments.every((segment) => segment.text.trim() === '');
  const classes = [blank ? 'blank' : line.sectionId === null ? 'out' : null, line.warning ? 'warn' : null].filter(
    (name): name is string => name !== null,
  );
  return h('div.ln', { id: `L${line.number}`, className: classes, dataSection: line.sectionId ?? undefined }, [
    h('span.no', String(line.number)),
    h('span.tx', text),
  ]);
}

function sourcePane(lines: LineView[]): Element {
  const children: ElementContent[] = [h('p.pane-title', 'Source text (the lines the tool read)')];
  let page: number | null = null;
  for (const line of lines) {
    if (line.page !== null && line.page !== page) {
      page = line.page;
      children.push(h('div.pb', { id: `page-${page}` }, `page ${page}`));
    }
    children.push(sourceLineElement(line));
  }
  return h('section#source', { ariaLabel: 'source text' }, children);
}

function legend(): Element {
  const swatch = (kind: string, label: string) => h('span', [h('mark', { className: [`k-${kind}`] }, label)]);
  return h('div.legend', [
    swatch('heading', 'heading 标题'),
    swatch('lead', 'unit 单位'),
    swatch('deadline', 'deadline 时限'),
    swatch('target', 'target 目标'),
    h('span', [h('mark', { className: ['k-out'] }, 'grey: in no item')]),
  ]);
}

function header(model: ReviewModel, fileLabel: string): Element {
  const { outline } = model;
  const first = outline.plans[0]?.plan;
  const source = outline.source;
  const fileFacts = [
    fileLabel,
    source.format,
    source.encoding,
    source.pages === null ? null : `${source.pages} pages`,
    source.script === 'simplified' ? null : `${source.script} script`,
  ].filter((part): part is string => part !== null);
  const toolbar = h('div.toolbar', [
    h('div.group', [
    h('span', 'Show only:'),
    h('button', { type: 'button', dataFilter: 'nounits', ariaPressed: 'false', title: 'show only items with no responsible unit on themselves, above or below' }, 'Items without units'),
    h('button', { type: 'button', dataFilter: 'targets', ariaPressed: 'false', title: 'show only items with targets, and only their targets' }, 'Targets only'),
    h('button', { type: 'button', dataFilter: 'warnings', ariaPressed: 'false', title: 'show only items with a diagnostic' }, 'Warnings'),
    ]),
    h('div.group', [
      h('button', { type: 'button', dataOpen: 'all' }, 'Expand all'),
      h('button', { type: 'button', dataOpen: 'none' }, 'Collapse all'),
    ]),
    legend(),
  ]);
  return h('header', [
    h('h1', first?.title ?? fileLabel),
    outline.plans.length === 1 && first ? metaLine(first) : null,
    h('p.summary', countSpans(outline.counts, { plans: outline.counts.plans, coverage: model.coverage })),
    toolbar,
    h('p.hint', 'Click a value on the right to see its text in the source; click the source to find its item. Grey lines landed in no item.'),
    h('p.file', fileFacts.join(' · ')),
  ].filter((child): child is Element => child !== null));
}

function outlinePane(model: ReviewModel): Element {
  const found = (row: ValueRow): boolean => model.spans.get(row.id) !== null && model.spans.get(row.id) !== undefined;
  const plans = model.outline.plans.map(({ plan, counts, nodes }) =>
    h('section.plan', { dataPlan: plan.id }, [
      h('h2', [plan.part ? `${plan.part} ` : '', plan.title ?? '(untitled plan)']),
      model.outline.plans.length > 1 ? metaLine(plan) : null,
      h('p.counts', countSpans(counts)),
      nodes.length === 0 ? h('p.empty-note', 'No outline was found in this plan.') : h('ul.tree', nodes.map((node) => nodeElement(node, found))),
    ].filter((child): child is Element => child !== null)),
  );
  return h('section#outline', { ariaLabel: 'extracted outline' }, [
    h('p.pane-title', 'What was extracted'),
    diagnosticsElement(model.outline),
    ...plans,
  ]);
}

/** The whole review page for one file; `fileLabel` is how the page names the source (its path). */
export function renderReviewPage(model: ReviewModel, fileLabel: string): string {
  const title = `${model.outline.plans[0]?.plan.title ?? fileLabel} — plan-extract review`;
  return pageDocument(title, [header(model, fileLabel), h('main', [sourcePane(model.lines), outlinePane(model)])], { script: PAGE_SCRIPT });
}
