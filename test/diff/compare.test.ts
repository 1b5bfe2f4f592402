import { describe, expect, it } from 'vitest';
import { diffPlanFiles } from '../../src/diff/index.js';
import type { CompareOptions } from '../../src/diff/index.js';
import { ITEMS, plan, side, type SectionSpec } from './builders.js';

const DEFAULT: CompareOptions = { ignore: new Set() };

/** A two-level plan: 一 with the five items, 二 with one item of its own. */
function twoLevel(items: SectionSpec[], second: SectionSpec[] = [SAFEGUARD]) {
  return plan([
    { path: '一', title: '重点工作任务', children: items.map((item) => ({ ...item, path: `一/${item.path}` })) },
    { path: '二', title: '保障措施', children: second.map((item) => ({ ...item, path: `二/${item.path}` })) },
  ]);
}
const SAFEGUARD: SectionSpec = { path: '1', title: '加强组织领导', text: '各县市成立推动公立医院高质量发展工作领导小组，统筹推进各项改革任务落地见效。' };

/** The items renumbered 1…n in their new order, as an editor would. */
const renumber = (items: SectionSpec[]): SectionSpec[] => items.map((item, index) => ({ ...item, path: String(index + 1) }));

function diff(before: ReturnType<typeof plan>, after: ReturnType<typeof plan>, options = DEFAULT) {
  return diffPlanFiles(side('old.json', [before]), side('new.json', [after]), options).report;
}

const brief = (report: ReturnType<typeof diff>) =>
  report.changes.map((change) => ({ kind: change.kind, oldPath: change.oldPath, newPath: change.newPath, fields: change.fields }));

describe('diffPlanFiles on hand-built plans', () => {
  it('a plan against itself: no changes, every section unchanged', () => {
    const report = diff(twoLevel(ITEMS), twoLevel(ITEMS));
    expect(report.changes).toEqual([]);
    expect(report.summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, unchanged: 8 });
  });

  it('dropping item 3 and renumbering the rest: one removed, the renumbered ones neither moved nor changed', () => {
    const report = diff(twoLevel(ITEMS), twoLevel(renumber(ITEMS.filter((_, index) => index !== 2))));
    expect(brief(report)).toEqual([{ kind: 'removed', oldPath: '一/3', newPath: null, fields: [] }]);
    expect(report.summary.unchanged).toBe(7);
  });

  it('swapping items 2 and 4: both moved, nothing else', () => {
    const swapped = renumber([ITEMS[0]!, ITEMS[3]!, ITEMS[2]!, ITEMS[1]!, ITEMS[4]!]);
    expect(brief(diff(twoLevel(ITEMS), twoLevel(swapped)))).toEqual([
      { kind: 'moved', oldPath: '一/4', newPath: '一/2', fields: [] },
      { kind: 'moved', oldPath: '一/2', newPath: '一/4', fields: [] },
    ]);
  });

  it('--ignore moves: a swap is no difference', () => {
    const swapped = renumber([ITEMS[1]!, ITEMS[0]!, ...ITEMS.slice(2)]);
    expect(diff(twoLevel(ITEMS), twoLevel(swapped), { ignore: new Set(['moves']) }).changes).toEqual([]);
  });

  it('moving item 1 to the end: one moved', () => {
    const rotated = renumber([...ITEMS.slice(1), ITEMS[0]!]);
    expect(brief(diff(twoLevel(ITEMS), twoLevel(rotated)))).toEqual([{ kind: 'moved', oldPath: '一/1', newPath: '一/5', fields: [] }]);
  });

  it('moving an item to another heading: moved, across parents', () => {
    const report = diff(twoLevel(ITEMS), twoLevel(ITEMS.slice(0, 4), [SAFEGUARD, { ...ITEMS[4]!, path: '2' }]));
    expect(brief(report)).toEqual([{ kind: 'moved', oldPath: '一/5', newPath: '二/2', fields: [] }]);
  });

  it('retitling an item: changed, title old → new', () => {
    const retitled = ITEMS.map((item, index) => (index === 1 ? { ...item, title: '深化城市医疗集团改革' } : item));
    expect(brief(diff(twoLevel(ITEMS), twoLevel(retitled)))).toEqual([
      { kind: 'changed', oldPath: '一/2', newPath: '一/2', fields: [{ field: 'title', old: '推进医疗联合体建设', new: '深化城市医疗集团改革' }] },
    ]);
  });

  it('raising a target: the target value and an excerpt of the text', () => {
    const withTarget = (value: number): SectionSpec[] =>
      ITEMS.map((item, index) =>
        index === 1 ? { ...item, text: item.text!.replace('90%', `${value}%`), targets: [{ metric: '县域内就诊率', value }] } : item,
      );
    expect(brief(diff(twoLevel(withTarget(90)), twoLevel(withTarget(95))))).toEqual([
      {
        kind: 'changed',
        oldPath: '一/2',
        newPath: '一/2',
        fields: [
          { field: 'targets[县域内就诊率].value', old: 90, new: 95 },
          { field: 'text', old: '…现县域内就诊率达到90%以上，基层首诊逐步…', new: '…现县域内就诊率达到95%以上，基层首诊逐步…' },
        ],
      },
    ]);
  });

  it('adding a unit: responsibility.units added', () => {
    const more = ITEMS.map((item, index) => (index === 3 ? { ...item, units: [...item.units!, '州财政局'] } : item));
    expect(brief(diff(twoLevel(ITEMS), twoLevel(more)))).toEqual([
      { kind: 'changed', oldPath: '一/4', newPath: '一/4', fields: [{ field: 'responsibility.units', added: ['州财政局'], removed: [] }] },
    ]);
  });

  it('a new item: added, in its place', () => {
    const added: SectionSpec = { path: '6', title: '加强医学人才培养', text: '实施卫生健康人才培养工程，每年选派骨干医师赴援疆省市进修学习。' };
    expect(brief(diff(twoLevel(ITEMS), twoLevel([...ITEMS, added])))).toEqual([{ kind: 'added', oldPath: null, newPath: '一/6', fields: [] }]);
  });

  it('formatting only (width, spaces, punctuation): no changes', () => {
    const reformatted = ITEMS.map((item) => ({
      ...item,
      text: item.text!.replace(/，/g, ', ').replace(/(\d+)/g, (digits) => ` ${[...digits].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')} `),
    }));
    expect(diff(twoLevel(ITEMS), twoLevel(reformatted)).changes).toEqual([]);
  });

  it('--ignore text: a text-only edit is no change, a unit change still is', () => {
    const edited = ITEMS.map((item, index) =>
      index === 0 ? { ...item, text: `${item.text}加快推进。` } : index === 2 ? { ...item, units: ['州财政局'] } : item,
    );
    const report = diff(twoLevel(ITEMS), twoLevel(edited), { ignore: new Set(['text']) });
    expect(brief(report)).toEqual([
      { kind: 'changed', oldPath: '一/3', newPath: '一/3', fields: [{ field: 'responsibility.units', added: ['州财政局'], removed: ['州卫生健康委'] }] },
    ]);
  });

  it('plan metadata: the document number and the preamble', () => {
    const before = twoLevel(ITEMS);
    const after = { ...twoLevel(ITEMS), docNumber: '克政办发〔2023〕5号', preamble: '为贯彻落实有关要求，制定本方案。' };
    expect(brief(diff({ ...before, docNumber: '克政办发〔2022〕16号', preamble: '为贯彻落实有关精神，制定本方案。' }, after))).toEqual([
      {
        kind: 'changed',
        oldPath: '',
        newPath: '',
        fields: [
          { field: 'docNumber', old: '克政办发〔2022〕16号', new: '克政办发〔2023〕5号' },
          { field: 'preamble', old: '为贯彻落实有关精神，制定本方案。', new: '为贯彻落实有关要求，制定本方案。' },
        ],
      },
    ]);
  });

  it('a compilation: plans pair by part even when reordered, and paths carry the part', () => {
    const part = (name: string, items: SectionSpec[]) => ({ ...twoLevel(items), id: name, part: name, title: `实施方案${name}` });
    const changed = ITEMS.map((item, index) => (index === 0 ? { ...item, units: ['州医保局'] } : item));
    const { report, groups } = diffPlanFiles(
      side('old.json', [part('篇一', ITEMS), part('篇二', ITEMS.slice(0, 3))]),
      side('new.json', [part('篇二', ITEMS.slice(0, 3)), part('篇一', changed)]),
      DEFAULT,
    );
    expect(groups).toEqual(['篇一/一 重点工作任务']);
    expect(brief(report)).toEqual([
      {
        kind: 'changed',
        oldPath: '篇一/一/1',
        newPath: '篇一/一/1',
        fields: [{ field: 'responsibility.units', added: ['州医保局'], removed: ['州卫生健康委'] }],
      },
    ]);
  });

  it('the report validates and counts by kind', () => {
    const report = diff(twoLevel(ITEMS), twoLevel(renumber([ITEMS[1]!, ITEMS[0]!, ITEMS[2]!, ITEMS[3]!])));
    expect(report.summary).toEqual({ added: 0, removed: 1, changed: 0, moved: 2, unchanged: 5 });
  });
});
