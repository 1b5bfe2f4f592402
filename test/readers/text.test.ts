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

  it('a work list pasted as text stays lines: normalize/text-tables.ts reads it', () => {
    expect(texts('序号 重点任务 责任单位\n1 推进一网通办 县数据局')).toEqual(['序号 重点任务 责任单位', '1 推进一网通办 县数据局']);
  });
});
