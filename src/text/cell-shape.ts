// What a work-list cell looks like by its content alone: a 序号, a time limit, a person's name, a
// list of units, a short word or running prose. Tables laid out as text lose their column edges and
// merged cells appear only in their first row, so a cell's column is found from what it holds.

export interface CellShape {
  /** "1", "12", "一", "（三）" */
  serial: boolean;
  /** "12月底前", "5月底", "2024年6月底前", "长期坚持", "一季度", "全年" */
  deadline: boolean;
  /** "2024", "2024-2025": a year or span of years alone, a construction period or an amount of that size */
  bareYears: boolean;
  /** "夏俊贵", "周 斐", "汪峰、吴蓓蓓": two or three Han characters after a common surname */
  person: boolean;
  /** "文化宣传股", "县卫健委、县开发区", "各乡镇", "县直有关单位" */
  unit: boolean;
  /** at most 12 characters without sentence punctuation: a category, a name, a short task */
  short: boolean;
  /** the cell ends a sentence ("…增长15%。"): a wrapped cell does not */
  closed: boolean;
  /** characters without spaces */
  length: number;
}

const SERIAL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]?$|^[（(][一二三四五六七八九十]{1,3}[）)]$/;

// A time limit is mostly date words: what is left after removing them is at most a verb.
const TIME_WORD =
  /\d{4}\s*年(?:度)?|\d{1,2}\s*月(?:份)?|\d{1,2}\s*日|[上下]半年|第?[一二三四1-4]季度|年[底末内中初]|全年|当年|今年|明年|长期|持续|常态化?|经常性|每[年月季周半旬]|月[底末]|[上中下]旬|底前|以前|之前|以内|[前底末起止至]|[-—–~、，,及和]|完成|推进|坚持|开展|落实|逐年|分阶段|按要求|按时|年/g;
const STRONG_TIME = /\d{4}\s*年|\d{1,2}\s*月|[上下]半年|季度|年[底末内]|全年|长期|持续|常态|每[年月季周]/;

const BARE_YEARS = /^20\d{2}(?:[-—–~至]20\d{2})?$/;

// "2023.01-2023.12", "2022.3—2022.10", "2024.06": a project's span in dotted year.month form
const DOTTED_SPAN = /^(?:20\d{2}[.．](?:0?[1-9]|1[0-2])[-—–~至])?20\d{2}[.．](?:0?[1-9]|1[0-2])$/;

// Surnames that open most names (the commonest ~130; characters that open ordinary words more often
// than names, such as 全 安 和 平 国 成 明, are left out: a category "安全" is not a person).
const SURNAME = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢乔伍庞颜倪聂章鲁岳翟殷詹欧耿焦俞左柳祝舒阮柯梅凌裴霍涂苗翁冉骆蓝辛靳柴蒙鲍喻祁蒲滕饶牟艾穆缪褚娄窦戚岑晏瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄虞敖巩佘麻苑迟邝谈匡鞠荆冀郁胥栗燕鄢谌粟冼蔺阚屠朴廉祖漆卿狄晋芮扈晁阙逯茹'],
);
const HAN = /^[\u4e00-\u9fff]+$/;

// The last word of a unit's name: 局 委 办 股 馆 会 队 联 (妇联) 协 (科协) 村 公司 中心 单位 部门 政府 乡镇 街道 …,
// and the zones that stand for their management committees (城乡一体化示范区, 高新区, 综合试验区)
const UNIT_END =
  /(?:局|委|办|厅|部|处|科|股|室|馆|会|队|所|站|院|校|园|联|协|村|场|厂|中心|公司|集团|单位|部门|政府|街道|乡镇|镇|乡|社区|法院|银行|联社|团|社|署|台|开发区|示范区|新区|试验区|园区|企业|机构|组|办公室|专班|各地)$/;
const UNIT_OPEN = /^(?:各|有关|相关|全[县市区省])/;
const TRAILING_NOTE = /[（(][^（()）]*[）)]$/;

// "新建幼儿园3所", "建成文化站2个": a count with its measure word closes a task, not a unit's name
const COUNTED = /[\d两十百千万]\s*(?:所|个|座|处|家|站|队|场|厂|园|馆|院|校|室|村|中心|社区)$/;

export function isUnitName(part: string): boolean {
  const name = part.replace(TRAILING_NOTE, '').replace(/等$/, '');
  if (COUNTED.test(name)) return false;
  return name.length >= 2 && name.length <= 25 && !/[。；：:]/.test(name) && (UNIT_END.test(name) || (UNIT_OPEN.test(name) && name.length <= 12));
}

// "副县长王明", "县委常委、副县长 王明": an office before the name
const OFFICE = /^(?:[\u4e00-\u9fff]{0,6}(?:长|书记|主任|常委|委员|主席|秘书长|调研员))+/;

const OFFICE_ONLY = /^[\u4e00-\u9fff]{0,6}(?:长|书记|主任|常委|委员|主席|秘书长|调研员)$/;

function isPersonName(part: string): boolean {
  const bare = part.replace(TRAILING_NOTE, '');
  const name = bare.length > 3 ? bare.replace(OFFICE, '') : bare;
  return name.length >= 2 && name.length <= 3 && HAN.test(name) && SURNAME.has(name[0]!) && !UNIT_END.test(name);
}

const LIST_SEPARATOR = /[、，,；;\s]/;
const OPENING = /[（(〈<]/;
const CLOSING = /[）)〉>]/;

/** The parts of a list split at its separators outside brackets: "各县（市、区）人民政府" is one part. */
function listParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    const char = text[at];
    if (char !== undefined && OPENING.test(char)) depth++;
    else if (char !== undefined && CLOSING.test(char)) depth = Math.max(0, depth - 1);
    else if (char === undefined || (depth === 0 && LIST_SEPARATOR.test(char))) {
      if (at > start) parts.push(text.slice(start, at));
      start = at + 1;
    }
  }
  return parts;
}

// "各县（市、区）党委和人民政府，城乡一体化示范区、高": a list whose last name a line's end or the
// text's end cut; the names before it are whole
const CUT_NAME = /^[\u4e00-\u9fff]{1,3}$/;

function isUnitList(parts: string[]): boolean {
  if (parts.length === 0) return false;
  const whole = parts.length >= 2 && CUT_NAME.test(parts[parts.length - 1]!) ? parts.slice(0, -1) : parts;
  return whole.every(isUnitName);
}

/**
 * "陆 明俞 悦", "孙  立   何丽丽": names whose characters a layout put apart by spaces, run together;
 * the compact text reads as two or three names of two or three characters, each after a surname.
 */
function isNameRun(compact: string): boolean {
  const reachable = [true];
  for (let end = 2; end <= compact.length; end++) {
    reachable[end] = [2, 3].some((size) => end >= size && reachable[end - size] === true && isPersonName(compact.slice(end - size, end)));
  }
  return compact.length >= 4 && compact.length <= 9 && reachable[compact.length] === true;
}

// "俞 悦", "陆 明俞 悦": a two-character name padded by a space to the width of three, as official
// lists write them, once or run together with the next
const PADDED_NAMES = /^(?:[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]){1,4}$/;

// "区政府有关部门，各乡镇人民政府、街道办事处。", "区投资促进中心。": a cell of units closed by a full stop;
// a lone name only when it opens like an office's ("区…", "各…"), since "建设文化馆。" is a task
const LEVEL_OPEN = /^(?:各|有关|相关|[省市县区州镇乡旗盟]|自治)/;

function unitListParts(compact: string): string[] {
  const parts = listParts(compact);
  const last = parts[parts.length - 1];
  if (!last || !/[^。．.]。$/.test(last)) return parts;
  const stopped = [...parts.slice(0, -1), last.slice(0, -1)];
  return stopped.length >= 2 || LEVEL_OPEN.test(stopped[0]!) ? stopped : parts;
}

const isDeadline = (compact: string): boolean =>
  (compact.length > 0 && compact.length <= 24 && STRONG_TIME.test(compact) && compact.replace(TIME_WORD, '').length <= 2) || DOTTED_SPAN.test(compact);

/** The names of a cell that is not a time limit: one to four persons, padded or run together. */
function isPersons(compact: string, spaced: string): boolean {
  // "周 斐", "汪  峰": a name with spaces between its characters is one name
  const nameParts = /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,2}$/.test(spaced) ? [compact] : listParts(spaced).filter((part) => !OFFICE_ONLY.test(part));
  const names = nameParts.length > 0 && nameParts.length <= 4 && nameParts.every(isPersonName);
  return names || PADDED_NAMES.test(spaced) || (/\s/.test(spaced) && HAN.test(compact) && isNameRun(compact));
}

/** cellShape(text).person alone: responsibility asks it of every name it reads, and needs no other shape. */
export function isPersonCell(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return !isDeadline(compact) && isPersons(compact, text.trim());
}

export function cellShape(text: string): CellShape {
  const compact = text.replace(/\s+/g, '');
  const spaced = text.trim();
  const parts = unitListParts(compact);
  const deadline = isDeadline(compact);
  return {
    serial: SERIAL.test(compact),
    deadline,
    bareYears: BARE_YEARS.test(compact),
    person: !deadline && isPersons(compact, spaced),
    unit: !deadline && isUnitList(parts),
    short: compact.length > 0 && compact.length <= 12 && !/[。；，,;！？]/.test(compact),
    closed: /[。；;！？]$/.test(compact),
    length: compact.length,
  };
}
