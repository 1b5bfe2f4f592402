// A file that yields nothing says why: no outline at all, or text that landed in no item.
import { describe, expect, it } from 'vitest';
import { extractBufferInThread as extractBuffer } from '../../src/index.js';

async function diagnostics(text: string, name = 'plan.txt') {
  return (await extractBuffer(Buffer.from(text), name)).diagnostics.filter((d) => d.code === 'no-outline' || d.code === 'text-uncovered');
}

describe('coverage diagnostics', () => {
  it.each([
    ['prose with no enumerator', '某县2024年交通运输工作安排\n今年要加快农村公路建设，完成提质改造200公里。\n同时推进客运站建设。\n'],
    ['a table as text the tool cannot read', '序号、任务、单位\n甲乙丙丁戊己庚辛壬癸\n子丑寅卯辰巳午未申酉戌亥\n'],
  ])('%s: a no-outline warning at the first line of text', async (_case, text) => {
    const found = await diagnostics(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', code: 'no-outline', span: { startLine: 1 } });
    expect(found[0]!.message).toMatch(/^no outline: \d+ characters of text/);
  });

  it('text after a work-list table that no item takes is measured', async () => {
    const table = ['| 序号 | 工作任务 | 责任单位 |', '| --- | --- | --- |', '| 1 | 新建幼儿园10所 | 县教育局 |', '| 2 | 改造农村公路50公里 | 县交通运输局 |'].join('\n');
    const after = '各单位要于每季度末报送工作进展情况，县政府督查室将对落实情况进行通报。';
    const found = await diagnostics(`某县2024年民生实事任务分解表\n\n${table}\n\n${after}\n`, 'plan.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'text-uncovered', span: { startLine: 8 } });
    expect(found[0]!.message).toMatch(new RegExp(`^${after.length} characters \\(\\d+(\\.\\d)?% of the plan\\)`));
  });

  it('a plan whose text all lands in items, preamble and back matter gets neither', async () => {
    const text = '某县2024年工作要点\n为做好全年工作，制定本要点。\n一、总体要求\n坚持稳中求进。\n二、重点任务\n（一）推进改革。\n某县人民政府办公室\n2024年3月1日\n';
    expect(await diagnostics(text)).toEqual([]);
  });
});
