// Chinese numerals as they number outline items: 一 … 十 … 九十九, 一百; 〇/零 and 两 included.
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseOrdinal(numeral: string): number {
  let total = 0;
  let current = 0;
  for (const char of numeral) {
    if (char in DIGITS) current = current * 10 + DIGITS[char]!;
    else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return 0;
  }
  return total + current;
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
