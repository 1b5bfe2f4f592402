import { describe, expect, it } from 'vitest';
import { headerCellGroups, headerRoles, headerWordRole } from '../../src/text/table-header.js';

describe('header words', () => {
  it.each([
    ['序号', 'serial'],
    ['重点工作', 'title'],
    ['工作任务', 'title'],
    ['重点任务', 'title'],
    ['考核指标', 'title'],
    ['目标与任务', 'text'],
    ['2022年预期目标', 'text'],
    ['具体措施', 'text'],
    ['年度阶段性工作目标', 'text'],
    ['牵头单位', 'lead'],
    ['牵头责任单位', 'lead'],
    ['主要责任单位', 'lead'],
    ['配合单位', 'support'],
    ['协同配合单位', 'support'],
    ['责任单位', 'units'],
    ['主体责任单位', 'units'],
    ['责任股室（单位）', 'units'],
    ['责任科（室）', 'units'],
    ['落实主体', 'units'],
    ['工作主体', 'units'],
    ['责任主体及责任人', 'units'],
    ['市场主体', null],
    ['责任处(室)', 'units'],
    ['牵头科（室）', 'lead'],
    ['配合处（室）', 'support'],
    ['主要负责单位', 'units'],
    ['协办单位', 'support'],
    ['主办单位', 'lead'],
    ['责任领导', 'persons'],
    ['分管领导', 'persons'],
    ['县领导', 'persons'],
    ['联系领导', 'persons'],
    ['牵头领导', 'persons'],
    ['责任人', 'persons'],
    ['责任单位及责任人', 'units'],
    ['责任主体', 'units'],
    ['责任分工', 'units'],
    ['主体责任', 'units'],
    ['责任体系', null],
    ['一、健全安全生产责任体系', null],
    ['完成时限', 'deadline'],
    ['完成期限', 'deadline'],
    ['时间节点', 'deadline'],
    ['进度安排', 'deadline'],
    ['2024年1-3月份进度安排', 'progress'],
    ['2023年10-12月份进展情况', 'progress'],
    ['进展情况、存在问题及下一步工作建议', 'progress'],
    ['工作评价', 'progress'],
    ['完成情况', 'progress'],
    ['是否达到序时进度', 'progress'],
    ['是否按期完成', 'progress'],
    ['建设起止年限', 'deadline'],
    ['实施年限', 'deadline'],
    ['备注', 'remark'],
    ['指标', 'category'],
    ['类别', 'category'],
    ['重点领域', 'category'],
    ['按照任务顺序排列如下所述。', null],
  ])('%s → %s', (cell, role) => {
    expect(headerWordRole(cell)).toBe(role);
  });

  it.each([
    { cells: ['序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室（单位）', '备注'], roles: ['serial', 'category', 'title', 'deadline', 'persons', 'units', 'remark'] },
    { cells: ['序号', '重点任务', '工作任务'], roles: ['serial', 'title', null] },
    { cells: ['重点工作', '牵头单位', '年度阶段性工作目标', '进展情况'], roles: ['title', 'lead', 'text', 'progress'] },
    // the one column a 序号 header leaves unnamed is the task, whatever the office calls it
    { cells: ['序号', '民生实事', '责任单位', '完成时限'], roles: ['serial', 'title', 'units', 'deadline'] },
    { cells: ['序号', '惠民项目', '牵头单位'], roles: ['serial', 'title', 'lead'] },
    { cells: ['序号', '民生工程', '完成时间'], roles: ['serial', 'title', 'deadline'] },
  ])('$cells', ({ cells, roles }) => {
    expect(headerRoles(cells)).toEqual(roles);
  });

  it.each([
    [['各单位', '要', '认真落实']],
    // two unnamed columns, or none anchored by a 序号: no guess
    [['序号', '甲', '乙', '责任单位']],
    [['民生实事', '责任单位', '完成时限']],
  ])('%j is no header', (cells) => {
    expect(headerRoles(cells)).toBeNull();
  });
});

describe('header cells broken over lines or by spaces', () => {
  const cells = (pieces: string[]) => headerCellGroups(pieces).map((group) => group.map((index) => pieces[index]).join(''));
  it.each([
    [['序号', '牵头', '领导', '牵头', '责任单位', '主体', '责任单位', '配合', '责任单位'], ['序号', '牵头领导', '牵头责任单位', '主体责任单位', '配合责任单位']],
    [['责任股室', '(单位)', '备注'], ['责任股室(单位)', '备注']],
    [['完成', '时限', '责任', '单位'], ['完成时限', '责任单位']],
    [['协同', '配合单位'], ['协同配合单位']],
    [['序', '号', '备', '注'], ['序号', '备注']],
    [['完成时', '限', '责任单位'], ['完成时限', '责任单位']],
    // an unknown column name stays apart from the known one after it
    [['考核方式', '责任单位'], ['考核方式', '责任单位']],
    // a cell closed by its bracketed measure is whole: "责任" + "单位" after it is the next cell
    [['总投资', '（万元）', '责任', '单位'], ['总投资（万元）', '责任单位']],
    // two complete column names, and the sub-headers under 责任单位, stay apart
    [['牵头单位', '配合单位'], ['牵头单位', '配合单位']],
    [['责任单位', '牵头', '配合'], ['责任单位', '牵头', '配合']],
  ])('%j', (pieces, expected) => {
    expect(cells(pieces)).toEqual(expected);
  });
});
