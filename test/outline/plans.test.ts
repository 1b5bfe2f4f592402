// Documents written the way other offices write them: each case is a small plan as text.
import { describe, expect, it } from 'vitest';
import { extractBufferInThread as extractBuffer, type Plan } from '../../src/index.js';
import { flatten, levelCounts } from '../helpers.js';

async function plans(text: string, name = 'plan.txt'): Promise<Plan[]> {
  return (await extractBuffer(Buffer.from(text), name)).plans;
}

const NOTICE = `XX县人民政府办公室文件

邻府办发〔2024〕7号

XX县人民政府办公室
关于印发《XX县推进公立医院高质量发展实施方案》的通知

各乡（镇）人民政府，县直各部门：
现将《XX县推进公立医院高质量发展实施方案》印发给你们，请认真贯彻执行。

XX县人民政府办公室
2024年3月8日

XX县推进公立医院高质量发展实施方案

为贯彻落实《XX省推动公立医院高质量发展实施方案》（川府办发〔2022〕12号），结合我县实际，制定本方案。
`;

describe('plans as other offices write them', () => {
  it('reads a notice with its plan', async () => {
    const [plan] = await plans(`${NOTICE}一、总体要求\n坚持以人民健康为中心。\n二、重点任务\n（一）主要目标：到2025年，县人民医院达到三级医院水平。\n（二）加强专科建设。新建专科。\n`);
    expect(plan).toMatchObject({
      title: 'XX县推进公立医院高质量发展实施方案',
      docNumber: '邻府办发〔2024〕7号',
      issuer: 'XX县人民政府办公室',
      issuedOn: '2024-03-08',
      references: [{ title: 'XX省推动公立医院高质量发展实施方案', docNumber: '川府办发〔2022〕12号' }],
    });
    expect(plan!.preamble).toBe('为贯彻落实《XX省推动公立医院高质量发展实施方案》（川府办发〔2022〕12号），结合我县实际，制定本方案。');
    expect(flatten(plan!.sections).map((section) => `${section.path} ${section.title}`)).toEqual([
      '一 总体要求',
      '二 重点任务',
      '二/（一） 主要目标',
      '二/（二） 加强专科建设',
    ]);
    expect(flatten(plan!.sections)[2]!.text).toBe('到2025年，县人民医院达到三级医院水平。');
  });

  it('strips markdown markup pasted into a text file', async () => {
    const [plan] = await plans('XX市推动公立医院高质量发展实施方案\n\n**一、指导思想**\n\n正文。\n\n- 1. 加强专科建设。正文。\n- 2. 推进医共体。正文。\n\n### 二、保障措施\n');
    expect(levelCounts(plan!)).toEqual([2, 2]);
    expect(plan!.sections[0]!.title).toBe('指导思想');
  });

  it('dates in Chinese numerals and a title broken over two lines', async () => {
    const [plan] = await plans('XX州卫生健康委员会\n二〇二二年六月一日\n\nXX州公立医院高质量发展\n实施方案\n\n一、目标\n正文。\n');
    expect(plan).toMatchObject({ title: 'XX州公立医院高质量发展实施方案', issuer: 'XX州卫生健康委员会', issuedOn: '2022-06-01' });
  });

  it('splits a compilation marked 【篇一】…', async () => {
    const result = await plans('范文集\n\n【篇一】XX县推进公立医院高质量发展实施方案\n\n一、目标\n正文。\n\n【篇二】XX市推进公立医院高质量发展工作方案\n\n一、任务\n正文。\n二、保障\n正文。\n');
    expect(result.map((plan) => [plan.part, plan.title, plan.sections.length])).toEqual([
      ['篇一', 'XX县推进公立医院高质量发展实施方案', 1],
      ['篇二', 'XX市推进公立医院高质量发展工作方案', 2],
    ]);
  });

  it('does not start the outline at a numbered attachment list in the notice', async () => {
    const [plan] = await plans('关于印发两个方案的通知\n附件：\n1.XX县医共体建设方案\n2.XX县专科建设方案\n\nXX县医共体建设方案\n\n一、总体要求\n正文。\n二、主要任务\n正文。\n');
    expect(plan!.title).toBe('XX县医共体建设方案');
    expect(plan!.sections.map((section) => section.path)).toEqual(['一', '二']);
  });

  it('reads a provincial 实施意见 signed at the end', async () => {
    const text = [
      '甲省人民政府办公厅关于推动公立医院高质量发展的实施意见',
      '甲政办发〔2021〕50号',
      '各市、州人民政府，省政府各部门：',
      '为推动全省公立医院高质量发展，经省人民政府同意，现提出如下实施意见。',
      '一、总体要求',
      '以人民健康为中心。到2025年，公立医院发展方式从规模扩张转向提质增效。',
      '二、构建公立医院高质量发展新体系',
      '（一）打造国家级和省级高水平医院。支持省人民医院建设国家区域医疗中心。（省卫生健康委、省发展改革委按职责分工负责）',
      '（二）发挥市级医院龙头作用。正文。',
      '甲省人民政府办公厅',
      '2021年10月8日',
    ].join('\n');
    const [plan] = await plans(text);
    expect(plan).toMatchObject({
      title: '甲省人民政府办公厅关于推动公立医院高质量发展的实施意见',
      docNumber: '甲政办发〔2021〕50号',
      issuer: '甲省人民政府办公厅',
      issuedOn: '2021-10-08',
      preamble: '为推动全省公立医院高质量发展，经省人民政府同意，现提出如下实施意见。',
    });
    expect(flatten(plan!.sections).map((section) => section.path)).toEqual(['一', '二', '二/（一）', '二/（二）']);
    expect(flatten(plan!.sections)[3]!.text).toBe('正文。');
  });

  it('keeps a trailing responsibility note out of the title, but not out of the units', async () => {
    const [plan] = await plans('XX县工作方案\n\n一、重点任务\n1.加强专科建设（牵头单位：县卫生健康局；配合单位：县财政局）\n2.推进医共体建设\n');
    const [first] = plan!.sections[0]!.children;
    expect(first!.title).toBe('加强专科建设');
    expect(first!.responsibility.lead).toEqual(['县卫生健康局']);
    expect(first!.responsibility.support).toEqual(['县财政局']);
  });

  it.each([
    // a district's list of practical projects: several counts parted by semicolons
    ['1.为50个小区新增电动自行车充电设施；为10个老旧小区实施消防设施改造。', '为50个小区新增电动自行车充电设施'],
    ['2.新建社区食堂20个;改造农贸市场5个。', '新建社区食堂20个'],
    // a semicolon inside a bracket or a quoted name does not end the title
    ['3.推进医共体建设（牵头单位：县卫健局；配合单位：县财政局）。正文。', '推进医共体建设'],
    ['4.落实《关于加强养老服务；推进医养结合的意见》。正文。', '落实《关于加强养老服务；推进医养结合的意见》'],
    // a quotation never closed: the first full stop still ends the title
    ['5.落实“放管服改革。正文；续。', '落实“放管服改革'],
    // the semicolon of a character entity left in a scraped text
    ['1.完善制度&lt;b&gt;。正文。', '完善制度&lt;b&gt'],
  ])('ends the title of %s at its first sentence end', async (line, title) => {
    const [plan] = await plans(`XX区工作方案\n\n一、重点任务\n${line}\n`);
    expect(plan!.sections[0]!.children[0]!.title).toBe(title);
  });

  it.each([
    ['打印本页 关闭窗口'],
    ['【打印】【关闭】'],
    ['【打印本页】 【关闭窗口】'],
    ['上一篇：关于开展安全生产大检查的通知'],
    ['扫一扫在手机打开当前页'],
    ['责任编辑：王明'],
  ])('keeps the page chrome %s out of the last item and its units', async (chrome) => {
    const [plan] = await plans(`XX市民生实事工作方案\n\n一、重点任务\n1.新建社区养老服务中心10个\n（市民政局、市住建局）\n${chrome}\n相关链接\n`);
    const [item] = plan!.sections[0]!.children;
    expect(item!.text).toBe('（市民政局、市住建局）');
    expect(item!.responsibility.units).toEqual(['市民政局', '市住建局']);
  });

  it.each([
    {
      name: 'arabic items before the next （二）, page footers between an item and its labels',
      text: 'XX县2024年重点工作任务\n\n6.推进农村改厕，建设污水处理设施\n— 3 —\n20处。\n牵头单位：县农业农村局\n7.新建农村公路50公里。\n第3页 共12页\n牵头单位：县交通运输局\n（二）推进城乡融合\n8.建设示范村10个。\n',
      paths: ['6', '7', '（二）', '（二）/8'],
      lead: ['县农业农村局'],
    },
    {
      name: '（n） items before the next 2.',
      text: 'YY区重点任务分解\n\n（4）完善养老服务网络。（区民政局负责）\n（5）推进医养结合。（区卫健委负责）\n2.加强社会保障\n（6）扩大参保覆盖面。\n',
      paths: ['（4）', '（5）', '2', '2/（6）'],
      lead: ['区民政局'],
    },
    {
      name: '（三） items before the next 二、',
      text: 'ZZ市工作要点\n\n（三）加快数字政府建设。\n- 2 -\n牵头单位：市大数据局\n二、深化改革\n（四）优化营商环境。\n',
      paths: ['（三）', '二', '二/（四）'],
      lead: ['市大数据局'],
    },
  ])('a page that starts mid-plan: $name', async ({ text, paths, lead }) => {
    const [plan] = await plans(text);
    expect(flatten(plan!.sections).map((section) => section.path)).toEqual(paths);
    expect(flatten(plan!.sections)[0]!.responsibility.lead).toEqual(lead);
  });

  it.each([
    ['a date', 'WW县工作方案\n\n12.开展专项整治。\n2024年3月1日\n（一）加强领导\n正文。\n'],
    ['a list announced by a colon', 'WW县工作方案\n\n主要做法有：\n8.建立台账。\n9.定期通报。\n请结合实际执行：\n（一）加强领导\n正文。\n'],
  ])('items above %s do not open a body that starts mid-plan', async (_name, text) => {
    const [plan] = await plans(text);
    expect(flatten(plan!.sections).map((section) => section.path)).toEqual(['（一）']);
  });

  it('takes 关于… titles that are not a notice of issue', async () => {
    const [plan] = await plans('关于推动公立医院高质量发展的实施意见\n\n一、总体要求\n正文。\n');
    expect(plan!.title).toBe('关于推动公立医院高质量发展的实施意见');
  });

  it('reads a work list saved as tab-separated rows, with 责任单位 beside 配合单位', async () => {
    const text = [
      '丙县2024年重点工作任务分解',
      '序号\t具体任务\t责任单位\t配合单位\t完成时限',
      '1\t建成县级胸痛中心和卒中中心。推进急救网络建设。\t县卫健局、县发改局\t各乡镇\t6月底前',
      '2\t完成县中医院门诊楼改造，力争通过二级甲等复审。\t县卫健局\t县财政局\t长期坚持',
      '3\t推进紧密型医共体建设，县域内就诊率达到90%以上。\t县卫健局\t县医保局、县财政局\t2024年12月底前',
    ].join('\n');
    const [plan] = await plans(text);
    expect(plan!.title).toBe('丙县2024年重点工作任务分解');
    expect(plan!.sections.map((row) => [row.path, row.title, row.responsibility.lead, row.responsibility.support])).toEqual([
      ['1', '建成县级胸痛中心和卒中中心', ['县卫健局', '县发改局'], ['各乡镇']],
      ['2', '完成县中医院门诊楼改造，力争通过二级甲等复审', ['县卫健局'], ['县财政局']],
      ['3', '推进紧密型医共体建设，县域内就诊率达到90%以上', ['县卫健局'], ['县医保局', '县财政局']],
    ]);
    expect(plan!.sections[0]!.text).toBe('推进急救网络建设。');
    expect(plan!.sections.map((row) => row.deadlines[0]?.kind)).toEqual(['by', 'ongoing', 'by']);
    expect(plan!.sections[2]!.targets[0]).toMatchObject({ value: 90, unit: '%', comparator: '>=' });
  });

  it('reads a markdown work list table', async () => {
    const table = '# XX县工作清单\n\n| 序号 | 重点任务 | 工作措施 | 牵头单位 | 配合单位 | 时间节点 |\n|---|---|---|---|---|---|\n| 一 | 强化体系建设 | | | | |\n| 1 | 建设区域医疗中心 | 推进县医院建设。 | 县卫健局 | 县发改局 | 2025年底 |\n| 2 | 推进医共体 | 实现一体化管理。 | 县卫健局 | 县财政局 | 持续推进 |\n';
    const [plan] = await plans(table, 'list.md');
    expect(levelCounts(plan!)).toEqual([1, 2]);
    const [category] = plan!.sections;
    expect(category!.title).toBe('强化体系建设');
    expect(category!.children.map((row) => [row.path, row.title, row.text])).toEqual([
      ['一/1', '建设区域医疗中心', '推进县医院建设。'],
      ['一/2', '推进医共体', '实现一体化管理。'],
    ]);
  });

  it('reads a saved government web page: panel values, chrome left out', async () => {
    const page = [
      '当前位置：首页 > 政务公开 > 政策文件',
      '索引号：| 0099/2024-00012 | 发布机构：| |',
      '发文机关 乙市人民政府办公室 成文日期 2024年04月02日',
      '发文字号 乙政办〔2024〕6号 发布时间 2024年04月09日 10:20',
      '【字体：大 中 小】 打印本页',
      '乙市人民政府办公室关于印发乙市医疗卫生强基工程',
      '实施方案的通知',
      '各县（区）人民政府，市直各部门：',
      '《乙市医疗卫生强基工程实施方案》已经市政府同意，现印发给你们，请认真组织实施。',
      '2024年4月2日',
      '乙市医疗卫生强基工程实施方案',
      '为落实《甲省人民政府办公厅关于印发甲省医疗卫生强基工程实施方案的通知》（甲政办发〔2023〕40号），制定本方案。',
      '一、总体要求',
      '正文。',
      '返回顶部',
    ].join('\n');
    const [plan] = await plans(page);
    expect(plan).toMatchObject({
      title: '乙市医疗卫生强基工程实施方案',
      docNumber: '乙政办〔2024〕6号',
      issuer: '乙市人民政府办公室',
      issuedOn: '2024-04-02',
      references: [{ title: '甲省人民政府办公厅关于印发甲省医疗卫生强基工程实施方案的通知', docNumber: '甲政办发〔2023〕40号' }],
      preamble: '为落实《甲省人民政府办公厅关于印发甲省医疗卫生强基工程实施方案的通知》（甲政办发〔2023〕40号），制定本方案。',
    });
  });

  it('prefers the signature date to the date the page went up', async () => {
    const [plan] = await plans('时间：2023-05-28 来源：本站\n丙县健康促进行动方案\n丙县健康促进委员会\n2023年5月8日\n一、目标\n正文。\n');
    expect(plan).toMatchObject({ issuedOn: '2023-05-08', issuer: '丙县健康促进委员会' });
  });

  it('falls back to the page date and takes the office from a title that opens with it', async () => {
    const [plan] = await plans('发布日期：2022-02-28 16:47:15 来源：本网\n  甲省人民政府办公厅关于推动医院\n  高质量发展的实施意见\n  甲府办〔2022〕4号\n一、总体要求\n正文。\n');
    expect(plan).toMatchObject({
      title: '甲省人民政府办公厅关于推动医院高质量发展的实施意见',
      docNumber: '甲府办〔2022〕4号',
      issuer: '甲省人民政府办公厅',
      issuedOn: '2022-02-28',
    });
  });

  it.each([
    { name: 'an item that opens with a count', lines: ['丙区2024年民生实事项目', '1.新增养老床位300张。', '2.50个小区新增充电设施；为10个老旧小区实施改造。', '3.开设40个暑托班办班点。'], paths: ['1', '2', '3'] },
    { name: 'a count line that is no next number stays text', lines: ['丙区2024年民生实事项目', '1.新增养老床位300张，其中', '5.200所学校配备心理教师。', '2.开设40个暑托班办班点。'], paths: ['1', '2'] },
    { name: 'a first marker that lost its bracket', lines: ['乙县人居环境五项重点任务', '一）', '农村厕所改造', '（二）', '农村垃圾治理', '（三）', '农村污水治理'], paths: ['（一）', '（二）', '（三）'] },
    {
      name: 'a table of contents with page numbers is no outline',
      lines: ['丁盟草原保护补助实施指导意见', '目 录', '一、重大意义（1)', '二、指导思想（2)', '三、实施范围……4', '四、保障措施 6', '一、重大意义', '正文。', '二、指导思想', '正文。'],
      paths: ['一', '二'],
    },
    { name: 'a table of contents cut with the excerpt', lines: ['丁盟草原保护补助实施指导意见', '目录', '一、重大意义（1)', '二、指导思想（2)'], paths: [] },
  ])('outline: $name', async ({ lines, paths }) => {
    const [plan] = await plans(lines.join('\n'));
    expect(flatten(plan!.sections).map((section) => section.path)).toEqual(paths);
  });

  // the page's fields when the text names no office or date of its own
  it.each([
    {
      name: 'the 来源 of a page that names an office of a place',
      lines: ['乙县2023年民生实事项目进度表（截至9月30日）', '发布日期：2023-10-12', '来源：乙县人民政府办公室', '1.新建幼儿园3所。'],
      issuer: '乙县人民政府办公室',
    },
    {
      name: '信息来源 run together with the next fields',
      lines: ['丁市教育局2024年工作要点', '发布时间：2024-03-28 09:33信息来源：丁市教育局阅读次数：编辑：王某', '1.加强党建。正文。'],
      issuer: '丁市教育局',
    },
    { name: 'a 来源 that is a site, not an office', lines: ['丙县就业工作方案', '时间：2023-05-28 来源：本网', '1.稳定就业。正文。'], issuer: null },
    { name: 'a 来源 that is a department without its place', lines: ['丙县就业工作方案', '时间：2023-05-28 来源：宣传统战部', '1.稳定就业。正文。'], issuer: null },
    {
      name: 'a 发布单位 in its short form',
      lines: ['索引号 | 000111/2022-001 | 公开方式 | 主动公开 |', '发布单位 | 县政府 | 发文日期 | 2022-07-14 |', '1.新建学校2所。'],
      issuer: '县政府',
    },
    {
      name: 'a 发布机构 run together with 公开日',
      lines: ['索引号0106/2023-00071发布机构甲区政府办公室公开日2023-07-04', '甲区耕地保护补助实施方案', '一、总体要求', '正文。'],
      issuer: '甲区政府办公室',
    },
    {
      name: 'lost characters before the signing office',
      lines: ['各乡镇人民政府：', '现将《乙市河道保护实施方案》印发给你们，请认真贯彻落实。', '??？乙市人民政府办公室', '2019年8月26日', '乙市河道保护实施方案', '一、总体要求', '正文。'],
      issuer: '乙市人民政府办公室',
    },
    {
      name: 'a news text that says which office published the plan',
      lines: ['近日，乙区人民政府办公室发布《2024年区政府工作报告重点任务分解》方案，共细分出86项任务。', '2024年区政府工作报告重点任务分解', '一、主要指标', '1.地区生产总值增长6%。'],
      issuer: '乙区人民政府办公室',
    },
    {
      name: 'a news text naming another document',
      lines: ['日前，丙市发展改革委印发《丙市物流发展规划》。', '丙县物流降本增效实施方案', '一、主要目标', '1.社会物流总费用下降。'],
      issuer: null,
    },
    {
      name: 'the office that opens the title before a page 发布机构',
      lines: ['发布机构：丙市人民政府 | 关键词：综合 |', '丙市人民政府办公室', '关于明确2024年就业工作目标任务的', '通知', '各乡镇人民政府：', '一、明确目标任务', '新增城镇就业7000人。'],
      issuer: '丙市人民政府办公室',
    },
  ])('issuer: $name', async ({ lines, issuer }) => {
    const [plan] = await plans(lines.join('\n'));
    expect(plan!.issuer).toBe(issuer);
  });

  // any office right above the signature's date at the end signs the plan, and is no part of its last item
  it.each([
    { name: 'a bureau, the date in Chinese numerals', lines: ['丙县2024年全民健身工作计划', '一、主要目标', '正文。', '丙县文化旅游广电体育局', '二〇二四年三月五日'], issuer: '丙县文化旅游广电体育局', issuedOn: '2024-03-05' },
    { name: 'a data bureau, the date in digits', lines: ['乙区2024年数字政府建设工作要点', '一、夯实数字基础', '1.推进政务云建设。正文。', '乙区数据资源管理局', '2024年2月1日'], issuer: '乙区数据资源管理局', issuedOn: '2024-02-01' },
    { name: 'a joint signature of two committees', lines: ['丁市乡村振兴工作要点', '一、产业发展', '正文。', '中共丁市委农村工作领导小组', '丁市乡村振兴局', '2023年3月8日'], issuer: '中共丁市委农村工作领导小组 丁市乡村振兴局', issuedOn: '2023-03-08' },
  ])('signature at the end: $name', async ({ lines, issuer, issuedOn }) => {
    const [plan] = await plans(lines.join('\n'));
    expect(plan).toMatchObject({ issuer, issuedOn });
    for (const office of issuer.split(' ')) expect(flatten(plan!.sections).map((section) => section.text).join('\n')).not.toContain(office);
  });

  // a notice signed by two offices, one a line, in the red header and over the date
  it.each([
    { name: 'Party and government offices', head: ['中共丙县委办公室', '丙县人民政府办公室'], issuer: '中共丙县委办公室 丙县人民政府办公室' },
    { name: 'a Party committee and its government', head: ['中共乙市委', '乙市人民政府'], issuer: '中共乙市委 乙市人民政府' },
    { name: 'a working and a managing committee', head: ['中共丁新区工作委员会', '丁新区管理委员会'], issuer: '中共丁新区工作委员会 丁新区管理委员会' },
    { name: 'a Party group alone', head: ['中共甲省教育厅党组'], issuer: '中共甲省教育厅党组' },
  ])('joint issuers: $name', async ({ head, issuer }) => {
    const text = [...head, '关于印发《丙县乡村振兴示范带建设实施方案》的通知', '丙委办发〔2023〕18号', '各乡镇，县直各单位：', '现将《丙县乡村振兴示范带建设实施方案》印发给你们，请认真贯彻落实。', ...head, '2023年5月10日', '丙县乡村振兴示范带建设实施方案', '一、总体要求', '正文。'].join('\n');
    const [plan] = await plans(text);
    expect(plan).toMatchObject({ title: '丙县乡村振兴示范带建设实施方案', docNumber: '丙委办发〔2023〕18号', issuer, issuedOn: '2023-05-10' });
  });

  it('titles a notice\'s one attached schedule table by its heading, with the notice\'s 文号 and signature', async () => {
    const text = [
      '丙县人民政府办公室关于印发2024年县政府民生实事项目的通知',
      '丙政办发〔2024〕3号',
      '各乡镇人民政府，县政府各部门：',
      '现将2024年县政府民生实事项目印发给你们，请认真组织实施。',
      '附件：2024年县政府民生实事项目计划表',
      '丙县人民政府办公室',
      '2024年2月18日',
      '（此件公开发布）',
      '附件',
      '2024年县政府民生实事项目计划表',
      '1.新建幼儿园3所。',
    ].join('\n');
    const [plan] = await plans(text);
    expect(plan).toMatchObject({ title: '2024年县政府民生实事项目计划表', docNumber: '丙政办发〔2024〕3号', issuer: '丙县人民政府办公室', issuedOn: '2024-02-18' });
  });

  // the signature is the document's own date: it beats a panel's 成文日期 / 发文日期 (often the day the page
  // went up) and the posting date; the panel date stands where the text has no signature
  it.each([
    { panel: '成文日期：2023-02-13', signature: '2023年2月8日', issuedOn: '2023-02-08' },
    { panel: '发文日期：2024年04月02日', signature: '二〇二四年三月二十九日', issuedOn: '2024-03-29' },
    { panel: '发布日期：2022-06-10', signature: '2022年6月1日', issuedOn: '2022-06-01' },
    { panel: '成文日期：2021-11-05', signature: '', issuedOn: '2021-11-05' },
  ])('$panel beside the signature $signature → $issuedOn', async ({ panel, signature, issuedOn }) => {
    const text = [panel, '各乡镇人民政府：', '现将《丙县防汛工作方案》印发给你们，请认真贯彻落实。', '丙县人民政府', signature, '丙县防汛工作方案', '一、目标', '正文。'].filter(Boolean).join('\n');
    const [plan] = await plans(text);
    expect(plan!.issuedOn).toBe(issuedOn);
  });

  it('reads a lost-separator signature by the panel date and takes its league office', async () => {
    const text = ['发文机关行署办公室', '成文日期2016-12-01', '各旗县市人民政府：', '现将《丁盟草原保护补助实施指导意见》印发给你们，请认真贯彻执行。', '丁盟行政公署', '2016121', '丁盟草原保护补助', '实施指导意见', '(20162020)', '一、重大意义', '正文。'].join('\n');
    const [plan] = await plans(text);
    expect(plan).toMatchObject({ title: '丁盟草原保护补助实施指导意见（20162020）', issuer: '丁盟行政公署', issuedOn: '2016-12-01' });
  });

  // a signature whose 年/月/日 were lost reads as the latest date not after the page went up
  it.each([
    ['2024115', '2024-01-18', '2024-01-15'],
    ['2023111', '2023-11-20', '2023-11-01'],
    ['2023111', '2023-02-03', '2023-01-11'],
  ])('signature %s posted on %s → %s', async (signature, posted, issuedOn) => {
    const text = [`发布时间：${posted}`, '各有关单位：', '现将《丙区重点工作任务分解表》印发给你们，请认真贯彻落实。', '丙区人民政府', signature, '丙区重点工作任务分解表', '1.推进项目建设。正文。'].join('\n');
    const [plan] = await plans(text);
    expect(plan!.issuedOn).toBe(issuedOn);
  });

  it('keeps a preamble that ends with a colon, and leaves out the notice that issues the plan itself', async () => {
    const text = [
      '乙府办〔2023〕11号《乙市人民政府办公厅关于印发乙市医疗服务提升实施方案的通知》',
      '乙市医疗服务提升实施方案',
      '为进一步提升医疗服务质量，结合我市实际，现提出以下实施方案：',
      '一、总体要求',
      '正文。',
    ].join('\n');
    const [plan] = await plans(text);
    expect(plan!.preamble).toBe('为进一步提升医疗服务质量，结合我市实际，现提出以下实施方案：');
    expect(plan!.references).toEqual([]);
    expect(plan!.docNumber).toBe('乙府办〔2023〕11号');
  });

  it('names a plan printed without a title line after the notice that issues it', async () => {
    const text = [
      '丁健委〔2021〕2号',
      '各市卫生健康委：',
      '现将《丁省健康促进2021年实施方案》印发给你们，请结合实际，认真组织实施。',
      '丁省健康促进委员会',
      '2021年5月15日',
      '为推进健康促进工作，制定本实施方案。',
      '1.加强健康教育。正文。',
      '2.推广健康生活方式。正文。',
    ].join('\n');
    const [plan] = await plans(text);
    expect(plan).toMatchObject({
      title: '丁省健康促进2021年实施方案',
      issuer: '丁省健康促进委员会',
      issuedOn: '2021-05-15',
      preamble: '为推进健康促进工作，制定本实施方案。',
    });
    expect(plan!.sections.map((section) => section.path)).toEqual(['1', '2']);
  });

  it('a notice title on the line above the plan title is not joined to it', async () => {
    const text = '甲区委办公室印发《甲区品牌建设三年行动计划（2024—2026年）》的通知\n甲区全力打造服务品牌\n加快建设品牌城区三年行动计划\n(2024—2026年)\n为推进品牌建设，制定本行动计划。\n一、总体要求\n正文。\n';
    const [plan] = await plans(text);
    expect(plan!.title).toBe('甲区全力打造服务品牌加快建设品牌城区三年行动计划（2024—2026年）');
    expect(plan!.preamble).toBe('为推进品牌建设，制定本行动计划。');
  });

  it('leaves the list of attachments before the signature out of the last item', async () => {
    const text = [
      '丙县医共体建设实施方案',
      '一、重点任务',
      '1．建立管理委员会。正文。',
      '2．落实经营自主权。正文。',
      '二、保障措施',
      '加强组织领导。',
      '附件：1.丙县医共体建设任务分工表',
      '2.丙县医共体考核评价细则',
      '丙县人民政府办公室',
      '2024年5月6日印发',
    ].join('\n');
    const [plan] = await plans(text);
    expect(flatten(plan!.sections).map((section) => `${section.path} ${section.text}`)).toEqual([
      '一 ',
      '一/1 正文。',
      '一/2 正文。',
      '二 加强组织领导。',
    ]);
    expect(plan).toMatchObject({ issuer: '丙县人民政府办公室', issuedOn: '2024-05-06' });
  });
});
