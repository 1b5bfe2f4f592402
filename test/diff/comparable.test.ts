import { describe, expect, it } from 'vitest';
import { comparable, sameText } from '../../src/diff/comparable.js';

describe('comparable', () => {
  it.each([
    ['full-width digits and percent', '达到７０％', '达到70%'],
    ['spaces a PDF puts inside Chinese', '到 2025 年 底', '到2025年底'],
    ['line breaks', '推动公立\n医院发展', '推动公立医院发展'],
    ['brackets of either width', '各县（市）人民政府', '各县(市)人民政府'],
    ['quotes', '“一院多区”', '「一院多区」'],
    ['latin case', 'ICU床位', 'icu床位'],
    ['a ratio colon of either width', '医护比1：2', '医护比1:2'],
    ['a range dash', '2022—2024年', '2022-2024年'],
  ])('%s: "%s" ≡ "%s"', (_name, a, b) => {
    expect(sameText(a, b)).toBe(true);
  });

  it.each([
    ['a decimal point', '1.5倍', '15倍'],
    ['a ratio colon', '床护比1:2', '床护比12'],
    ['a number', '达到70%', '达到80%'],
    ['a percent sign', '增长5%', '增长5'],
  ])('keeps %s: "%s" ≢ "%s"', (_name, a, b) => {
    expect(sameText(a, b)).toBe(false);
  });

  it('drops punctuation that is not between digits', () => {
    expect(comparable('一、总体要求。（牵头单位：州卫健委）')).toBe('一总体要求牵头单位州卫健委');
  });
});
