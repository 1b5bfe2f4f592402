// `plan-extract show`: the review outline for a terminal. Each item on its own line, indented by
// level, with its units, deadlines and targets on the lines below it and the source line at the end.
// Colour is the caller's decision (a TTY without NO_COLOR); this module only formats.
import type { Plan } from '../schema/contract.js';
import type { Counts, OutlineNode, ReviewOutline, ValueRow } from './outline.js';

export interface ShowOptions {
  color: boolean;
  /** the deepest level shown (1 = top-level items only); Infinity for all */
  depth: number;
}

const STYLES = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 } as const;
type Style = keyof typeof STYLES;

// A plan's text reaches the terminal: its control characters (an ESC starts a terminal command) are shown, not obeyed
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
}

const clean = (text: string): string => text.replace(CONTROL, '\ufffd');

const lineRef = (start: number | null, end?: number | null): string =>
  start === null ? '' : end && end !== start ? `L${start}–${end}` : `L${start}`;

export function countsLine(counts: Counts, plans?: number): string {
  const item = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;
  const parts = [
    item(counts.sections, 'section', 'sections'),
    item(counts.units, 'unit', 'units'),
    item(counts.deadlines, 'deadline', 'deadlines'),
    item(counts.targets, 'target', 'targets'),
    item(counts.warnings, 'warning', 'warnings'),
  ];
  if (plans !== undefined && plans !== 1) parts.unshift(item(plans, 'plan', 'plans'));
  return parts.join(' · ');
}

function planHeader(plan: Plan, counts: Counts, paint: ReturnType<typeof painter>): string[] {
  const title = `${plan.part ? `${plan.part} ` : ''}${plan.title ?? '(untitled plan)'}`;
  const lines = [paint('bold', clean(title))];
  const meta = [plan.docNumber, plan.issuer, plan.issuedOn].filter((part): part is string => part !== null);
  if (meta.length > 0) lines.push(clean(meta.join(' · ')));
  lines.push(paint('dim', countsLine(counts)));
  return lines;
}

function valueLines(node: OutlineNode, indent: string, paint: ReturnType<typeof painter>): string[] {
  const lines: string[] = [];
  const where = (row: ValueRow | undefined) => (row ? paint('dim', `  ${lineRef(row.line)}`) : '');
  const label = (text: string) => paint('dim', text.padEnd(9));
  if (node.lead.length > 0) lines.push(`${indent}${label('lead')}${paint('green', clean(node.lead.map((row) => row.label).join('、')))}${where(node.lead[0])}`);
  if (node.support.length > 0) {
    lines.push(`${indent}${label('support')}${paint('green', clean(node.support.map((row) => row.label).join('、')))}${where(node.support[0])}`);
  }
  if (node.units && node.lead.length + node.support.length === 0) lines.push(`${indent}${label('units')}${clean(node.units.label)}${where(node.units)}`);
  for (const row of node.deadlines) lines.push(`${indent}${label('deadline')}${paint('yellow', clean(row.label))}  ${row.detail ?? ''}${where(row)}`);
  for (const row of node.targets) {
    lines.push(`${indent}${label('target')}${paint('magenta', clean(row.label))}${where(row)}`);
    lines.push(`${indent}${' '.repeat(9)}${paint('dim', clean(row.detail ?? ''))}`);
  }
  return lines;
}

function countBelow(node: OutlineNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countBelow(child), 0);
}

function nodeLines(node: OutlineNode, options: ShowOptions, paint: ReturnType<typeof painter>): string[] {
  const { section } = node;
  const indent = '  '.repeat(section.level - 1);
  const flags = [
    node.withoutUnits ? paint('dim', ' [no units]') : '',
    node.diagnostics.length > 0 ? paint('red', ` [${node.diagnostics.length} warning${node.diagnostics.length === 1 ? '' : 's'}]`) : '',
  ].join('');
  const lines = [
    `${indent}${paint('blue', clean(`${section.marker}${section.title}`))}${paint('dim', `  ${lineRef(section.span.startLine, section.span.endLine)}`)}${flags}`,
    ...valueLines(node, `${indent}    `, paint),
  ];
  if (section.level >= options.depth) {
    const hidden = countBelow(node);
    if (hidden > 0) lines.push(paint('dim', `${indent}    … ${hidden} item${hidden === 1 ? '' : 's'} below (--depth ${section.level + 1} or more to see them)`));
    return lines;
  }
  return [...lines, ...node.children.flatMap((child) => nodeLines(child, options, paint))];
}

export function renderShow(outline: ReviewOutline, options: ShowOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  if (outline.plans.length !== 1) out.push(paint('dim', `${outline.source.path}: ${countsLine(outline.counts, outline.counts.plans)}`), '');
  for (const { plan, counts, nodes } of outline.plans) {
    out.push(...planHeader(plan, counts, paint), '');
    out.push(...nodes.flatMap((node) => nodeLines(node, options, paint)));
    out.push('');
  }
  if (outline.diagnostics.length > 0) {
    out.push(paint('bold', 'Diagnostics'));
    for (const { diagnostic } of outline.diagnostics) {
      const where = diagnostic.span ? `${lineRef(diagnostic.span.startLine, diagnostic.span.endLine)}${diagnostic.span.page ? ` p.${diagnostic.span.page}` : ''}  ` : '';
      const style: Style = diagnostic.severity === 'info' ? 'dim' : 'red';
      out.push(`  ${paint(style, `${diagnostic.severity} ${diagnostic.code}`)}  ${where}${clean(diagnostic.message)}`);
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
