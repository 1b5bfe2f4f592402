// The index of a batch's review pages: one row per input with its counts and warnings, sortable by
// any column, each linking to its page; failed inputs with their error code. Built as a hast tree.
import type { Element } from 'hast';
import { h } from 'hastscript';
import { pageDocument } from './page.js';
import { INDEX_SCRIPT } from './page-script.js';
import type { Counts } from './outline.js';

export interface IndexEntry {
  /** the input as the batch report shows it */
  input: string;
  status: 'ok' | 'skipped' | 'failed';
  /** the page's path relative to the index, POSIX; null when there is none */
  page: string | null;
  title: string | null;
  counts: (Counts & { plans: number }) | null;
  /** E_… and message of a failed input */
  error: string | null;
}

const COLUMNS: { key: keyof (Counts & { plans: number }); label: string }[] = [
  { key: 'plans', label: 'plans' },
  { key: 'sections', label: 'sections' },
  { key: 'units', label: 'units' },
  { key: 'deadlines', label: 'deadlines' },
  { key: 'targets', label: 'targets' },
  { key: 'warnings', label: 'warnings' },
];

function row(entry: IndexEntry): Element {
  const name = entry.page ? h('a', { href: entry.page }, entry.input) : entry.input;
  const cells: Element[] = [
    h('td', { dataSort: entry.input }, [name]),
    h('td.text', { dataSort: entry.title ?? '' }, entry.title ?? ''),
    h('td.text', { dataSort: entry.status }, entry.status === 'failed' ? `failed: ${entry.error ?? ''}` : entry.status),
  ];
  for (const column of COLUMNS) {
    const value = entry.counts?.[column.key];
    cells.push(h('td', { dataSort: String(value ?? -1) }, value === undefined ? '—' : String(value)));
  }
  return h('tr', { className: entry.status === 'failed' ? ['failed'] : undefined }, cells);
}

export function renderIndexPage(entries: IndexEntry[], title: string): string {
  const heading = (label: string, numeric: boolean) =>
    h('th', { scope: 'col', className: numeric ? undefined : ['text'], dataNumeric: numeric ? '' : undefined }, [h('button', { type: 'button' }, label)]);
  const total = (key: keyof (Counts & { plans: number })) => entries.reduce((sum, entry) => sum + (entry.counts?.[key] ?? 0), 0);
  const failed = entries.filter((entry) => entry.status === 'failed').length;
  const summary = `${entries.length} files · ${failed} failed · ${total('sections')} sections · ${total('targets')} targets · ${total('warnings')} warnings`;
  const body = [
    h('header', [h('h1', title), h('p.summary', summary), h('p.hint', 'Click a column heading to sort by it; click a file to open its review page.')]),
    h('table.files', [
      h('thead', [h('tr', [heading('file', false), heading('title', false), heading('status', false), ...COLUMNS.map((column) => heading(column.label, true))])]),
      h('tbody', entries.map(row)),
    ]),
  ];
  return pageDocument(title, body, { script: INDEX_SCRIPT, bodyClass: 'index' });
}
