// Responsible units (责任单位): who leads (牵头) and who supports, from the note that usually ends
// an item ("（牵头单位：A 责任单位：B、C，各县<市>人民政府）"), a labelled line inside the body
// ("责任单位：县发展和改革局、县财政局"), or a table's 责任单位 cell. Names are split on 、，,；;
// and kept whole; an omitted prefix is inherited where a 、-list clearly shares it
// ("自治州发展和改革委员会、卫生健康委" → 自治州卫生健康委).
import type { Responsibility } from '../schema/contract.js';
import { isPersonCell } from '../text/cell-shape.js';
import { charTest } from '../text/char-class.js';
import { mayMatchText } from './grammar.js';
import { positionAt, spanIn, type LocatedText } from '../text/located.js';

type Role = 'lead' | 'support';

// Labels, longest first; an unlabelled list is support (the contract: "unmarked lists").
const ROLE_LABELS: ReadonlyArray<{ label: string; role: Role; example: string }> = [
  { label: '牵头责任单位', role: 'lead', example: '（牵头责任单位：市卫生健康委）' },
  { label: '牵头责任部门', role: 'lead', example: '（牵头责任部门：市发展改革委）' },
  { label: '牵头单位', role: 'lead', example: '（牵头单位：自治州卫生健康委 责任单位：各县<市>人民政府）' },
  // "主要责任单位要…带头推进，…主动对接其他责任单位": the main unit leads the others
  { label: '主要责任单位', role: 'lead', example: '主要责任单位：县发改局 其他责任单位：县财政局' },
  { label: '主要责任部门', role: 'lead', example: '（主要责任部门：市商务局；其他责任部门：市财政局）' },
  { label: '牵头部门', role: 'lead', example: '（牵头部门：市医保局；配合部门：市财政局）' },
  { label: '牵头科室', role: 'lead', example: '（牵头科室：医政科；配合科室：财务科）' },
  { label: '牵头股室', role: 'lead', example: '牵头股室：文化宣传股' },
  { label: '牵头处室', role: 'lead', example: '（牵头处室：规划处）' },
  { label: '牵头机构', role: 'lead', example: '（牵头机构：市疾控中心）' },
  { label: '主责单位', role: 'lead', example: '（主责单位：县卫生健康局）' },
  { label: '主责部门', role: 'lead', example: '（主责部门：区市场监管局）' },
  { label: '主办单位', role: 'lead', example: '（主办单位：市卫健委）' },
  { label: '牵头', role: 'lead', example: '（牵头：市卫健委；配合：市财政局）' },
  { label: '其他责任单位', role: 'support', example: '主要责任单位：县发改局 其他责任单位：县财政局' },
  { label: '其他责任部门', role: 'support', example: '（主要责任部门：市商务局；其他责任部门：市财政局）' },
  { label: '责任单位', role: 'support', example: '（责任单位：省卫生健康委、省委组织部、省委编办，各市县人民政府）' },
  { label: '责任部门', role: 'support', example: '（责任部门：市卫健委、市委编办、市发改委）' },
  { label: '责任科室', role: 'support', example: '（责任科室：医政医管科、财务科）' },
  { label: '责任股室', role: 'support', example: '责任股室：文化宣传股、文化馆' },
  { label: '责任处室', role: 'support', example: '（责任处室：规划处、财务处）' },
  { label: '责任部室', role: 'support', example: '（责任部室：综合部）' },
  { label: '责任主体', role: 'support', example: '（责任主体：各县区人民政府）' },
  { label: '实施主体', role: 'support', example: '（实施主体：各乡镇人民政府）' },
  { label: '落实主体', role: 'support', example: '（落实主体：各街道办事处）' },
  { label: '部门分工', role: 'support', example: '部门分工：省发展改革委牵头，省财政厅配合' },
  { label: '配合单位', role: 'support', example: '牵头单位：县卫生健康局 配合单位：县财政局' },
  { label: '配合部门', role: 'support', example: '（配合部门：市财政局）' },
  { label: '配合科室', role: 'support', example: '（配合科室：财务科）' },
  { label: '协办单位', role: 'support', example: '（协办单位：市财政局）' },
  { label: '协办部门', role: 'support', example: '（协办部门：市财政局）' },
  { label: '参与单位', role: 'support', example: '（参与单位：各县区人民政府）' },
  { label: '参与部门', role: 'support', example: '（参与部门：市民政局）' },
  { label: '协同单位', role: 'support', example: '（协同单位：市医保局）' },
  { label: '协同部门', role: 'support', example: '（协同部门：市医保局）' },
  { label: '实施单位', role: 'support', example: '（实施单位：各公立医院）' },
  { label: '实施部门', role: 'support', example: '（实施部门：区住建局）' },
  // "（承办单位：市卫健委；协办单位：市医保局）": who undertakes the task against who assists (承办 vs 协办)
  { label: '承办单位', role: 'lead', example: '（承办单位：市卫健委；协办单位：市医保局）' },
  { label: '承办部门', role: 'lead', example: '（承办部门：区住建局；协办部门：区财政局）' },
  { label: '协作单位', role: 'support', example: '牵头责任单位：县卫健委 主要协作单位：各乡镇人民政府' },
  { label: '协作部门', role: 'support', example: '（协作部门：市民政局）' },
  { label: '配合', role: 'support', example: '（牵头：市卫健委；配合：市财政局）' },
  { label: '主办', role: 'lead', example: '（主办：县发改局；协办：县财政局）' },
  { label: '主责', role: 'lead', example: '（主责：县发改局；协同：县财政局）' },
  { label: '协办', role: 'support', example: '（主办：县发改局；协办：县财政局）' },
  { label: '协同', role: 'support', example: '（主责：县发改局；协同：县财政局）' },
];

// The rest of the label family: a role word before an office word ("主要责任处室", "协同部门", "落实单位",
// "配合股室"); the rows above are the forms seen, with their examples
const LEAD_WORDS = ['牵头责任', '主要责任', '牵头', '主责', '主办', '承办'];
const SUPPORT_WORDS = ['其他责任', '协同配合', '责任', '负责', '配合', '协办', '协助', '参与', '参加', '协同', '协作', '实施', '落实'];
const OFFICE_WORDS = ['单位', '部门', '科室', '股室', '处室', '部室', '机构'];
const COMPOSED_LABELS = [
  ...LEAD_WORDS.flatMap((word) => OFFICE_WORDS.map((office) => ({ label: word + office, role: 'lead' as Role }))),
  ...SUPPORT_WORDS.flatMap((word) => OFFICE_WORDS.map((office) => ({ label: word + office, role: 'support' as Role }))),
].filter(({ label }) => !ROLE_LABELS.some((row) => row.label === label));
// longest first, so that "牵头责任单位" is not read as "牵头" + "责任单位"
const ALL_LABELS = [...ROLE_LABELS, ...COMPOSED_LABELS].sort((a, b) => b.label.length - a.label.length);

// Labels over persons, not units: "（责任领导：张三 责任单位：区发改局）", "分管县领导：…", "责任人：…"
const PERSON_LABEL = '(?:责任|分管|分线|联系|牵头|领办|包保|包联|挂点|挂钩|领衔|督办|协调|主管|协管)(?:[省市县区州镇乡])?领导|[省市县区州]领导|(?:第一|直接|具体|主要)?责任人|负责人|联系人';

// "责 任部门:" — labels survive a stray space and either colon width; "主要协作单位：" qualifies one
// "牵头单位及责任人：县发改局 张三": a unit label that names the person beside the unit is still one
const WITH_PERSON = '(?:\\s*及\\s*(?:其)?(?:主要)?(?:责任人|负责人|联系人|责任领导))?';
const LABEL_WORDS = `(?:主要(?!责任))?(?:(${ALL_LABELS.map(({ label }) => [...label].join('\\s*')).join('|')})${WITH_PERSON}|(${PERSON_LABEL}))`;
const LABEL = new RegExp(`${LABEL_WORDS}\\s*[：:]`, 'g');
// "【牵头单位】市发改委【责任单位】市财政局": a label in brackets instead of before a colon
const BRACKETED_LABEL = new RegExp(`[【〔[［]\\s*${LABEL_WORDS}\\s*[】〕\\]］]\\s*[：:]?`, 'g');

/** "【责任单位】" → "  责任单位：", the same length, so every offset still points into the source. */
const unbracketLabels = (text: string): string =>
  text.replace(BRACKETED_LABEL, (written, unit?: string, person?: string) => {
    const label = (unit ?? person)!.replace(/\s+/g, '');
    return `${' '.repeat(written.length - label.length - 1)}${label}：`;
  });
const roleOf = (label: string): Role => ALL_LABELS.find((row) => row.label === label.replace(/\s+/g, ''))?.role ?? 'support';

// "B、C按照职责分工负责", "县委宣传部按照职责负责", "…等": what follows a list, not a name
// the duty phrase takes whatever verb an office closes it with: "按职责分工推进", "按照职责分工抓好落实",
// "按职责分工实施" (a copy that swapped words for synonyms keeps the shape: "按职责分工卖力")
const DUTY_TAIL = /(?:(?:按照|按|根据|依据)?(?:各自)?职责(?:分工)?(?:分别)?[\u4e00-\u9fff]{0,4}|(?:分别|共同|配合|协助)?负责|配合|参与|落实)$/;
const NAME_TAIL = /(?:等(?:相关|有关)?(?:部门|单位)?|[。．.，,、；;\s])+$/;
const NAME_HEAD = /^(?:[、，,；;\s]|由|和|及|以及)+/;
// What organisation names end with; a list of such names is a note even without a label
// "各有关单位", "相关部门" close a list as well as a named office does
const ORG_END = /(?:局|委|委员会|办|办公室|部|厅|府|院|会|室|中心|公司|队|所|组|处|站|团|联|协|署|监狱|分局|行|社|馆|科|股|司|单位|部门|机构|街道|乡镇|镇街)$/;
// "各镇（街道）", "各县市区", "各街道（功能区）": collective names of places are units too
// "各州、市人民政府", "各盟市": prefectures (州, 盟) are places too
const COLLECTIVE = /^各[\u4e00-\u9fa5]{0,4}(?:县|区|市|州|盟|乡|镇|旗|村|社区|园区|街道|乡镇|镇街)$/;
const isUnitName = (name: string): boolean => {
  const bare = name.replace(/[（(][^（()）]*[）)]$/, '');
  return ORG_END.test(bare) || COLLECTIVE.test(bare);
};
// Officials and persons are never units: "分管副省长、协管副秘书长负责", "县领导", "局长", "副县长张三"
const PERSON_END = /(?:长|主任|书记|主席|领导|负责人|负责同志|同志|委员|专员|总监|经理|调研员|巡视员)$/;
const PERSON_START = /^(?:常务)?副?(?:[省市县区州旗乡镇]长|秘书长|主任|书记)/;
const isPerson = (name: string): boolean => PERSON_END.test(name) || (PERSON_START.test(name) && !isUnitName(name));
// "（含中医医院）", "（不含药品、耗材…收入）": asides that merely look like names
const NOT_A_NOTE_START = /^(?:含|不含|包括|包含|下同|以下|试行|暂行|草案|如|例如|即|简称)/;

export interface Note {
  /** the note as written, without its brackets */
  raw: string;
  /** offset of raw in the source text */
  at: number;
  /** roles already read by the grammar that found the note (a 由-clause in running text) */
  roles?: { lead: string[]; support: string[] };
}

// Every bracket a note is written in: "（…）", "(…)", "〔省文物局、省文化和旅游厅牵头，…〕",
// "[责任单位：老街办、区招商服务中心]", "【牵头单位：…】"
const OPENERS = '（(〔【[［〖<〈';
const CLOSERS = '）)〕】]］〗>〉';
const NOTE_OPENERS = '（(〔【[［〖';
const NOTE_CLOSERS = '）)〕】]］〗';
// The same signs as a table by char code: bracketGroups and splitOutside look at every character of
// an item, and a string search per character cost a third of a 10 MB run's time.
const OPENS = 1;
const CLOSES = 2;
const NOTE_OPENS = 4;
const NOTE_CLOSES = 8;
const FULL_STOP = 16;
const SIGNS = new Uint8Array(0x10000);
for (const [signs, bit] of [[OPENERS, OPENS], [CLOSERS, CLOSES], [NOTE_OPENERS, NOTE_OPENS], [NOTE_CLOSERS, NOTE_CLOSES], ['。', FULL_STOP]] as const) {
  for (const sign of signs) SIGNS[sign.charCodeAt(0)]! |= bit;
}

interface Group {
  start: number;
  end: number;
  /** left open at the end of the text: a list cut off ("（…省发展改革委牵头，省工业和信息化厅、省") */
  cut: boolean;
}

/**
 * Bracketed groups at nesting depth 1: "（牵头单位：…，各县（市）人民政府）" is one group. A bracket
 * left open at a full stop ("（朔办字〔2020〕19号〕文件精神，…。") is a typo and is dropped there;
 * a line break does not end a note ("（责任单位：\n市卫生健康委、市发展改革委）"). One still open at
 * the end of the text is a note cut off with it.
 */
function bracketGroups(text: string): Group[] {
  const groups: Group[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const sign = SIGNS[text.charCodeAt(i)]!;
    if (sign === 0) continue;
    if (sign & FULL_STOP) depth = 0;
    else if (sign & NOTE_OPENS) {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (sign & NOTE_CLOSES && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i, cut: false });
    }
  }
  if (depth > 0) groups.push({ start, end: text.length, cut: true });
  return groups;
}

/** Whether `at` lies in one of the groups (disjoint, in text order): a binary search, since an item of
 * one enormous line has a group per sentence and a label in each. */
function inGroup(groups: Array<{ start: number; end: number }>, at: number): boolean {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const group = groups[lo];
  return group !== undefined && at >= group.start && at < group.end;
}

/** Splits on `separators` outside brackets: "各县（市、区）人民政府" stays one name. */
function splitOutside(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  const isSeparator = charTest(separators);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const sign = SIGNS[code]!;
    if (sign & OPENS) depth++;
    else if (sign & CLOSES && depth > 0) depth--;
    else if (depth === 0 && isSeparator(code)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

// "各区、县级市", "各县、市、区人民政府", "各乡、镇人民政府": after 各, a bare level word continues one
// collective name. It decides only whether a run reads as names (kindOf); the names themselves are
// split at every 、 as written (GOLD-SPEC's separator rule; real2 README decision 5)
const PLACE_HEAD = /^各(?:县|区|市|州|盟|乡|镇|旗|乡镇|街道|县区|县市|市县)$/;
const PLACE_REST = /^(?:县级市|县|区|市|乡|镇|旗|乡镇|街道|县区|市区|开发区|管委会)(?:人民政府|政府)?$/;

/** Joins the 、-parts of one collective place list back together: "各区、县级市" is one unit. */
function mergePlaceLists(parts: string[]): string[] {
  const merged: string[] = [];
  let open = false;
  for (const part of parts) {
    const last = merged.length - 1;
    if (open && last >= 0 && PLACE_REST.test(part.trim())) {
      merged[last] = `${merged[last]}、${part}`;
      open = !/政府$/.test(part);
      continue;
    }
    merged.push(part);
    open = PLACE_HEAD.test(part.trim());
  }
  return merged;
}

type RunKind = 'units' | 'persons' | null;

/** What a run of names is: units (persons among them dropped), persons only, or not a list of names. */
function kindOf(raw: string): RunKind {
  const runs = splitOutside(raw.replace(/\s+/g, '').replace(DUTY_TAIL, '').replace(/会同/g, '、'), /[，,；;]/);
  const names = runs
    .flatMap((run) => mergePlaceLists(splitOutside(run, /、/)))
    .map((name) => name.replace(NAME_TAIL, '').replace(LEAD_MARK, ''))
    .filter(Boolean);
  if (names.length === 0 || !names.every((name) => name.length >= 2 && name.length <= 30)) return null;
  let persons = 0;
  for (const name of names) {
    if (isPerson(name)) persons++;
    // "各县、市", "各州、市" (merged above): the places as one collective name
    else if (!isUnitName(name.replace(/、/g, ''))) return null;
  }
  return persons === names.length ? 'persons' : 'units';
}

const isListOfNames = (raw: string): boolean => kindOf(raw) === 'units';

// "…按职责分工负责，2022年6月底前完成": a time clause after the units belongs to the deadline
// "（县发改局负责，长期坚持）", "（市民政局牵头，年内完成）", "…，二〇二五年底前完成": a time written
// without an arabic digit closes a note too
const TRAILING_TIME =
  /[，,；;](?:[^，,；;]*[\d〇零][^，,；;]*(?:年|月|日|底|前|完成)[^，,；;]*|(?:长期坚持|长期推进|持续推进|持续开展|持续实施|常态化(?:开展|推进|实施)|长期|持续|年内完成|年底前完成|按时完成|今年(?:底前?|内)完成)[^，,；;]{0,6})$/;
// "省卫生健康委牵头，省医保局配合": roles given by verbs after the names
// "市卫健委为牵头单位，市财政局为配合单位": the role named after 为
// "牵头负责", "牵头推进", "牵头组织", "牵头抓总": inside a note, 牵头 and whatever verb it is written
// with; not "牵头单位". Running text is read with the usual verbs only (SENTENCE_LEAD_VERB).
// "共同牵头", "联合牵头"; "（县发改局统筹，各乡镇负责）": 统筹 leads in a note too
const LEAD_VERB = /(?:(?:共同|联合)?牵头|主抓|主责)(?:(?!单位|部门|领导|科室|股室|处室)[\u4e00-\u9fff]{2})?$|统筹$|为牵头(?:单位|部门)$/;
const SENTENCE_LEAD_VERB = /(?:牵头|主抓|主责)(?:负责|实施|落实)?$|为牵头(?:单位|部门)$/;
// "…，各地级以上市人民政府结合实际落实": a local government carrying a task out is support too
// "各县区人民政府抓好落实", "各乡镇具体实施", "各地组织落实": those who carry a task out support it
const SUPPORT_VERB = /(?:配合|参与|协助|协同|协办|配合实施|共同推进|(?:具体|组织|抓好|负责|分别|认真)(?:落实|实施)|具体负责|结合实际(?:抓好)?(?:落实|实施))$|为(?:责任|配合|参与|协作|协办)(?:单位|部门)$/;
// "由A承办，B、C协办", "A负责，B配合": a unit that undertakes or is responsible leads when another
// run is written as assisting it; alone ("【县文化和旅游局负责】") it marks no lead
const PAIRED_LEAD_VERB = /(?:分别|共同)?(?:负责|负总责|承办|主办)$/;
const ASSIST_VERB = /(?:配合|协办|协助|协同|参与)(?:实施|推进|落实)?$/;
// "…按照职责分工负责", "…分工负责": the duty phrase that closes a run of names
// "…按各自职责推进落实", "…按职责做好工作": what follows the duty is a verb of two to four characters
const DUTY_END = /职责(?:分工)?(?:分别)?[\u4e00-\u9fff]{2,4}$|职责分工$|分工负责$/;

/** A comma run with its closing role verb or duty phrase removed: "省科技厅按职责分工负责" → "省科技厅". */
const withoutRole = (run: string): string => run.replace(LEAD_VERB, '').replace(SUPPORT_VERB, '').replace(DUTY_TAIL, '').replace(PAIRED_LEAD_VERB, '');

// every label ends with a colon: a text without one has none (4 in 10 items of a plan)
const hasColon = (text: string): boolean => text.includes('：') || text.includes(':');

// isNote's own copy of LABEL: it stops at the first unit label, and shares no lastIndex with the others
const LABEL_SEARCH = new RegExp(LABEL.source, 'g');

/** Whether some label in `text` is a unit's (not only a person's); every label ends with a colon. */
function hasUnitLabel(text: string): boolean {
  if (!hasColon(text)) return false;
  LABEL_SEARCH.lastIndex = 0;
  for (let label = LABEL_SEARCH.exec(text); label; label = LABEL_SEARCH.exec(text)) {
    if (label[1] !== undefined) return true;
  }
  return false;
}

function isNote(raw: string, atEnd: boolean): boolean {
  const compact = raw.replace(/\s+/g, '');
  if (compact === '' || NOT_A_NOTE_START.test(compact)) return false;
  // a unit label makes a note; "（各单位主要负责人：…）", "（责任领导：张三）" name persons only
  if (hasUnitLabel(raw)) return true;
  const names = compact.replace(TRAILING_TIME, '');
  if (/\d/.test(names)) return false;
  const runs = splitOutside(names, /[，,；;]/);
  // "（省发展改革委牵头，省工业和信息化厅按职责分工负责）", "（A、B按职责分工负责，各市人民政府结合实际
  // 落实）", "（A牵头，B，C、D按职责分工负责）": once a run is closed by a role, every run must be units
  // "（分管副省长、协管副秘书长负责，省发展改革委牵头，…）": officials named beside the units are left out
  // "（县发改局负责，各乡镇人民政府落实）": closing its item, a run that answers for the task makes a note too
  const answers = (run: string): boolean => atEnd && PAIRED_LEAD_VERB.test(run);
  if (runs.some((run) => LEAD_VERB.test(run) || SUPPORT_VERB.test(run) || DUTY_END.test(run) || isAssisted(runs, run) || answers(run))) {
    const kinds = runs.map((run) => kindOf(withoutRole(run)));
    // "（政府统筹）", "（部门负责）": a bare two-character word alone is prose, not a unit's name
    const named = runs.some((run) => namesOf(withoutRole(run)).some((name) => name.length >= 3));
    return kinds.every((kind) => kind !== null) && kinds.includes('units') && named;
  }
  // "（市卫生健康委、市财政局）" closing an item
  return atEnd && isListOfNames(names);
}

// Administrative prefixes a unit name starts with: "县", "自治州", "克孜勒苏柯尔克孜自治州", "海口市"
const LEVEL = '(?:自治区|自治州|自治县|自治旗|特别行政区|省|市(?!场)|州|县|区|旗|盟)';
const BARE_PREFIX = new RegExp(`^${LEVEL}`);
const NAMED_PREFIX = new RegExp(`^[\\u4e00-\\u9fa5]{2,8}?${LEVEL}`);
// "各县<市>人民政府", "团县委", "中共…": names that stand on their own
const SELF_STANDING = /^(?:各|全|团|中共|中国|国家|国务院)/;
// A name without a prefix inherits one only when it starts like a government department
const DEPARTMENT_STEM =
  /^(?:发展|发改|卫生|卫健|卫计|财政|教育|教体|教科|科学|科技|医疗|医保|市场|人力|人社|工业|工信|经信|商务|民政|公安|司法|自然|规划|国土|生态|环境|环保|住房|住建|城乡|城市|城管|交通|农业|农村|农牧|水利|水务|文化|文旅|文广|广电|旅游|体育|应急|审计|统计|税务|退役|林业|林草|乡村|数据|大数据|机关|国资|国有|政务|行政|信访|网信|编办|机构编制|组织部|宣传部|统战部|政法委|外事|民族|民宗|宗教|残联|妇联|总工会|工会|团委|红十字|科协|药监|药品|中医|疾控|疾病|气象|消防|粮食|能源|供销|金融|人防|综合执法|营商|医改|纪委|监委|老龄|侨务|档案|人民政府|政府|银保监)/;
// "市委组织部、宣传部" → 市委宣传部: party departments inherit the committee, not just the place
const PARTY_DEPARTMENT = /^(?:组织部|宣传部|统战部|政法委|编办|网信办|政研室|党校)/;

function prefixOf(name: string): string | null {
  if (SELF_STANDING.test(name)) return null;
  return BARE_PREFIX.exec(name)?.[0] ?? NAMED_PREFIX.exec(name)?.[0] ?? null;
}

function needsPrefix(name: string): boolean {
  if (SELF_STANDING.test(name) || prefixOf(name) !== null) return false;
  return DEPARTMENT_STEM.test(name) || (name.length <= 5 && /[局委办厅]$/.test(name));
}

/** One 、-run: "自治州教育局、科学技术局、医疗保障局" → each with 自治州. */
function inheritPrefixes(names: string[]): string[] {
  let source: string | null = null;
  return names.map((name) => {
    const own = prefixOf(name);
    if (own !== null) {
      source = name;
      return name;
    }
    if (!source || !needsPrefix(name)) return name;
    const prefix = prefixOf(source)!;
    const committee = new RegExp(`^${prefix}(?:党)?委`).exec(source)?.[0];
    return (committee && PARTY_DEPARTMENT.test(name) ? committee : prefix) + name;
  });
}

// "市税务局（列第一位者为工作牵头单位或汇总单位，下同）": a remark closing a list is no part of its
// last name; a bracket that names places or an alias stays ("各县（市、区）", "市安委办（工作专班办公室）")
const REMARK = /下同|为|者|[，,；;：:]/;

function withoutRemark(name: string): string {
  if (!/[）)]$/.test(name)) return name;
  const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  if (open <= 0 || LEAD_MARK.test(name)) return name;
  return REMARK.test(name.slice(open + 1, -1)) ? name.slice(0, open) : name;
}

function cleanName(name: string): string {
  let cleaned = withoutRemark(name.trim());
  for (let round = 0; round < 3; round++) cleaned = cleaned.replace(NAME_HEAD, '').replace(NAME_TAIL, '').replace(DUTY_TAIL, '');
  return cleaned;
}

// "完成时限：2023年12月" after a semicolon is another field, not a unit; an official is not one either
const isName = (name: string): boolean => name.length >= 2 && !/[\d：:]/.test(name) && !isPerson(name);

// "市卫健委（牵头）、市财政局": a bracketed 牵头 after a name marks the lead
const LEAD_MARK = /[（(〔【[]\s*牵头(?:单位|部门)?\s*[）)〕】\]]$/;

/** "A、B，C" → names; a comma starts a new run, so a prefix is never carried across it. */
function namesOf(segment: string): string[] {
  return splitOutside(segment, /[，,；;]/).flatMap((run) =>
    inheritPrefixes(
      splitOutside(run, /、/)
        .map((name) => withoutPersonAside(cleanName(name)))
        .filter((name) => isName(name) && !isPersonWord(name)),
    ),
  );
}

// A space between two whole names separates them ("县卫生健康局 县财政局"); inside a name it is
// a wrap ("市 发改委"). A cell's line break after a whole name separates too ("区发改局\n区财政局").
// "县发改局 王明", "王明 县财政局": a person's name beside a unit, parted by a space, is a name of its own
function isPersonWord(word: string | undefined): boolean {
  // the unit test first: most words are units, and the person test is the dearer one
  return word !== undefined && !isUnitName(word) && isPersonCell(word);
}

function tidySpaces(raw: string): string {
  return raw.replace(/\s+/g, (space, offset: number) => {
    const before = raw[offset - 1] ?? '';
    const after = raw.slice(offset + space.length, offset + space.length + 2);
    const named = /[局委办部厅府院会室心司队所组处站团联协署狱行社馆科股道镇]/.test(before);
    if (named && (space.includes('\n') || /^(?:各|省|市|县|区|州|自治|团|中共)/.test(after))) return '、';
    const previous = /[^\s、，,；;：:]+$/.exec(raw.slice(0, offset))?.[0];
    const next = /^[^\s、，,；;：:]+/.exec(raw.slice(offset + space.length))?.[0];
    // "财政局 住建局 城管局": a whole name after a whole name is another unit, not a wrap; not a label
    // ("…卫生健康委 责任单位：…", read as a label already)
    const field = /^[：:]/.test(raw.slice(offset + space.length + (next?.length ?? 0)));
    const whole = named && next !== undefined && next.length >= 3 && !field && isUnitName(next) && !isPerson(next);
    return whole || (named && isPersonWord(next)) || (isPersonWord(previous) && next !== undefined && isUnitName(next)) ? '、' : '';
  });
}

// "县发改局（王明）", "区住建局(副区长 李强)": the person answering for the unit is no part of its name
const ASIDE = /[（(]([^（()）]{2,12})[）)]$/;

function withoutPersonAside(name: string): string {
  const aside = ASIDE.exec(name);
  return aside && isPersonCell(aside[1]!) ? name.slice(0, aside.index) : name;
}

const stripRole = (run: string): string => run.trim().replace(LEAD_VERB, '').replace(SUPPORT_VERB, '').replace(PAIRED_LEAD_VERB, '');

/** "A负责" or "A承办" beside a run that assists ("B配合", "C协办"); not a duty phrase ("按职责分工负责"). */
function isAssisted(runs: string[], run: string): boolean {
  const own = run.trim();
  // "各乡镇具体负责" carries the task out: it supports
  return PAIRED_LEAD_VERB.test(own) && !DUTY_END.test(own) && !SUPPORT_VERB.test(own) && runs.some((other) => ASSIST_VERB.test(other.trim()));
}

/** Whether a comma run leads: closed by 牵头, or by 负责/承办 beside an assisting run. */
const leadsRun = (runs: string[], run: string): boolean => LEAD_VERB.test(run.trim()) || isAssisted(runs, run);

/**
 * Inside a note, a unit that answers for the task leads unless another run is written as leading:
 * "（省商务厅负责）", "（省发改委、农委、统计局分别负责）", "（市卫健委负责，市财政局按职责分工负责）";
 * not "（市卫健委牵头，各县区政府负责）", and never the duty phrase ("按职责分工负责").
 */
function answersInNote(runs: string[], run: string): boolean {
  const own = run.trim();
  return PAIRED_LEAD_VERB.test(own) && !DUTY_END.test(own) && !runs.some((other) => LEAD_VERB.test(other.trim()));
}

const JOINED = /^(.+?)会同(.+)$/;

/** "A、B牵头，C、D配合", "由A承办，B、C协办": each comma run takes its role from its closing verb. */
function rolesByVerb(head: string, lead: string[], support: string[]): void {
  const runs = splitOutside(head, /[，,；;]/);
  for (const run of runs) {
    const leads = leadsRun(runs, run) || answersInNote(runs, run);
    // "县发改局会同县财政局负责": the unit before 会同 takes the run's role, the ones it works with support
    const bare = stripRole(run);
    const joined = JOINED.exec(bare);
    (leads ? lead : support).push(...namesOf(joined ? joined[1]! : bare));
    if (joined) support.push(...namesOf(joined[2]!));
  }
}

/**
 * A lead label's body: "牵头单位：A；B、C按照职责分工负责" — after the semicolon come the supporting
 * units; "牵头单位：A，B、C按职责分工负责" — a later comma run closed by a duty phrase supports too.
 */
function leadBody(body: string, lead: string[], support: string[]): void {
  const split = body.search(/[；;]/);
  const runs = splitOutside(split < 0 ? body : body.slice(0, split), /[，,]/);
  runs.forEach((run, index) => {
    const supports = index > 0 && (SUPPORT_VERB.test(run.trim()) || DUTY_END.test(run.trim()));
    (supports ? support : lead).push(...namesOf(stripRole(run)));
  });
  if (split >= 0) rolesByVerb(body.slice(split + 1), lead, support);
}

function parseNote(raw: string): { lead: string[]; support: string[] } {
  const text = tidySpaces(raw).replace(TRAILING_TIME, '');
  const lead: string[] = [];
  const support: string[] = [];
  const labels = hasColon(text) ? [...text.matchAll(LABEL)] : [];
  // "（根据工作需要，牵头单位：A）": before a label only runs of names are units
  const head = text.slice(0, labels[0]?.index ?? text.length);
  const headRuns = labels.length ? splitOutside(head, /[，,；;]/).filter((run) => kindOf(withoutRole(run)) !== null) : [head];
  rolesByVerb(headRuns.join('，'), lead, support);
  labels.forEach((label, index) => {
    // "责任领导：张三": a person's field names nobody responsible as a unit
    if (label[1] === undefined) return;
    const body = text.slice(label.index + label[0].length, labels[index + 1]?.index ?? text.length);
    // "牵头单位：已完成。数据采集…": a table's report slid into its unit column
    if (isReport(body)) return;
    // "责任单位：市发改委牵头，市财政局配合", "部门分工：A牵头，B参与": verbs inside a label's body decide
    const bodyRuns = splitOutside(body, /[，,；;]/);
    if (bodyRuns.some((run) => leadsRun(bodyRuns, run))) return rolesByVerb(body, lead, support);
    if (roleOf(label[1]) === 'support') return support.push(...namesOf(body));
    leadBody(body, lead, support);
  });
  // "责任单位：市卫健委（牵头）、市财政局"
  const marked = support.filter((name) => LEAD_MARK.test(name));
  return {
    lead: [...lead, ...marked].map((name) => name.replace(LEAD_MARK, '')),
    support: support.filter((name) => !LEAD_MARK.test(name)),
  };
}

// A labelled field that is not about units ends a labelled line: "责任单位：县卫生健康局 完成时限：…"
// "完成期限：", "办结时限：", "时间要求：", "完成时间节点：": the same field under other offices' names
const OTHER_FIELD = /完成时限|完成时间|时间节点|时限要求|完成期限|办结时限|办结期限|时间要求/;

/** Labelled lines outside brackets: "责任单位：县发展和改革局、县财政局". */
function labelledLines(text: string, groups: Group[]): Note[] {
  const notes: Note[] = [];
  if (!hasColon(text)) return notes;
  LABEL.lastIndex = 0;
  let reached = 0;
  for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
    const at = match.index;
    // "…推进园区建设，责任单位：区发改局。": a label opens a clause as well as a line
    // "〔责任单位:A、B按职责分工负责。具体任务均涉及…〕": a bracket that a full stop broke opens it too
    const opens = at === 0 || /[\n。；;，,\s]/.test(text[at - 1]!) || NOTE_OPENERS.includes(text[at - 1]!);
    if (at < reached || !opens || inGroup(groups, at)) continue;
    // the list ends with its line or its sentence; "责任单位：\n区发改局、区财政局" goes on to the next line
    const bodyStart = at + match[0].length;
    const from = /^[ \t\u3000]*\n/.test(text.slice(bodyStart, bodyStart + 8)) ? text.indexOf('\n', bodyStart) + 1 : bodyStart;
    let end = from;
    while (end < text.length && text[end] !== '\n' && text[end] !== '。') end++;
    const other = text.slice(at, end).search(OTHER_FIELD);
    if (other > 0) end = at + other;
    const raw = text.slice(at, end).replace(/[。\s]+$/, '');
    notes.push({ raw, at });
    reached = end;
    LABEL.lastIndex = end;
  }
  return notes;
}

// Where a sentence that assigns roles may start: "由市卫健委牵头，…" after a stop, a line break, a
// semicolon or a colon ("主要措施：由A负责，B配合，…")
const SENTENCE_HEAD = /(?:^|[。\n；;：:])[ \t\u3000]*由?/g;
const SENTENCE_END = charTest(/[。\n；;：:]/);
// a run with these is prose, not a list of names: "建立由市政府牵头", "市场主体的"
const PROSE_IN_RUN = /[的由将]/;

/**
 * The runs of names a sentence opens with, up to the last one closed by a role ("由A负责，B、C配合，
 * 加快…建设" → "A负责，B、C配合"), or null when the sentence does not assign roles: every run must be
 * names, and the runs must mark a lead (牵头, or 负责/承办 beside an assisting run) and a support; a
 * sentence made only of names and roles may also mark just its lead ("由A牵头，B、C。").
 */
// a sentence without one of these words assigns no role: read no further
const ROLE_WORDS = /牵头|主抓|主责|负责|承办|主办|配合|协办|协助|协同|参与|落实|实施|推进|职责|为(?:责任|配合|参与|协作|协办)/;

// a run closed by its role; alone in a sentence it may also lead ("区司法局牵头；…", "区税务局负责。")
const closesAlone = (run: string): boolean => DUTY_END.test(run) || SUPPORT_VERB.test(run) || SENTENCE_LEAD_VERB.test(run) || PAIRED_LEAD_VERB.test(run);

function roleRuns(sentence: string): string | null {
  if (!ROLE_WORDS.test(sentence)) return null;
  // a sentence without a comma is one run, read only when its role closes it
  if (!sentence.includes('，') && !sentence.includes(',') && !closesAlone(sentence.trim())) return null;
  const runs = splitOutside(sentence, /[，,]/);
  const names: string[] = [];
  for (const run of runs) {
    const bare = withoutRole(run.trim());
    if (PROSE_IN_RUN.test(bare) || kindOf(bare) === null || !splitOutside(bare, /、/).every((name) => cleanName(name).length >= 3)) break;
    names.push(run);
  }
  const whole = names.length === runs.length;
  while (!whole && names.length > 0 && !closesAlone(names[names.length - 1]!.trim())) names.pop();
  // "县财政局、县农业农村局按职责分工负责。", "各乡镇具体实施。": a sentence that is one run of names and
  // the duty they carry out names units that support
  const single = names[0]?.trim() ?? '';
  if (whole && names.length === 1 && closesAlone(single) && kindOf(withoutRole(single)) === 'units') return names[0]!;
  if (names.length < 2 || !names.some((run) => kindOf(withoutRole(run.trim())) === 'units')) return null;
  const leads = names.some((run) => SENTENCE_LEAD_VERB.test(run.trim()) || isAssisted(names, run));
  const supports = names.some((run) => SUPPORT_VERB.test(run.trim()) || DUTY_END.test(run.trim()));
  const ledWhole = whole && names.some((run) => SENTENCE_LEAD_VERB.test(run.trim()));
  return (leads && supports) || ledWhole ? names.join('，') : null;
}

/** Unbracketed sentences that open with units and their roles ("由市卫健委牵头，市医保局配合，…"). */
function roleSentences(text: string, groups: Group[]): Note[] {
  const notes: Note[] = [];
  for (const match of text.matchAll(SENTENCE_HEAD)) {
    const at = match.index + match[0].length;
    // "。（A、B牵头；C配合）": a bracket opening the sentence is a note of its own (bracketGroups)
    if (inGroup(groups, at) || at >= text.length || (SIGNS[text.charCodeAt(at)]! & NOTE_OPENS && inGroup(groups, at + 1))) continue;
    // sentences are disjoint, so walking each to its end reads the text once
    let end = at;
    while (end < text.length && end - at < 400 && !SENTENCE_END(text.charCodeAt(end))) end++;
    const raw = roleRuns(text.slice(at, end));
    // the runs were split on one comma each, so raw's length is their written length
    if (raw !== null) notes.push({ raw: text.slice(at, at + raw.length), at });
  }
  return notes;
}

// "由A会同B开展…", "由A联合B…", "由A牵头，会同B…": the unit 由 names leads and the units it works with
// support, whatever verb follows in running text; "由A牵头，2025年底前完成", "由A负责，做好…": A alone leads
const BY_HEAD = /^([^，,。；;：:\n由]{3,60}?)(?:(?:牵头|负责)[，,]?)?(?:会同|联合|协同)/;
// alone, the role closes its clause: not "由市卫健委牵头建立联席会议机制", "由地级市公立医院牵头组建医疗集团"
const BY_ALONE = /^([^，,。；;：:\n由]{3,60}?)(?:牵头|负责)(?=[，,。；;]|$)/;
// verbs that end the name a 会同-list closes with ("市住建局开展…"), so "县民政局建立救助站" is not one name
const CLAUSE_VERB = /开展|建立|制定|推进|实施|研究|完善|加强|落实|负责|出台|做好|指导|督促|编制|提出|牵头|共同|抓好|明确|印发|部署|健全|推动|启动|评估|核查|检查|组织(?!部)|等/;
const CLAUSE_VERB_START = new RegExp(`^(?:${CLAUSE_VERB.source})`);
// "会同有关部门": a generic word, not a unit
const GENERIC_UNIT = /^(?:有关|相关|其他)(?:部门|单位)$/;
const isClauseUnits = (run: string): boolean =>
  !PROSE_IN_RUN.test(run) && kindOf(run) === 'units' && splitOutside(run, /、/).every((name) => cleanName(name).length >= 3);

/** The 、-list a 会同 opens, up to the verb after its last name: "中央农办、农业部等部门研究…" → its length. */
function clauseUnitsLength(rest: string): number {
  const end = rest.search(/[，,。；;：:\n]/);
  const segment = end < 0 ? rest.slice(0, 200) : rest.slice(0, end);
  let at = 0;
  let length = 0;
  for (const part of splitOutside(segment, /、/)) {
    // the longest name a known verb follows ("县委组织部开展…", not "县委"), else the shortest name
    // ("州自然资源局摸排…", not "州自然资源局摸排组")
    let best = 0;
    for (let cut = 2; cut <= Math.min(part.length, 25); cut++) {
      const name = part.slice(0, cut);
      if (CLAUSE_VERB.test(name)) break;
      if (!isUnitName(name)) continue;
      if (best === 0 || cut === part.length || CLAUSE_VERB_START.test(part.slice(cut))) best = cut;
    }
    if (best === 0) break;
    length = at + best;
    if (best < part.length) break;
    at += part.length + 1;
  }
  return length;
}

/** Running-text clauses that open with 由 and a unit: "…的问题，由发展改革委会同农业部等部门研究提出落实意见". */
function byUnitClauses(text: string, groups: Group[]): Note[] {
  const notes: Note[] = [];
  for (let at = text.indexOf('由'); at >= 0; at = text.indexOf('由', at + 1)) {
    const before = at > 0 ? text[at - 1]! : '\n';
    if (!/[。\n；;：:，,\s]/.test(before) || inGroup(groups, at)) continue;
    const rest = text.slice(at + 1, at + 300);
    const joined = BY_HEAD.exec(rest);
    // alone, the clause opens its sentence: not "探索在主城区，由市人民医院牵头，其他医院为成员，组建…"
    const head = joined ?? (/[，,]/.test(before) ? null : BY_ALONE.exec(rest));
    if (!head || !isClauseUnits(head[1]!)) continue;
    const lead = namesOf(head[1]!);
    let length = head[0].length;
    const support: string[] = [];
    if (joined) {
      const listed = clauseUnitsLength(rest.slice(length));
      if (listed === 0) continue;
      support.push(...namesOf(rest.slice(length, length + listed)).filter((name) => !GENERIC_UNIT.test(name)));
      length += listed;
    }
    if (lead.length === 0) continue;
    notes.push({ raw: text.slice(at, at + 1 + length), at, roles: { lead, support } });
  }
  return [...notes, ...jointClauses(text, groups)];
}

// where a clause starts: after a stop, a line break, a semicolon, a colon or a comma
const CLAUSE_START = /[。\n；;：:，,]/;

/**
 * "市教育局职成处会同市人社局、市工信局推进…", "…，县发改局会同县财政局制定…": a clause that opens with
 * units and 会同 reads as one that 由 opens (those clauses are read by the loop above).
 */
function jointClauses(text: string, groups: Group[]): Note[] {
  const notes: Note[] = [];
  for (let at = text.indexOf('会同'); at >= 0; at = text.indexOf('会同', at + 2)) {
    let start = at;
    while (start > 0 && at - start <= 60 && !CLAUSE_START.test(text[start - 1]!)) start--;
    while (/\s/.test(text[start] ?? '')) start++;
    const head = text.slice(start, at);
    if (text[start] === '由' || inGroup(groups, start) || head.length < 3 || at - start > 60 || !isClauseUnits(head)) continue;
    const listed = clauseUnitsLength(text.slice(at + 2, at + 300));
    const lead = namesOf(head);
    if (listed === 0 || lead.length === 0) continue;
    const support = namesOf(text.slice(at + 2, at + 2 + listed)).filter((name) => !GENERIC_UNIT.test(name));
    notes.push({ raw: text.slice(start, at + 2 + listed), at: start, roles: { lead, support } });
  }
  return notes;
}

const DANGLING_LABEL = new RegExp(`(?:${LABEL.source})$`);

/**
 * "（…省发展改革委牵头，省工业和信息化厅、省" cut off with the text: the names written out are kept,
 * a last fragment ("省", "区政") only when it reads as a whole unit name.
 */
function withoutCutFragment(raw: string): string {
  const last = Math.max(...[...'、，,；;：:\n '].map((sign) => raw.lastIndexOf(sign)));
  const fragment = cleanName(raw.slice(last + 1).trim());
  if (fragment === '' || isUnitName(fragment)) return raw;
  // "…；责任单位：区政" → "…": a label left with nothing after it goes with the fragment
  return raw.slice(0, last + 1).replace(DANGLING_LABEL, '').replace(/[、，,；;\s]+$/, '');
}

// What may follow a note that closes its item: closing brackets, stops, spaces
const AFTER_NOTE = new RegExp(`^[${NOTE_CLOSERS.replace(']', '\\]')}\\s。；;.]*$`);

/** The responsibility notes of an item body, in text order. */
export function findNotes(written: string): Note[] {
  const text = unbracketLabels(written);
  const groups = bracketGroups(text);
  const bracketed = groups
    .map((group) => {
      const written = text.slice(group.start, group.end);
      return { raw: group.cut ? withoutCutFragment(written) : written, at: group.start, end: group.end, cut: group.cut };
    })
    .filter((note) => isNote(note.raw, note.cut || AFTER_NOTE.test(text.slice(note.end + 1))))
    .map(({ raw, at }) => ({ raw, at }));
  const labelled = labelledLines(text, groups);
  // "协同部门：各乡镇（街道）": a bracket inside a labelled list is part of a name, no note of its own
  const own = bracketed.filter((note) => !labelled.some((line) => line.at < note.at && note.at < line.at + line.raw.length));
  const notes = [...own, ...labelled, ...roleSentences(text, groups)];
  // a 由-clause that a role sentence has read already ("由A负责，B配合") is not read twice
  const clauses = byUnitClauses(text, groups).filter(
    (clause) => !notes.some((note) => note.at < clause.at + clause.raw.length && clause.at < note.at + note.raw.length),
  );
  return [...notes, ...clauses].sort((a, b) => a.at - b.at);
}

/**
 * [start, end) of the units in each note of a body, so the other grammars do not read numbers
 * inside them; a time field or clause the note closes with ("；完成时限：2023年12月", "，2022年6月底
 * 前完成") stays readable as the item's deadline. Sorted by start (view.ts insideSpans).
 */
export function noteRanges(text: string, notes: readonly Note[] = findNotes(text)): Array<[number, number]> {
  return notes.map((note) => {
    const field = note.raw.search(OTHER_FIELD);
    const time = note.raw.search(TRAILING_TIME);
    const ends = [field, time].filter((end) => end > 0);
    return [note.at, note.at + (ends.length ? Math.min(...ends) : note.raw.length)];
  });
}

/**
 * "(责任单位:市直各有关单位、各县(市、区)人民政府)" on a line of its own: a paragraph that is one
 * bracketed responsibility note and nothing else.
 */
export function isStandaloneNote(text: string): boolean {
  const trimmed = text.trim().replace(/[。；;]$/, '');
  const groups = bracketGroups(trimmed);
  if (groups.length !== 1 || groups[0]!.cut || groups[0]!.start !== 1 || groups[0]!.end !== trimmed.length - 1) return false;
  return isNote(trimmed.slice(1, -1), true);
}

// What a note a title may close with says about roles: a bare list of names stays in the title
const ROLE_WORD = /单位|部门|科室|股室|处室|主体|负责|牵头|配合|参与/;

/**
 * The title without the responsibility note that closes it: "加强专科建设（牵头单位：县卫健局）",
 * "地区生产总值增长6%左右〔责任单位：区发改局〕" → the task alone.
 */
export function withoutClosingNote(title: string): string {
  const text = title.trimEnd();
  const last = bracketGroups(text).at(-1);
  if (!last || last.cut || last.end !== text.length - 1) return title;
  const raw = text.slice(last.start, last.end);
  if (!ROLE_WORD.test(raw) || !isNote(raw, true)) return title;
  return text.slice(0, last.start - 1).trimEnd() || title;
}

// "排在首位的为牵头单位", "列第一位的为牵头部门", "第一个单位为牵头单位", "排名第一的为牵头单位",
// "牵头单位排在首位": a plan that says so marks the first unit of every list as its lead
// "排在前面的为牵头部门", "排在第一的为主要责任单位" too
const FIRST_PLACE = '(?:(?:排|列|放|位)(?:在|于|列)?|排名|排序|名列)?(?:首位|第一位?|最前面?)|(?:排|列)(?:在|于)?前面|(?:第一|首)(?:个|家)';
const FIRST_LISTED_LEADS = new RegExp(
  [
    // "（列第一位者为工作牵头单位或汇总单位，下同）"
    `(?:${FIRST_PLACE})(?:的|者)?(?:责任)?(?:单位|部门)?均?(?:为|是|系|作为)(?:工作|总|主要)?(?:牵头|主办|主责|主要责任)(?:责任)?(?:单位|部门)`,
    `(?:${FIRST_PLACE})的(?:责任)?(?:单位|部门)(?:负责)?牵头(?!领导|人)`,
    '(?:牵头|主责)(?:责任)?(?:单位|部门)均?(?:排|列|放)(?:在|于)?(?:首位|第一位?|最前面?)',
  ].join('|'),
);

/** True when a text states that the first unit listed is the lead (a plan-wide reading rule). */
export function statesFirstListedLead(text: string): boolean {
  return FIRST_LISTED_LEADS.test(text);
}

const unique = (names: string[]): string[] => [...new Set(names)];

// A rule sentence in a note that names units of this and every following task, instead of repeating
// them: "具体任务均涉及相关市(州)人民政府,不再做分工,下同", "各县（市、区）人民政府均为责任单位，以下不再列出"
const NOT_AGAIN = '(?:(?:以下|下文)?(?:均)?不再(?:做|作|一一|单独|重复)?(?:分工|列出|列举|注明|标注)|(?:以下|下文|下)同)';
const CARRIED_RULES: ReadonlyArray<{ pattern: RegExp; example: string }> = [
  {
    pattern: new RegExp(`(?:均涉及|都涉及|均需|均由|均包括)([^。；;]{2,60}?)(?:[，,]${NOT_AGAIN})+`),
    example: '具体任务均涉及相关市(州)人民政府,不再做分工,下同',
  },
  {
    pattern: new RegExp(`(?:^|[，,。；;：:（(〔【])([^。；;：:，,]{2,40}?)均为(?:责任|配合|参与|实施)?(?:单位|部门|主体)(?:[，,]${NOT_AGAIN})+`),
    example: '各县（市、区）人民政府均为责任单位，以下不再列出',
  },
];

/** The units a rule sentence of `text` gives to this and every following task; [] when none. */
export function carriedUnitsOf(text: string): string[] {
  for (const { pattern } of CARRIED_RULES) {
    // asked of every item: "均为" (or the words of the other row) is looked up before the pattern runs
    if (!mayMatchText(pattern, text)) continue;
    const names = pattern.exec(text)?.[1]?.replace(/^[（(〔【]+/, '');
    if (names && kindOf(names) === 'units') return namesOf(names);
  }
  return [];
}

// A report slid into the units column of a table whose unit cells are merged ("已完成。 数据采集只到市级，
// 本月已完成…", "正在推进。已完成选址"): a cell of sentences (it goes on after a full stop) that names
// no unit is prose; a labelled cell ("牵头单位：A。配合单位：B") or names ("A。B") stay. A cell of a bare
// status ("已完成", "正在推进", "序时推进", "未开工") is a report too.
const STATUS = /^(?:已|正在|未|尚未|基本|按时|按期|按序时|序时|超序时|滞后|推进中|进行中)/;

function isReport(text: string): boolean {
  const parts = splitOutside(text, /[。、，,；;\s]/).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0 || parts.some((part) => isUnitName(withoutRole(part)))) return false;
  const stop = text.indexOf('。');
  return (stop >= 0 && text.slice(stop + 1).trim() !== '') || parts.every((part) => STATUS.test(part));
}

const isReportCell = (cell: string): boolean => !hasUnitLabel(cell) && isReport(cell);

export interface ResponsibilityOptions {
  /** the plan says the first unit of each list leads ("排在首位的为牵头单位") */
  firstListedLeads?: boolean;
  /** units an earlier rule sentence gives to every task that names its own ("…均涉及X，不再做分工，下同") */
  carried?: readonly string[];
  /** findNotes(body.text), when the caller has found them already */
  notes?: readonly Note[];
}

/**
 * Units from the body's notes and the table cell, merged. An item normally carries one note; when
 * a body holds several (an outline item whose sub-tasks each end with a note), every unit named
 * is responsible for part of the item, so all of them are kept. A note that names no unit (only
 * "责任领导：张三") is left out.
 */
export function extractResponsibility(
  body: LocatedText,
  unitsField?: LocatedText | null,
  options: ResponsibilityOptions = {},
): Responsibility {
  const sources: Array<{ note: Note; from: LocatedText }> = (options.notes ?? findNotes(body.text)).map((note) => ({ note, from: body }));
  if (unitsField && unitsField.text.trim() !== '' && !isReportCell(unitsField.text)) {
    const at = unitsField.text.search(/\S/);
    sources.push({ note: { raw: unbracketLabels(unitsField.text).trim(), at: Math.max(0, at) }, from: unitsField });
  }
  const lead: string[] = [];
  const support: string[] = [];
  const used: typeof sources = [];
  for (const source of sources) {
    const parsed = source.note.roles ? { lead: [...source.note.roles.lead], support: [...source.note.roles.support] } : parseNote(source.note.raw);
    if (parsed.lead.length + parsed.support.length === 0) continue;
    used.push(source);
    // a list with no lead marked, in a plan whose first-listed unit leads
    if (options.firstListedLeads && parsed.lead.length === 0) parsed.lead.push(parsed.support.shift()!);
    lead.push(...parsed.lead);
    support.push(...parsed.support);
  }
  if (used.length === 0) return { lead: [], support: [], units: [], raw: null, line: null, span: null };
  support.push(...(options.carried ?? []));
  const leads = unique(lead);
  const supports = unique(support).filter((name) => !leads.includes(name));
  const first = used[0]!;
  return {
    lead: leads,
    support: supports,
    units: [...leads, ...supports],
    raw: used.map(({ note }) => note.raw).join('；'),
    line: positionAt(first.from, first.note.at).line,
    // the first note raw holds (several are joined by "；")
    span: spanIn(first.from, first.note.at, first.note.at + first.note.raw.length),
  };
}
