import { describe, expect, it } from 'vitest';
import { deadlineChanges, responsibilityChanges, targetChanges, textChanges } from '../../src/diff/fields.js';
import { section } from './builders.js';

const target = (metric: string, value: number | string, extra: Record<string, unknown> = {}) =>
  section({ path: '1', title: 't', targets: [{ metric, value, ...extra }] }).targets[0]!;
const deadline = (date: string | null, text = date ?? '持续推进', kind: 'by' | 'ongoing' = 'by') => ({ text, date, kind, line: 1 });
const people = (units: string[], lead: string[] = []) => section({ path: '1', title: 't', units, lead }).responsibility;

describe('targetChanges', () => {
  it.each([
    ['same target', [target('县域内就诊率', 90)], [target('县域内就诊率', 90)], []],
    ['raised value', [target('县域内就诊率', 70)], [target('县域内就诊率', 80)], [{ field: 'targets[县域内就诊率].value', old: 70, new: 80 }]],
    [
      'comparator and deadline',
      [target('县域内就诊率', 90, { comparator: '>=', deadline: '2025-12-31' })],
      [target('县域内就诊率', 90, { comparator: '>', deadline: '2024-12-31' })],
      [
        { field: 'targets[县域内就诊率].comparator', old: '>=', new: '>' },
        { field: 'targets[县域内就诊率].deadline', old: '2025-12-31', new: '2024-12-31' },
      ],
    ],
    [
      'paired by metric, not by order',
      [target('三级医院数量', 3, { unit: '家' }), target('县域内就诊率', 90)],
      [target('县域内就诊率', 95), target('三级医院数量', 3, { unit: '家' })],
      [{ field: 'targets[县域内就诊率].value', old: 90, new: 95 }],
    ],
    [
      'a new and a dropped metric',
      [target('重点专科数量', 5, { unit: '个' })],
      [target('床位使用率', 85)],
      [{ field: 'targets', added: ['床位使用率达到85%'], removed: ['重点专科数量达到5个'] }],
    ],
    ['formatting of the metric', [target('ICU 床位占比', 4)], [target('icu床位占比', 4)], []],
  ])('%s', (_name, before, after, expected) => {
    expect(targetChanges(before, after)).toEqual(expected);
  });
});

describe('deadlineChanges', () => {
  it.each([
    ['same date, other wording', [deadline('2025-12-31', '到2025年')], [deadline('2025-12-31', '2025年底前')], []],
    ['moved', [deadline('2025-12-31')], [deadline('2024-12-31')], [{ field: 'deadlines', old: '2025-12-31', new: '2024-12-31' }]],
    ['added', [], [deadline('2024-06-30')], [{ field: 'deadlines', added: ['2024-06-30'], removed: [] }]],
    ['to ongoing', [deadline('2025-12-31')], [deadline(null, '持续推进', 'ongoing')], [{ field: 'deadlines', old: '2025-12-31', new: '持续推进' }]],
  ])('%s', (_name, before, after, expected) => {
    expect(deadlineChanges(before, after)).toEqual(expected);
  });
});

describe('responsibilityChanges', () => {
  it.each([
    ['same units', people(['州卫健委', '州医保局']), people(['州医保局', '州卫健委']), []],
    ['a unit added', people(['州卫健委']), people(['州卫健委', '州财政局']), [{ field: 'responsibility.units', added: ['州财政局'], removed: [] }]],
    ['a unit dropped', people(['州卫健委', '州财政局']), people(['州卫健委']), [{ field: 'responsibility.units', added: [], removed: ['州财政局'] }]],
    [
      'promoted to lead',
      people(['州卫健委', '州财政局'], ['州卫健委']),
      people(['州卫健委', '州财政局'], ['州卫健委', '州财政局']),
      [{ field: 'responsibility.lead', added: ['州财政局'], removed: [] }],
    ],
    ['width of a name', people(['州卫健委（中医药局）']), people(['州卫健委(中医药局)']), []],
  ])('%s', (_name, before, after, expected) => {
    expect(responsibilityChanges(before, after)).toEqual(expected);
  });
});

describe('textChanges', () => {
  const item = (title: string, text: string) => section({ path: '1', title, text });
  it.each([
    ['same', item('加强专科建设', '建设重点专科。'), item('加强专科建设', '建设重点专科。'), []],
    ['split differently between title and text', item('加强专科建设。建设重点专科', '。'), item('加强专科建设', '。建设重点专科。'), []],
    ['retitled', item('加强专科建设', '建设重点专科。'), item('提升专科能力', '建设重点专科。'), [{ field: 'title', old: '加强专科建设', new: '提升专科能力' }]],
    ['text edited', item('加强专科建设', '建设重点专科3个。'), item('加强专科建设', '建设重点专科5个。'), [{ field: 'text', old: '建设重点专科3个。', new: '建设重点专科5个。' }]],
  ])('%s', (_name, before, after, expected) => {
    expect(textChanges(before, after)).toEqual(expected);
  });
});
