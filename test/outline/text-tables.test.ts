// Whole documents whose work list is a table laid out as text (fixtures/worklist-*): one file per
// family, each with the exact items, units, lead and deadlines it must give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBufferInThread as extractBuffer, type PlanFile } from '../../src/index.js';
import { flatten } from '../helpers.js';
import { docx, p } from '../readers/docx-builder.js';

interface Row {
  path: string;
  title: string;
  lead: string[];
  units: string[];
  deadlines: (string | null)[];
  targets: string[];
}

function rowsOf(file: PlanFile): Row[] {
  return file.plans.flatMap((plan) =>
    flatten(plan.sections).map((section) => ({
      path: section.path,
      title: section.title,
      lead: section.responsibility.lead,
      units: section.responsibility.units,
      // an absolute date, or the kind where there is none (ongoing)
      deadlines: section.deadlines.map((deadline) => deadline.date ?? deadline.kind),
      targets: section.targets.map((target) => `${target.value}${target.unit}${target.comparator}`),
    })),
  );
}

const fixture = (name: string) => extractBuffer(readFileSync(`test/outline/fixtures/${name}`), name);

describe('work lists laid out as text, whole documents', () => {
  it('one cell per line: a category column, merged cells, a person column, 备注, prose after', async () => {
    const file = await fixture('worklist-cells.txt');
    expect(rowsOf(file)).toEqual([
      { path: '1', title: '新建公办幼儿园3所，新增学位900个', lead: [], units: ['基础教育股', '县教育服务中心'], deadlines: ['2024-09-30'], targets: ['3所=', '900个='] },
      { path: '2', title: '普惠性幼儿园覆盖率达到90%以上', lead: [], units: ['基础教育股'], deadlines: [], targets: ['90%>='] },
      { path: '3', title: '推进城乡义务教育一体化发展', lead: [], units: ['教研室', '各中小学校'], deadlines: ['2024-12-31'], targets: [] },
      { path: '4', title: '推进学校薄弱环节改善项目', lead: [], units: ['计划财务股'], deadlines: [], targets: [] },
    ]);
    const [plan] = file.plans;
    // 备注 ("按季度报送进展") and the closing paragraph are no item's text; persons are no units
    expect(flatten(plan!.sections).map((section) => section.text)).toEqual(['', '', '', '']);
    expect(JSON.stringify(file)).not.toMatch(/"units":\[[^\]]*(?:刘海燕|张军)/);
    expect(plan!.sections[0]!.deadlines[0]).toMatchObject({ text: '9月底前', line: 15 });
  });

  it('cells apart by spaces: a header broken by spaces, persons, a unit list over lines, a heading after', async () => {
    const file = await fixture('worklist-spaced.txt');
    expect(rowsOf(file)).toEqual([
      { path: '1', title: '全市地区生产总值增长6%左右', lead: ['市发改委'], units: ['市发改委', '市统计局', '各县区'], deadlines: ['2024-12-31'], targets: ['6%~'] },
      { path: '2', title: '新增城镇就业2.5万人以上', lead: ['市人社局'], units: ['市人社局', '各县区'], deadlines: ['ongoing'], targets: ['2.5万人>='] },
      { path: '3', title: '推进老旧小区改造50个', lead: ['市住建局'], units: ['市住建局', '市财政局'], deadlines: ['2024-10-31'], targets: ['50个='] },
      { path: '二', title: '保障措施', lead: [], units: [], deadlines: ['recurring'], targets: [] },
    ]);
  });

  it('a key–value table: one item per 重点工作, its number from the cell, progress reports give nothing', async () => {
    const file = await fixture('worklist-keyvalue.txt');
    const rows = rowsOf(file);
    expect(rows.map(({ path, title, lead, units }) => ({ path, title, lead, units }))).toEqual([
      { path: '136', title: '推进老旧小区改造，全年改造老旧小区120个', lead: ['市住房城乡建设局'], units: ['市住房城乡建设局', '各区政府'] },
      { path: '137', title: '完善城市排水防涝设施', lead: ['市水务局'], units: ['市水务局'] },
    ]);
    // "全年改造老旧小区135个" is a result in the 进展情况 cell: no target
    expect(rows[0]!.targets).not.toContain('135个=');
    expect(rows[1]!.deadlines).toEqual(['2023-06-30']);
    expect(flatten(file.plans[0]!.sections).map((section) => section.text)).toEqual([
      '第二季度：完成改造40个。第四季度：完成改造120个。',
      '2023年6月底前完成易涝点整治。',
    ]);
  });

  it('"label：value" records with no enumerator: one item each; a 完成时限 value is no issue date', async () => {
    const text = ['丙县2024年水利重点工作任务清单', '', '工作任务：开展河道清淤疏浚', '责任单位：县水利局', '完成时限：2024年6月30日前', '', '工作任务：完成病险水库除险加固3座', '责任单位：县水利局、县财政局', '完成时限：2024年10月底前', ''].join('\n');
    const file = await extractBuffer(Buffer.from(text), 'records.txt');
    expect(rowsOf(file)).toEqual([
      { path: '1', title: '开展河道清淤疏浚', lead: [], units: ['县水利局'], deadlines: ['2024-06-30'], targets: [] },
      { path: '2', title: '完成病险水库除险加固3座', lead: [], units: ['县水利局', '县财政局'], deadlines: ['2024-10-31'], targets: ['3座='] },
    ]);
    expect(file.plans[0]!.issuedOn).toBeNull();
  });

  it('markdown rows between bars (no delimiter row): category rows, a short row, 责任人 and 主要责任单位', async () => {
    const file = await fixture('worklist-bars.md');
    expect(rowsOf(file)).toEqual([
      { path: '一', title: '教育', lead: [], units: [], deadlines: [], targets: [] },
      { path: '一/1', title: '新建幼儿园3所', lead: ['县教育局'], units: ['县教育局', '县住建局'], deadlines: ['2024-09-30'], targets: ['3所='] },
      { path: '一/2', title: '改造农村公路50公里', lead: ['县交通运输局'], units: ['县交通运输局'], deadlines: ['2024-11-30'], targets: ['50公里='] },
      { path: '二', title: '医疗', lead: [], units: [], deadlines: [], targets: [] },
      { path: '二/1', title: '家庭医生签约率达到75%以上', lead: ['县卫健局'], units: ['县卫健局', '各乡镇'], deadlines: ['ongoing'], targets: ['75%>='] },
    ]);
  });

  it('html: a table flattened to one paragraph per cell, and a real table whose rowspan leaves a short row', async () => {
    const file = await fixture('worklist-paragraphs.html');
    expect(rowsOf(file).map(({ path, title, lead, units, deadlines }) => ({ path, title, lead, units, deadlines }))).toEqual([
      { path: '1', title: '优化营商环境', lead: ['区市场监管局'], units: ['区市场监管局', '区政务服务中心'], deadlines: ['2024-06-30'] },
      { path: '2', title: '扩大有效投资', lead: ['区发改局'], units: ['区发改局'], deadlines: ['2024-12-31'] },
      { path: '1', title: '新建城市公园2个', lead: ['区城管局'], units: ['区城管局'], deadlines: ['2024-10-31'] },
      { path: '2', title: '改造老旧管网30公里', lead: ['区住建局'], units: ['区住建局'], deadlines: ['2024-12-31'] },
    ]);
  });

  it('docx: a table flattened to one paragraph per cell', async () => {
    const cells = ['序号', '重点任务', '联系领导', '牵头责任单位', '完成时限', '1', '建成区域医疗中心', '王芳', '市卫健委', '2025年底', '2', '推进医共体建设', '李强', '市卫健委、市医保局', '持续推进'];
    const file = await extractBuffer(docx([p('己市2024年重点任务'), ...cells.map((cell) => p(cell))].join('')), 'list.docx');
    expect(rowsOf(file)).toEqual([
      { path: '1', title: '建成区域医疗中心', lead: ['市卫健委'], units: ['市卫健委'], deadlines: ['2025-12-31'], targets: [] },
      { path: '2', title: '推进医共体建设', lead: ['市卫健委', '市医保局'], units: ['市卫健委', '市医保局'], deadlines: ['ongoing'], targets: [] },
    ]);
  });

  it('cells apart by one space: a wrapped category, a task wrapped in its column, merged cells as a space more, a unit list cut at the end', async () => {
    const file = await fixture('worklist-single-spaced.txt');
    expect(rowsOf(file)).toEqual([
      {
        path: '1',
        title: '落实最严格水资源管理制度',
        lead: ['市水利局'],
        units: ['市水利局', '各县（市、区）人民政府', '市经济开发区管委会', '市发改委', '市住建局'],
        deadlines: ['2025-12-31'],
        targets: ['5.6亿立方米<='],
      },
      { path: '2', title: '加强河湖水域岸线管理保护', lead: ['市水利局'], units: ['市水利局', '各县（市、区）人民政府', '市自然资源局'], deadlines: ['2024-12-31'], targets: [] },
      // the 类别 and 主要任务 cells are merged: the measures cell's first sentence names the item
      {
        path: '3',
        title: '推进河湖“清四乱”常态化',
        lead: ['市水利局', '市公安局'],
        units: ['市水利局', '市公安局', '各县（市、区）人民政府', '市经济开发区', '市农业农村局'],
        deadlines: [],
        targets: [],
      },
    ]);
  });

  it('the outline inside cells ending in " |": items keep their paths and get their units and time limits; the metadata panel stays out', async () => {
    const file = await fixture('worklist-outline-cells.txt');
    expect(rowsOf(file)).toEqual([
      { path: '一', title: '健全安全生产责任体系', lead: [], units: [], deadlines: [], targets: [] },
      { path: '一/（一）', title: '压实各方责任', lead: [], units: [], deadlines: [], targets: [] },
      { path: '一/（一）/1', title: '制定县级安全生产权力和责任清单', lead: ['县安委办'], units: ['县安委办', '县直有关部门'], deadlines: ['2024-03-31'], targets: [] },
      { path: '一/（一）/2', title: '组织签订年度安全生产目标责任书', lead: ['县应急局'], units: ['县应急局', '各乡镇（街道）'], deadlines: ['2024-02-10'], targets: [] },
      { path: '一/（二）', title: '强化考核巡查', lead: [], units: [], deadlines: [], targets: [] },
      { path: '一/（二）/3', title: '开展安全生产巡查，全年巡查乡镇不少于6个', lead: ['县安委办'], units: ['县安委办'], deadlines: ['2024-11-30'], targets: ['6个>='] },
      // the text ends inside this row: its first cell lacks the bar
      { path: '一/（二）/4', title: '组织开展年度安全生产考', lead: [], units: [], deadlines: [], targets: [] },
    ]);
    expect(file.plans[0]!.docNumber).toBe('某安办发〔2024〕2号');
  });

  it('one cell per paragraph after a 附件 notice: a sub-row without 序号 stays in its row, the rows after it are read', async () => {
    const file = await fixture('worklist-subrow.txt');
    expect(rowsOf(file)).toEqual([
      { path: '1', title: '新建城区公办幼儿园2所', lead: [], units: ['县教育局', '县代建中心'], deadlines: ['2024-08-31'], targets: ['2所='] },
      { path: '2', title: '开工建设县养老服务中心', lead: [], units: ['县民政局'], deadlines: ['2024-05-31', '2024-12-31'], targets: ['10个='] },
      { path: '3', title: '改造城区老旧小区15个', lead: [], units: ['县住建局'], deadlines: ['2024-11-30'], targets: ['15个='] },
      { path: '4', title: '新增城区停车泊位1000个', lead: [], units: ['县公安局', '县住建局'], deadlines: ['2024-12-31'], targets: ['1000个='] },
    ]);
    expect(file.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('text-uncovered');
  });

  it('rows between bars with the header broken over two lines: the progress cells, full of results, give no target and no time', async () => {
    const file = await fixture('worklist-bars-broken.txt');
    expect(rowsOf(file)).toEqual([
      { path: '1', title: '举办全市乡村文化旅游节', lead: [], units: ['市文旅局'], deadlines: [], targets: [] },
      { path: '2', title: '新建城市书房10个', lead: [], units: ['市文旅局', '各区县政府'], deadlines: [], targets: ['10个='] },
    ]);
  });

  it('cells ending in " |" with a persons column: names apart by spaces are no units, the lead from 牵头责任单位', async () => {
    const file = await fixture('worklist-persons.txt');
    expect(rowsOf(file)).toEqual([
      { path: '21', title: '新增城镇就业3000人以上，城镇调查失业率控制在5.5%以内', lead: ['县人社局'], units: ['县人社局', '县直有关单位'], deadlines: [], targets: ['3000人>=', '5.5%<='] },
      { path: '22', title: '完成农村公路提质改造50公里', lead: ['县交通运输局'], units: ['县交通运输局', '各乡镇'], deadlines: [], targets: ['50公里='] },
    ]);
  });

  it('html: a rowspan over 序号 and 责任单位 leaves a sub-row that stays in its row', async () => {
    const html = [
      '<html><body><p>2024年民生实事任务分解表</p><table>',
      '<tr><td>序号</td><td>民生实事</td><td>责任单位</td><td>完成时限</td></tr>',
      '<tr><td>1</td><td>新建城区公办幼儿园2所。</td><td>县教育局</td><td>8月底前</td></tr>',
      '<tr><td rowspan="2">2</td><td>开工建设县养老服务中心。</td><td rowspan="2">县民政局</td><td>5月底前开工</td></tr>',
      '<tr><td>建成社区老年食堂10个。</td><td>12月底前</td></tr>',
      '<tr><td>3</td><td>改造城区老旧小区15个。</td><td>县住建局</td><td>11月底前</td></tr>',
      '</table></body></html>',
    ].join('');
    const file = await extractBuffer(Buffer.from(html), 'list.html');
    expect(rowsOf(file).map(({ path, title, units, deadlines }) => ({ path, title, units, deadlines }))).toEqual([
      { path: '1', title: '新建城区公办幼儿园2所', units: ['县教育局'], deadlines: ['2024-08-31'] },
      { path: '2', title: '开工建设县养老服务中心', units: ['县民政局'], deadlines: ['2024-05-31', '2024-12-31'] },
      { path: '3', title: '改造城区老旧小区15个', units: ['县住建局'], deadlines: ['2024-11-30'] },
    ]);
  });

  it('a header with no rows read under it gets table-unparsed, with its line', async () => {
    const file = await extractBuffer(Buffer.from('庚县重点工作\n一、总体要求\n坚持问题导向。\n序号 工作任务 责任单位 完成时限\n各单位要认真落实。\n'), 'plan.txt');
    expect(file.diagnostics).toContainEqual(expect.objectContaining({ code: 'table-unparsed', span: { startLine: 4, endLine: 4, page: null } }));
  });
});
