import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffChars, excerpt } from '../../src/diff/excerpt.js';

const BODY = '完善传染病救治网络，县级医院设置感染性疾病科，到2025年二级以上医院达到70%以上，提升突发事件应急处置能力。';

describe('excerpt', () => {
  it.each([
    // ten characters of context either side of the one edited character
    ['a number in the middle', BODY, BODY.replace('70%', '80%'), '…5年二级以上医院达到70%以上，提升突发事…', '…5年二级以上医院达到80%以上，提升突发事…'],
    ['an insertion at the start', '县级医院设置感染性疾病科', '各县级医院设置感染性疾病科', '县级医院设置感染性疾…', '各县级医院设置感染性疾…'],
    ['a deletion at the end', '加强组织领导，提升应急处置能力和水平', '加强组织领导，提升应急处置能力', '…导，提升应急处置能力和水平', '…导，提升应急处置能力'],
    ['short texts in full', '达到70%', '达到80%', '达到70%', '达到80%'],
  ])('%s', (_name, before, after, old, neu) => {
    expect(excerpt(before, after)).toEqual({ old, new: neu });
  });

  it('shows separate edits separately, without the text between them', () => {
    const after = BODY.replace('传染病', '重大疫情').replace('突发事件', '突发公共卫生事件');
    const result = excerpt(BODY, after)!;
    expect(result).toEqual({
      old: '完善传染病救治网络，县级医院设…70%以上，提升突发事件应急处置能力。',
      new: '完善重大疫情救治网络，县级医院设…70%以上，提升突发公共卫生事件应急处置能力。',
    });
  });

  it('never repeats a character when two edits are close', () => {
    const before = '（牵头单位：自治州医疗保障局责任单位：自治州财政局、卫生健康委，各县<市>人民政府）';
    const after = '（牵头单位：自治州医疗保障局、财政局责任单位：自治州卫生健康委，各县<市>人民政府）';
    expect(excerpt(before, after)).toEqual({
      old: '…位：自治州医疗保障局责任单位：自治州财政局、卫生健康委，各县<市…',
      new: '…位：自治州医疗保障局、财政局责任单位：自治州卫生健康委，各县<市…',
    });
  });

  it('shows only text that is in the source, in pieces separated by "…"', () => {
    const text = fc.array(fc.constantFrom(...'医院县市达到70%，。'), { maxLength: 50 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const result = excerpt(before, after);
        if (result === null) return;
        for (const piece of result.old.split('…')) expect(before).toContain(piece);
        for (const piece of result.new.split('…')) expect(after).toContain(piece);
      }),
    );
  });

  it('is null when the texts differ only in formatting', () => {
    expect(excerpt('到2025年，达到70%', '到 2025 年,达到７０％')).toBeNull();
  });

  it('finds the minimal edits', () => {
    expect(diffChars(Array.from('abcabba'), Array.from('cbabac'))).toHaveLength(4);
  });

  it('shows the first three of many edits, then "…"', () => {
    const before = Array.from({ length: 10 }, (_, i) => `第${i}项工作内容保持不变的部分文字甲`).join('');
    const result = excerpt(before, before.replaceAll('甲', '乙'))!;
    expect(result.old).toBe('…容保持不变的部分文字甲第1项工作内容保持不变的部分文字甲第2项工作内容保持不变的部分文字甲第3项工作内容保持不…');
    expect(result.new).toBe(result.old.replaceAll('甲', '乙'));
  });

  it('shortens a rewritten passage to its two ends', () => {
    const before = `开头不变。${'旧'.repeat(100)}。结尾不变`;
    const result = excerpt(before, `开头不变。${'新'.repeat(100)}。结尾不变`)!;
    expect(result.old).toBe(`开头不变。${'旧'.repeat(30)}…${'旧'.repeat(30)}。结尾不变`);
  });
});
