import { describe, expect, it } from 'vitest';
import { findIssuer, findTitle, normalizeDocNumber, parseDate } from '../../src/outline/metadata.js';
import type { Block } from '../../src/document/block.js';
import { located } from '../../src/text/located.js';

const blocks = (lines: string[]): Block[] => lines.map((text, index) => ({ kind: 'paragraph', content: located(text, index + 1) }));

describe('findTitle', () => {
  it.each([
    { name: 'one line', lines: ['丙县卫生健康局', '丙县医共体建设实施方案'], title: '丙县医共体建设实施方案' },
    { name: 'wrapped, short second line', lines: ['丙县推进医院高质量发展', '实施方案'], title: '丙县推进医院高质量发展实施方案' },
    { name: 'wrapped after 关于', lines: ['甲省人民政府关于', '进一步改善医疗服务的若干意见'], title: '甲省人民政府关于进一步改善医疗服务的若干意见' },
    {
      name: 'wrapped over three lines',
      lines: ['乙区全力打造“健康乙区”品牌', '加快建设区域医疗中心', '三年行动计划'],
      title: '乙区全力打造“健康乙区”品牌加快建设区域医疗中心三年行动计划',
    },
    {
      name: 'a wrapped notice title above: the web title line is not joined',
      lines: ['甲省人民政府办公厅关于推动医院高质量发展的实施意见', '发布日期：2022-01-10', '甲省人民政府办公厅关于推动医院', '高质量发展的实施意见'],
      title: '甲省人民政府办公厅关于推动医院高质量发展的实施意见',
    },
    { name: 'the period on the same line', lines: ['乙市公共卫生能力提升行动计划（2024—2026年）'], title: '乙市公共卫生能力提升行动计划（2024—2026年）' },
    { name: 'the period on the next line', lines: ['乙市公共卫生能力提升行动计划', '（2024—2026年）'], title: '乙市公共卫生能力提升行动计划（2024—2026年）' },
    { name: 'a trial version', lines: ['丙县村医管理办法（试行）'], title: '丙县村医管理办法（试行）' },
    { name: 'other plan types', lines: ['丁市突发事件医疗救援应急预案'], title: '丁市突发事件医疗救援应急预案' },
    { name: 'a repeated title line is not doubled', lines: ['市卫生健康委2025年工作思路', '市卫生健康委2025年工作思路'], title: '市卫生健康委2025年工作思路' },
    { name: 'the signing office above is not part of it', lines: ['丙县人民政府办公室', '2024年3月1日', '丙县工作方案'], title: '丙县工作方案' },
    { name: 'a bracketed note above is not part of it', lines: ['（此件公开发布）', '工作方案'], title: '工作方案' },
    { name: 'a breadcrumb that ends in 规划 is not a title', lines: ['当前位置：首页 > 信息公开 > 计划规划'], title: null },
    {
      name: 'no title line: the notice names the plan',
      lines: ['各有关单位：', '现将《丁省健康促进2021年实施方案》印发给你们，请认真组织实施。', '丁省健康促进委员会'],
      title: '丁省健康促进2021年实施方案',
    },
    {
      name: 'no title line: "《X》已经…同意，现印发给你们"',
      lines: ['《乙市医疗服务提升行动计划》已经市政府同意，现印发给你们，请认真执行。'],
      title: '乙市医疗服务提升行动计划',
    },
    { name: 'a notice issued without 关于', lines: ['甲市人民政府印发《关于加强基层卫生的实施意见》的通知'], title: '关于加强基层卫生的实施意见' },
  ])('$name', ({ lines, title }) => {
    expect(findTitle(blocks(lines)).title).toBe(title);
  });
});

describe('findIssuer', () => {
  it.each([
    { lines: ['甲省人民政府办公厅关于推动医院高质量发展的实施意见'], issuer: '甲省人民政府办公厅' },
    { lines: ['乙省卫生健康委员会', '乙省健康促进委员会关于印发健康乙省行动方案的通知'], issuer: '乙省健康促进委员会' },
    { lines: ['甲市人民政府印发《关于加强基层卫生的实施意见》的通知'], issuer: '甲市人民政府' },
    { lines: ['返回顶部', '丙县人民政府办公室文件'], issuer: '丙县人民政府办公室' },
    { lines: ['为贯彻落实省卫生健康委关于医共体建设的部署，制定本方案。'], issuer: null },
  ])('$lines.0 → $issuer', ({ lines, issuer }) => {
    expect(findIssuer(blocks(lines))).toBe(issuer);
  });
});

describe('dates and 文号', () => {
  it.each([
    ['二○二三年五月八日', '2023-05-08'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['2023-06-18', '2023-06-18'],
    ['2022年03月02日', '2022-03-02'],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([
    ['国办发„2009‟3号', '国办发〔2009〕3号'],
    ['内政办发[2015]103号', '内政办发〔2015〕103号'],
    ['丙政发（2022）9 号', '丙政发〔2022〕9号'],
  ])('%s → %s', (text, number) => {
    expect(normalizeDocNumber(text)).toBe(number);
  });
});
