// Traditional → simplified. Detection is a cheap count of characters that exist only in the
// traditional script; opencc-js (several MB of dictionaries) loads only when a file needs it.
import type { Script } from '../schema/contract.js';

// Common characters whose traditional form differs from the simplified one, as seen in plan texts.
const TRADITIONAL_ONLY = new Set(
  '醫院發與為國際衛會實務單機關黨區縣點體質這個們時來對開動進學規劃經濟標準級療藥護費題設辦產業現應該電於從條總結構' +
    '負責實施計劃戰略資源務濟視達權質歸檔證據檢驗診斷網絡數據態勢導層參與協調貫徹落實製組織優質幫扶補償價格' +
    '財稅審計監測評價項專業輕鬆鄉鎮衛健聯團體護理處長廳廣東興變邊員團舉農義稱務職鑒識遞議讓論說講試詢億萬',
);
const SIMPLIFIED_ONLY = new Set(
  '医院发与为国际卫会实务单机关党区县点体质这个们时来对开动进学规划经济标准级疗药护费题设办产业现应该电于从条总结构',
);

export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const char of sample) {
    if (TRADITIONAL_ONLY.has(char)) traditional++;
    else if (SIMPLIFIED_ONLY.has(char)) simplified++;
  }
  const total = traditional + simplified;
  if (total === 0 || traditional / total < 0.05) return 'simplified';
  if (traditional / total > 0.9) return 'traditional';
  return 'mixed';
}

export type Converter = (text: string) => string;

let converter: Promise<Converter> | null = null;

/** Loads the traditional→simplified converter once per process. */
export function loadToSimplified(): Promise<Converter> {
  converter ??= import('opencc-js/t2cn').then((opencc) => opencc.Converter({ from: 'tw', to: 'cn' }));
  return converter;
}
