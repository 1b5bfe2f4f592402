// Work-list tables laid out as text, one family per describe block: the blocks a reader gives
// (text or markdown) through normalisation, rows shown as their cells, paragraphs as their text.
import { describe, expect, it } from 'vitest';
import { lines, rows } from './shown.js';
import type { Block } from '../../src/document/block.js';
import { recoverTextTables } from '../../src/normalize/text-tables.js';
import { located } from '../../src/text/located.js';


describe('one cell per line', () => {
  it.each([
    {
      name: 'merged cells appear in their first row only: cells go to columns by content',
      input: lines(
        '序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室', '(单位)', '备注',
        '1', '公共服务', '开放服务人次较上年增长15%。', '12月底前', '赵立新', '宣传股', '文化馆', '图书馆',
        '2', '全年开展惠民演出不少于100场。', '宣传股',
        '3', '开展好“三下乡”活动。',
        '4', '行业管理', '开展专项整治行动4次以上。', '5月底', '周 斐', '执法大队',
      ),
      expected: [
        ['序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室（单位）', '备注'],
        ['1', '公共服务', '开放服务人次较上年增长15%。', '12月底前', '赵立新', '宣传股、文化馆、图书馆', ''],
        ['2', '', '全年开展惠民演出不少于100场。', '', '', '宣传股', ''],
        ['3', '', '开展好“三下乡”活动。', '', '', '', ''],
        ['4', '行业管理', '开展专项整治行动4次以上。', '5月底', '周斐', '执法大队', ''],
      ],
    },
    {
      name: 'another order and wording: 序号 / 重点任务 / 牵头单位 / 配合单位 / 时间节点; prose after the table',
      input: lines(
        '序号', '重点任务', '牵头单位', '配合单位', '时间节点',
        '1', '建成县级胸痛中心和卒中中心', '县卫健局', '县发改局、县财政局', '2024年6月底前',
        '2', '推进紧密型医共体建设，县域内就诊率达到90%以上', '县卫健局', '长期坚持',
        '各乡镇、各部门要对照任务清单，细化工作措施，确保按期完成。',
      ),
      expected: [
        ['序号', '重点任务', '牵头单位', '配合单位', '时间节点'],
        ['1', '建成县级胸痛中心和卒中中心', '县卫健局', '县发改局、县财政局', '2024年6月底前'],
        ['2', '推进紧密型医共体建设，县域内就诊率达到90%以上', '县卫健局', '', '长期坚持'],
        '各乡镇、各部门要对照任务清单，细化工作措施，确保按期完成。',
      ],
    },
    {
      name: 'a task cell wrapped over two lines joins its row; a heading after the table ends it',
      input: lines(
        '序号', '工作任务', '责任单位', '完成时限',
        '1', '深化“放管服”改革，全面推行证明事项告知承诺制，', '推动更多事项网上办理', '县政务服务中心', '年底前',
        '二、保障措施',
        '（一）加强组织领导。',
      ),
      expected: [
        ['序号', '工作任务', '责任单位', '完成时限'],
        ['1', '深化“放管服”改革，全面推行证明事项告知承诺制，推动更多事项网上办理', '县政务服务中心', '年底前'],
        '二、保障措施',
        '（一）加强组织领导。',
      ],
    },
    {
      name: 'a category row (一、…) between rows; 分管领导 names persons, 备注 stays apart',
      input: lines(
        '序号', '目标任务', '分管领导', '责任单位', '完成期限', '备注',
        '一、优化营商环境',
        '1', '企业开办时间压缩至1个工作日以内。', '李建国', '市市场监管局', '一季度', '持续',
        '2', '工程建设项目审批时间压缩至80个工作日。', '王 强', '市住建局', '上半年',
        '二、扩大有效投资',
        '1', '新开工重点项目不少于50个。', '陈静', '市发改委', '全年',
      ),
      expected: [
        ['序号', '目标任务', '分管领导', '责任单位', '完成期限', '备注'],
        ['一、优化营商环境'],
        ['1', '企业开办时间压缩至1个工作日以内。', '李建国', '市市场监管局', '一季度', '持续'],
        ['2', '工程建设项目审批时间压缩至80个工作日。', '王强', '市住建局', '上半年', ''],
        ['二、扩大有效投资'],
        ['1', '新开工重点项目不少于50个。', '陈静', '市发改委', '全年', ''],
      ],
    },
    {
      name: 'part rows one after another with no rows of their own (a bureau\'s share of a longer list)',
      input: lines(
        '序号', '重点工作任务', '主要责任单位', '协同配合单位',
        '一、主要预期目标',
        '3', '城镇新增就业1.2万人以上。', '县人社局', '各乡镇',
        '二、扩大有效投资',
        '三、建设现代产业体系',
        '四、深化改革开放',
        '41', '持续推进“一网通办”改革。', '县数据局', '县直各部门。',
        '42', '优化企业开办服务。', '县市场监管局', '县税务局。',
      ),
      expected: [
        ['序号', '重点工作任务', '主要责任单位', '协同配合单位'],
        ['一、主要预期目标'],
        ['3', '城镇新增就业1.2万人以上。', '县人社局', '各乡镇'],
        ['二、扩大有效投资'],
        ['三、建设现代产业体系'],
        ['四、深化改革开放'],
        ['41', '持续推进“一网通办”改革。', '县数据局', '县直各部门。'],
        ['42', '优化企业开办服务。', '县市场监管局', '县税务局。'],
      ],
    },
    {
      name: 'a run of （一） part rows before the next row; part headings after the last row stay prose',
      input: lines(
        '序号', '工作任务', '牵头单位', '完成时限',
        '（一）稳定粮食生产',
        '1', '粮食播种面积稳定在50万亩以上。', '区农业农村局', '10月底前',
        '（二）提升农业装备',
        '（三）发展乡村产业',
        '7', '新培育市级龙头企业3家。', '区农业农村局', '年底前',
        '二、保障措施',
        '三、工作要求',
        '各镇街要对照任务清单，细化工作措施，确保按期完成。',
      ),
      expected: [
        ['序号', '工作任务', '牵头单位', '完成时限'],
        ['（一）稳定粮食生产'],
        ['1', '粮食播种面积稳定在50万亩以上。', '区农业农村局', '10月底前'],
        ['（二）提升农业装备'],
        ['（三）发展乡村产业'],
        ['7', '新培育市级龙头企业3家。', '区农业农村局', '年底前'],
        '二、保障措施',
        '三、工作要求',
        '各镇街要对照任务清单，细化工作措施，确保按期完成。',
      ],
    },
    {
      name: 'a bare year in a 建设时间 column before the content; an amount of that size stays an amount, also where the time cell is merged',
      input: lines(
        '序号', '项目名称', '建设时间', '建设内容', '年度投资（万元）', '责任单位',
        '1', '中小学运动场改造项目', '2024', '对5所学校运动场地进行改造。', '1200', '县教体局',
        '2', '城区供水管网改造项目', '2024-2025', '改造供水管网12公里。', '2050', '县住建局',
        '3', '农村公路提升项目', '新改建农村公路30公里。', '2030', '县交通局',
      ),
      expected: [
        ['序号', '项目名称', '建设时间', '建设内容', '年度投资（万元）', '责任单位'],
        ['1', '中小学运动场改造项目', '2024', '对5所学校运动场地进行改造。', '1200', '县教体局'],
        ['2', '城区供水管网改造项目', '2024-2025', '改造供水管网12公里。', '2050', '县住建局'],
        ['3', '农村公路提升项目', '', '新改建农村公路30公里。', '2030', '县交通局'],
      ],
    },
    {
      name: 'a bare number of one to three digits under an amount column still empty is its cell; after that cell it is a page number',
      input: lines(
        '序号', '项目名称', '建设内容', '年度投资（万元）', '责任单位',
        '1', '中小学运动场改造项目', '对5所学校运动场地进行改造。', '300', '县教体局',
        '2', '城区供水管网改造项目', '改造供水管网12公里。', '1200', '1', '县住建局',
      ),
      expected: [
        ['序号', '项目名称', '建设内容', '年度投资（万元）', '责任单位'],
        ['1', '中小学运动场改造项目', '对5所学校运动场地进行改造。', '300', '县教体局'],
        ['2', '城区供水管网改造项目', '改造供水管网12公里。', '1200', '县住建局'],
      ],
    },
    {
      name: 'a serial and its task on one line ("1、…")',
      input: lines('序号', '工作任务', '责任单位', '1、完善分级诊疗制度', '县卫健局', '2、推进家庭医生签约服务', '各乡镇卫生院'),
      expected: [
        ['序号', '工作任务', '责任单位'],
        ['1', '完善分级诊疗制度', '县卫健局'],
        ['2', '推进家庭医生签约服务', '各乡镇卫生院'],
      ],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it('序号 written with a space between its characters', async () => {
    expect(await rows(lines('序 号', '工作任务', '责任单位', '完成时限', '1', '建设智慧医院', '县人民医院', '年底前'))).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '建设智慧医院', '县人民医院', '年底前'],
    ]);
    expect(await rows(lines('序 号 工作任务 责任单位 完成时限', '1 建设智慧医院 县人民医院 年底前'))).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '建设智慧医院', '县人民医院', '年底前'],
    ]);
  });

  it('a spanning header cell over its sub-headers names no column', async () => {
    expect(await rows(lines('序号', '工作任务', '责任单位', '牵头', '配合', '完成时限', '1', '建设智慧医院', '县卫健局', '县财政局', '年底前'))).toEqual([
      ['序号', '工作任务', '牵头', '配合', '完成时限'],
      ['1', '建设智慧医院', '县卫健局', '县财政局', '年底前'],
    ]);
  });

  it('the header again at a page top is skipped', async () => {
    const input = lines('序号', '工作任务', '责任单位', '1', '建设智慧医院', '县人民医院', '- 2 -', '序号', '工作任务', '责任单位', '2', '推进医共体建设', '县卫健局');
    expect(await rows(input)).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['1', '建设智慧医院', '县人民医院'],
      ['2', '推进医共体建设', '县卫健局'],
    ]);
    const spaced = lines('序号 工作任务 责任单位', '1 建设智慧医院 县人民医院', '序号 工作任务 责任单位', '2 推进医共体建设 县卫健局');
    expect(await rows(spaced)).toEqual([
      ['序号', '工作任务', '责任单位'],
      ['1', '建设智慧医院', '县人民医院'],
      ['2', '推进医共体建设', '县卫健局'],
    ]);
  });

  it('cells each a paragraph (blank lines between): text and markdown alike', async () => {
    const input = ['序号', '工作任务', '牵头部门', '协同配合单位', '完成时间', '1', '建设智慧医院', '县人民医院', '县卫健局', '2025年底'].join('\n\n');
    const expected = [
      ['序号', '工作任务', '牵头部门', '协同配合单位', '完成时间'],
      ['1', '建设智慧医院', '县人民医院', '县卫健局', '2025年底'],
    ];
    expect(await rows(input)).toEqual(expected);
    expect(await rows(input, 'markdown')).toEqual(expected);
  });

  it('a long 备注 that fits no column stays in its row when the next row follows', async () => {
    const remark = '该项目需市级层面协调解决用地指标和资金缺口问题，已列入年度重点督办事项清单。';
    const input = lines('序号', '工作任务', '责任单位', '备注', '1', '建设智慧医院', '县人民医院', remark, '2', '推进医共体建设', '县卫健局');
    expect(await rows(input)).toEqual([
      ['序号', '工作任务', '责任单位', '备注'],
      ['1', '建设智慧医院', '县人民医院', remark],
      ['2', '推进医共体建设', '县卫健局', ''],
    ]);
  });

  it('the signature after the last row is not two more cells', async () => {
    const input = lines('序号', '工作任务', '责任单位', '完成时限', '1', '建设智慧医院', '县人民医院', '2', '推进医共体建设', '县卫健局', '乙县人民政府办公室', '2024年3月1日');
    expect(await rows(input)).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '建设智慧医院', '县人民医院', ''],
      ['2', '推进医共体建设', '县卫健局', ''],
      '乙县人民政府办公室',
      '2024年3月1日',
    ]);
  });

  it('cells ending in " |" (a table saved cell by cell)', async () => {
    const input = lines('序号 |', '工作任务 |', '责任单位 |', '完成时限 |', '1 |', '实施城市更新项目10个 |', '市住建局 |', '12月底前 |', '|', '2 |', '改造老旧小区 |', '各区政府 |', '年内 |', '以上任务纳入年度考核。');
    expect(await rows(input)).toEqual([
      ['序号', '工作任务', '责任单位', '完成时限'],
      ['1', '实施城市更新项目10个', '市住建局', '12月底前'],
      ['2', '改造老旧小区', '各区政府', '年内'],
      '以上任务纳入年度考核。',
    ]);
  });

  it.each([
    {
      name: 'cells ending in " |": a persons column whose header is broken by spaces, names apart by spaces and two run together',
      input: lines(
        '序号 |', '重点任务 |', '分 管 县领导 |', '牵头责任单位 |', '责任单位 |',
        '12 |', '新增城镇就业3000人以上。 |', '王 强 |', '县人社局 |', '县直有关单位 |',
        '13 |', '完成农村公路提质改造50公里。 |', '陈 静李 娜 |', '县交通运输局 |', '各乡镇 |',
      ),
      expected: [
        ['序号', '重点任务', '分管县领导', '牵头责任单位', '责任单位'],
        ['12', '新增城镇就业3000人以上。', '王强', '县人社局', '县直有关单位'],
        ['13', '完成农村公路提质改造50公里。', '陈静李娜', '县交通运输局', '各乡镇'],
      ],
    },
    {
      name: 'one cell per paragraph: a sub-row without a 序号 (merged 序号 and unit cells) belongs to the row above',
      input: ['序号', '民生实事', '责任单位', '完成时限', '5', '开工建设县老年养护中心。', '县民政局', '5月底前动工', '开工建设社区老年食堂。', '12月底前', '6', '迁建县档案馆。', '县档案馆', '县代建中心', '年底前'].join('\n\n'),
      expected: [
        ['序号', '民生实事', '责任单位', '完成时限'],
        ['5', '开工建设县老年养护中心。开工建设社区老年食堂。', '县民政局', '5月底前动工；12月底前'],
        ['6', '迁建县档案馆。', '县档案馆、县代建中心', '年底前'],
      ],
    },
    {
      name: 'a sub-row with a unit of its own',
      input: lines('序号', '民生项目', '牵头单位', '完成时间', '1', '新建公办幼儿园2所。', '县教育局', '8月底前', '新增普惠托位300个。', '县卫健局', '12月底前', '2', '改造城区雨污管网20公里。', '县住建局', '11月底前'),
      expected: [
        ['序号', '民生项目', '牵头单位', '完成时间'],
        ['1', '新建公办幼儿园2所。新增普惠托位300个。', '县教育局、县卫健局', '8月底前；12月底前'],
        ['2', '改造城区雨污管网20公里。', '县住建局', '11月底前'],
      ],
    },
    {
      name: 'text after the last row that looks like a sub-row but has no row after it stays text',
      input: lines('序号', '工作任务', '责任单位', '完成时限', '1', '建设智慧医院。', '县卫健局', '年底前', '各乡镇要高度重视，确保按期完成。', '6月底前报送进展。'),
      expected: [['序号', '工作任务', '责任单位', '完成时限'], ['1', '建设智慧医院。', '县卫健局', '年底前'], '各乡镇要高度重视，确保按期完成。', '6月底前报送进展。'],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it.each([
    {
      name: 'an unknown column name right before the first 序号 is a column ("是否按期完成"); a bureau\'s rows leap on (7 → 41)',
      input: ['序号', '重点任务', '牵头单位', '完成时限', '推进情况', '是否按期完成', '7', '新增城镇就业岗位2000个以上。', '县人社局', '2024年底', '已新增1650个', '41', '完成农村危房改造300户。', '县住建局', '11月底前', '已完成280户'].join('\n\n'),
      expected: [
        ['序号', '重点任务', '牵头单位', '完成时限', '推进情况', '是否按期完成'],
        ['7', '新增城镇就业岗位2000个以上。', '县人社局', '2024年底', '已新增1650个', ''],
        ['41', '完成农村危房改造300户。', '县住建局', '11月底前', '已完成280户', ''],
      ],
    },
    {
      name: 'a leap in 序号 before a task sentence opens a row; a bare "3" amid the cells stays in its row; a count cell does not open one',
      input: lines('序号', '工作目标', '责任科室', '时间节点', '3', '建成村级综合服务站15个，覆盖全部行政村。', '乡村振兴股', '3', '6月底', '58', '改造提升农贸市场4个。', '商务股', '年底前'),
      expected: [
        ['序号', '工作目标', '责任科室', '时间节点'],
        ['3', '建成村级综合服务站15个，覆盖全部行政村。', '乡村振兴股', '6月底'],
        ['58', '改造提升农贸市场4个。', '商务股', '年底前'],
      ],
    },
    {
      // (a bare number on a line of its own is read as a page number and dropped, as before)
      name: 'a large number before a sentence while the row still lacks its unit opens no row',
      input: lines('序号', '项目名称', '投资（万元）', '年度目标', '责任单位', '2', '城区供水管网改造', '88', '完成管网改造30公里，新增供水能力2万吨。', '县水务局'),
      expected: [
        ['序号', '项目名称', '投资（万元）', '年度目标', '责任单位'],
        ['2', '城区供水管网改造', '88', '完成管网改造30公里，新增供水能力2万吨。', '县水务局'],
      ],
    },
    {
      name: 'a project table: header cells broken over paragraphs, a name broken in two, a dotted span as the time cell, amounts in columns of no role',
      input: ['序号', '项目名称', '建设内容', '建设起', '止年限', '总投资', '（万元）', '责任', '单位', '1', '老旧小区', '改造工程', '改造老旧小区12个，加装电梯30部。', '2024.03-2024.11', '3500', '市住建局', '2', '城区排涝工程', '新建排涝泵站2座。', '2024.01-2024.12', '8000', '市水利局'].join('\n\n'),
      expected: [
        ['序号', '项目名称', '建设内容', '建设起', '止年限', '总投资（万元）', '责任单位'],
        ['1', '老旧小区改造工程', '改造老旧小区12个，加装电梯30部。', '', '2024.03-2024.11', '3500', '市住建局'],
        ['2', '城区排涝工程', '新建排涝泵站2座。', '', '2024.01-2024.12', '8000', '市水利局'],
      ],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it.each([
    {
      name: 'the part named in the category cell of its first row',
      input: lines('序号', '类别', '工作任务', '责任单位', '完成时限', '1', '一、稳增长', '固定资产投资增长8%', '区发改局', '12月底', '2', '社零总额增长6%', '区商务局', '12月底', '3', '二、惠民生', '新增城镇就业1200人', '区人社局', '11月底'),
      expected: [
        ['序号', '类别', '工作任务', '责任单位', '完成时限'],
        ['1', '一、稳增长', '固定资产投资增长8%', '区发改局', '12月底'],
        ['2', '', '社零总额增长6%', '区商务局', '12月底'],
        ['3', '二、惠民生', '新增城镇就业1200人', '区人社局', '11月底'],
      ],
    },
    {
      name: 'a heading of the outline after the last row still ends the table',
      input: lines('序号', '领域', '重点任务', '牵头单位', '1', '（一）教育', '新建幼儿园2所', '县教育局', '三、保障措施', '（一）加强组织领导。'),
      expected: [['序号', '领域', '重点任务', '牵头单位'], ['1', '（一）教育', '新建幼儿园2所', '县教育局'], '三、保障措施', '（一）加强组织领导。'],
    },
  ])('a category column after the 序号: $name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it('no 序号 column: rows are taken whole, as many cells as the header', async () => {
    const input = lines('重点任务', '责任单位', '完成时限', '推进一网通办', '县数据局', '6月底前', '建设智慧医院', '县卫健局', '年底前', '各单位要认真抓好落实，确保按期完成。');
    expect(await rows(input)).toEqual([
      ['重点任务', '责任单位', '完成时限'],
      ['推进一网通办', '县数据局', '6月底前'],
      ['建设智慧医院', '县卫健局', '年底前'],
      '各单位要认真抓好落实，确保按期完成。',
    ]);
  });

  it('a list of short lines that merely starts with 序号 is no table', async () => {
    expect((await rows(lines('序号', '按照任务顺序排列', '如下所述。'))).every((row) => typeof row === 'string')).toBe(true);
  });
});

describe('whole rows between bars', () => {
  it.each([
    {
      name: 'bars in a text file; an empty cell kept; the text after the table is not part of it',
      input: lines(
        '| 序号 | 重点工作 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 |',
        '| 1 | 建成区域医疗中心 | 张伟 | 市卫健委 | | 2025年底 |',
        '| 2 | 推进医共体建设 | 李娜 | 市卫健委 | 市医保局 | 每月 |',
        '各单位要按时报送进展情况。',
      ),
      format: 'text' as const,
      expected: [
        ['序号', '重点工作', '责任领导', '牵头单位', '配合单位', '完成时限'],
        ['1', '建成区域医疗中心', '张伟', '市卫健委', '', '2025年底'],
        ['2', '推进医共体建设', '李娜', '市卫健委', '市医保局', '每月'],
        '各单位要按时报送进展情况。',
      ],
    },
    {
      name: 'in markdown without a delimiter row (no GFM table): the rows are paragraphs to recover',
      input: lines('| 序号 | 考核指标 | 责任单位 | 完成时限 |', '| 1 | 城镇新增就业5000人 | 县人社局 | 年底前 |', '| 2 | 新增市场主体1000户以上 | 县市场监管局 | 全年 |'),
      format: 'markdown' as const,
      expected: [
        ['序号', '考核指标', '责任单位', '完成时限'],
        ['1', '城镇新增就业5000人', '县人社局', '年底前'],
        ['2', '新增市场主体1000户以上', '县市场监管局', '全年'],
      ],
    },
    {
      name: 'a short row (merged cells) is fitted by content',
      input: lines('| 序号 | 类别 | 工作任务 | 责任单位 | 完成时限 |', '| 1 | 民生 | 新建幼儿园3所 | 县教育局 | 9月底前 |', '| 2 | 改造农村公路50公里 | 县交通局 |'),
      format: 'text' as const,
      expected: [
        ['序号', '类别', '工作任务', '责任单位', '完成时限'],
        ['1', '民生', '新建幼儿园3所', '县教育局', '9月底前'],
        ['2', '', '改造农村公路50公里', '县交通局', ''],
      ],
    },
  ])('$name', async ({ input, format, expected }) => {
    expect(await rows(input, format)).toEqual(expected);
  });
});

describe('whole rows between bars, broken over lines', () => {
  it.each([
    {
      name: 'a header broken over two lines; a row whose last cell spills onto a line of its own; a short row; prose after',
      input: lines(
        '| 序号 | 重点工作 | 牵头单位 |',
        '| 配合单位 | 工作进展 | 推进状态 |',
        '| 1 | 建成区域医疗中心。 | 市卫健委 | 市发改委 | 已完成主体工程建设，完成投资2.3亿元，占年度计划的115%。 | 超序时 |',
        '| 2 | 推进医共体建设。 | 市卫健委 | 市医保局 | 组建医共体5个，覆盖率100%。 |',
        '正常推进 |',
        '| 3 | 新建社区嵌入式托育点。 | 市卫健委 |',
        '各单位要按时报送进展情况。',
      ),
      expected: [
        ['序号', '重点工作', '牵头单位', '配合单位', '工作进展', '推进状态'],
        ['1', '建成区域医疗中心。', '市卫健委', '市发改委', '已完成主体工程建设，完成投资2.3亿元，占年度计划的115%。', '超序时'],
        ['2', '推进医共体建设。', '市卫健委', '市医保局', '组建医共体5个，覆盖率100%。', '正常推进'],
        ['3', '新建社区嵌入式托育点。', '市卫健委', '', '', ''],
        '各单位要按时报送进展情况。',
      ],
    },
    {
      name: 'a header line with a column name the vocabulary does not know; a line the bars left open goes on in its last cell',
      input: lines('| 序号 | 工作任务 | 责任单位 |', '| 完成时限 | 考核方式 | 备注 |', '| 1 | 建成区域医疗', '中心 | 市卫健委 | 年底前 | 现场核查 | |', '| 2 | 推进医共体建设 | 市医保局 | 6月底前 | 资料审核 | |'),
      expected: [
        ['序号', '工作任务', '责任单位', '完成时限', '考核方式', '备注'],
        ['1', '建成区域医疗中心', '市卫健委', '年底前', '现场核查', ''],
        ['2', '推进医共体建设', '市医保局', '6月底前', '资料审核', ''],
      ],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });
});

describe('cells apart by spaces', () => {
  it.each([
    {
      name: 'header and rows become table rows',
      input: '甲县重点任务清单\n序号 重点任务 具体措施 牵头单位 完成时限\n1 推进一网通办 网上可办率达到九成 县数据局 6月底前',
      expected: ['甲县重点任务清单', ['序号', '重点任务', '具体措施', '牵头单位', '完成时限'], ['1', '推进一网通办', '网上可办率达到九成', '县数据局', '6月底前']],
    },
    {
      name: 'a row with an empty middle cell keeps its deadline last; a row with spaces in its prose joins them',
      input: '序号 工作任务 具体措施 牵头单位 配合单位 完成时限\n1 规范收费 清理 违规收费 县发改局 县财政局 年底前\n2 强化保障 落实免罚清单 县司法局 长期坚持',
      expected: [
        ['序号', '工作任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
        ['1', '规范收费', '清理违规收费', '县发改局', '县财政局', '年底前'],
        ['2', '强化保障', '落实免罚清单', '县司法局', '', '长期坚持'],
      ],
    },
    {
      name: 'a category line, a wrapped prose cell, and the table ends at a paragraph',
      input: '序号 重点任务 具体措施 责任单位\n一、提升服务\n1 推进一网通办 网上可办率\n达到九成 县数据局\n\n乙县人民政府 2024年3月1日',
      expected: [
        ['序号', '重点任务', '具体措施', '责任单位'],
        ['一、提升服务'],
        ['1', '推进一网通办', '网上可办率达到九成', '县数据局'],
        '乙县人民政府2024年3月1日',
      ],
    },
    {
      name: 'a header broken by runs of spaces; persons; unit cells wrapped onto the next lines; report columns',
      input: lines(
        '序号 2023年重点工作任务 牵头  领导 牵头     责任单位 主体    责任单位 配合   责任单位 工作评价 1-3月份进展情况 备注',
        '12 新增托育机构2所以上。 孙  立   何丽丽 县卫健委 各乡镇',
        '县经开区',
        '县直有关单位 已完成 完成托育中心备案工作',
        '15 建成县级综合医院新院区。 何丽丽 县卫健委 县卫健委 县发改委 达到时序进度 主体完工',
      ),
      expected: [
        ['序号', '2023年重点工作任务', '牵头领导', '牵头责任单位', '主体责任单位', '配合责任单位', '工作评价', '1-3月份进展情况', '备注'],
        ['12', '新增托育机构2所以上。', '孙立、何丽丽', '县卫健委', '各乡镇、县经开区', '县直有关单位', '已完成', '完成托育中心备案工作', ''],
        ['15', '建成县级综合医院新院区。', '何丽丽', '县卫健委', '县卫健委', '县发改委', '达到时序进度', '主体完工', ''],
      ],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it.each([
    {
      name: 'cells apart by one space: a wrapped category, a task wrapped in its narrow column, merged cells written as a space more, a row cut at the end',
      input: lines(
        '序号 类别 重点任务 具体措施 牵头单位 配合单位 责任主体',
        '1 改善农村人居环 境 推进农村厕所革命 新改建农村户用卫生厕所，到2025年卫生厕所普及率达到85%以上。 县农业农村局 县卫健委、县住建局等 各乡镇人民政府，县经济开发区管委会',
        '2  加快生活垃圾 分类处理 体系建设 建立村收集、镇转运、县处理体系，生活垃圾无害化处理率达到95%。 县城管局 县生态环境分局 各乡镇人民政府',
        '3   开展村庄清洁行动。集中整治乱堆乱放、乱搭乱建，村庄保洁实现常态化。 县农业农村局、县城管局 县妇联等 各乡镇人民政府，县经济开发区、高',
      ),
      expected: [
        ['序号', '类别', '重点任务', '具体措施', '牵头单位', '配合单位', '责任主体'],
        ['1', '改善农村人居环境', '推进农村厕所革命', '新改建农村户用卫生厕所，到2025年卫生厕所普及率达到85%以上。', '县农业农村局', '县卫健委、县住建局等', '各乡镇人民政府，县经济开发区管委会'],
        ['2', '', '加快生活垃圾分类处理体系建设', '建立村收集、镇转运、县处理体系，生活垃圾无害化处理率达到95%。', '县城管局', '县生态环境分局', '各乡镇人民政府'],
        ['3', '', '', '开展村庄清洁行动。集中整治乱堆乱放、乱搭乱建，村庄保洁实现常态化。', '县农业农村局、县城管局', '县妇联等', '各乡镇人民政府，县经济开发区、高'],
      ],
    },
    {
      name: 'another office: 序号 / 领域 / 工作任务 / 责任单位 / 完成时限; the merged 领域 written as a space more; prose after',
      input: lines(
        '序号 领域 工作任务 责任单位 完成时限',
        '1 教育 新建幼儿园3所 县教育局 9月底前',
        '2  改扩建 中小学校舍 县教育局 年底前',
        '以上任务由县政府督查室按季度督查。',
      ),
      expected: [
        ['序号', '领域', '工作任务', '责任单位', '完成时限'],
        ['1', '教育', '新建幼儿园3所', '县教育局', '9月底前'],
        ['2', '', '改扩建中小学校舍', '县教育局', '年底前'],
        '以上任务由县政府督查室按季度督查。',
      ],
    },
    {
      name: 'a sub-row without a 序号 belongs to the row above',
      input: lines('序号 项目名称 责任单位 完成时限', '3 建成城市书房5个。 县文旅局 6月底前', '新建乡镇综合文化站2个。 年底前', '4 改造提升县体育馆。 县教体局 10月底前'),
      expected: [
        ['序号', '项目名称', '责任单位', '完成时限'],
        ['3', '建成城市书房5个。新建乡镇综合文化站2个。', '县文旅局', '6月底前；年底前'],
        ['4', '改造提升县体育馆。', '县教体局', '10月底前'],
      ],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it('text laid out in columns: an indented continuation line goes on in the columns it stands below', async () => {
    const input = lines(
      '序号    重点任务                  牵头单位        完成时限',
      '1       推进一网通办，提升网上    县数据局        6月底前',
      '        可办率',
      '2       建设智慧医院              县卫健局        年底前',
      '        和互联网医院              县医保局',
      '  各单位要按照时间节点推进落实，确保各项任务按期完成。',
    );
    expect(await rows(input)).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '推进一网通办，提升网上可办率', '县数据局', '6月底前'],
      ['2', '建设智慧医院和互联网医院', '县卫健局、县医保局', '年底前'],
      '各单位要按照时间节点推进落实，确保各项任务按期完成。',
    ]);
  });

  it('a header wrapped onto a second line goes on', async () => {
    expect(await rows(lines('序号 重点任务 具体措施 牵头单位', '配合单位 完成时限', '1 推进一网通办 网上可办率达到九成 县数据局 县政务服务中心 6月底前'))).toEqual([
      ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
      ['1', '推进一网通办', '网上可办率达到九成', '县数据局', '县政务服务中心', '6月底前'],
    ]);
  });

  it('a serial written with its task ("1、推进…")', async () => {
    expect(await rows(lines('序号 重点任务 牵头单位 完成时限', '1、推进一网通办 县数据局 6月底前', '2、建设智慧医院 县卫健局 年底前'))).toEqual([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['1', '推进一网通办', '县数据局', '6月底前'],
      ['2', '建设智慧医院', '县卫健局', '年底前'],
    ]);
  });

  it('a sentence that merely starts with 序号 is no header', async () => {
    expect((await rows('序号 按照 任务 顺序排列')).every((row) => typeof row === 'string')).toBe(true);
  });
});

describe('the outline inside the cells (no 序号 column)', () => {
  it.each([
    {
      name: 'cells ending in " |": each cell that opens with a marker opens a row; empty cells, a merged unit cell, a row cut at the end',
      input: lines(
        '重点任务 |', '工作措施 |', '牵头单位 |', '配合单位 |', '完成时间 |',
        '一、健全政务服务工作机制 |', '|||',
        '（一）推进一网通办。 |',
        '1.企业开办全程网上办理，办理时间压缩至1个工作日。 |', '县市场监管局 |', '县数据局 |', '3月底前 |',
        // a converter may put a row's cells on one line
        '2.推行惠企政策免申即享。 | 县发改局 | 6月底前 |', '|',
        '（二）深化工程建设项目审批改革。 |',
        '3.审批时间压缩至60个工作日以内。 |', '县住建局 |', '|', '年底前 |',
        '4.推行联合验',
      ),
      expected: [
        ['重点任务', '工作措施', '牵头单位', '配合单位', '完成时间'],
        ['一、健全政务服务工作机制', '', '', '', ''],
        ['（一）推进一网通办。', '', '', '', ''],
        ['1.企业开办全程网上办理，办理时间压缩至1个工作日。', '', '县市场监管局', '县数据局', '3月底前'],
        ['2.推行惠企政策免申即享。', '', '县发改局', '', '6月底前'],
        ['（二）深化工程建设项目审批改革。', '', '', '', ''],
        ['3.审批时间压缩至60个工作日以内。', '', '县住建局', '', '年底前'],
        ['4.推行联合验', '', '', '', ''],
      ],
    },
    {
      name: 'another layout: one cell per line without bars, 工作任务 / 责任单位 / 完成时限 / 备注',
      input: lines('工作任务', '责任单位', '完成时限', '备注', '一、稳就业', '1.城镇新增就业5000人。', '县人社局', '年底前', '2.开发公益性岗位300个。', '县人社局、县财政局', '6月底前', '按季度通报'),
      expected: [
        ['工作任务', '责任单位', '完成时限', '备注'],
        ['一、稳就业', '', '', ''],
        ['1.城镇新增就业5000人。', '县人社局', '年底前', ''],
        ['2.开发公益性岗位300个。', '县人社局、县财政局', '6月底前', '按季度通报'],
      ],
    },
    {
      name: 'a category column before the marked tasks: the category cell opens its row, the markers the rows under it',
      input: lines(
        '工作类别 |', '重点工作 |', '责任单位 |', '完成时限 |',
        '责任体系 |', '1.制定全县安全生产任务清单。 |', '县安委办 |', '1月20日前 |', '2.签订目标责任书。 |', '各乡镇 |', '2月底前 |',
        '隐患排查 |', '3.开展隐患大排查。 |', '县应急局 |', '6月底前 |',
      ),
      expected: [
        ['工作类别', '重点工作', '责任单位', '完成时限'],
        ['', '责任体系', '', ''],
        ['', '1.制定全县安全生产任务清单。', '县安委办', '1月20日前'],
        ['', '2.签订目标责任书。', '各乡镇', '2月底前'],
        ['', '隐患排查', '', ''],
        ['', '3.开展隐患大排查。', '县应急局', '6月底前'],
      ],
    },
    {
      name: 'prose after a table saved cell by cell ends it: its lines have no bar',
      input: lines('主要任务 |', '责任单位 |', '完成时限 |', '一、强化安全监管 |', '（一）开展隐患排查。 |', '县应急局 |', '5月底前 |', '二、保障措施', '各单位要加强组织领导，确保各项任务落到实处。'),
      expected: [
        ['主要任务', '责任单位', '完成时限'],
        ['一、强化安全监管', '', ''],
        ['（一）开展隐患排查。', '县应急局', '5月底前'],
        '二、保障措施',
        '各单位要加强组织领导，确保各项任务落到实处。',
      ],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it.each([
    {
      name: 'a page\'s metadata panel with bars',
      input: lines('文件名称 |', '某县应急管理局关于印发安全生产工作要点的通知 |||', '索引号： |', 'AXYJ/2024-12 |', '公开责任部门 |', '县应急管理局办公室 |', '成文日期 |', '2024年3月1日 |', '公开形式 |', '主动公开 |'),
    },
    { name: 'prose with a stray bar', input: lines('繁体 | 本网站已经支持IPV6', '首页 | 政务公开 | 通知公告', '一、总体要求', '坚持安全发展理念。') },
    { name: 'an outline without a table', input: lines('一、主要任务', '（一）加强隐患排查。', '1.开展重点行业领域专项整治。', '责任单位：县应急局', '完成时限：6月底前') },
    { name: 'header words over an outline whose cells name no unit and no time', input: lines('主要任务 |', '工作内容 |', '责任单位 |', '一、总体要求 |', '（一）指导思想。 |', '坚持人民至上、生命至上。 |', '（二）工作目标。 |') },
  ])('$name stays as it is', async ({ input }) => {
    expect((await rows(input)).every((row) => typeof row === 'string')).toBe(true);
  });
});

describe('recoverTextTables', () => {
  it('grounds each cell on its own source line', () => {
    const blocks: Block[] = ['序号', '工作任务', '责任单位', '1', '建设智慧医院', '县人民医院'].map((text, index) => ({
      kind: 'paragraph',
      content: located(text, index + 1),
    }));
    const [, row] = recoverTextTables(blocks);
    expect(row!.cells!.map((cell) => cell.marks[0]!.line)).toEqual([4, 5, 6]);
  });

  it('leaves blocks that hold no table as they are', () => {
    const blocks: Block[] = [{ kind: 'paragraph', content: located('一、总体要求', 1) }];
    expect(recoverTextTables(blocks)).toEqual(blocks);
  });
});
