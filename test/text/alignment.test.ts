// Which source character each normalised character came from.
import { describe, expect, it } from 'vitest';
import { alignOffsets, transformedMark } from '../../src/text/alignment.js';
import { normalizeSpacing } from '../../src/normalize/spacing.js';
import { stripDecoration } from '../../src/normalize/decoration.js';
import { columnIn } from '../../src/text/located.js';
import { normalizeWidth } from '../../src/text/width.js';

const normalise = (text: string) => stripDecoration(normalizeSpacing(normalizeWidth(text))).text;

describe('alignOffsets', () => {
  it.each([
    ['到 2025 年，达到 ９０％以上', '2025'],
    ['#### 一、总体要求', '总体要求'],
    ['• （一）加强组织领导', '加强组织领导'],
    ['各县(市、区)人民政府,市卫健委', '市卫健委'],
    ['??二、工作目标 到2025年', '到2025年'],
    ['\u200b零宽\u00a0空格', '空格'],
    ['  **一、指导思想**  ', '指导思想'],
    ['落实”九项准则”要求', '九项准则'],
    ['\u2f00、总体要求', '总体要求'],
  ])('%s: "%s" maps back to its source characters', (source, value) => {
    const after = normalise(source);
    const origin = alignOffsets(source, after);
    const start = after.indexOf(value);
    expect(start).toBeGreaterThanOrEqual(0);
    const slice = source.slice(origin[start]!, origin[start + value.length - 1]! + 1);
    expect(normalise(slice)).toBe(value);
  });

  it('maps the end of the text to the end of the source', () => {
    expect(alignOffsets('a  b', 'a b')[3]).toBe(4);
  });
});

describe('transformedMark', () => {
  it('composes with an earlier transformation of the same piece', () => {
    const source = '  ## 到 ２０２５ 年底前完成';
    const widened = normalizeWidth(source);
    const first = transformedMark({ offset: 0, line: 3, page: null, column: 4 }, source, widened);
    const spaced = normalizeSpacing(widened);
    const second = transformedMark(first, widened, spaced);
    const at = spaced.indexOf('2025');
    // column 4 is where the piece starts in its source line
    expect(columnIn(second, at)).toBe(4 + source.indexOf('２０２５'));
    expect(columnIn(second, at + 3)).toBe(4 + source.indexOf('５'));
  });

  it('an unchanged piece keeps no shifts', () => {
    expect(transformedMark({ offset: 0, line: 1, page: null }, '一、总体要求', '一、总体要求').shifts).toBeUndefined();
  });
});
