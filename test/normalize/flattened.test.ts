// A page whose line breaks became spaces is cut back into lines at its enumeration and its labels.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/block.js';
import { unflatten } from '../../src/normalize/flattened.js';
import { located } from '../../src/text/located.js';

const block = (text: string): Block => ({ kind: 'paragraph', content: located(text, 7) });
const texts = (text: string) => unflatten(block(text)).map((piece) => piece.content.text);
const PREAMBLE = '现将2024年民生实事项目进展情况予以公示，接受社会监督，各责任单位要高度重视，加强督查推进，确保各项目标任务圆满完成，下阶段将进一步加大督查考核力度。'.repeat(3);

describe('unflatten', () => {
  it.each([
    [
      'numbered items with labelled fields',
      `${PREAMBLE} 1.新建幼儿园10所。 牵头领导:张三 责任单位:市教育局 2.改造农村公路50公里。 责任单位:市交通运输局 配合单位:市财政局 3.新增城镇就业1.2万人。 责任单位:市人社局`,
      [PREAMBLE, '1.新建幼儿园10所。', '牵头领导:张三', '责任单位:市教育局', '2.改造农村公路50公里。', '责任单位:市交通运输局', '配合单位:市财政局', '3.新增城镇就业1.2万人。', '责任单位:市人社局'],
    ],
    [
      'Chinese-numeral items after ideographic spaces',
      `${PREAMBLE}　一、总体要求　坚持稳中求进。　二、重点任务　加快发展。　三、保障措施　加强领导。`,
      [PREAMBLE, '一、总体要求　坚持稳中求进。', '二、重点任务　加快发展。', '三、保障措施　加强领导。'],
    ],
    [
      'a table of figures flattened after a field: its header of names closing with a total starts a line',
      `${PREAMBLE} 1.新辟公交线路10条。 责任单位:市交通局 配合单位:市公安局,各县区政府 东城 西城、南城 北城 合计 年度目标 2 5 1 2 10 2.新投放公共自行车3000辆。 责任单位:市交通局 3.新增停车泊位500个。`,
      [PREAMBLE, '1.新辟公交线路10条。', '责任单位:市交通局', '配合单位:市公安局,各县区政府', '东城 西城、南城 北城 合计 年度目标 2 5 1 2 10', '2.新投放公共自行车3000辆。', '责任单位:市交通局', '3.新增停车泊位500个。'],
    ],
  ])('%s', (_case, text, lines) => {
    expect(texts(text)).toEqual(lines);
  });

  it.each([
    ['a table row saved as text, one row per line', `1 | ${PREAMBLE} | 1.婴幼儿照护服务驿站：3月底前新建成2家。 2.托位：6月底前新增200个。 3.筛查：11月底前完成。 | 卫生健康局 | 财政局 |`],
    ['a table cell saved as one line, closed by its bar', `${PREAMBLE} 1.制定方案：3月底前完成。 2.组织实施：6月底前完成。 3.总结验收：12月底前完成。 |`],
  ])('leaves %s whole: its numbered steps stay in their cell', (_case, text) => {
    expect(texts(text)).toEqual([text]);
  });

  it('the pieces keep their source line', () => {
    const pieces = unflatten(block(`${PREAMBLE} 1.甲。 2.乙。 3.丙。`));
    expect(pieces.map((piece) => piece.content.marks[0]!.line)).toEqual([7, 7, 7, 7]);
    expect(pieces.slice(1).every((piece) => piece.paragraphStart)).toBe(true);
  });

  it.each([
    ['a short line', '1.甲。 2.乙。 3.丙。'],
    ['numbers out of order', `${PREAMBLE} 3.甲。 1.乙。 5.丙。 2.丁。`],
    ['two numbers only', `${PREAMBLE} 1.甲。 2.乙。 责任单位:市教育局`],
    ['labels without an enumeration', `${PREAMBLE} 责任单位:市教育局 配合单位:市财政局 完成时限:年底前`],
    ['a ratio and a decimal', `${PREAMBLE} 医护比达到1:2 增长2.5倍 3.5亿元`],
    // a pipe row whose schedule cell numbers its steps: the spaces stand inside the cell
    ['a pipe row with numbered steps in a cell', `2 | ${PREAMBLE} | 1.托育驿站：3月底前新建成2家。 2.托位：6月底前新增200个。 3.筛查：11月底前完成。 | 卫生健康局 | 财政局 |`],
    ['a pipe row with steps after ideographic spaces', `| 5 | ${PREAMBLE}　一、摸底排查　二、集中整治　三、验收销号 | 县住建局 |`],
  ])('%s stays one line', (_case, text) => {
    expect(texts(text)).toEqual([text]);
  });
});
