// Outline ordinals: 十二、 → 12 (read by the shared numeral reader) and back, 12 → 十二.
import { parseChineseNumber } from './numerals.js';

/** The number a Chinese-numeral marker stands for, or 0 when it is not one. */
export function chineseOrdinal(numeral: string): number {
  return parseChineseNumber(numeral) ?? 0;
}

const CN_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 3 → 三, 12 → 十二, 21 → 二十一 (for messages that quote a missing marker). */
export function toChineseOrdinal(value: number): string {
  if (value < 10) return CN_DIGIT[value]!;
  if (value < 100) {
    const tens = Math.floor(value / 10);
    const ones = value % 10;
    return `${tens === 1 ? '' : CN_DIGIT[tens]}十${ones ? CN_DIGIT[ones] : ''}`;
  }
  return String(value);
}
