// The review outline and page model as plain values: counts, the filters' flags, labels, and each
// source line's segments, owner and warning, for small plans extracted by the library.
import { describe, expect, it } from 'vitest';
import { extractBufferWithSourceInThread as extractBufferWithSource, type Deadline, type Target } from '../../src/index.js';
import { deadlineDetail, outlineOf, targetDetail, type OutlineNode } from '../../src/review/outline.js';
import { allRows, reviewModel, segmentsOf } from '../../src/review/page-model.js';
import { createLocator } from '../../src/review/spans.js';

const PLAN = [
  '某县推动公立医院高质量发展实施方案', // 1
  '', // 2
  '一、总体要求', // 3
  '到2025年，县域内就诊率达到90%以上。', // 4
  '二、重点任务', // 5
  '（一）加强专科建设。建设3个重点专科。（牵头单位：县卫生健康局；责任单位：县财政局）', // 6
  '（二）完善制度。持续推进。', // 7
  '（四）强化保障。（责任单位：县医保局）', // 8
].join('\n');

async function extracted(text: string) {
  return extractBufferWithSource(new TextEncoder().encode(text), 'plan.txt');
}

const byPath = (nodes: OutlineNode[], path: string): OutlineNode => {
  for (const node of nodes) {
    if (node.section.path === path) return node;
    const found = node.children.length > 0 ? byPath(node.children, path) : null;
    if (found) return found;
  }
  return null as unknown as OutlineNode;
};

describe('outlineOf', async () => {
  const { planFile } = await extracted(PLAN);
  const outline = outlineOf(planFile);
  const nodes = outline.plans[0]!.nodes;

  it('counts sections, distinct units, deadlines, targets and warnings', () => {
    expect(outline.counts).toEqual({ plans: 1, sections: 5, units: 3, deadlines: 2, targets: 2, warnings: 1 });
    expect(outline.plans[0]!.counts).toEqual({ sections: 5, units: 3, deadlines: 2, targets: 2, warnings: 1 });
  });

  it.each<[string, boolean, boolean, boolean]>([
    // path, withoutUnits, below.targets, below.diagnostics
    ['一', true, true, false],
    ['二', false, true, true],
    ['二/（一）', false, true, false],
    ['二/（二）', true, false, false],
    ['二/（四）', false, false, true],
  ])('%s: without units %s, targets below %s, diagnostics %s', (path, withoutUnits, targets, diagnostics) => {
    const node = byPath(nodes, path);
    expect(node.withoutUnits).toBe(withoutUnits);
    expect(node.below.targets).toBe(targets);
    expect(node.below.diagnostics).toBe(diagnostics);
  });

  it('ties the numbering gap to the item it is on', () => {
    expect(outline.diagnostics.map((row) => [row.diagnostic.code, row.sectionId])).toEqual([['numbering-gap', byPath(nodes, '二/（四）').section.id]]);
  });

  it('gives every value a unique id, in outline order', () => {
    const ids = allRows(outline).map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual(['v1', 'v2', 'v3']);
  });
});

describe('labels', () => {
  const target = (extra: Partial<Target>): Target => ({
    text: '', metric: '就诊率', value: 90, unit: '%', comparator: '>=', deadline: null, aspirational: false, line: 1, page: null, ...extra,
  });
  it.each<[Partial<Target>, string]>([
    [{}, '就诊率 ≥ 90%'],
    [{ deadline: '2025-12-31', aspirational: true }, '就诊率 ≥ 90% · by 2025-12-31 · aspirational (力争)'],
    [{ metric: '医护比', value: '1:2', unit: 'ratio', comparator: '~' }, '医护比 ≈ 1:2'],
    [{ metric: '重点专科', value: 3, unit: '个', comparator: '=' }, '重点专科 = 3个'],
  ])('target %j → %s', (extra, detail) => {
    expect(targetDetail(target(extra))).toBe(detail);
  });

  it.each<[Deadline, string]>([
    [{ text: '到2025年', date: '2025-12-31', kind: 'by', line: 1 }, 'by 2025-12-31'],
    [{ text: '持续推进', date: null, kind: 'ongoing', line: 1 }, 'ongoing'],
    [{ text: '“十四五”期间', date: '2025-12-31', kind: 'period', line: 1 }, 'period to 2025-12-31'],
  ])('deadline %j → %s', (deadline, detail) => {
    expect(deadlineDetail(deadline)).toBe(detail);
  });
});

describe('segmentsOf', () => {
  const mark = (start: number, end: number, id: string, kind: 'target' | 'deadline' | 'lead' | 'units') => ({ start, end, id, kind, size: end - start });
  it.each([
    ['no marks', 'abc', [], [['abc', []]]],
    ['one mark in the middle', 'abcdef', [mark(2, 4, 'v1', 'target')], [['ab', []], ['cd', ['v1']], ['ef', []]]],
    ['a deadline inside a target: the shorter first', 'abcdef', [mark(0, 6, 'v1', 'target'), mark(0, 2, 'v2', 'deadline')], [['ab', ['v2', 'v1']], ['cdef', ['v1']]]],
    ['two marks that touch', 'abcd', [mark(0, 2, 'v1', 'lead'), mark(2, 4, 'v2', 'lead')], [['ab', ['v1']], ['cd', ['v2']]]],
    ['an empty line', '', [], []],
  ] as const)('%s', (_name, text, marks, expected) => {
    expect(segmentsOf(text, [...marks]).map((segment) => [segment.text, segment.values])).toEqual(expected);
  });
});

describe('reviewModel', async () => {
  const { planFile, source } = await extracted(PLAN);
  const model = reviewModel(planFile, source, createLocator(source));
  const line = (number: number) => model.lines.find((view) => view.number === number)!;
  const marked = (number: number, kind: string) =>
    line(number).segments.filter((segment) => segment.kinds.includes(kind as never)).map((segment) => segment.text).join('');

  it('shows every source line, blank ones too', () => {
    expect(model.lines.map((view) => view.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(line(6).segments.map((segment) => segment.text).join('')).toBe(PLAN.split('\n')[5]);
  });

  it.each<[number, string, string]>([
    [3, 'heading', '一、总体要求'],
    [4, 'deadline', '到2025年'],
    [4, 'target', '县域内就诊率达到90%以上'],
    [6, 'lead', '县卫生健康局'],
    [6, 'support', '县财政局'],
    [6, 'units', '牵头单位：县卫生健康局；责任单位：县财政局'],
  ])('line %i marks its %s: %s', (number, kind, text) => {
    expect(marked(number, kind)).toBe(text);
  });

  it('knows the item of each line, the warned line, and the share of text in items', () => {
    expect(model.lines.map((view) => view.sectionId)).toEqual([null, null, 'p1.1', 'p1.1', 'p1.2', 'p1.2.1', 'p1.2.2', 'p1.2.3']);
    expect(model.lines.filter((view) => view.warning).map((view) => view.number)).toEqual([8]);
    const title = PLAN.split('\n')[0]!.length;
    const all = PLAN.replace(/\s/g, '').length;
    expect(model.coverage).toBeCloseTo((all - title) / all, 5);
  });

  it('records a span for every value it found, null for none here', () => {
    expect([...model.spans.values()].every((span) => span !== null)).toBe(true);
    expect(model.spans.size).toBe(allRows(model.outline).length);
  });
});
