import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/readers/text.js';

const texts = (text: string) => readTextBlocks(text).map((block) => block.content.text);

describe('readTextBlocks', () => {
  it.each([
    {
      name: 'HTML paragraphs pasted into a text file: tags end paragraphs, entities go',
      input: '<p>某县人才工作实施意见</p>\n<p>\n\t　　一、总体目标</p><p align="left">\n\t　　1.目标。到2026年引进人才&nbsp;500名。</p>',
      expected: ['某县人才工作实施意见', '\t　　一、总体目标', '\t　　1.目标。到2026年引进人才 500名。'],
    },
    {
      name: 'one line holding several paragraphs',
      input: '<p>（一）加强组织领导</p><p>成立工作专班。</p><h4>二、保障措施</h4>',
      expected: ['（一）加强组织领导', '成立工作专班。', '二、保障措施'],
    },
    {
      name: 'no markup: angle brackets in text stay',
      input: '一、目标\n空气优良天数比例>85%，PM2.5<35微克',
      expected: ['一、目标', '空气优良天数比例>85%，PM2.5<35微克'],
    },
  ])('$name', ({ input, expected }) => {
    expect(texts(input)).toEqual(expected);
  });

  it('a tab before the indent opens a paragraph; pieces after a block tag open one too', () => {
    const blocks = readTextBlocks('\t　　一、总体目标\n续行<p>二、任务');
    expect(blocks.map((block) => block.paragraphStart ?? false)).toEqual([true, false, true]);
    expect(blocks.map((block) => block.content.marks[0]!.line)).toEqual([1, 2, 2]);
  });

  describe('a work list pasted as text, cells separated by spaces', () => {
    const cells = (text: string) =>
      readTextBlocks(text).map((block) => (block.kind === 'table-row' ? block.cells!.map((cell) => cell.text) : block.content.text));

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
          '乙县人民政府 2024年3月1日',
        ],
      },
    ])('$name', ({ input, expected }) => {
      expect(cells(input)).toEqual(expected);
    });

    it('a sentence that merely starts with 序号 is no header', () => {
      expect(readTextBlocks('序号 按照 任务 顺序排列').every((block) => block.kind === 'paragraph')).toBe(true);
    });
  });
});
