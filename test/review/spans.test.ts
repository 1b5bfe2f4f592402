// The value → span look-up: each case is a few source lines, a value as the tool extracted it
// (normalised), and the exact source text the span must cover.
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/schema/contract.js';
import { fileLines, type SourceText } from '../../src/document/source-lines.js';
import { createLocator, foldText, type LocatableValue, type SourceSpan } from '../../src/review/spans.js';

function section(startLine: number, endLine: number, extra: Partial<Section> = {}): Section {
  return {
    id: 'p1.1', path: '一', level: 1, marker: '一、', ordinal: 1, title: '总体要求', text: '',
    span: { startLine, endLine, page: null },
    responsibility: { lead: [], support: [], units: [], raw: null, line: null },
    deadlines: [], targets: [], children: [], ...extra,
  };
}

const target = (text: string, line: number) => ({
  text, metric: 'm', value: 1, unit: '%', comparator: '>=' as const, deadline: null, aspirational: false, line, page: null,
});
const deadline = (text: string, line: number) => ({ text, date: '2025-12-31', kind: 'by' as const, line });

/** The source text a span covers, piece by piece joined. */
function slice(source: SourceText, span: SourceSpan | null): string | null {
  if (span === null) return null;
  const text = new Map(source.lines.map((line) => [line.number, line.text]));
  return span.map((piece) => text.get(piece.line)!.slice(piece.startColumn, piece.endColumn)).join('|');
}

const withUnits = (raw: string, line: number, lead: string[], support: string[] = []) =>
  section(line, line, { responsibility: { lead, support, units: [...lead, ...support], raw, line } });

describe.each<[string, string, (s: SourceText) => LocatableValue, string | null]>([
  ['a target on its line', '到2025年，日间手术占比达到20%以上。', () => ({ kind: 'target', section: section(1, 1), target: target('日间手术占比达到20%以上', 1) }), '日间手术占比达到20%以上'],
  ['full-width digits and %', '力争达到２０％以上', () => ({ kind: 'target', section: section(1, 1), target: target('力争达到20%以上', 1) }), '力争达到２０％以上'],
  ['spaces the tool removed', '到 2025 年底，覆盖率达 90% 以上', () => ({ kind: 'deadline', section: section(1, 1), deadline: deadline('到2025年底', 1) }), '到 2025 年底'],
  ['ASCII punctuation the tool made full-width', '各县(市)人民政府,州直各单位', () => ({ kind: 'unit', section: withUnits('各县（市）人民政府，州直各单位', 1, ['各县（市）人民政府']), name: '各县（市）人民政府' }), '各县(市)人民政府'],
  ['a Kangxi radical in a PDF heading', '⼀、总体要求', () => ({ kind: 'heading', section: section(1, 1) }), '⼀、总体要求'],
  ['a heading found by its title when the marker differs', '1、总体要求', () => ({ kind: 'heading', section: section(1, 1, { marker: '1.' }) }), '总体要求'],
  ['a target whose text starts on the line above its number', '固以专家工作站为主，每年增\n\n加1-2 个专家工作站。', () => ({ kind: 'target', section: section(1, 3), target: target('每年增加1-2个专家工作站', 3) }), '每年增|加1-2 个专家工作站'],
  ['the occurrence on the value\'s own line wins', '达到90%。\n达到90%。', () => ({ kind: 'target', section: section(1, 2), target: target('达到90%', 2) }), '达到90%'],
  ['a unit the tool completed with the list\'s prefix', '（牵头单位：自治州发展和改革委员会、卫生健康委 责任单位：自治州教育局）', () => ({ kind: 'unit', section: withUnits('牵头单位：自治州发展和改革委员会、卫生健康委责任单位：自治州教育局', 1, ['自治州发展和改革委员会', '自治州卫生健康委'], ['自治州教育局']), name: '自治州卫生健康委' }), '卫生健康委'],
  ['not the end of another unit\'s name', '（责任单位：自治州财政局）', () => ({ kind: 'unit', section: withUnits('责任单位：自治州财政局', 1, [], ['自治州民政局']), name: '自治州民政局' }), null],
  ['a unit only inside its list, not in the body before it', '请卫生健康委统筹。（牵头单位：卫生健康委）', () => ({ kind: 'unit', section: withUnits('牵头单位：卫生健康委', 1, ['卫生健康委']), name: '卫生健康委' }), '卫生健康委'],
  ['the list as written, markdown emphasis in the source', '**牵头单位**：县卫健局', () => ({ kind: 'units', section: withUnits('牵头单位：县卫健局', 1, ['县卫健局']) }), '牵头单位**：县卫健局'],
  ['a value that is not in its lines', '加强组织领导。', () => ({ kind: 'target', section: section(1, 1), target: target('达到100%', 1) }), null],
])('%s', (_name, text, value, expected) => {
  it('covers exactly the value\'s source text', () => {
    const source = fileLines(text);
    expect(slice(source, createLocator(source)(value(source)))).toBe(expected);
  });
});

describe('a PDF table: a cell runs down its column across lines that hold the other cells too', () => {
  // line 4: "1 | 合理布局优 | 县卫生健康" ; line 5: "质医疗资源 | 局、县财政局"
  const source: SourceText = {
    origin: 'reader',
    lines: [
      { number: 4, text: '1\t合理布局优\t县卫生健康', page: 1 },
      { number: 5, text: '质医疗资源\t局、县财政局', page: 1 },
    ],
    runs: [
      { line: 4, column: 0, length: 1 },
      { line: 4, column: 2, length: 5 },
      { line: 5, column: 0, length: 5 },
      { line: 4, column: 8, length: 5 },
      { line: 5, column: 6, length: 6 },
    ],
  };
  const row = section(4, 5, {
    marker: '1', title: '合理布局优质医疗资源',
    responsibility: { lead: [], support: ['县卫生健康局', '县财政局'], units: ['县卫生健康局', '县财政局'], raw: '县卫生健康局、县财政局', line: 4 },
  });
  const locate = createLocator(source);

  it.each<[string, LocatableValue, string]>([
    ['the serial and title cells', { kind: 'heading', section: row }, '1|合理布局优|质医疗资源'],
    ['the units cell', { kind: 'units', section: row }, '县卫生健康|局、县财政局'],
    ['a unit inside it', { kind: 'unit', section: row, name: '县财政局' }, '县财政局'],
  ])('%s', (_name, value, expected) => {
    expect(slice(source, locate(value))).toBe(expected);
  });

  it('gives one piece per run of a line, with the columns of that line', () => {
    expect(locate({ kind: 'heading', section: row })).toEqual([
      { line: 4, startColumn: 0, endColumn: 1 },
      { line: 4, startColumn: 2, endColumn: 7 },
      { line: 5, startColumn: 0, endColumn: 5 },
    ]);
  });
});

describe('a traditional-script source, compared as the tool converted it', () => {
  const source = fileLines('醫療服務覆蓋率達到90%');
  const toSimplified = (text: string) => text.replace(/醫/g, '医').replace(/療/g, '疗').replace(/務/g, '务').replace(/蓋/g, '盖').replace(/達/g, '达');
  const value: LocatableValue = { kind: 'target', section: section(1, 1), target: target('医疗服务覆盖率达到90%', 1) };

  it('finds the simplified text in the traditional line', () => {
    expect(slice(source, createLocator(source, { toSimplified })(value))).toBe('醫療服務覆蓋率達到90%');
  });

  it('finds nothing without the converter', () => {
    expect(createLocator(source)(value)).toBeNull();
  });
});

describe('foldText', () => {
  it.each([
    ['到 2025 年', '到2025年'],
    ['２０％', '20%'],
    ['（市、区）', '(市、区)'],
    ['“九项准则”', '"九项准则"'],
    ['⼀、', '一、'],
    ['\u3000\u3000一、', '一、'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});
