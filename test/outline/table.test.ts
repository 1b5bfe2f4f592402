import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/block.js';
import type { DraftSection } from '../../src/outline/levels.js';
import { tableSections, unparsedTable } from '../../src/outline/table.js';
import { joinLocated, located } from '../../src/text/located.js';

function row(cells: string[], line: number): Block {
  const located_ = cells.map((cell) => located(cell, line));
  return { kind: 'table-row', content: joinLocated(located_, '\t'), cells: located_ };
}

const table = (header: string[], ...rows: string[][]) => [row(header, 1), ...rows.map((cells, index) => row(cells, index + 2))];

function fieldsOf(rows: Block[]) {
  return (tableSections(rows) ?? []).map((section) => ({
    segment: section.marker.segment,
    title: section.fields?.title?.text,
    text: section.fields?.text?.text,
    units: section.fields?.units?.text,
    deadline: section.fields?.deadline?.text,
  }));
}

describe('column roles → item fields', () => {
  it.each([
    {
      name: 'persons are never units; 备注 and 指标 feed nothing',
      rows: table(['序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室', '备注'], ['1', '公共文化服务', '增长15%。', '12月底前', '夏俊贵', '文化馆', '按季度报送']),
      fields: [{ segment: '1', title: '增长15%。', text: undefined, units: '文化馆', deadline: '12月底前' }],
    },
    {
      name: 'three unit columns beside a lead column: the lead, and the rest as helpers; reports feed nothing',
      rows: table(
        ['序号', '重点工作任务', '牵头领导', '牵头责任单位', '主体责任单位', '配合责任单位', '工作评价', '1-3月份进展情况'],
        ['85', '新增托育机构2所以上。', '吴蓓蓓', '县卫健委', '有关乡镇', '县直有关单位', '已完成', '完成备案工作，新增托位200个'],
      ),
      fields: [{ segment: '85', title: '新增托育机构2所以上。', text: undefined, units: '牵头单位：县卫健委 配合单位：有关乡镇、县直有关单位', deadline: undefined }],
    },
    {
      name: 'a task cell of several sentences is titled by the first',
      rows: table(['序号', '重点任务', '具体措施', '责任单位'], ['1', '创建示范县。启用新院区。', '落实资金。', '县卫健委']),
      fields: [{ segment: '1', title: '创建示范县', text: '启用新院区。\n落实资金。', units: '县卫健委', deadline: undefined }],
    },
    {
      name: 'no 序号 column: the number in the task cell numbers the item',
      rows: table(['重点工作', '牵头单位', '年度阶段性工作目标', '进展情况'], ['135.统筹违法建设治理。', '市城管局', '完成任务20%以上。', '已完成。治理2318万平方米。']),
      fields: [{ segment: '135', title: '统筹违法建设治理。', text: '完成任务20%以上。', units: '牵头单位：市城管局', deadline: undefined }],
    },
    {
      name: '责任单位 beside 配合单位 is the lead',
      rows: table(['序号', '工作任务', '责任单位', '配合单位', '完成时限'], ['1', '建设智慧医院', '县卫健局', '县财政局', '年底前']),
      fields: [{ segment: '1', title: '建设智慧医院', text: undefined, units: '牵头单位：县卫健局 配合单位：县财政局', deadline: '年底前' }],
    },
  ])('$name', ({ rows, fields }) => {
    expect(fieldsOf(rows)).toEqual(fields);
  });

  it.each([
    ['56', []],
    ['12.', []],
  ])('a last row holding only its 序号 %s (the text cut after it) is no item', (serial, after) => {
    const rows = table(['序号', '目标任务', '牵头责任单位'], ['55', '开展农资打假专项行动。', '县农业执法大队'], [serial, '', ...after]);
    expect(fieldsOf(rows).map((field) => field.segment)).toEqual(['55']);
  });

  it.each([
    {
      name: 'a 类别 column naming each part in its first row only',
      rows: table(['类别', '序号', '工作任务', '责任单位'], ['一、稳增长', '1', '固定资产投资增长8%', '区发改局'], ['', '2', '社零总额增长6%', '区商务局'], ['二、惠民生', '3', '新增城镇就业1200人', '区人社局']),
      items: [['一', 1, '稳增长'], ['一/1', 2, '固定资产投资增长8%'], ['一/2', 2, '社零总额增长6%'], ['二', 1, '惠民生'], ['二/3', 2, '新增城镇就业1200人']],
    },
    {
      name: 'a 领域 column after the 序号, parts in （一） form',
      rows: table(['序号', '领域', '重点任务', '牵头单位'], ['1', '（一）教育', '新建幼儿园2所', '县教育局'], ['2', '', '改造薄弱学校3所', '县教育局'], ['3', '（二）医疗', '建成胸痛中心', '县卫健局']),
      items: [['（一）', 1, '教育'], ['（一）/1', 2, '新建幼儿园2所'], ['（一）/2', 2, '改造薄弱学校3所'], ['（二）', 1, '医疗'], ['（二）/3', 2, '建成胸痛中心']],
    },
    {
      name: 'a plain word in the category column stays a label of its row',
      rows: table(['序号', '指标', '工作任务', '责任单位'], ['1', '公共服务', '开放服务人次增长15%', '文化馆'], ['2', '', '惠民演出100场', '宣传股']),
      items: [['1', 1, '开放服务人次增长15%'], ['2', 1, '惠民演出100场']],
    },
  ])('the part in a category column opens a parent item: $name', ({ rows, items }) => {
    const flat = (sections: DraftSection[], parent = ''): [string, number, string | undefined][] =>
      sections.flatMap((section) => {
        const path = parent ? `${parent}/${section.marker.segment}` : section.marker.segment;
        return [[path, section.level, section.fields?.title?.text] as [string, number, string | undefined], ...flat(section.children, path)];
      });
    expect(flat(tableSections(rows) ?? [])).toEqual(items);
  });

  it('a record whose only cell is a numbered task is an item, not a category', () => {
    const rows = table(['重点工作', '牵头单位'], ['137.完善城市排水防涝设施。', ''], ['138.推进海绵城市建设。', '市水务局']);
    expect(fieldsOf(rows).map((field) => field.segment)).toEqual(['137', '138']);
    expect((tableSections(rows) ?? []).map((section) => section.level)).toEqual([1, 1]);
  });

  it.each([
    {
      name: 'one marker cell per row (a table saved cell by cell)',
      rows: table(
        ['主要任务', '重点工作和要求', '责任单位', '完成时限'],
        ['一、强化安全监管', '', '', ''],
        ['（一）开展隐患排查。', '', '', ''],
        ['1.开展重点行业领域专项整治。', '', '县应急局', '6月底前'],
        ['2.建立隐患排查台账。', '', '县应急局、各乡镇', ''],
        ['（二）严格执法检查。', '', '', ''],
        ['3.全年执法检查不少于200家次。', '', '县应急局', '年底前'],
      ),
      items: [
        ['一', '强化安全监管', undefined, undefined],
        ['一/（一）', '开展隐患排查', undefined, undefined],
        ['一/（一）/1', '开展重点行业领域专项整治', '县应急局', '6月底前'],
        ['一/（一）/2', '建立隐患排查台账', '县应急局、各乡镇', undefined],
        ['一/（二）', '严格执法检查', undefined, undefined],
        ['一/（二）/3', '全年执法检查不少于200家次', '县应急局', '年底前'],
      ],
    },
    {
      name: 'two marker cells in one row (a Word table: the （一） cell beside its first 1. cell); a rowspan leaves the next row without it',
      rows: table(
        ['重点任务', '工作措施', '牵头单位', '完成时间'],
        ['一、优化营商环境', '', '', ''],
        ['（一）推进一网通办', '1.企业开办1个工作日办结。', '县市场监管局', '3月底前'],
        ['', '2.推行免申即享。', '县发改局', '6月底前'],
      ),
      items: [
        ['一', '优化营商环境', undefined, undefined],
        ['一/（一）', '推进一网通办', undefined, undefined],
        ['一/（一）/1', '企业开办1个工作日办结', '牵头单位：县市场监管局', '3月底前'],
        ['一/（一）/2', '推行免申即享', '牵头单位：县发改局', '6月底前'],
      ],
    },
  ])('the outline inside the cells: $name', ({ rows, items }) => {
    const paths = (sections: DraftSection[], parent = ''): [string, string | undefined, string | undefined, string | undefined][] =>
      sections.flatMap((section) => {
        const path = parent ? `${parent}/${section.marker.segment}` : section.marker.segment;
        const title = section.fields?.title?.text.replace(/[。；]$/, '');
        return [[path, title, section.fields?.units?.text, section.fields?.deadline?.text] as [string, string | undefined, string | undefined, string | undefined], ...paths(section.children, path)];
      });
    expect(paths(tableSections(rows) ?? [])).toEqual(items);
  });

  it('a row without 序号 in a numbered table is a sub-row of the row above (a rowspan over 序号 and units)', () => {
    const rows = table(
      ['序号', '民生实事', '责任单位', '完成时限'],
      ['5', '开工建设县老年养护中心。', '县民政局', '5月底前动工'],
      ['', '开工建设社区老年食堂。', '', '12月底前'],
      ['6', '迁建县档案馆。', '县档案馆', '年底前'],
    );
    expect(fieldsOf(rows)).toEqual([
      { segment: '5', title: '开工建设县老年养护中心。', text: '开工建设社区老年食堂。', units: '县民政局', deadline: '5月底前动工；12月底前' },
      { segment: '6', title: '迁建县档案馆。', text: undefined, units: '县档案馆', deadline: '年底前' },
    ]);
    // where no row carries a 序号, each row is an item of its own
    const unnumbered = table(['序号', '民生实事', '责任单位'], ['', '开工建设县老年养护中心。', '县民政局'], ['', '迁建县档案馆。', '县档案馆']);
    expect(fieldsOf(unnumbered).map((field) => field.segment)).toEqual(['1', '2']);
  });

  it('a task cell that opens with a marker of any style numbers its item', () => {
    const rows = table(['重点工作', '牵头单位', '完成时限'], ['（一）推进一网通办。', '县数据局', '6月底前'], ['（二）建设智慧医院。', '县卫健局', '年底前']);
    expect(fieldsOf(rows).map((field) => [field.segment, field.title])).toEqual([['（一）', '推进一网通办。'], ['（二）', '建设智慧医院。']]);
  });

  it('a measures cell numbered from 1 in every row holds its own row\'s points', () => {
    const rows = table(
      ['重点任务', '具体措施', '责任单位'],
      ['一、加强体系建设', '1.完善制度。2.健全机制。', '县卫健局'],
      ['二、强化人才支撑', '1.引进人才。2.培养骨干。', '县人社局'],
    );
    expect(fieldsOf(rows).map((field) => [field.segment, field.title, field.units])).toEqual([
      ['一', '加强体系建设', '县卫健局'],
      ['二', '强化人才支撑', '县人社局'],
    ]);
  });

  it('numbered tasks of one style stay a flat list of items', () => {
    const rows = table(['重点工作', '牵头单位'], ['137.完善城市排水防涝设施。', '市水务局'], ['138.推进海绵城市建设。', '市水务局']);
    expect((tableSections(rows) ?? []).map((section) => [section.marker.segment, section.children.length])).toEqual([['137', 0], ['138', 0]]);
  });

  it('a header alone is reported as an unparsed table', () => {
    const [header] = table(['序号', '工作任务', '责任单位']);
    expect(tableSections([header!])).toEqual([]);
    expect(unparsedTable(header!)).toMatchObject({ code: 'table-unparsed', span: { startLine: 1, endLine: 1 } });
  });
});
