import { describe, expect, it } from 'vitest';
import { runOnItemStarts, splitRunOnItems } from '../../src/normalize/run-on-items.js';
import { located } from '../../src/text/located.js';

const pieces = (text: string): string[] => {
  const starts = [0, ...runOnItemStarts(text), text.length];
  return starts.slice(0, -1).map((start, index) => text.slice(start, starts[index + 1]));
};

describe('several items on one line', () => {
  it.each([
    // a provincial split of the government work report: verb notes after each target
    ['（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（省财政厅主办，省国税局协办）', 2],
    ['1.抓好600个重点项目。（省发改委主办，省工信委协办）2.重点抓好燃气轮机项目。（省工信委主办）', 2],
    // a county's labelled notes, three items in a row
    ['（1）推进改厕。（牵头单位：县农业农村局）（2）治理垃圾。（牵头单位：县住建局）（3）治理污水。（牵头单位：县生态环境局）', 3],
    // a municipal list in lenticular brackets
    ['3.新建养老机构2家。【市民政局】4.改造老旧小区30个。【市住建局】', 2],
    // heading styles also after a sentence end
    ['（三）加强组织领导。各部门要高度重视。（四）强化督导考核。定期通报进展。', 2],
    ['一、总体要求。坚持稳中求进。二、主要任务。', 2],
  ])('%s → %i items', (text, count) => {
    expect(pieces(text)).toHaveLength(count);
  });

  it.each([
    // an arabic list after a full stop is a report cell's count, not outline items
    '1、查处违法行为31起。2、对全县18个乡镇农资市场进行检查。3、开展宣传。',
    // an inline list in another style under the item
    '（一）完善机制。主要包括：1.建立台账；2.定期调度。',
    // a decimal after a full stop
    '1.加大投入。2.5亿元用于改造。',
    // a number out of sequence is a cross-reference
    '（一）落实责任。（省发改委负责）（三）项下另有规定。',
    // a marker ending the line ("见（二）") has no title
    '（一）按要求执行（省发改委负责）（二）',
    // no marker at the start
    '各地要落实责任（市政府办）（二）抓好落实。',
  ])('%s stays one item', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });

  it('keeps each piece grounded and opens a paragraph', () => {
    const text = '（一）甲项任务。（市发改委负责）（二）乙项任务。（市财政局负责）';
    const [first, second] = splitRunOnItems([{ kind: 'paragraph', content: located(text, 7) }]);
    expect(first!.content.text).toBe('（一）甲项任务。（市发改委负责）');
    expect(second!.content.text).toBe('（二）乙项任务。（市财政局负责）');
    expect(second!.paragraphStart).toBe(true);
    expect(second!.content.marks[0]).toMatchObject({ line: 7, column: first!.content.text.length });
  });
});
