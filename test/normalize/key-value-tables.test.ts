// Key–value tables (normalize/key-value-tables.ts) through the whole normalisation stage: rows shown
// as their cells, paragraphs as their text.
import { describe, expect, it } from 'vitest';
import { lines, rows } from './shown.js';


describe('key–value tables', () => {
  it.each([
    {
      name: 'one item, its progress value on the line after its label',
      input: lines(
        '重点工作: | 135.统筹违法建设治理与城市更新。 |',
        '牵头单位: | 市城管局 |',
        '年度阶段性工作目标: | 第一季度:完成工作任务20%以上。 第二季度:完成工作任务的50%以上。 |',
        '进展情况、存在问题 及下一步工作建议: |',
        '已完成。 全市治理违法建设2318万平方米。 |',
      ),
      expected: [
        ['重点工作', '牵头单位', '年度阶段性工作目标', '进展情况、存在问题及下一步工作建议'],
        ['135.统筹违法建设治理与城市更新。', '市城管局', '第一季度：完成工作任务20%以上。第二季度：完成工作任务的50%以上。', '已完成。全市治理违法建设2318万平方米。'],
      ],
    },
    {
      name: 'a repeated label opens the next item; labels in another wording and order',
      input: lines(
        '| 工作任务 | 136.推进老旧小区改造 |',
        '| 责任单位 | 市住建局、各区政府 |',
        '| 完成时限 | 2023年12月底前 |',
        '| 工作任务 | 137.完善城市排水设施 |',
        '| 完成时限 | 汛期前 |',
        '| 责任单位 | 市水务局 |',
        '以上为本季度公开内容。',
      ),
      expected: [
        ['工作任务', '责任单位', '完成时限'],
        ['136.推进老旧小区改造', '市住建局、各区政府', '2023年12月底前'],
        ['137.完善城市排水设施', '市水务局', '汛期前'],
        '以上为本季度公开内容。',
      ],
    },
  ])('$name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it('a key–value table flattened to one cell per line; a value wrapped onto a second line', async () => {
    const input = lines('重点工作', '135.统筹违法建设治理与城市更新。', '牵头单位', '市城管局', '配合单位', '各区政府、市直有关部门', '工作目标', '完成工作任务20%以上，', '确保超额完成年度任务。', '重点工作', '136.推进老旧小区改造。', '牵头单位', '市住建局');
    expect(await rows(input)).toEqual([
      ['重点工作', '牵头单位', '配合单位', '工作目标'],
      ['135.统筹违法建设治理与城市更新。', '市城管局', '各区政府、市直有关部门', '完成工作任务20%以上，确保超额完成年度任务。'],
      ['136.推进老旧小区改造。', '市住建局', '', ''],
    ]);
  });

  it('"label：value" lines that open with a numbered task and name who is responsible', async () => {
    const input = lines('重点工作：135.统筹违法建设治理与城市更新。', '牵头单位：市城管局', '年度阶段性工作目标：第一季度完成工作任务20%以上，', '第四季度确保超额完成。', '进展情况：已完成。');
    expect(await rows(input)).toEqual([
      ['重点工作', '牵头单位', '年度阶段性工作目标', '进展情况'],
      ['135.统筹违法建设治理与城市更新。', '市城管局', '第一季度完成工作任务20%以上，第四季度确保超额完成。', '已完成。'],
    ]);
  });

  it.each([
    {
      name: 'records without a number, one per item, blank lines between',
      input: ['工作任务：开展河道清淤疏浚', '责任单位：县水利局', '完成时限：2024年6月30日前', '', '工作任务：完成病险水库除险加固3座', '责任单位：县水利局、县财政局', '完成时限：2024年10月底前'].join('\n'),
      expected: [
        ['工作任务', '责任单位', '完成时限'],
        ['开展河道清淤疏浚', '县水利局', '2024年6月30日前'],
        ['完成病险水库除险加固3座', '县水利局、县财政局', '2024年10月底前'],
      ],
    },
    {
      name: 'other labels, half-width colons, a 配合单位 only in the second record',
      input: lines('重点任务:新建农村供水工程5处', '牵头单位:县水务公司', '时间节点:12月底前', '重点任务:改造提升农贸市场4个', '牵头单位:县商务局', '配合单位:各乡镇', '时间节点:9月底前'),
      expected: [
        ['重点任务', '牵头单位', '时间节点', '配合单位'],
        ['新建农村供水工程5处', '县水务公司', '12月底前', ''],
        ['改造提升农贸市场4个', '县商务局', '9月底前', '各乡镇'],
      ],
    },
  ])('"label：value" records: $name', async ({ input, expected }) => {
    expect(await rows(input)).toEqual(expected);
  });

  it('labelled lines inside an item ("工作任务：…" once, no number) stay prose', async () => {
    const input = lines('1.加强专科建设', '工作任务：建设胸痛中心。', '责任单位：县卫健局', '完成时限：年底前');
    expect((await rows(input)).every((row) => typeof row === 'string')).toBe(true);
  });

  it('unnumbered headings whose text is prose are no key–value table', async () => {
    const input = lines('工作目标', '到2025年，县域内就诊率达到90%以上。', '责任分工', '县卫健局负责统筹推进，各乡镇抓好落实。');
    expect((await rows(input)).every((row) => typeof row === 'string')).toBe(true);
  });

  it('headings of an outline are no labels', async () => {
    const input = lines('二、重点任务', '（一）加强专科建设。', '三、责任单位', '县卫健局负责。');
    expect((await rows(input)).every((row) => typeof row === 'string')).toBe(true);
  });

  it("a page's metadata panel between bars is no key–value table", async () => {
    const panel = lines('名称: | 关于印发某县2024年重点工作的通知 |', '发布时间: | 2024-01-04 |');
    expect((await rows(panel)).every((row) => typeof row === 'string')).toBe(true);
  });

  it('a labelled line in prose ("牵头单位：市住建局") without bars is no table', async () => {
    expect(await rows(lines('（一）推进老旧小区改造。', '牵头单位：市住建局', '完成时限：年底前'))).toEqual([
      '（一）推进老旧小区改造。',
      '牵头单位：市住建局',
      '完成时限：年底前',
    ]);
  });
});
