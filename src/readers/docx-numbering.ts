// Word list numbering (自动编号): the 一、 （一） 1. （1） ① that Word draws in front of a paragraph
// from word/numbering.xml are not in the paragraph's text, and mammoth reports only a list level.
// Many government .docx number their whole outline this way, so we rebuild the label Word shows
// and put it in front of the text, where the outline's marker grammar finds it.
//
// How Word counts (ECMA-376 §17.9, as Word and LibreOffice behave):
// - a paragraph is numbered by `w:numPr` (numId + ilvl) on itself or on its paragraph style (via
//   `w:basedOn`); numId 0 switches numbering off;
// - a `w:num` points at a `w:abstractNum` whose `w:lvl`s give start, numFmt, lvlText, suff;
//   the running count belongs to the abstractNum, so two numIds of one abstractNum continue each
//   other (the numbering of a list split by body text), unless a `w:lvlOverride/w:startOverride`
//   restarts it the first time its numId is used at that level;
// - using a level restarts every deeper level, unless a deeper level's `w:lvlRestart` says it
//   restarts only after a shallower level (0 = never);
// - `w:lvlText` "%1、" / "（%1）" / "%1.%2" puts each level's number in its own numFmt
//   (`w:isLgl`: all in decimal), followed by a tab, a space or nothing (`w:suff`).
//
// numbering.xml and styles.xml reach us through io/zip-guard.ts (no DTD, depth and size limits);
// each is read in one linear scan of its tags, and counters advance once per paragraph in
// document order.
import { parseMarker } from '../text/markers.js';
import { normalizeWidth } from '../text/width.js';

/** A paragraph's own `w:numPr` (either part may be missing) and its paragraph style. */
export interface ParagraphNumbering {
  numId: string | null;
  level: number | null;
  styleId: string | null;
}

interface Level {
  start: number;
  format: string;
  text: string | null;
  suffix: string;
  restartAfter: number | null;
  legal: boolean;
  /** `w:pStyle` of the level: a style numbered through this list at this level */
  styleId: string | null;
}

interface AbstractList {
  levels: (Level | undefined)[];
  /** `w:numStyleLink`: the levels live in the list of this numbering style */
  numStyleLink: string | null;
}

interface ListInstance {
  abstractId: string;
  /** `w:lvlOverride`: a restart value and/or a whole level redefined for this numId */
  startOverrides: (number | undefined)[];
  levelOverrides: (Level | undefined)[];
}

interface StyleNumbering {
  numId: string | null;
  level: number | null;
  basedOn: string | null;
}

export interface ListDefinitions {
  abstracts: Map<string, AbstractList>;
  instances: Map<string, ListInstance>;
  styles: Map<string, StyleNumbering>;
}

const LEVELS = 9;
// Word's own limit on a start value (its dialog allows no more)
const MAX_START = 32767;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return ENTITY[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const at = tag.indexOf(` ${name}=`);
  if (at < 0) return null;
  const quote = tag[at + name.length + 2];
  if (quote !== '"' && quote !== "'") return null;
  const start = at + name.length + 3;
  const end = tag.indexOf(quote, start);
  return end < 0 ? null : decodeXml(tag.slice(start, end));
}

function integer(value: string | null): number | null {
  if (value === null || !/^-?\d{1,9}$/.test(value.trim())) return null;
  return Number(value);
}

function levelIndex(tag: string): number | null {
  const level = integer(attribute(tag, 'w:ilvl'));
  return level !== null && level >= 0 && level < LEVELS ? level : null;
}

/** An on/off property: `<w:isLgl/>` is on, `w:val="0"` / "false" / "off" is off. */
function toggle(tag: string): boolean {
  const value = attribute(tag, 'w:val');
  return value === null || !/^(?:0|false|off)$/i.test(value);
}

function clampStart(value: number | null): number {
  return value === null ? 0 : Math.min(MAX_START, Math.max(0, value));
}

function newLevel(): Level {
  // a level without w:start starts at 0 (§17.9.25); Word's own files always write one
  return { start: 0, format: 'decimal', text: null, suffix: '\t', restartAfter: null, legal: false, styleId: null };
}

const SUFFIX: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

/**
 * The lists of numbering.xml and the numbering of paragraph styles, in one pass over each part.
 * `mc:Choice` is skipped: Word puts a `w14` custom numFmt there and a plain one in `mc:Fallback`.
 */
export function readListDefinitions(numberingXml: string, stylesXml: string): ListDefinitions {
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  const tag =
    /<w:abstractNum\b[^>]*>|<\/w:abstractNum>|<w:num\b[^>]*>|<\/w:num>|<w:abstractNumId\b[^>]*>|<w:lvl\b[^>]*>|<\/w:lvl>|<w:lvlOverride\b[^>]*>|<\/w:lvlOverride>|<w:startOverride\b[^>]*>|<w:start\b[^>]*>|<w:numFmt\b[^>]*>|<w:lvlText\b[^>]*>|<w:lvlRestart\b[^>]*>|<w:isLgl\b[^>]*>|<w:suff\b[^>]*>|<w:pStyle\b[^>]*>|<w:numStyleLink\b[^>]*>|<mc:Choice\b[^>]*>|<\/mc:Choice>/g;
  let list: AbstractList | null = null;
  let instance: ListInstance | null = null;
  let overrideLevel: number | null = null;
  let level: Level | null = null;
  let inChoice = 0;
  for (let match = tag.exec(numberingXml); match; match = tag.exec(numberingXml)) {
    const text = match[0];
    const name = /^<(\/?[\w:]+)/.exec(text)![1]!;
    if (name === 'mc:Choice') {
      if (!text.endsWith('/>')) inChoice++;
      continue;
    }
    if (name === '/mc:Choice') {
      inChoice = Math.max(0, inChoice - 1);
      continue;
    }
    if (inChoice > 0) continue;
    switch (name) {
      case 'w:abstractNum': {
        const id = attribute(text, 'w:abstractNumId');
        list = { levels: [], numStyleLink: null };
        if (id !== null && !abstracts.has(id)) abstracts.set(id, list);
        break;
      }
      case '/w:abstractNum':
        list = null;
        break;
      case 'w:num': {
        const id = attribute(text, 'w:numId');
        instance = { abstractId: '', startOverrides: [], levelOverrides: [] };
        if (id !== null && !instances.has(id)) instances.set(id, instance);
        break;
      }
      case '/w:num':
        instance = null;
        break;
      case 'w:abstractNumId':
        if (instance) instance.abstractId = attribute(text, 'w:val') ?? '';
        break;
      case 'w:lvlOverride':
        overrideLevel = levelIndex(text);
        break;
      case '/w:lvlOverride':
        overrideLevel = null;
        break;
      case 'w:startOverride':
        if (instance && overrideLevel !== null) instance.startOverrides[overrideLevel] = clampStart(integer(attribute(text, 'w:val')));
        break;
      case 'w:lvl': {
        const index = levelIndex(text);
        level = index === null ? null : newLevel();
        if (level === null || index === null) break;
        if (instance && overrideLevel !== null) instance.levelOverrides[overrideLevel] = level;
        else if (list && !instance) list.levels[index] = level;
        break;
      }
      case '/w:lvl':
        level = null;
        break;
      case 'w:numStyleLink':
        if (list && !level) list.numStyleLink = attribute(text, 'w:val');
        break;
      default:
        if (level) readLevelProperty(level, name, text);
    }
  }
  return { abstracts, instances, styles: readStyleNumbering(stylesXml) };
}

function readLevelProperty(level: Level, name: string, tag: string): void {
  const value = attribute(tag, 'w:val');
  if (name === 'w:start') level.start = clampStart(integer(value));
  else if (name === 'w:numFmt') level.format = value ?? 'decimal';
  else if (name === 'w:lvlText') level.text = value;
  else if (name === 'w:lvlRestart') level.restartAfter = integer(value);
  else if (name === 'w:isLgl') level.legal = toggle(tag);
  else if (name === 'w:suff') level.suffix = SUFFIX[value ?? 'tab'] ?? '\t';
  else if (name === 'w:pStyle') level.styleId = value;
}

/** `w:numPr` and `w:basedOn` of each style in styles.xml, by styleId (w:pPrChange is the old value). */
function readStyleNumbering(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  const tag = /<w:style\b[^>]*>|<\/w:style>|<w:basedOn\b[^>]*>|<w:numId\b[^>]*>|<w:ilvl\b[^>]*>|<w:pPrChange\b[^>]*>|<\/w:pPrChange>/g;
  let current: StyleNumbering | null = null;
  let inChange = false;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const text = match[0];
    if (text.startsWith('<w:style')) {
      const id = attribute(text, 'w:styleId');
      current = { numId: null, level: null, basedOn: null };
      if (id !== null && !styles.has(id)) styles.set(id, current);
    } else if (text === '</w:style>') current = null;
    else if (text.startsWith('<w:pPrChange')) inChange = !text.endsWith('/>');
    else if (text === '</w:pPrChange>') inChange = false;
    else if (!current || inChange) continue;
    else if (text.startsWith('<w:basedOn')) current.basedOn = attribute(text, 'w:val');
    else if (text.startsWith('<w:numId')) current.numId = attribute(text, 'w:val');
    else current.level = integer(attribute(text, 'w:val'));
  }
  return styles;
}

// ---- number formats (w:numFmt) ---------------------------------------------------------------

const CN_DIGITS = '〇一二三四五六七八九';
const CN_UNITS = ['', '十', '百', '千'];
const LEGAL_SIMPLIFIED = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'], tenThousand: '万' };
const LEGAL_TRADITIONAL = { digits: '零壹貳參肆伍陸柒捌玖', units: ['', '拾', '佰', '仟'], tenThousand: '萬' };
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸'; // ideographTraditional
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥'; // ideographZodiac

/** Below 10000 in a Chinese counting system: 一百零一, 二十; `dropLeadingOne` gives 十一 for 11. */
function countBelowTenThousand(value: number, digits: string, units: string[], zero: string, dropLeadingOne: boolean): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(value / 10 ** place) % 10;
    if (digit === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    if (!(dropLeadingOne && out === '' && place === 1 && digit === 1)) out += digits[digit];
    out += units[place];
  }
  return out;
}

/** chineseCounting / chineseCountingThousand: 一 … 十 十一 … 二十 … 一百零一 … 一万零一. */
function chineseCounting(value: number, digits = CN_DIGITS, units = CN_UNITS, tenThousand = '万', legal = false): string {
  if (value === 0) return digits[0]!;
  const zero = legal ? digits[0]! : '零';
  const high = Math.floor(value / 10000);
  const low = value % 10000;
  if (high === 0) return countBelowTenThousand(low, digits, units, zero, !legal && value < 20);
  const head = countBelowTenThousand(high, digits, units, zero, !legal && high < 20) + tenThousand;
  if (low === 0) return head;
  return head + (low < 1000 ? zero : '') + countBelowTenThousand(low, digits, units, zero, false);
}

function enclosed(value: number, first: number): string {
  return value >= 1 && value <= 20 ? String.fromCharCode(first + value - 1) : String(value);
}

// a label of "AAAA…" grows with the count; past 30 letters it is shown in decimal, so a list of
// 100 000 paragraphs cannot make labels of quadratic total length
const MAX_LETTER_REPEAT = 30;

/** A, B … Z, AA, BB …: Word repeats the letter. */
function letters(value: number, upper: boolean): string {
  if (value < 1 || value > 26 * MAX_LETTER_REPEAT) return String(value);
  const letter = String.fromCharCode((upper ? 65 : 97) + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = value;
  for (const [size, symbol] of table) {
    for (; rest >= size; rest -= size) out += symbol;
  }
  return out;
}

function cycle(value: number, symbols: string): string {
  return value >= 1 && value <= symbols.length ? symbols[value - 1]! : String(value);
}

/**
 * One number in a `w:numFmt`. The formats of Chinese documents and the common Latin ones; any other
 * is shown in decimal, as Word does for a format it cannot draw.
 */
export const NUMBER_FORMATS: Record<string, (value: number) => string> = {
  decimal: (value) => String(value), // 1.
  decimalHalfWidth: (value) => String(value),
  decimalZero: (value) => (value >= 0 && value < 10 ? `0${value}` : String(value)), // 01
  decimalFullWidth: (value) => String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))), // １
  decimalFullWidth2: (value) => String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalEnclosedCircle: (value) => enclosed(value, 0x2460), // ①
  decimalEnclosedCircleChinese: (value) => enclosed(value, 0x2460),
  decimalEnclosedParen: (value) => enclosed(value, 0x2474), // ⑴
  decimalEnclosedFullstop: (value) => enclosed(value, 0x2488), // ⒈
  chineseCounting: (value) => chineseCounting(value), // 一、
  chineseCountingThousand: (value) => chineseCounting(value),
  japaneseCounting: (value) => chineseCounting(value),
  taiwaneseCounting: (value) => chineseCounting(value),
  taiwaneseCountingThousand: (value) => chineseCounting(value),
  ideographDigital: (value) => String(value).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!), // 一〇
  taiwaneseDigital: (value) => String(value).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!),
  chineseLegalSimplified: (value) =>
    chineseCounting(value, LEGAL_SIMPLIFIED.digits, LEGAL_SIMPLIFIED.units, LEGAL_SIMPLIFIED.tenThousand, true), // 壹
  ideographLegalTraditional: (value) =>
    chineseCounting(value, LEGAL_TRADITIONAL.digits, LEGAL_TRADITIONAL.units, LEGAL_TRADITIONAL.tenThousand, true),
  ideographTraditional: (value) => cycle(value, HEAVENLY_STEMS), // 甲
  ideographZodiac: (value) => cycle(value, EARTHLY_BRANCHES), // 子
  upperLetter: (value) => letters(value, true), // A.
  lowerLetter: (value) => letters(value, false), // a)
  upperRoman: (value) => roman(value), // IV
  lowerRoman: (value) => roman(value).toLowerCase(),
  none: () => '',
};

export function formatNumber(value: number, format: string): string {
  return (NUMBER_FORMATS[format] ?? NUMBER_FORMATS.decimal!)(value);
}

// ---- counting in document order --------------------------------------------------------------

interface ResolvedList {
  /** the abstractNum whose counters this paragraph advances */
  counterKey: string;
  levels: (Level | undefined)[];
}

/** The abstractNum of a numId, following one `w:numStyleLink` to the list that holds the levels. */
function resolveList(numId: string, definitions: ListDefinitions): ResolvedList | null {
  const instance = definitions.instances.get(numId);
  if (!instance) return null;
  let abstractId = instance.abstractId;
  let list = definitions.abstracts.get(abstractId);
  if (list?.numStyleLink) {
    const linkedNum = definitions.styles.get(list.numStyleLink)?.numId;
    const linked = linkedNum ? definitions.instances.get(linkedNum) : undefined;
    const target = linked ? definitions.abstracts.get(linked.abstractId) : undefined;
    if (linked && target) {
      abstractId = linked.abstractId;
      list = target;
    }
  }
  if (!list) return null;
  const levels = Array.from({ length: LEVELS }, (_, index) => instance.levelOverrides[index] ?? list.levels[index]);
  return { counterKey: abstractId, levels };
}

/** numId and level of a style, looked up through w:basedOn (a cycle or a deep chain stops at 10). */
function styleNumbering(styleId: string | null, definitions: ListDefinitions): { numId: string | null; level: number | null } {
  let numId: string | null = null;
  let level: number | null = null;
  let id = styleId;
  for (let hops = 0; id !== null && hops < 10 && (numId === null || level === null); hops++) {
    const style = definitions.styles.get(id);
    if (!style) break;
    numId ??= style.numId;
    level ??= style.level;
    id = style.basedOn;
  }
  return { numId, level };
}

function placeholderValue(counters: (number | undefined)[], levels: (Level | undefined)[], index: number): number {
  // a shallower level not used yet shows its start value ("1.1" before any "1")
  return counters[index] ?? levels[index]?.start ?? 1;
}

/**
 * The label Word draws in front of each paragraph ("一、", "（1）", "①\t"), or null for a paragraph
 * that is not numbered, or numbered with a bullet (a bullet is no enumerator).
 */
export function listLabels(paragraphs: ParagraphNumbering[], definitions: ListDefinitions): (string | null)[] {
  const counters = new Map<string, (number | undefined)[]>();
  const overridden = new Set<string>();
  const resolved = new Map<string, ResolvedList | null>();
  return paragraphs.map((paragraph) => {
    const style = paragraph.numId === null || paragraph.level === null ? styleNumbering(paragraph.styleId, definitions) : null;
    const numId = paragraph.numId ?? style?.numId ?? null;
    if (numId === null || numId === '0') return null;
    if (!resolved.has(numId)) resolved.set(numId, resolveList(numId, definitions));
    const list = resolved.get(numId);
    if (!list) return null;
    const byStyle = paragraph.styleId === null ? -1 : list.levels.findIndex((level) => level?.styleId === paragraph.styleId);
    const index = paragraph.level ?? style?.level ?? (byStyle >= 0 ? byStyle : 0);
    const level = index >= 0 && index < LEVELS ? list.levels[index] : undefined;
    if (!level) return null;

    const values = counters.get(list.counterKey) ?? [];
    counters.set(list.counterKey, values);
    const override = definitions.instances.get(numId)?.startOverrides[index];
    const firstUse = !overridden.has(`${numId}/${index}`);
    overridden.add(`${numId}/${index}`);
    const previous = values[index];
    values[index] = override !== undefined && firstUse ? override : previous === undefined ? level.start : previous + 1;
    for (let deeper = index + 1; deeper < LEVELS; deeper++) {
      // lvlRestart n (1-based): restart only when one of the levels 1…n is used; 0: never; an n at
      // or below the restarting level itself is ignored (the default: restart under any shallower level)
      const after = list.levels[deeper]?.restartAfter ?? null;
      if (after !== 0 && (after === null || after > deeper || index < after)) values[deeper] = undefined;
    }
    if (level.format === 'bullet' || level.text === null) return null;
    const label = level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const at = Number(digit) - 1;
      const format = level.legal ? 'decimal' : (list.levels[at]?.format ?? 'decimal');
      return formatNumber(placeholderValue(values, list.levels, at), format);
    });
    return label.trim() === '' ? null : label + level.suffix;
  });
}

/**
 * The paragraph's text as Word shows it: the list label in front, unless the text already starts
 * with a typed enumerator (files that were numbered by hand and then given list numbering too).
 */
export function withListLabel(label: string | null | undefined, text: string): string {
  if (!label || parseMarker(normalizeWidth(text)) !== null) return text;
  return label + text;
}
