import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseFraction, parseNumber } from '../../src/text/numerals.js';

describe('parseNumber', () => {
  it.each([
    ['5', 5],
    ['1.5', 1.5],
    ['0.45', 0.45],
    ['一', 1],
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百', 100],
    ['一百零五', 105],
    ['三千二百', 3200],
    ['两万', 20000],
    ['十万', 100000],
    ['五千万', 50000000],
    ['五千亿', 500000000000],
    ['一亿二千万', 120000000],
    ['三万亿', 3000000000000],
    ['两亿零五百万', 205000000],
    ['二〇二五', 2025],
    ['八十五点五', 85.5],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '个', '十x', '点五', '五点', 'abc'])('%j is not a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('parseFraction', () => {
  it.each([
    ['百分之八十五', { value: 85, unit: '%' }],
    ['百分之百', { value: 100, unit: '%' }],
    ['百分之九十五点五', { value: 95.5, unit: '%' }],
    ['千分之三', { value: 3, unit: '‰' }],
  ])('%s', (text, expected) => {
    expect(parseFraction(text)).toEqual(expected);
  });

  it('is not fooled into 185 (the nzh bug the issue cites)', () => {
    expect(parseFraction('百分之八十五')?.value).toBe(85);
    expect(parseChineseNumber('八十五')).toBe(85);
  });
});
