import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/block.js';
import { OutlineBuilder, type DraftSection } from '../../src/outline/levels.js';
import { located } from '../../src/text/located.js';

function outline(lines: string[], decimal = false): { tree: string[]; codes: string[] } {
  const builder = new OutlineBuilder({ decimal });
  lines.forEach((text, index) => builder.add({ kind: 'paragraph', content: located(text, index + 1) } satisfies Block));
  const tree: string[] = [];
  const walk = (sections: DraftSection[], depth: number) => {
    for (const section of sections) {
      tree.push(`${depth}:${section.marker.segment}`);
      walk(section.children, depth + 1);
    }
  };
  walk(builder.roots, 1);
  return { tree, codes: builder.diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.span?.startLine}`) };
}

describe('levels from the enumerators', () => {
  it.each([
    {
      name: 'GB/T 9704 order',
      lines: ['一、总体要求', '正文。', '二、重点任务', '（一）构建新体系', '1.建设高地。正文', '（1）细则', '2.发挥作用', '（二）引领新趋势', '三、保障措施'],
      tree: ['1:一', '1:二', '2:（一）', '3:1', '4:（1）', '3:2', '2:（二）', '1:三'],
    },
    {
      name: 'a scrape that lost the 一、 level: （一） at the top',
      lines: ['（一）打造高水平医院', '（二）建设县级中心', '（一）加强专科建设', '（二）推进技术创新'],
      tree: ['1:（一）', '1:（二）', '1:（一）', '1:（二）'],
      codes: ['numbering-restart@3'],
    },
    {
      name: 'a lost 一、 heading: 二、 after （三） closes the junior level',
      lines: ['（一）指导思想', '（二）基本原则', '（三）工作目标', '二、重点任务', '（一）强化体系'],
      tree: ['1:（一）', '1:（二）', '1:（三）', '1:二', '2:（一）'],
      codes: ['numbering-gap@4'],
    },
    {
      name: 'numbering that runs on across parents',
      lines: ['（一）构建新体系', '1. 打造高地', '2. 推进集团', '（二）引领新趋势', '3. 加强专科', '4. 推进创新'],
      tree: ['1:（一）', '2:1', '2:2', '1:（二）', '2:3', '2:4'],
    },
    {
      name: 'a wrapped line that starts with a number is body text',
      lines: ['一、重点任务', '（一）加强专科建设，到2025年新建', '5.2个省级临床重点专科', '3个县域医疗次中心', '（二）推进创新'],
      tree: ['1:一', '2:（一）', '2:（二）'],
    },
    {
      name: 'a number far ahead of the sequence is body text',
      lines: ['一、重点任务', '1.加强专科', '2.推进创新', '9.项目化推进', '3.完善制度'],
      tree: ['1:一', '2:1', '2:2', '2:3'],
    },
    {
      name: 'a small gap is kept and reported',
      lines: ['一、总体要求', '二、重点任务', '四、保障措施'],
      tree: ['1:一', '1:二', '1:四'],
      codes: ['numbering-gap@3'],
    },
    {
      name: 'first-level 1. with （1） below (a county work list)',
      lines: ['1.合理布局优质医疗资源', '（1）科学规划', '（2）加大支持', '2.建设高水平医院', '（1）深化合作'],
      tree: ['1:1', '2:（1）', '2:（2）', '1:2', '2:（1）'],
    },
    {
      name: 'regulations: 第一章 > 第一条 > （一）',
      lines: ['第一章 总则', '第一条 为规范管理', '第二条 本办法适用于', '（一）公立医院', '（二）妇幼保健机构', '第二章 职责', '第三条 卫生健康部门'],
      tree: ['1:第一章', '2:第一条', '2:第二条', '3:（一）', '3:（二）', '1:第二章', '2:第三条'],
    },
    {
      name: 'a title that starts with a number continues the sequence ("7.365便民服务热线")',
      lines: ['一、重点项目', '5.引才项目。', '6.育才项目。', '7.365便民服务热线。', '8.留才项目。'],
      tree: ['1:一', '2:5', '2:6', '2:7', '2:8'],
      codes: ['numbering-gap@2'],
    },
    {
      name: 'a decimal-looking line is an item only as the next number, never a first or a jump',
      lines: ['一、重点任务', '1.加强专科。到2025年', '4.5个专科达到省级水平', '2.推进创新', '1.5G网络全覆盖'],
      tree: ['1:一', '2:1', '2:2'],
    },
    {
      name: 'circled numbers under 1.',
      lines: ['1.加强专科建设', '①县人民医院', '②县中医医院', '2.推进医共体'],
      tree: ['1:1', '2:①', '2:②', '1:2'],
    },
    {
      name: 'a decimal-numbered 预案: 1 > 1.1 > 1.1.1, with （1） below',
      decimal: true,
      lines: ['1 总则', '1.1 目的', '1.2 范围', '2 组织体系', '2.1 指挥部', '（1）住建局', '（2）应急局', '2.2 办公室', '2.2.1 值班', '3 预警', '3.1 监测'],
      tree: ['1:1', '2:1.1', '2:1.2', '1:2', '2:2.1', '3:（1）', '3:（2）', '2:2.2', '3:2.2.1', '1:3', '2:3.1'],
    },
    {
      name: 'a decimal whose parent is not the open one is running text',
      decimal: true,
      lines: ['1 总则', '1.1 目的', '1.2 范围', '2 组织体系', '2.1 指挥部', '1.3 外来的数', '2.2 办公室'],
      tree: ['1:1', '2:1.1', '2:1.2', '1:2', '2:2.1', '2:2.2'],
    },
  ])('$name', ({ lines, tree, codes = [], decimal = false }) => {
    const result = outline(lines, decimal);
    expect(result.tree).toEqual(tree);
    expect(result.codes).toEqual(codes);
  });
});
