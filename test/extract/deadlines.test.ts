import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines.js';
import { located } from '../../src/text/located.js';

const deadlines = (text: string, issuedOn: string | null = '2022-06-01') =>
  extractDeadlines(located(text, 7), issuedOn).map(({ text: written, date, kind }) => ({ text: written, date, kind }));

describe('deadline phrases', () => {
  it.each([
    // corpus phrasing
    ['到2025年，建成一批自治区级临床重点专科', [{ text: '到2025年', date: '2025-12-31', kind: 'by' }]],
    ['到2025年底，全州二级及以上公立医院电子病历应用水平平均级别力争达到5级', [{ text: '到2025年底', date: '2025-12-31', kind: 'by' }]],
    ['力争在2025年底前新建1个省级临床重点专科', [{ text: '在2025年底前', date: '2025-12-31', kind: 'by' }]],
    ['2025年底', [{ text: '2025年底', date: '2025-12-31', kind: 'by' }]],
    ['完成时限：2024年10月底', [{ text: '2024年10月底', date: '2024-10-31', kind: 'by' }]],
    ['2023年6月底前完成', [{ text: '2023年6月底前', date: '2023-06-30', kind: 'by' }]],
    ['争取2022年10月份搬迁并投入使用', [{ text: '2022年10月份', date: '2022-10-31', kind: 'by' }]],
    ['2022年完成试运行试点，2023年启动实际付费', [
      { text: '2022年', date: '2022-12-31', kind: 'by' },
      { text: '2023年', date: '2023-12-31', kind: 'by' },
    ]],
    ['2022—2024年，完成急诊科建设', [{ text: '2022—2024年', date: '2024-12-31', kind: 'period' }]],
    ['“十四五”期间，每年至少展开一次医疗服务价格调整工作', [
      { text: '“十四五”期间', date: '2025-12-31', kind: 'period' },
      { text: '每年', date: null, kind: 'recurring' },
    ]],
    ['每半年公开医院相关财务信息', [{ text: '每半年', date: null, kind: 'recurring' }]],
    ['持续推进', [{ text: '持续推进', date: null, kind: 'ongoing' }]],
    ['完成时限：长期坚持', [{ text: '长期坚持', date: null, kind: 'ongoing' }]],
    // other provinces' phrasing
    ['2024年上半年完成', [{ text: '2024年上半年', date: '2024-06-30', kind: 'by' }]],
    ['2024年一季度前', [{ text: '2024年一季度前', date: '2024-03-31', kind: 'by' }]],
    ['2023年年中', [{ text: '2023年年中', date: '2023-06-30', kind: 'by' }]],
    ['截至2026年6月30日', [{ text: '截至2026年6月30日', date: '2026-06-30', kind: 'by' }]],
    ['“十五五”末', [{ text: '“十五五”末', date: '2030-12-31', kind: 'by' }]],
    ['每季度通报一次', [{ text: '每季度', date: null, kind: 'recurring' }]],
    // a span of months is one period, dated at its last month
    ['组织实施阶段（2023年3月—2024年10月）', [{ text: '2023年3月—2024年10月', date: '2024-10-31', kind: 'period' }]],
    ['验收评估阶段（2024年11月至12月）', [{ text: '2024年11月至12月', date: '2024-12-31', kind: 'period' }]],
  ])('%s', (text, expected) => {
    expect(deadlines(text)).toEqual(expected);
  });
});

describe('relative time resolves against the issue date, never today', () => {
  it.each([
    ['今年底前完成', '2022-06-01', '2022-12-31'],
    ['年底前完成', '2023-02-24', '2023-12-31'],
    ['明年上半年', '2022-06-01', '2023-06-30'],
    ['明年6月底前完成互联互通测评', '2022-03-01', '2023-06-30'],
    ['今年9月底前完成', '2022-03-01', '2022-09-30'],
    ['明年', '2022-06-01', '2023-12-31'],
    ['三年内全面完成', '2022-06-01', '2024-12-31'],
    ['力争通过5年努力', '2021-05-14', '2025-12-31'],
    ['用3—5年时间', '2022-06-01', '2026-12-31'],
    ['6个月内完成整改', '2022-06-01', '2022-12-31'],
    ['于7月10日前将自查工作报告报办公室', '2021-03-01', '2021-07-10'],
  ])('%s (issued %s) → %s', (text, issuedOn, date) => {
    expect(deadlines(text, issuedOn).map((deadline) => deadline.date)).toEqual([date]);
  });

  it('has no date for relative time when the issue date is unknown', () => {
    expect(deadlines('今年底前完成', null)).toEqual([{ text: '今年底前', date: null, kind: 'by' }]);
  });
});

describe('not deadlines', () => {
  it.each([
    ['past event', '2021年9月20日，省政府办公厅印发《关于推动公立医院高质量发展的实施意见》'],
    ['the issue date', '2022年6月1日'],
    ['a year before the issue date', '2021年，我州启动了试点'],
    ['文号', '（新政办发〔2021〕118号）精神'],
    ['cited title', '《2021年度贵州省省级公立医院促进高质量发展绩效考核实施方案》'],
    ['work year', '开展2021年度促进高质量发展绩效考核'],
    ['a start', '自2023年起实施'],
    ['since', '2020年以来'],
    ['placeholder year', '到20xx年，公立医院分级分类功能定位更加明确'],
    ['placeholder year written xxxx', '到xxxx年，建成一批国家级和市级临床重点专科'],
    ['past five-year plan', '巩固提升“十三五”时期建设的4个重点专科能力'],
    ['manner, not time', '持续提升医疗质量，持续加强医院感染防控管理'],
    ['持续推进 inside running text', '持续推进妇产优质服务提升行动'],
    ['years of effort in the past', '近三年内'],
  ])('%s: %s', (_label, text) => {
    expect(deadlines(text)).toEqual([]);
  });
});

it('grounds each deadline to its source line', () => {
  const [deadline] = extractDeadlines(located('到2025年底', 42), null);
  expect(deadline).toEqual({ text: '到2025年底', date: '2025-12-31', kind: 'by', line: 42 });
});
