import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/diff/render.js';
import type { DiffReport } from '../../src/schema/contract.js';

const REPORT: DiffReport = {
  schemaVersion: '1',
  old: { path: 'old.txt', sha256: 'a' },
  new: { path: 'new.txt', sha256: 'b' },
  summary: { added: 1, removed: 1, changed: 1, moved: 1, unchanged: 20 },
  changes: [
    {
      kind: 'changed',
      oldPath: '二/（二）/1',
      newPath: '二/（二）/1',
      title: '建设区域医疗卫生高地',
      fields: [
        { field: 'targets[三级医院数量].value', old: 3, new: 4 },
        { field: 'responsibility.units', added: ['州财政局'], removed: [] },
      ],
    },
    { kind: 'moved', oldPath: '二/（二）/4', newPath: '二/（二）/3', title: '推动智慧医院建设', fields: [] },
    { kind: 'removed', oldPath: '二/（三）/2', newPath: null, title: '加强临床专科能力', fields: [] },
    { kind: 'added', oldPath: null, newPath: '三/（一）', title: '加强组织领导', fields: [] },
  ],
};

const GROUPS = ['二 重点工作任务', '二 重点工作任务', '二 重点工作任务', '三 保障措施'];

describe('renderReport', () => {
  it('groups changes under their top-level heading, old → new', () => {
    expect(renderReport(REPORT, { color: false, groups: GROUPS })).toBe(
      [
        '--- old.txt',
        '+++ new.txt',
        '4 differences: 1 changed, 1 moved, 1 added, 1 removed; 20 sections unchanged',
        '',
        '二 重点工作任务',
        '  ~ 二/（二）/1 建设区域医疗卫生高地 (changed)',
        '      targets[三级医院数量].value: 3 → 4',
        '      responsibility.units: + 州财政局',
        '  > 二/（二）/4 → 二/（二）/3 推动智慧医院建设 (moved)',
        '  - 二/（三）/2 加强临床专科能力 (removed)',
        '',
        '三 保障措施',
        '  + 三/（一） 加强组织领导 (added)',
        '',
      ].join('\n'),
    );
  });

  it('without groups, groups by the first path segment', () => {
    const lines = renderReport(REPORT, { color: false }).split('\n');
    expect(lines.filter((line) => /^\S/.test(line) && !/^(---|\+\+\+|\d)/.test(line))).toEqual(['二', '三']);
  });

  it('says so when there is nothing to report', () => {
    const same = { ...REPORT, summary: { ...REPORT.summary, added: 0, removed: 0, changed: 0, moved: 0 }, changes: [] };
    expect(renderReport(same, { color: false })).toBe('--- old.txt\n+++ new.txt\nno differences (20 sections agree)\n');
  });

  it('colours only when asked', () => {
    expect(renderReport(REPORT, { color: false })).not.toContain('\u001b[');
    const coloured = renderReport(REPORT, { color: true });
    expect(coloured).toContain('\u001b[31m3\u001b[0m → \u001b[32m4\u001b[0m');
    expect(coloured).toContain('\u001b[36m> 二/（二）/4 → 二/（二）/3\u001b[0m');
  });
});
