// Traditional → simplified. Detection is a cheap count of characters that exist only in the
// traditional script; opencc-js (several MB of dictionaries) loads only when a file needs it.
import type { Script } from '../schema/contract.js';

// The 150 most frequent characters of plan texts that differ between the scripts, in each form
// (made with opencc-js from the corpus); 后/干/于/范/划 are left out: they are also traditional words.
const TRADITIONAL_ONLY = new Set(
  '醫療務縣實設衛發責強體進黨機級質動員導為診資價學評構業職區專標規關開領內單組結點藥術會辦臨績範優對負門創層護項現總與織準財統調監檢聯預崗長頭續堅費運傳' +
    '轉時驗養風達確書國經應記協決牽編營個綜幹勵據險數網緊斷備類隊爭於約間帶權過鄉廣揮劃訓條復婦極將師態圍審認雙嚴積議計後種環從細際試產選執報眾則團貫並號兒',
);
const SIMPLIFIED_ONLY = new Set(
  '医疗务县实设卫发责强体进党机级质动员导为诊资价学评构业职区专标规关开领内单组结点药术会办临绩优对负门创层护项现总与织准财统调监检联预岗长头续坚费运传转' +
    '时验养风达确书国经应记协决牵编营个综励据险数网紧断备类队争约间带权过乡广挥训条复妇极将师态围审认双严积议计种环从细际试产选执报众则团贯并号儿',
);

/** How much of a document the script count reads. */
export const SCRIPT_SAMPLE_CHARS = 200_000;

export function detectScript(text: string): Script {
  let traditional = 0;
  let simplified = 0;
  const sample = text.length > SCRIPT_SAMPLE_CHARS ? text.slice(0, SCRIPT_SAMPLE_CHARS) : text;
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
