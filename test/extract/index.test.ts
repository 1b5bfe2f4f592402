// Whole items from the five corpus documents, read from the files themselves: the exact units,
// deadlines and targets extractItem gives for each.
import { describe, expect, it } from 'vitest';
import { extractItem, type ItemFacts, type ItemInput } from '../../src/extract/index.js';
import { extractBufferInThread as extractBuffer } from '../../src/index.js';
import { located } from '../../src/text/located.js';
import { joinLocated } from '../../src/text/located.js';
import { cpuGrowth } from '../growth.js';

/** A value without its character span, for tables written before spans existed. */
function withoutSpan<T extends { span?: unknown }>(value: T): Omit<T, 'span'> {
  const { span: _span, ...rest } = value;
  return rest;
}
import { corpusCell, corpusText } from './corpus-helper.js';

const F000 = '000_375e2c28ca1b8eeb.txt';
const F001 = '001_c38e02297bde183b.txt';
const F002 = '002_60fe525e5aed4196.txt';
const F003 = '003_186f3881ae8b0189.txt';
const F004 = '004_6b15a1fe4b379702.txt';

const none = { lead: [], support: [], units: [], raw: null, line: null };
const support = (names: string[], raw: string, line: number) => ({ lead: [], support: names, units: names, raw, line });
const led = (lead: string[], names: string[], raw: string, line: number) => ({ lead, support: names, units: [...lead, ...names], raw, line });
const target = (
  text: string, metric: string, value: number | string, unit: string, comparator: string,
  deadline: string | null, aspirational: boolean, line: number,
) => ({ text, metric, value, unit, comparator, deadline, aspirational, line, page: null });

const tableRow = (title: number, text: number, units: number, unitsEnd: number, deadline: number): ItemInput => ({
  body: joinLocated([corpusCell(F002, title), corpusCell(F002, text)], '\n'),
  unitsField: joinLocated(Array.from({ length: unitsEnd - units + 1 }, (_, i) => corpusCell(F002, units + i))),
  deadlineField: corpusCell(F002, deadline),
  issuedOn: null,
});

describe.each<[string, ItemInput, ItemFacts]>([
  [
    '001 二/（二）/1: two leads sharing a prefix',
    { body: corpusText(F001, 37), issuedOn: '2022-06-01' },
    {
      responsibility: led(
        ['自治州发展和改革委员会', '自治州卫生健康委'],
        ['自治州教育局', '自治州科学技术局', '自治州医疗保障局', '各县<市>人民政府'],
        '牵头单位：自治州发展和改革委员会、卫生健康委责任单位：自治州教育局、科学技术局、医疗保障局，各县<市>人民政府',
        37,
      ),
      deadlines: [],
      targets: [],
      diagnostics: [],
    },
  ],
  [
    '001 二/（五）/4: "十四五"期间 and 每年, at least once a year',
    { body: corpusText(F001, 71), issuedOn: '2022-06-01' },
    {
      responsibility: led(
        ['自治州医疗保障局'],
        ['自治州发展和改革委员会', '自治州财政局', '自治州卫生健康委', '各县<市>人民政府'],
        '牵头单位：自治州医疗保障局责任单位：自治州发展和改革委员会、财政局、卫生健康委，各县<市>人民政府',
        71,
      ),
      deadlines: [
        { text: '“十四五”期间', date: '2025-12-31', kind: 'period', line: 71 },
        { text: '每年', date: null, kind: 'recurring', line: 71 },
      ],
      targets: [target('每年至少展开一次医疗服务价格调整工作', '医疗服务价格调整工作', 1, '次', '>=', '2025-12-31', false, 71)],
      diagnostics: [],
    },
  ],
  [
    '001 二/（五）/5: two percentages by 2025',
    { body: corpusText(F001, 73), issuedOn: '2022-06-01' },
    {
      responsibility: led(
        ['自治州医疗保障局'],
        ['自治州财政局', '自治州卫生健康委', '各县<市>人民政府'],
        '牵头单位：自治州医疗保障局责任单位：自治州财政局、卫生健康委，各县<市>人民政府',
        73,
      ),
      deadlines: [{ text: '到2025年', date: '2025-12-31', kind: 'by', line: 73 }],
      targets: [
        target('按病种付费覆盖二级以上综合性医疗机构达到100%', '按病种付费覆盖二级以上综合性医疗机构', 100, '%', '>=', '2025-12-31', false, 73),
        target(
          '医保统筹基金占全部符合条件的住院医保统筹基金支出的比例达到70%', '医保统筹基金占全部符合条件的住院医保统筹基金支出的比例',
          70, '%', '>=', '2025-12-31', false, 73,
        ),
      ],
      diagnostics: [],
    },
  ],
  [
    '002 row 5: counts, 分别 and the 完成时限 cell',
    tableRow(36, 37, 38, 38, 39),
    {
      responsibility: support(['县卫生健康局', '县财政局'], '县卫生健康局、县财政局', 38),
      deadlines: [{ text: '2025年底', date: '2025-12-31', kind: 'by', line: 39 }],
      targets: [
        target('力争在2025年底前新建1个省级临床重点专科', '省级临床重点专科', 1, '个', '=', '2025-12-31', true, 37),
        target('5个市级临床重点专科', '市级临床重点专科', 5, '个', '=', '2025-12-31', true, 37),
        target('评选9个县级临床重点专科', '县级临床重点专科', 9, '个', '=', '2025-12-31', true, 37),
        target('全县三级、二级公立医院出院患者按照临床路径管理率分别达到50%、70%', '全县三级公立医院出院患者按照临床路径管理率', 50, '%', '>=', '2025-12-31', false, 37),
        target('全县三级、二级公立医院出院患者按照临床路径管理率分别达到50%、70%', '全县二级公立医院出院患者按照临床路径管理率', 70, '%', '>=', '2025-12-31', false, 37),
      ],
      diagnostics: [],
    },
  ],
  [
    '002 row 3: a units cell broken over two lines',
    tableRow(22, 23, 24, 25, 26),
    {
      responsibility: support(
        ['县卫生健康局', '县财政局', '县委编办', '县人力资源社会保障局', '县医保局'],
        '县卫生健康局、县财政局、县委编办、县人力资源社会保障局、县医保局',
        24,
      ),
      deadlines: [{ text: '2025年底', date: '2025-12-31', kind: 'by', line: 26 }],
      targets: [target('全力推进九龙、柑子、兴仁3个县域医疗卫生次中心建设', '县域医疗卫生次中心', 3, '个', '=', '2025-12-31', false, 23)],
      diagnostics: [],
    },
  ],
  [
    '002 row 7: 持续推进 cell',
    tableRow(49, 50, 51, 51, 53),
    {
      responsibility: support(['县卫生健康局', '县市场监管局', '各镇人民政府'], '县卫生健康局、县市场监管局，各镇人民政府', 51),
      deadlines: [{ text: '持续推进', date: null, kind: 'ongoing', line: 53 }],
      targets: [target('全县建成产科单间60间', '产科单间', 60, '间', '=', null, false, 50)],
      diagnostics: [],
    },
  ],
  [
    '003 五/（一）: a wrapped note and an OCR-damaged ratio',
    { body: corpusText(F003, 292, 327), issuedOn: '2023-06-14' },
    {
      responsibility: led(
        ['县卫生健康局'],
        ['县委编办', '县人力资源和社会保障局', '县教育体育局', '县财政局'],
        '牵头单位：县卫生健康局；县委编办、县人力资源和社会保障局、县教育体育局、县财政局按照职责分工负责',
        325,
      ),
      deadlines: [],
      targets: [target('力争实现县域内就诊率达90%的奋斗目标', '县域内就诊率', 90, '%', '>=', null, true, 304)],
      diagnostics: [
        {
          severity: 'warning',
          code: 'ocr-suspect',
          message: '"16 2" looks like a damaged number (a lost ":" or "."); no target was read from it',
          span: { startLine: 325, endLine: 325, page: null },
        },
      ],
    },
  ],
  [
    '003 三/（一）: 到 2025 年 across a line break, a range per year',
    { body: corpusText(F003, 167, 183), issuedOn: '2023-06-14' },
    {
      responsibility: led(['县卫生健康局'], ['县财政局', '县发展和改革局'], '牵头单位：县卫生健康局；县财政局、县发展和改革局按照职责分工负责', 181),
      deadlines: [
        { text: '到2025年', date: '2025-12-31', kind: 'by', line: 175 },
        { text: '每年', date: null, kind: 'recurring', line: 177 },
      ],
      targets: [target('每年增加1-2个专家工作站', '专家工作站', '1-2', '个', '=', '2025-12-31', false, 179)],
      diagnostics: [],
    },
  ],
  [
    '004 16: multiples and a share, 责任部门',
    { body: corpusText(F004, 80, 82), issuedOn: '2023-02-24' },
    {
      responsibility: support(['市人社局', '市卫健委'], '责任部门：市人社局、市卫健委', 82),
      deadlines: [],
      targets: [
        target('医院主要负责人薪酬水平原则上不高于本单位职工平均薪酬水平的3倍', '医院主要负责人薪酬水平', 3, '倍', '<=', null, false, 80),
        target('副职人员按主要负责人年薪酬的80%左右', '副职人员按主要负责人年薪酬', 80, '%', '~', null, false, 80),
        target('最高不得超过公益一类事业单位绩效工资总量的5倍', '公益一类事业单位绩效工资总量', 5, '倍', '<=', null, false, 82),
      ],
      diagnostics: [],
    },
  ],
  [
    '004 3: a bracket left open earlier in the item',
    { body: corpusText(F004, 38, 42), issuedOn: '2023-02-24' },
    {
      responsibility: support(
        ['市卫健委', '市委编办', '市财政局', '市人社局', '市医保局', '市市场监管局'],
        '责任部门：市卫健委、市委编办、市财政局、市人社局、市医保局、市市场监管局',
        42,
      ),
      deadlines: [],
      targets: [],
      diagnostics: [],
    },
  ],
  [
    '000 篇一 （三）: shares of institutions and a floor count',
    { body: corpusText(F000, 23, 25), issuedOn: null },
    {
      responsibility: support(
        ['市卫生健康委', '市发展改革委', '市财政局', '各县区人民政府'],
        '市卫生健康委、市发展改革委、市财政局，各县区人民政府按照职责分工负责',
        25,
      ),
      // 持续推进 in running text is "ongoing", and a share before 达到 is >= (the spec's decisions)
      deadlines: [
        { text: '持续推进', date: null, kind: 'ongoing', line: 25 },
        { text: '到2025年', date: '2025-12-31', kind: 'by', line: 25 },
      ],
      targets: [
        target('50%的基层医疗卫生机构建成心脑血管救治站', '基层医疗卫生机构建成心脑血管救治站', 50, '%', '=', '2025-12-31', false, 25),
        target('50%的乡镇卫生院达到云南省甲级标准', '乡镇卫生院达到云南省甲级标准', 50, '%', '>=', '2025-12-31', false, 25),
        target('不少于2个达国家推荐标准', '达国家推荐标准', 2, '个', '>=', '2025-12-31', false, 25),
        target('基层诊疗量占比达65%以上', '基层诊疗量占比', 65, '%', '>=', null, false, 25),
      ],
      diagnostics: [],
    },
  ],
  [
    '000 篇五 14: 2025年底 and 2022年, a note split over lines',
    { body: corpusText(F000, 362, 364), issuedOn: null },
    {
      responsibility: support(['市卫生健康委', '市委编办', '市人力资源社会保障局'], '责任单位：市卫生健康委、市委编办、市人力资源社会保障局', 362),
      deadlines: [
        { text: '2025年底', date: '2025-12-31', kind: 'by', line: 362 },
        { text: '2022年', date: '2022-12-31', kind: 'by', line: 362 },
      ],
      targets: [
        target('公立医院医护比总体达到1:2左右', '公立医院医护比', '1:2', 'ratio', '~', '2025-12-31', false, 362),
        target('选拔培养3—5名德艺双馨的“江淮名医”', '德艺双馨的“江淮名医”', '3-5', '名', '=', null, false, 362),
        target('人员支出占比达到40%以上', '人员支出占比', 40, '%', '>=', null, false, 362),
      ],
      diagnostics: [],
    },
  ],
  [
    '000 篇六 （一）1: a labelled 责任单位 line',
    { body: corpusText(F000, 463, 464), issuedOn: null },
    {
      responsibility: support(['县发展和改革局', '县财政局', '县卫生健康局'], '责任单位：县发展和改革局、县财政局、县卫生健康局', 464),
      deadlines: [],
      targets: [],
      diagnostics: [],
    },
  ],
  [
    '000 篇六 （一）: a 完成时限 field and dated milestones',
    { body: corpusText(F000, 413, 430), issuedOn: null },
    {
      responsibility: none,
      deadlines: [
        { text: '2024年10月底', date: '2024-10-31', kind: 'by', line: 430 },
        { text: '“十四五”期间', date: '2025-12-31', kind: 'period', line: 414 },
        { text: '2022—2024年', date: '2024-12-31', kind: 'period', line: 414 },
        { text: '2022年', date: '2022-12-31', kind: 'by', line: 420 },
        { text: '2023年', date: '2023-12-31', kind: 'by', line: 420 },
        { text: '2024年', date: '2024-12-31', kind: 'by', line: 420 },
      ],
      targets: [],
      diagnostics: [],
    },
  ],
])('%s', (_label, input, expected) => {
  const facts = extractItem(input);
  // character spans are checked on whole documents (test/corpus/grounding.test.ts)
  it('responsibility', () => expect(withoutSpan(facts.responsibility)).toEqual(expected.responsibility));
  it('deadlines', () => expect(facts.deadlines.map(withoutSpan)).toEqual(expected.deadlines));
  it('targets', () => expect(facts.targets.map(withoutSpan)).toEqual(expected.targets));
  it('diagnostics', () => expect(facts.diagnostics).toEqual(expected.diagnostics));
});

describe('the plan’s year reaches every item', () => {
  it('dates a table row’s 完成时限 cell and its target in the plan’s year', () => {
    const facts = extractItem({
      body: located('“两馆一站”免费开放服务人次较上年增长15%。', 12),
      deadlineField: located('12月底前', 13),
      issuedOn: null,
      planYear: 2019,
    });
    expect(facts.deadlines.map(withoutSpan)).toEqual([{ text: '12月底前', date: '2019-12-31', kind: 'by', line: 13 }]);
    expect(facts.targets.map((t) => [t.metric, t.value, t.unit, t.comparator, t.deadline])).toEqual([
      ['“两馆一站”免费开放服务人次较上年增长', 15, '%', '=', '2019-12-31'],
    ]);
  });

  it('gives each quarter’s label to the targets after it', () => {
    const facts = extractItem({
      body: located('第一季度：印发年度工作方案，明确任务分配。完成工作任务20%以上。第二季度：完成工作任务的50%以上。', 3),
      issuedOn: null,
      planYear: 2023,
    });
    expect(facts.targets.map((t) => [t.value, t.comparator, t.deadline])).toEqual([[20, '>=', '2023-03-31'], [50, '>=', '2023-06-30']]);
  });

  const plan = async (text: string) => (await extractBuffer(Buffer.from(text), 'plan.txt')).plans[0]!;
  const datesOf = (sections: { deadlines: { date: string | null }[]; children: unknown[] }[]) => sections.map((section) => section.deadlines.map((d) => d.date));

  it.each([
    ['a year in the title, issued the December before', '2023年区政府工作报告重点任务分解\n\n区人民政府办公室\n2022年12月27日\n\n一、加快项目建设。年底前建成投用，明年6月底前完成验收。\n', [['2023-12-31', '2023-06-30']]],
    ['the issue year', 'XX县招商引资工作方案\n\nXX县人民政府\n2022年2月22日\n\n一、优化营商环境。力争一季度一批项目正式投产。\n', [['2022-03-31']]],
    ['the body’s own work year, no title year and no date', '工作任务分解表\n\n一、做好2019年油菜花海观花活动。5月底前完成。\n二、完成包扶村脱贫攻坚年度任务。10月底前完成。\n', [['2019-05-31'], ['2019-10-31']]],
  ])('%s', async (_label, text, dates) => {
    expect(datesOf((await plan(text)).sections)).toEqual(dates);
  });
});

describe('any text', () => {
  const alphabet = [...'到2025年底前，。；：、（）()达到不低于以上左右%1:2个家所级倍每年持续推进牵头单位责任单位县卫生健康局市财政局按照职责分工负责“十四五”期间力争 \n'];

  it('gives schema-valid facts, quickly, for arbitrary mixes of the grammar words', async () => {
    const fc = await import('fast-check');
    const { DeadlineSchema, ResponsibilitySchema, TargetSchema, DiagnosticSchema } = await import('../../src/schema/contract.js');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }), (chars) => {
        const facts = extractItem({ body: { text: chars.join(''), marks: [{ offset: 0, line: 1, page: null }] }, issuedOn: '2022-06-01' });
        ResponsibilitySchema.parse(facts.responsibility);
        facts.deadlines.forEach((deadline) => DeadlineSchema.parse(deadline));
        facts.targets.forEach((t) => TargetSchema.parse(t));
        facts.diagnostics.forEach((d) => DiagnosticSchema.parse(d));
      }),
      { numRuns: 300 },
    );
  });

  it('stays far from quadratic on a long item (no catastrophic backtracking)', () => {
    const sentence = '到2025年，三级公立医院日间手术占择期手术比例达20%以上，新建1个省级临床重点专科、5个市级临床重点专科。';
    const item = (repeats: number) =>
      extractItem({ body: { text: sentence.repeat(repeats), marks: [{ offset: 0, line: 1, page: null }] }, issuedOn: null });
    expect(item(400).targets).toHaveLength(1200);
    // 4× the text may cost up to 10× the CPU time; work quadratic in the item costs ~16×, backtracking more
    expect(cpuGrowth(item, 100, 4)).toBeLessThan(10);
  });
});

describe('time-limit fields under other names (round 4)', () => {
  it.each([
    ['新建公园5个。责任单位：县住建局 完成期限：2024年6月底', '2024-06-30'],
    ['新建公园5个。责任单位：县住建局；办结时限：2023年9月30日', '2023-09-30'],
    ['新建公园5个。时间要求：2023年底前', '2023-12-31'],
    ['新建公园5个。完成时间节点：2024年3月', '2024-03-31'],
  ])('%s', (text, date) => {
    const facts = extractItem({ body: located(text, 1), issuedOn: '2023-01-10' });
    expect(facts.responsibility.units.every((unit) => !/期限|时限|时间/.test(unit))).toBe(true);
    expect(facts.deadlines.map((deadline) => deadline.date)).toEqual([date]);
    expect(facts.targets.map((target) => target.deadline)).toEqual([date]);
  });
});
