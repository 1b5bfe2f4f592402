import { describe, expect, it } from 'vitest';
import { dedupeDeadlines, extractDeadlines, planYearOf } from '../../src/extract/deadlines.js';
import { located } from '../../src/text/located.js';

const deadlines = (text: string, issuedOn: string | null = '2022-06-01', planYear: number | null = null) =>
  extractDeadlines(located(text, 7), issuedOn, planYear).map(({ text: written, date, kind }) => ({ text: written, date, kind }));

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
    // "ongoing" wherever an action is kept up with no end, in running text as in a cell (the spec's decisions)
    ['持续推进妇产优质服务提升行动', [{ text: '持续推进', date: null, kind: 'ongoing' }]],
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
    ['6月底前出台实施细则', '2021-03-01', '2021-06-30'],
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
    ['years of effort in the past', '近三年内'],
    ['manner words', '不断完善机制，逐步推进，持续深化改革'],
    ['manner words with an adverb', '持续深入优化营商环境，持续大力提升服务水平'],
    ['全年 qualifying a noun in running text', '全年接待游客140万人次，全年举办大型文旅活动3场次'],
    ['a month inside running text', '6月开展集中宣传，3月为安全生产月'],
    ['a span that qualifies a noun', '登记注册3年内的小微企业，签订6个月内的劳动合同'],
    ['the year of an event a rule refers to', '按照当年新发放创业担保贷款总额1%奖励经办银行'],
    ['年中 inside a word', '一年中开展两次检查，全年中至少一次'],
    ['常态化 qualifying a noun', '落实常态化疫情防控措施，建立常态化监测机制，完善常态化督查制度'],
    ['a span of months qualifying a noun', '协调区财政局发放1-3月份临时救助金'],
    ['a span of months reported as done', '1-3月，全市已完成固定资产投资50亿元'],
    ['a span from January ended before the issue date counts up', '1—5月，全市规上工业增加值增长8%'],
    ['a full date opening a sentence: an event', '2022年7月15日，召开全市推进会'],
    ['a numeric date inside running text', '根据2022.05印发的方案，2024-2025两年内完成'],
    ['an impossible date in a cell', '2023年2月30日'],
    ['a report date after its label', '填报时间：2022年10月31日'],
    ['a month that starts', '2022年9月起实施，2022年10月开始试运行'],
    ['the time since', '2022年7月以来，2022年8月底以来，2022年7月至今'],
  ])('%s: %s', (_label, text) => {
    expect(deadlines(text)).toEqual([]);
  });
});

describe('a time of something done is no deadline (progress reports)', () => {
  it.each([
    ['a date after 已于', '实际完成情况：轨道交通1号线一期工程已于2014年5月30日通车试运营。'],
    ['已于 without a report field', '一期工程已于2014年5月30日通车试运营。'],
    ['已经在 with 前', '主体工程已经在2014年6月底前完工。'],
    ['a month then 已', '6月底已完成主体工程，进入装修阶段。'],
    ['so far, then done', '截至9月底，全市已完成健身设施改造514个。'],
    ['a report field', '实际完成情况：5月底前完成设备调试，10月底前完成验收。'],
    ['a progress field of a work list', '工作进展：已完成立项，计划11月建成。'],
  ])('%s: %s', (_label, text) => {
    expect(deadlines(text, null, 2014)).toEqual([]);
  });

  it.each([
    ['a limit with 前', '轨道交通1号线一期工程于2014年5月30日前通车试运营。', '2014-05-30'],
    ['a limit for what is not yet done', '已完成立项的项目，10月底前全部开工。', '2014-10-31'],
  ])('keeps %s', (_label, text, date) => {
    expect(deadlines(text, null, 2014).map((deadline) => deadline.date)).toEqual([date]);
  });
});

describe('one limit written twice', () => {
  it('is grounded to the phrase that writes its year', () => {
    const found = extractDeadlines(located('从2020年起，力争通过三年努力，于2022年底前完成全区改造', 3), '2020-05-08');
    expect(dedupeDeadlines(found).map(({ text, date, kind }) => [text, date, kind])).toEqual([['于2022年底前', '2022-12-31', 'by']]);
  });
});

describe('an action kept up is "ongoing", in running text as in a cell', () => {
  it.each([
    '持续开展医疗服务改善行动',
    '常态化开展安全生产隐患排查',
    '始终保持打击涉医违法犯罪高压态势',
    '长期坚持河湖日常巡查',
    '完成时限：长期',
    '持续',
    // 常态化 before the act it keeps up, an addressee or object between
    '常态化向民间资本进行推介',
    '常态化组织开展联合执法行动',
    '常态化对重点企业开展安全检查',
    '常态化地举办项目对接活动',
    '常年',
    // an adverb between 持续 and the act keeps it an act kept up
    '持续深入开展农村人居环境整治',
    '持续组织实施“五个一”工程',
    '持续扎实推进河湖长制',

  ])('%s', (text) => {
    expect(deadlines(text).map((deadline) => deadline.kind)).toEqual(['ongoing']);
  });
});

describe('no limit: a base year, an edition, a year that names the work of that year (issue date unknown)', () => {
  it.each([
    ['a base year', '单位地区生产总值能耗比2020年下降13.5%'],
    ['a base year with 较…末', '森林覆盖率较2020年末提高1个百分点'],
    ['a base year with 基础上', '人均预期寿命在2020年基础上提高1岁'],
    ['last year as a base', '营业收入较去年同期增长10%'],
    ['an edition year', '执行《国家基本药物目录（2018年版）》'],
    ['a revision year', '依据《安全生产法》（2021年修订）'],
    ['a year qualifying the year’s work', '落实2019年经济社会发展总体要求和主要预期目标'],
    ['the year as a subject', '2023年是全面贯彻落实党的二十大精神的开局之年'],
    ['the year’s aims', '2017年发展的主要预期目标是：'],
    ['a work report of that year', '对照2023年区《政府工作报告》确定的目标任务'],
    ['the year’s government work', '做好2023年政府工作'],
    ['a county’s year plan', '2024年全县经济社会发展的主要目标'],
    // a year inside the name of the list, plan or aims a task makes (round 2)
    ['a list a task draws up', '制定2021年全市安全生产专项整治三年行动工作任务清单，分解落实到县区、部门。'],
    ['a list named after a field', '制定行业领域2021年安全生产专项整治三年行动工作任务清单，并报市安委办。'],
    ['a heading naming the year’s indicators', '2010年全市促进就业目标责任制主要指标'],
    ['a plan drawn up for a year', '编制县区2024年防汛抗旱应急预案和演练方案，报县应急局备案。'],
    ['the year’s projects', '梳理2023年市级重点建设项目，建立台账。'],
    ['a list of years sharing the verb before them', '完成2023、2024年各80张乒乓球台的配建工作。'],
    ['a census of the plan’s year', '完成2024年体育场地普查工作。'],
    ['the object of a verb of handling', '精心策划2019年油菜花海观花活动，启动2023年重点项目'],
  ])('%s: %s', (_label, text) => {
    expect(deadlines(text, null)).toEqual([]);
  });

  it.each([
    ['2025年实现城乡供水一体化全覆盖', '2025-12-31'],
    ['2023年完成老旧小区改造', '2023-12-31'],
    ['力争2024年建成投用', '2024-12-31'],
    ['确保2025年全市森林覆盖率达到45%', '2025-12-31'],
    ['2024年全面完成整治任务', '2024-12-31'],
    ['于2022年底前完成全区改造', '2022-12-31'],
    ['2019年任务：一是完成村庄分类工作', '2019-12-31'],
  ])('keeps a year that times an act: %s', (text, date) => {
    expect(deadlines(text, null).map((deadline) => deadline.date)).toEqual([date]);
  });
});

describe('the plan’s year dates 年底前, 一季度, 上半年, 全年 and a bare month', () => {
  it.each<[string, string | null, number | null, string | null]>([
    // a plan issued in December for the next year: 年底前 is in the plan's year, 明年 counts from the issue date
    ['年底前完成', '2022-12-27', 2023, '2023-12-31'],
    ['明年6月底前完成', '2022-12-27', 2023, '2023-06-30'],
    ['今年底前完成', '2022-12-27', 2023, '2022-12-31'],
    ['力争一季度一批项目正式投产', '2022-02-22', 2022, '2022-03-31'],
    ['第一季度：印发工作方案', null, 2023, '2023-03-31'],
    ['二季度完成验收', null, 2021, '2021-06-30'],
    ['上半年完成招标', null, 2024, '2024-06-30'],
    ['下半年全面推开', null, 2024, '2024-12-31'],
    ['年内建成', null, 2020, '2020-12-31'],
    ['5月底', null, 2019, '2019-05-31'],
    ['12月底前', null, 2019, '2019-12-31'],
    ['9月30日前完成', null, 2023, '2023-09-30'],
    ['全年', null, 2019, '2019-12-31'],
    ['6月', null, 2023, '2023-06-30'],
    ['完成时限：12月份', null, 2023, '2023-12-31'],
    ['完成时限：全年', null, 2023, '2023-12-31'],
    // a month and the act that completes or starts the work (a 完成时限 cell, a row)
    ['9月投入使用', null, 2016, '2016-09-30'],
    ['5月底前动工', null, 2016, '2016-05-31'],
    ['6月底完成', null, 2016, '2016-06-30'],
    ['11月建成并交付使用', null, 2021, '2021-11-30'],
    ['计划8月份开工建设', null, 2024, '2024-08-31'],
    ['10月前完成招标', null, 2023, '2023-10-31'],
    // with neither an issue date nor a plan year there is no date to give
    ['年底前完成', null, null, null],
    ['上半年完成招标', null, null, null],
    // with only the plan's year, 今年 is that year
    ['今年10月底前', null, 2023, '2023-10-31'],
    // a stage of months opening its clause ends with its last month, in the plan's year
    ['①1-3月份，及时完成城乡困难群众临时救助的审核确认', null, 2025, '2025-03-31'],
    ['第二阶段（4—6月）：全面开展排查整治', null, 2024, '2024-06-30'],
    ['7月至9月，开展集中攻坚', null, 2023, '2023-09-30'],
    ['10～12月份：总结验收', null, 2023, '2023-12-31'],
    ['1月-3月，完成方案制定', null, 2022, '2022-03-31'],
    // kept as written before the issue date, like "4月底前" in a plan issued in July
    ['②4-6月份，完成半年度复核', '2022-07-14', 2022, '2022-06-30'],
    ['①1-3月份，完成审核确认', '2022-02-10', 2022, '2022-03-31'],
    // a date filling its cell is the limit itself (in running text a full date tells an event)
    ['2024年12月31日', null, 2024, '2024-12-31'],
    ['6月30日', null, 2023, '2023-06-30'],
    ['2025.12.31', null, 2025, '2025-12-31'],
    ['2024.12', null, 2024, '2024-12-31'],
    ['2025-06-30', null, 2025, '2025-06-30'],
    ['10月中旬', null, 2023, '2023-10-20'],
    ['2024年度', null, 2023, '2024-12-31'],
    ['完成时限：9月下旬', null, 2023, '2023-09-30'],
    ['完成时间：2024年11月30日', null, 2024, '2024-11-30'],
    ['截止时间：6月30日', null, 2024, '2024-06-30'],
    // ten days of a month with 前, and a work year's 年度内
    ['2023年3月起草完成实施方案', null, 2023, '2023-03-31'],
    ['11月上旬前完成验收', null, 2023, '2023-11-10'],
    ['12月中旬前报送总结', null, 2023, '2023-12-20'],
    ['年度内完成改造', null, 2023, '2023-12-31'],
    ['2024年度内全部完成', null, 2023, '2024-12-31'],
  ])('%s (issued %s, plan year %s) → %s', (text, issuedOn, planYear, date) => {
    expect(deadlines(text, issuedOn, planYear).map((deadline) => deadline.date)).toEqual([date]);
  });

  it.each<[string, number | null, string[]]>([
    // a multi-year plan's year blocks: each block's months are in its own year
    ['2019年任务：完成规划编制，6月底前出台实施意见。2020年任务：4月底前完成试点，10月底前全面推开。', 2019, [
      '2019-12-31', '2019-06-30', '2020-12-31', '2020-04-30', '2020-10-31',
    ]],
    ['2021年：三季度完成验收', 2020, ['2021-12-31', '2021-09-30']],
    // a year opening its sentence dates the rest of that sentence only
    ['2024年，启动改造，9月底前完成主体工程。年底前完成验收。', 2023, ['2024-12-31', '2024-09-30', '2023-12-31']],
    // 到2025年 is a limit, not a label: 年底前 stays in the plan's year
    ['到2025年，建成示范区；年底前完成规划。', 2023, ['2025-12-31', '2023-12-31']],
    // a line or cell that lists months: each month is a limit, in the year the line writes
    ['3月、6月、9月、12月', 2023, ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']],
    ['2024年6月、12月', 2023, ['2024-06-30', '2024-12-31']],
    ['6月底，12月底前', 2025, ['2025-06-30', '2025-12-31']],
  ])('a year label dates what follows it: %s', (text, planYear, dates) => {
    expect(deadlines(text, null, planYear).map((deadline) => deadline.date)).toEqual(dates);
  });

  it.each([
    ['a span of months reported', '1—9月完成固定资产投资50亿元'],
    ['a month of an activity', '6月开展集中宣传'],
    ['months of activities listed in a sentence', '3月、6月开展集中督查'],
    ['a work year naming the work', '2016年度考核结果'],
    ['months ago', '3个月前完成'],
    ['around a month', '6月前后完成招标'],
  ])('a month that is no limit: %s', (_label, text) => {
    expect(deadlines(text, null, 2016)).toEqual([]);
  });

  it('keeps a span of months after 每年 recurring', () => {
    expect(deadlines('每年1-3月，开展春季植树', null, 2023)).toEqual([{ text: '每年', date: null, kind: 'recurring' }]);
  });

  it('keeps 每月 recurring', () => {
    expect(deadlines('每月通报一次进展', null, 2023)).toEqual([{ text: '每月', date: null, kind: 'recurring' }]);
  });

  it('drops a year before the plan’s year as a past event when the issue date is unknown', () => {
    expect(deadlines('2022年完成投资120亿元', null, 2023)).toEqual([]);
    expect(deadlines('2023年完成投资150亿元', null, 2023)).toEqual([{ text: '2023年', date: '2023-12-31', kind: 'by' }]);
  });
});

describe('an event verb after a limit is a commitment, not a past event (round 5)', () => {
  it.each<[string, string | null, number | null, string[]]>([
    ['到2025年出台农村集体经济组织管理办法', null, null, ['2025-12-31']],
    ['至2025年出台地方标准', '2024-03-15', 2024, ['2025-12-31']],
    ['6月底前出台实施细则', null, 2024, ['2024-06-30']],
    ['力争2024年9月出台考核办法', null, null, ['2024-09-30']],
    ['争取2025年发布全市农业品牌目录', null, null, ['2025-12-31']],
    // in a dated plan, a date after the issue date can only be a commitment
    ['2024年6月出台《河湖管理办法》', '2024-03-15', 2024, ['2024-06-30']],
    ['2024年10月召开全市现场推进会', '2024-03-15', 2024, ['2024-10-31']],
    // …while before it, or with no date known and no limit word, it is an event
    ['2023年9月，市政府召开专题会议', '2024-03-15', 2024, []],
    ['2021年9月，省政府办公厅印发实施意见', null, null, []],
    ['2021年12月出台《实施细则》', null, null, []],
    // (a bare year opening a sentence may be a stage of the plan)
    ['2025年，各县（市、区）出台实施细则', null, null, ['2025-12-31']],
    // a start stays a start, issue date or not
    ['2024年9月起，全面推行网格化巡河', '2024-03-15', 2024, []],
  ])('%s (issued %s)', (text, issuedOn, planYear, dates) => {
    expect(deadlines(text, issuedOn, planYear).map((deadline) => deadline.date)).toEqual(dates);
  });
});

describe('spans whose ends name a day, a ten-day part or the year end (round 5)', () => {
  it.each<[string, string[]]>([
    ['集中整治阶段（2024年4月1日至6月30日）', ['2024-06-30']],
    ['宣传发动阶段（2024年5月1日—5月31日）', ['2024-05-31']],
    ['2024年9月1日-30日，开展安全生产月活动', ['2024-09-30']],
    ['集中整治阶段（5月上旬至6月底）', ['2024-06-30']],
    ['自查自纠阶段（2024年5月中旬至6月底）', ['2024-06-30']],
    ['总结验收阶段（2024年11月下旬—12月中旬）', ['2024-12-20']],
    ['全面推进阶段（2024年3月至年底）', ['2024-12-31']],
    ['巩固提升阶段（4月至年底）', ['2024-12-31']],
    ['5月20日至6月20日，组织开展自查', ['2024-06-20']],
    ['2024年8月底至9月底，组织验收', ['2024-09-30']],
    ['督查考核阶段：2024年10月至2025年3月', ['2025-03-31']],
    // a span before the issue date is a past event; a yearly window is a rule, not a limit
    ['2023年5月1日至5月31日，全市开展了集中宣传', []],
    ['每年5月1日至10月31日为禁渔期', [null]],
  ])('%s', (text, dates) => {
    expect(deadlines(text, '2024-03-15', 2024).map((deadline) => deadline.date)).toEqual(dates);
  });

  it.each<[string, string[]]>([
    ['2024年3月启动，6月完成初稿，9月正式印发', ['2024-03-31', '2024-06-30', '2024-09-30']],
    ['6月出台实施细则', ['2024-06-30']],
    ['全年推进', ['2024-12-31']],
    ['全年完成', ['2024-12-31']],
    ['年中', ['2024-06-30']],
    // (running text: "全年" sizes a target, "一年中" is no time)
    ['全年完成固定资产投资50亿元', []],
    ['一年中开展两次检查', []],
  ])('a month or part of the year with its act: %s', (text, dates) => {
    expect(deadlines(text, '2024-03-15', 2024).map((deadline) => deadline.date)).toEqual(dates);
  });
});

describe('early-month, quarter and around/after forms (round 5)', () => {
  it.each<[string, string[]]>([
    ['7月初前完成摸排', ['2024-07-10']],
    ['2024年6月初完成主体施工', ['2024-06-10']],
    ['6月份前完成', ['2024-06-30']],
    ['明年一季度完成', ['2025-03-31']],
    ['今年第三季度前完成招标', ['2024-09-30']],
    // around a time, or after it, is no limit
    ['2024年10月前后完成', []],
    ['2025年以后逐步推开', []],
    ['2024年6月之后', []],
    ['年底前后组织回头看', []],
  ])('%s', (text, dates) => {
    expect(deadlines(text, '2024-03-15', 2024).map((deadline) => deadline.date)).toEqual(dates);
  });
});

describe('a limit of the plan’s own year before its issue date (round 5)', () => {
  // a work list issued in April 2024 for 2024
  const dates = (text: string, field = false) =>
    extractDeadlines(located(text), '2024-04-20', 2024, field).map((deadline) => deadline.date);
  it.each<[string, boolean, string[]]>([
    ['2024年3月底前完成摸底排查', false, ['2024-03-31']],
    ['2024年一季度前完成方案制定', false, ['2024-03-31']],
    ['于2024年3月31日前完成', false, ['2024-03-31']],
    // a 完成时限 cell is a limit, 前 or not
    ['2024年3月', true, ['2024-03-31']],
    ['2024年1月—3月', true, ['2024-03-31']],
    ['2024年一季度', true, ['2024-03-31']],
    // what is done, a report, an earlier year, or running text without 前 stays past
    ['2024年3月底前已完成摸底排查', false, []],
    ['截至2024年3月底，全市完成投资20亿元', false, []],
    ['到2024年3月底，累计建成50个', false, []],
    ['2023年12月底前完成', false, []],
    ['2023年12月', true, []],
    ['2024年3月，召开全市动员大会', false, []],
  ])('%s (cell %s)', (text, field, expected) => {
    expect(dates(text, field)).toEqual(expected);
  });
});

describe('a schedule of report rounds is recurring, one report date a limit (round 5)', () => {
  it.each<[string, Array<string | null>]>([
    ['请各地分别于7月1日、10月1日、12月1日前报送工作进展', [null]],
    ['于6月底、12月底前将工作总结报县农业农村局', [null, null]],
    ['各单位于二季度末、四季度末前上报推进情况', [null, null]],
    // one date, or several dates of work, are limits
    ['于7月10日前将自查工作报告报领导小组办公室', ['2024-07-10']],
    ['请于2024年12月10日前报送年度工作总结', ['2024-12-10']],
    ['分别于6月底、12月底前完成主体工程和竣工验收', ['2024-06-30', '2024-12-31']],
  ])('%s', (text, dates) => {
    expect(deadlines(text, '2024-03-15', 2024).map((deadline) => deadline.date)).toEqual(dates);
  });
});

describe('planYearOf: the year a plan is for', () => {
  it.each<[string, string | null, string | null, string, number | null]>([
    ['a year in the title', '立山区政府2023年重点工作任务分解和责任分工方案', '2023-03-28', '', 2023],
    ['a title year beats a December issue date', '2023年区政府工作报告重点任务分解', '2022-12-27', '', 2023],
    ['a title range holding the issue year', '盐城市数字经济发展三年行动计划（2022—2024年）', '2022-08-12', '', 2022],
    ['a title range issued the year before it starts', '制造业高质量发展三年行动方案（2023-2025年）', '2022-12-20', '', 2023],
    ['a title range, no issue date', '乡村振兴三年行动计划（2019—2021年）', null, '', 2019],
    ['an edition year is not the plan’s', '贯彻《国家基本药物目录（2018年版）》实施方案', '2019-03-01', '', 2019],
    ['the issue year', null, '2022-02-22', '到2025年，建成一批重点项目', 2022],
    ['a December plan naming next year’s work', null, '2022-12-20', '2023年是全面贯彻落实二十大精神的开局之年，做好2023年工作', 2023],
    ['a mid-year plan naming next year’s work keeps its year', null, '2022-06-01', '谋划2023年重点项目', 2022],
    ['the body’s own work year', null, null, '印发工作方案，明确我市2023年违法建设目标任务及各区任务分配', 2023],
    ['the body’s own event of the year', null, null, '完善观景平台建设，精心策划2019年油菜花海观花活动。', 2019],
    ['years only in cited titles and 文号', null, null, '根据《2021年工作要点》（某政办〔2021〕3号）要求', null],
    ['a deadline is not a work year', null, null, '到2025年，目标任务全面完成', null],
    ['nothing at all', null, null, '加强组织领导', null],
    // a work list without title or date: the earliest year its written limits name
    ['month limits in 完成时限 cells', null, null, '按季度序时推进 | 2025年12月底 |\n1-3月份，完成审核 | 2025年12月底 |', 2025],
    ['limits in running text: the earliest, so none of them reads as past', null, null, '2023年6月底前完成招标，2024年3月底前开工，2024年10月前完工', 2023],
    ['year-end and month limits of one list', null, null, '到2024年底，建立服务中心 | 2025年底 |\n2025年6月底 |', 2024],
    ['limits only in cited titles', null, null, '根据《关于2021年6月底前完成清理的通知》要求', null],
    ['a past month event is no limit', null, null, '2021年9月，市政府召开专题会议', null],
    ['a bare year commitment beside a later written limit', null, null, '争取2022年10月份搬迁并投入使用。2025年底，医护比达到1:2', 2022],
    ['a year opening its clause beside a later limit', null, null, '2023年，全面推开年薪制。到2025年底前建成一批项目', 2023],
    ['a base year does not count', null, null, '比2020年增长10%，2024年底前完成', 2024],
  ])('%s', (_label, title, issuedOn, body, year) => {
    expect(planYearOf(title, issuedOn, body)?.year ?? null).toBe(year);
  });
});

describe('a plan year guessed from the limits dates 年底前 and 今年 but counts no span (round 5)', () => {
  it.each<[string, string | null, string | null, string, boolean]>([
    ['a title year is stated', '2023年重点工作任务', null, '', false],
    ['an issue year is stated', null, '2022-02-22', '', false],
    ['the body’s own work year is stated', null, null, '明确我市2023年违法建设目标任务', false],
    ['the earliest limit is a guess', null, null, '2023年6月底前完成招标，2024年3月底前开工', true],
  ])('%s', (_label, title, issuedOn, body, guessed) => {
    expect(planYearOf(title, issuedOn, body)?.guessed).toBe(guessed);
  });

  it.each([
    // a list without title or date: its limits start in 2022, but "5年" counts from an unknown start
    ['通过5年时间，建成一批重点专科。2022年底前完成规划', [null, '2022-12-31']],
    ['用3年左右时间，基本建成服务体系；2024年6月底前出台标准', [null, '2024-06-30']],
    ['经过两年努力，医共体全覆盖。到2025年底前，全面完成', [null, '2025-12-31']],
    // …while 今年, 年底前 and a month still fall in the guessed year
    ['今年底前完成摸底，2024年6月底前完成整改', ['2024-12-31', '2024-06-30']],
    ['年底前完成摸底。2024年6月底前完成整改', ['2024-12-31', '2024-06-30']],
    ['“十三五”期末建成示范区。2019年6月底前完成规划', ['2020-12-31', '2019-06-30']],
  ])('%s', (text, dates) => {
    const year = planYearOf(null, null, text);
    expect(extractDeadlines(located(text), null, year).map((deadline) => deadline.date)).toEqual(dates);
  });

  it.each([
    ['通过5年时间，建成一批重点专科', '2023-03-01', null, '2027-12-31'],
    ['用3年时间，基本建成服务体系', null, '乡村振兴三年行动方案（2023—2025年）', '2025-12-31'],
  ])('a stated anchor still counts the span: %s', (text, issuedOn, title, date) => {
    const year = planYearOf(title, issuedOn, text);
    expect(extractDeadlines(located(text), issuedOn, year).map((deadline) => deadline.date)).toEqual([date]);
  });
});

it('grounds each deadline to its source line and characters', () => {
  const [deadline] = extractDeadlines(located('到2025年底', 42), null);
  expect(deadline).toEqual({
    text: '到2025年底', date: '2025-12-31', kind: 'by', line: 42,
    span: { startLine: 42, startColumn: 0, endLine: 42, endColumn: 7, page: null },
  });
  // a cell that starts at column 12 of its line
  const [inCell] = extractDeadlines(located('2024年6月底前', 7, null, 12), null);
  expect(inCell?.span).toEqual({ startLine: 7, startColumn: 12, endLine: 7, endColumn: 21, page: null });
});

describe('a plan dated only by its limits: the bare-year commitments stay deadlines', () => {
  it.each([
    ['争取2022年10月份搬迁并投入使用。2025年底，医护比达到1:2左右', ['2022-10-31', '2025-12-31']],
    ['2022年完成试运行试点，2023年启动实际付费。2024年6月底前全面推开', ['2022-12-31', '2023-12-31', '2024-06-30']],
  ])('%s', (text, dates) => {
    const year = planYearOf(null, null, text);
    expect(extractDeadlines(located(text), null, year).map((deadline) => deadline.date)).toEqual(dates);
  });
});

describe('dates in Chinese numerals (round 4)', () => {
  it.each([
    ['二〇二五年底前全面完成改造', '2025-12-31'],
    ['二〇二四年六月底完成验收', '2024-06-30'],
    ['于二〇二三年十二月三十一日前完成', '2023-12-31'],
    ['到二〇二六年，建成示范区', '2026-12-31'],
    ['二零二四年十月底前完成摸排', '2024-10-31'],
  ])('%s → %s', (text, date) => {
    expect(deadlines(text).map((deadline) => deadline.date)).toEqual([date]);
  });

  it.each([['一二三四年'], ['第一二三项任务'], ['九〇后青年']])('%s is no date', (text) => {
    expect(deadlines(text)).toEqual([]);
  });
});

describe('a span of dotted months filling its cell ends with its last month', () => {
  it.each([
    ['2023.01-2023.12', '2023-12-31'],
    ['2024.3—2024.10', '2024-10-31'],
    ['2023.01—12', '2023-12-31'],
    ['2022.09 - 2023.06', '2023-06-30'],
  ])('%s → %s', (text, date) => {
    expect(extractDeadlines(located(text, 1), null, null).map((deadline) => [deadline.date, deadline.kind])).toEqual([[date, 'period']]);
  });

  it.each([['2023.13-2023.14'], ['2025.06-2024.01'], ['总投资1200.5-1300万元'], ['2023.01-2023.12完成投资']])('%s is no limit', (text) => {
    expect(extractDeadlines(located(text, 1), null, null)).toEqual([]);
  });
});

describe('a month opening a line and closed by a colon is a stage of the schedule (round 6)', () => {
  // a monthly-plan column of a 2024 progress table (no issue date), or a stage list of a work plan
  const dates = (text: string, issuedOn: string | null = null) =>
    extractDeadlines(located(text), issuedOn, 2024).map((deadline) => deadline.date);
  it.each<[string, string | null, string[]]>([
    ['4月：制定并下发老年人免费接种流感疫苗工作方案。', null, ['2024-04-30']],
    ['为全县老年人免费接种疫苗\n\n4月：完成接种人数20%。', null, ['2024-04-30']],
    ['5月底：完成设备招标采购', null, ['2024-05-31']],
    ['6月份：完成主体工程；7月：投入使用。', null, ['2024-06-30', '2024-07-31']],
    ['10月中旬：组织第三方评估验收', '2024-03-01', ['2024-10-20']],
    ['9月:完成全部点位安装调试', null, ['2024-09-30']],
    ['①4月：制定实施方案；②5月中下旬：完成设备安装', null, ['2024-04-30', '2024-05-31']],
    ['（2）11月上中旬：组织考核验收', null, ['2024-11-20']],
    // a stage that reports (已), a month inside a sentence, a stage before a known issue date, no month
    ['3月：已召开全县推进会', null, []],
    ['截至4月：完成筛查1480人', null, []],
    ['全县4月：完成', null, []],
    ['4月，召开全县动员会', null, []],
    ['1.4月：完成', null, []],
    ['4月：完成摸底排查', '2024-06-15', []],
    ['13月：完成', null, []],
  ])('%s (issued %s)', (text, issuedOn, expected) => {
    expect(dates(text, issuedOn)).toEqual(expected);
  });
});

describe('a bare year filling a time cell is that year’s end (round 6)', () => {
  // a 建设时间 / 实施年限 column: "2024", "2023-2025"
  const cell = (text: string, field = true) =>
    extractDeadlines(located(text), '2024-04-02', 2024, field).map(({ date, kind }) => [date, kind]);
  it.each<[string, Array<[string, string]>]>([
    ['2024', [['2024-12-31', 'by']]],
    ['2023-2025', [['2025-12-31', 'period']]],
    ['2024—2026', [['2026-12-31', 'period']]],
    ['2024 - 2025', [['2025-12-31', 'period']]],
  ])('%s', (text, expected) => {
    expect(cell(text)).toEqual(expected);
  });

  it.each<[string, boolean]>([
    // a number or sum in a cell, a backward span, an earlier year, a bare number in running text
    ['300', true],
    ['1360', true],
    ['2025-2023', true],
    ['2023', true],
    ['2024', false],
    ['全县共有学校2024所', false],
  ])('%s (cell %s) is no limit', (text, field) => {
    expect(cell(text, field)).toEqual([]);
  });
});
