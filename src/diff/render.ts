// The readable report: changes grouped under their top-level section, old → new, one line per
// field. Colour is the caller's decision (a TTY without NO_COLOR); this module only formats.
import type { DiffChange, DiffReport } from '../schema/contract.js';
import type { FieldChange } from './fields.js';

export interface RenderOptions {
  color: boolean;
  /** the group heading of each change (DiffResult.groups); without it, the first path segment */
  groups?: readonly string[];
}

const STYLES = { red: 31, green: 32, yellow: 33, cyan: 36, bold: 1, dim: 2 } as const;
type Style = keyof typeof STYLES;

const MARKS: Record<DiffChange['kind'], { mark: string; style: Style }> = {
  added: { mark: '+', style: 'green' },
  removed: { mark: '-', style: 'red' },
  changed: { mark: '~', style: 'yellow' },
  moved: { mark: '>', style: 'cyan' },
};

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(formatValue).join('、');
  return String(value);
}

function fieldLine(field: FieldChange, paint: ReturnType<typeof painter>): string {
  const parts: string[] = [];
  if (field.removed && field.removed.length > 0) parts.push(paint('red', `- ${field.removed.join('、')}`));
  if (field.added && field.added.length > 0) parts.push(paint('green', `+ ${field.added.join('、')}`));
  if (parts.length === 0) parts.push(`${paint('red', formatValue(field.old))} → ${paint('green', formatValue(field.new))}`);
  return `      ${paint('dim', `${field.field}:`)} ${parts.join('  ')}`;
}

function pathLabel(change: DiffChange): string {
  const oldPath = change.oldPath === '' ? '(plan)' : change.oldPath;
  const newPath = change.newPath === '' ? '(plan)' : change.newPath;
  if (oldPath === null) return newPath ?? '';
  if (newPath === null || newPath === oldPath) return oldPath;
  return `${oldPath} → ${newPath}`;
}

/** Without DiffResult.groups (a report read back from JSON): the first segment, or part and first segment. */
function pathGroup(change: DiffChange): string {
  const path = change.newPath ?? change.oldPath ?? '';
  const [first = '', second] = path.split('/');
  return first.startsWith('篇') && second !== undefined ? `${first}/${second}` : first;
}

function summaryLine(summary: DiffReport['summary']): string {
  const differing = summary.added + summary.removed + summary.changed + summary.moved;
  return `${differing} difference${differing === 1 ? '' : 's'}: ${summary.changed} changed, ${summary.moved} moved, ${summary.added} added, ${summary.removed} removed; ${summary.unchanged} sections unchanged`;
}

export function renderReport(report: DiffReport, options: RenderOptions): string {
  const paint = painter(options.color);
  const lines = [paint('red', `--- ${report.old.path}`), paint('green', `+++ ${report.new.path}`)];
  if (report.changes.length === 0) {
    lines.push(`no differences (${report.summary.unchanged} sections agree)`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(summaryLine(report.summary));
  let group: string | null = null;
  report.changes.forEach((change, index) => {
    const name = options.groups?.[index] ?? pathGroup(change);
    if (name !== group) {
      group = name;
      lines.push('', paint('bold', name === '' ? '(plan)' : name));
    }
    const { mark, style } = MARKS[change.kind];
    lines.push(`  ${paint(style, `${mark} ${pathLabel(change)}`)} ${change.title} ${paint('dim', `(${change.kind})`)}`);
    for (const field of change.fields) lines.push(fieldLine(field, paint));
  });
  return `${lines.join('\n')}\n`;
}
