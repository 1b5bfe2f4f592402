import { describe, expect, it } from 'vitest';
import { fitRow, fittedCells, type Piece } from '../../src/normalize/cell-fit.js';
import { located } from '../../src/text/located.js';
import type { ColumnRole } from '../../src/text/table-header.js';

const LUEYANG: ColumnRole[] = ['serial', 'category', 'title', 'deadline', 'persons', 'units', 'remark'];
const QINGYANG: (ColumnRole | null)[] = ['serial', 'title', 'persons', 'lead', 'units', 'support', 'progress', 'progress', 'remark'];
const LIST: ColumnRole[] = ['serial', 'title', 'text', 'lead', 'support', 'deadline'];

const RIVER: ColumnRole[] = ['serial', 'category', 'title', 'text', 'lead', 'support', 'units'];

/**
 * Pieces one per line, or a line's words (`|` between lines; `_` a space inside a piece; `∅` an
 * empty cell that a longer run of spaces wrote before the next word).
 */
function pieces(text: string): Piece[] {
  return text.split('|').flatMap((line, lineIndex) => {
    const out: Piece[] = [];
    let gap = 0;
    for (const word of line.trim().split(/\s+/)) {
      if (word === '∅') gap++;
      else out.push({ text: located(word.replace(/_/g, ' '), lineIndex + 1), lineStart: out.length === 0, gap });
      if (word !== '∅') gap = 0;
    }
    return out;
  });
}

function fitted(text: string, roles: (ColumnRole | null)[]): string[] {
  const row = pieces(text);
  const fit = fitRow(row, roles);
  if (!fit) throw new Error('no fit');
  return fittedCells(row, roles, fit).map((cell) => cell.text);
}

describe('pieces of a row to columns by content', () => {
  it.each([
    {
      name: 'a full row, units on lines of their own',
      roles: LUEYANG,
      row: '1|公共文化服务|“两馆一站”免费开放服务人次较上年增长15%。|12月底前|夏俊贵|文化宣传股|文化馆|图书馆',
      cells: ['1', '公共文化服务', '“两馆一站”免费开放服务人次较上年增长15%。', '12月底前', '夏俊贵', '文化宣传股、文化馆、图书馆', ''],
    },
    { name: 'merged category, deadline and person', roles: LUEYANG, row: '2|全年组织开展文化下乡等惠民演出不少于100场。|文化宣传股', cells: ['2', '', '全年组织开展文化下乡等惠民演出不少于100场。', '', '', '文化宣传股', ''] },
    { name: 'a short task without a category is the task', roles: LUEYANG, row: '3|开展好“三下乡”活动', cells: ['3', '', '开展好“三下乡”活动', '', '', '', ''] },
    { name: 'a deadline and a name with a space', roles: LUEYANG, row: '10|三建设一整治|完善观景平台及配套服务设施建设。|5月底|周_斐|旅游股', cells: ['10', '三建设一整治', '完善观景平台及配套服务设施建设。', '5月底', '周 斐', '旅游股', ''] },
    {
      name: 'spaced words: two persons, units over three columns, reports after',
      roles: QINGYANG,
      row: '81 落实疫情防控优化措施。 汪峰 吴蓓蓓 县卫健委 各乡镇|县开发区|县直有关单位 达到时序进度 加强物资配备 落实救治资源保障',
      cells: ['81', '落实疫情防控优化措施。', '汪峰、吴蓓蓓', '县卫健委', '各乡镇、县开发区', '县直有关单位', '达到时序进度', '加强物资配备', '落实救治资源保障'],
    },
    { name: 'a space inside the measures cell', roles: LIST, row: '1 规范收费 清理 违规收费 县发改局 县财政局 年底前', cells: ['1', '规范收费', '清理违规收费', '县发改局', '县财政局', '年底前'] },
    { name: 'a wrapped measures cell goes on on the next line', roles: LIST, row: '1 推进一网通办 网上可办率|达到九成 县数据局', cells: ['1', '推进一网通办', '网上可办率达到九成', '县数据局', '', ''] },
    { name: 'a number amid the words of a spaced-out task stays in the task', roles: LIST, row: '3 新建 5G 基站 300 个 加快网络覆盖 县工信局 年底前', cells: ['3', '新建5G基站300个', '加快网络覆盖', '县工信局', '', '年底前'] },
    { name: 'a lone unit is the lead rather than the helpers', roles: LIST, row: '2 强化保障 落实免罚清单 县司法局 长期坚持', cells: ['2', '强化保障', '落实免罚清单', '县司法局', '', '长期坚持'] },
    {
      name: 'one character apart ends the word before it (a category wrapped)',
      roles: RIVER,
      row: '1 提升城乡供水保 障 建设农村供水工程 新建改造农村供水管网，到2025年农村自来水普及率达到90%以上。 县水利局 县发改委、县财政局 各乡镇人民政府',
      cells: ['1', '提升城乡供水保障', '建设农村供水工程', '新建改造农村供水管网，到2025年农村自来水普及率达到90%以上。', '县水利局', '县发改委、县财政局', '各乡镇人民政府'],
    },
    {
      name: 'short pieces of a narrow column wrapped, then a long cell; an empty cell written as a space more',
      roles: RIVER,
      row: '2 ∅ 推进河湖 清四乱 常态化 开展河湖“清四乱”专项行动，对乱占、乱采、乱堆、乱建问题动态清零。 县水利局 县自然资源局、县公安局 各乡镇人民政府',
      cells: ['2', '', '推进河湖清四乱常态化', '开展河湖“清四乱”专项行动，对乱占、乱采、乱堆、乱建问题动态清零。', '县水利局', '县自然资源局、县公安局', '各乡镇人民政府'],
    },
    {
      name: 'two empty cells written: the task column is merged too, the measures cell holds the task',
      roles: RIVER,
      row: '3 ∅ ∅ 强化执法监管。严厉打击非法采砂、非法捕捞等违法行为。 县水利局、县公安局 县农业农村局等 各乡镇人民政府，县经济开发区、高',
      cells: ['3', '', '', '强化执法监管。严厉打击非法采砂、非法捕捞等违法行为。', '县水利局、县公安局', '县农业农村局等', '各乡镇人民政府，县经济开发区、高'],
    },
    {
      name: 'another layout: 序号 / 工作任务 / 具体措施 / 责任单位 / 完成时限, a merged measures cell',
      roles: ['serial', 'title', 'text', 'units', 'deadline'],
      row: '4 完成老旧小区 改造 ∅ 县住建局 年底前',
      cells: ['4', '完成老旧小区改造', '', '县住建局', '年底前'],
    },
  ])('$name', ({ roles, row, cells }) => {
    expect(fitted(row, roles)).toEqual(cells);
  });

  it('a piece no column can take makes no fit', () => {
    expect(fitRow(pieces('1 县卫健局 2024年3月1日'), ['serial', 'units'])).toBeNull();
  });
});
