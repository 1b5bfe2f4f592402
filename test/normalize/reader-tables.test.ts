// Tables a reader found (normalize/reader-tables.ts), mended as the stage meets them.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/block.js';
import { recoverTextTables } from '../../src/normalize/text-tables.js';
import { located } from '../../src/text/located.js';
import { show } from './shown.js';

describe('tables a reader found', () => {
  const tableRows = (...rows: string[][]): Block[] =>
    rows.map((cells, index) => {
      const located_ = cells.map((cell) => located(cell, index + 1));
      return { kind: 'table-row', content: located(cells.join('\t'), index + 1), cells: located_ };
    });

  it.each([
    {
      name: 'a two-row header, merged cells padded (Word)',
      rows: tableRows(['序号', '工作任务', '责任单位', '', '完成时限'], ['', '', '牵头', '配合', ''], ['1', '建设智慧医院', '县卫健局', '县财政局', '年底前']),
      expected: [['序号', '工作任务', '牵头', '配合', '完成时限'], ['1', '建设智慧医院', '县卫健局', '县财政局', '年底前']],
    },
    {
      name: 'a two-row header, merged cells left out (HTML)',
      rows: tableRows(['序号', '工作任务', '责任单位', '完成时限'], ['牵头单位', '配合单位'], ['1', '建设智慧医院', '县卫健局', '县财政局', '年底前']),
      expected: [['序号', '工作任务', '牵头单位', '配合单位', '完成时限'], ['1', '建设智慧医院', '县卫健局', '县财政局', '年底前']],
    },
    {
      name: 'a row under a rowspan lacks its merged cell: fitted by content',
      rows: tableRows(['序号', '领域', '工作任务', '牵头单位', '完成时限'], ['1', '城市建设', '新建城市公园2个', '区城管局', '10月底前'], ['2', '改造老旧管网30公里', '区住建局', '12月底前']),
      expected: [['序号', '领域', '工作任务', '牵头单位', '完成时限'], ['1', '城市建设', '新建城市公园2个', '区城管局', '10月底前'], ['2', '', '改造老旧管网30公里', '区住建局', '12月底前']],
    },
    {
      name: 'label | value rows are a key–value table',
      rows: tableRows(['重点工作', '135.统筹违法建设治理。'], ['牵头单位', '市城管局'], ['进展情况', '已完成。']),
      expected: [['重点工作', '牵头单位', '进展情况'], ['135.统筹违法建设治理。', '市城管局', '已完成。']],
    },
  ])('$name', ({ rows: input, expected }) => {
    expect(show(recoverTextTables(input))).toEqual(expected);
  });
});
