// Work-list tables laid out as text, one family per describe block: the blocks a reader gives
// (text or markdown) through normalisation, rows shown as their cells, paragraphs as their text.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/block.js';
import { normalizeBlocks } from '../../src/normalize/index.js';
import { recoverTextTables } from '../../src/normalize/text-tables.js';
import { readMarkdownBlocks } from '../../src/readers/markdown.js';
import { readTextBlocks } from '../../src/readers/text.js';
import { located } from '../../src/text/located.js';

type Shown = string | string[];

const show = (blocks: Block[]): Shown[] =>
  blocks.map((block) => (block.kind === 'table-row' ? block.cells!.map((cell) => cell.text) : block.content.text));

async function rows(text: string, format: 'text' | 'markdown' = 'text'): Promise<Shown[]> {
  const blocks = format === 'markdown' ? readMarkdownBlocks(text) : readTextBlocks(text);
  return show((await normalizeBlocks(blocks)).blocks);
}

const lines = (...parts: string[]) => parts.join('\n');

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
