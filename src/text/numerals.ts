// Chinese numerals → numbers, the one reader for them all: quantities plans write in words ("两个",
// "十个", "一百张", "百分之八十五" (85 %), "三年内"), outline ordinals (十二、) and dates (二〇二二年六月一日). Hand-written because generic libraries misread these
// (nzh turns 百分之八十五 into 185); only the numeral part lives here, never the grammar.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** "二〇二五" has no unit characters: read digit by digit. */
function readDigitString(text: string): number | null {
  let value = 0;
  for (const char of text) {
    const digit = DIGITS[char];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * An integer written with 十/百/千/万/亿: "十五" 15, "一百零五" 105, "两万" 20000, "五千亿" 5000 亿,
 * "一亿二千万" 120 000 000 (万 scales only what follows the last 亿).
 */
function readInteger(text: string): number | null {
  if (text === '') return null;
  if (![...text].some((char) => char in SMALL_UNITS || char in LARGE_UNITS)) return readDigitString(text);
  let hundredMillions = 0;
  let tenThousands = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char]!;
    else if (char in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[char]!;
      digit = null;
    } else if (char === '万') {
      tenThousands = (section + (digit ?? 0)) * LARGE_UNITS[char]!;
      section = 0;
      digit = null;
    } else if (char === '亿') {
      hundredMillions = (hundredMillions + tenThousands + section + (digit ?? 0)) * LARGE_UNITS[char]!;
      tenThousands = 0;
      section = 0;
      digit = null;
    } else return null;
  }
  return hundredMillions + tenThousands + section + (digit ?? 0);
}

/** A Chinese numeral, with an optional decimal part after 点: "八十五点五" 85.5. */
export function parseChineseNumber(text: string): number | null {
  const [whole = '', fraction, extra] = text.split('点');
  if (extra !== undefined || fraction === '') return null;
  const integer = readInteger(whole);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  const decimals = [...fraction].map((char) => DIGITS[char]);
  if (decimals.some((digit) => digit === undefined)) return null;
  return Number(`${integer}.${decimals.join('')}`);
}

/** Arabic or Chinese: "5" 5, "1.5" 1.5, "三" 3, "十" 10; null when it is neither. */
export function parseNumber(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return parseChineseNumber(text);
}

/** "百分之八十五" → 85; "千分之三" → 3 (the caller knows the unit). */
export function parseFraction(text: string): { value: number; unit: '%' | '‰' } | null {
  const match = /^(百分之|千分之)(.+)$/.exec(text);
  if (!match) return null;
  const value = parseNumber(match[2]!);
  return value === null ? null : { value, unit: match[1] === '百分之' ? '%' : '‰' };
}

// "二〇二五年底前", "二〇二四年六月底", "二〇二三年十二月三十一日": a date written in Chinese numerals, read
// digit by digit for the year (一九/二〇 + two digits, so "一二三四年" is no year) and by value for
// the month and the day
const CHINESE_DATE = /(?<![〇零一二三四五六七八九十])([一二][〇零九][〇零一二三四五六七八九]{2})年(?:([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?/g;
const YEAR_DIGIT: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Each Chinese-numeral date of a text with its arabic form: [start, end, parts], where parts are the
 * written pieces with the digits to put in their place ("二〇二四年六月" → "二〇二四" → "2024", "六" → "6").
 */
export function chineseDates(text: string): Array<Array<{ at: number; written: string; digits: string }>> {
  const dates: Array<Array<{ at: number; written: string; digits: string }>> = [];
  if (!/[〇零九]/.test(text)) return dates;
  for (const match of text.matchAll(CHINESE_DATE)) {
    const parts = [{ at: match.index, written: match[1]!, digits: [...match[1]!].map((char) => YEAR_DIGIT[char]).join('') }];
    const month = match[2] === undefined ? null : parseChineseNumber(match[2]);
    if (month !== null && month >= 1 && month <= 12) {
      parts.push({ at: match.index + 5, written: match[2]!, digits: String(month) });
      const day = match[3] === undefined ? null : parseChineseNumber(match[3]);
      if (day !== null && day >= 1 && day <= 31) parts.push({ at: match.index + 6 + match[2]!.length, written: match[3]!, digits: String(day) });
    }
    dates.push(parts);
  }
  return dates;
}
