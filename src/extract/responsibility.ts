// Responsible units (责任单位): who leads (牵头) and who supports, from the note that usually ends
// an item ("（牵头单位：A 责任单位：B、C，各县<市>人民政府）"), a labelled line inside the body
// ("责任单位：县发展和改革局、县财政局"), or a table's 责任单位 cell. Names are split on 、，,；;
// and kept whole; an omitted prefix is inherited where a 、-list clearly shares it
// ("自治州发展和改革委员会、卫生健康委" → 自治州卫生健康委).
import type { Responsibility } from '../schema/contract.js';
import { positionAt, type LocatedText } from '../text/located.js';

type Role = 'lead' | 'support';

// Labels, longest first; an unlabelled list is support (the contract: "unmarked lists").
const ROLE_LABELS: ReadonlyArray<{ label: string; role: Role; example: string }> = [
  { label: '牵头责任单位', role: 'lead', example: '（牵头责任单位：市卫生健康委）' },
  { label: '牵头单位', role: 'lead', example: '（牵头单位：自治州卫生健康委 责任单位：各县<市>人民政府）' },
  { label: '牵头部门', role: 'lead', example: '（牵头部门：市医保局；配合部门：市财政局）' },
  { label: '主责单位', role: 'lead', example: '（主责单位：县卫生健康局）' },
  { label: '主办单位', role: 'lead', example: '（主办单位：市卫健委）' },
  { label: '牵头', role: 'lead', example: '（牵头：市卫健委；配合：市财政局）' },
  { label: '责任单位', role: 'support', example: '（责任单位：省卫生健康委、省委组织部、省委编办，各市县人民政府）' },
  { label: '责任部门', role: 'support', example: '（责任部门：市卫健委、市委编办、市发改委）' },
  { label: '配合单位', role: 'support', example: '牵头单位：县卫生健康局 配合单位：县财政局' },
  { label: '配合部门', role: 'support', example: '（配合部门：市财政局）' },
  { label: '协办单位', role: 'support', example: '（协办单位：市财政局）' },
  { label: '参与单位', role: 'support', example: '（参与单位：各县区人民政府）' },
  { label: '协同单位', role: 'support', example: '（协同单位：市医保局）' },
  { label: '责任主体', role: 'support', example: '（责任主体：各县区人民政府）' },
  { label: '实施单位', role: 'support', example: '（实施单位：各公立医院）' },
  { label: '承办单位', role: 'support', example: '（承办单位：市卫健委）' },
  { label: '协作单位', role: 'support', example: '牵头责任单位：县卫健委 主要协作单位：各乡镇人民政府' },
  { label: '协作部门', role: 'support', example: '（协作部门：市民政局）' },
  { label: '配合', role: 'support', example: '（牵头：市卫健委；配合：市财政局）' },
];

// "责 任部门:" — labels survive a stray space and either colon width; "主要协作单位：" qualifies one
const LABEL = new RegExp(
  `(?:主要)?(${ROLE_LABELS.map(({ label }) => [...label].join('\\s*')).join('|')})\\s*[：:]`,
  'g',
);
const roleOf = (label: string): Role => ROLE_LABELS.find((row) => row.label === label.replace(/\s+/g, ''))?.role ?? 'support';

// "B、C按照职责分工负责", "县委宣传部按照职责负责", "…等": what follows a list, not a name
const DUTY_TAIL = /(?:(?:按照|按|根据|依据)?(?:各自)?职责(?:分工)?(?:分别)?(?:负责|落实|抓好落实)?|(?:分别|共同|配合|协助)?负责|配合|参与|落实)$/;
const NAME_TAIL = /(?:等(?:相关|有关)?(?:部门|单位)?|[。．.，,、；;\s])+$/;
const NAME_HEAD = /^(?:[、，,；;\s]|由|和|及|以及)+/;
// What organisation names end with; a list of such names is a note even without a label
// "各有关单位", "相关部门" close a list as well as a named office does
const ORG_END = /(?:局|委|委员会|办|办公室|部|厅|府|院|会|室|中心|公司|队|所|组|处|站|团|联|协|署|监狱|分局|行|社|馆|科|司|单位|部门|机构)$/;
// "（含中医医院）", "（不含药品、耗材…收入）": asides that merely look like names
const NOT_A_NOTE_START = /^(?:含|不含|包括|包含|下同|以下|试行|暂行|草案|如|例如|即|简称)/;

interface Note {
  /** the note as written, without its brackets */
  raw: string;
  /** offset of raw in the source text */
  at: number;
}

/**
 * Bracketed groups at nesting depth 1: "（牵头单位：…，各县（市）人民政府）" is one group. A bracket
 * left open at a full stop ("（朔办字〔2020〕19号〕文件精神，…。") is a typo and is dropped there;
 * a line break does not end a note ("（责任单位：\n市卫生健康委、市发展改革委）").
 */
function bracketGroups(text: string): Array<{ start: number; end: number }> {
  const groups: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '。') depth = 0;
    else if (char === '（' || char === '(') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if ((char === '）' || char === ')') && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i });
    }
  }
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

const OPENERS = '（(<〈';
const CLOSERS = '）)>〉';

/** Splits on `separators` outside brackets: "各县（市、区）人民政府" stays one name. */
function splitOutside(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char) && depth > 0) depth--;
    else if (depth === 0 && separators.test(char)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

// "各区、县级市", "各县、市、区人民政府": after 各, a bare level word continues one collective name
const PLACE_HEAD = /^各(?:县|区|市|乡|镇|旗|乡镇|街道|县区|县市|市县)$/;
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

function isListOfNames(raw: string): boolean {
  const runs = splitOutside(raw.replace(/\s+/g, '').replace(DUTY_TAIL, ''), /[，,；;]/);
  const names = runs.flatMap((run) => mergePlaceLists(splitOutside(run, /、/))).filter(Boolean);
  return names.length > 0 && names.every((name) => name.length >= 2 && name.length <= 30 && ORG_END.test(name.replace(NAME_TAIL, '')));
}

// "…按职责分工负责，2022年6月底前完成": a time clause after the units belongs to the deadline
const TRAILING_TIME = /[，,；;][^，,；;]*\d[^，,；;]*(?:年|月|日|底|前|完成)[^，,；;]*$/;
// "省卫生健康委牵头，省医保局配合": roles given by verbs after the names
const LEAD_VERB = /(?:牵头|主抓|主责)(?:负责|实施|落实)?$/;
// "…，各地级以上市人民政府结合实际落实": a local government carrying a task out is support too
const SUPPORT_VERB = /(?:配合|参与|协助|协同|配合实施|共同推进|具体落实|具体负责|组织实施|结合实际(?:抓好)?落实)$/;
// "…按照职责分工负责", "…分工负责": the duty phrase that closes a run of names
const DUTY_END = /职责(?:分工)?(?:分别)?(?:负责|落实)$|分工负责$/;

/** A comma run with its closing role verb or duty phrase removed: "省科技厅按职责分工负责" → "省科技厅". */
const withoutRole = (run: string): string => run.replace(LEAD_VERB, '').replace(SUPPORT_VERB, '').replace(DUTY_TAIL, '');

function isNote(raw: string, atEnd: boolean): boolean {
  const compact = raw.replace(/\s+/g, '');
  if (compact === '' || NOT_A_NOTE_START.test(compact)) return false;
  LABEL.lastIndex = 0;
  if (LABEL.test(raw)) return true;
  if (/\d/.test(compact.replace(TRAILING_TIME, ''))) return false;
  const names = compact.replace(TRAILING_TIME, '');
  const runs = splitOutside(names, /[，,；;]/);
  // "（省发展改革委牵头，省工业和信息化厅按职责分工负责）", "（A、B按职责分工负责，各市人民政府结合实际
  // 落实）", "（A牵头，B，C、D按职责分工负责）": once a run is closed by a role, every run must be units
  if (runs.some((run) => LEAD_VERB.test(run) || SUPPORT_VERB.test(run) || DUTY_END.test(run))) {
    return runs.every((run) => isListOfNames(withoutRole(run)));
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

function cleanName(name: string): string {
  let cleaned = name;
  for (let round = 0; round < 3; round++) cleaned = cleaned.replace(NAME_HEAD, '').replace(NAME_TAIL, '').replace(DUTY_TAIL, '');
  return cleaned;
}

// "完成时限：2023年12月" after a semicolon is another field, not a unit
const isName = (name: string): boolean => name.length >= 2 && !/[\d：:]/.test(name);

/** "A、B，C" → names; a comma starts a new run, so a prefix is never carried across it. */
function namesOf(segment: string): string[] {
  return splitOutside(segment, /[，,；;]/).flatMap((run) =>
    inheritPrefixes(mergePlaceLists(splitOutside(run, /、/).map(cleanName)).filter(isName)),
  );
}

// A space between two whole names separates them ("县卫生健康局 县财政局"); inside a name it is
// a wrap ("市 发改委").
function tidySpaces(raw: string): string {
  return raw.replace(/\s+/g, (space, offset: number) => {
    const before = raw[offset - 1] ?? '';
    const after = raw.slice(offset + space.length, offset + space.length + 2);
    return /[局委办部厅府院会室心司队所组处站团联协署狱行社馆科]/.test(before) && /^(?:各|省|市|县|区|州|自治|团|中共)/.test(after) ? '、' : '';
  });
}

/** "A、B牵头，C、D配合": each comma run takes its role from its closing verb. */
function rolesByVerb(head: string, lead: string[], support: string[]): void {
  for (const run of splitOutside(head, /[，,；;]/)) {
    const compact = run.trim();
    if (LEAD_VERB.test(compact)) lead.push(...namesOf(compact.replace(LEAD_VERB, '')));
    else support.push(...namesOf(compact.replace(SUPPORT_VERB, '')));
  }
}

function parseNote(raw: string): { lead: string[]; support: string[] } {
  const text = tidySpaces(raw).replace(TRAILING_TIME, '');
  const lead: string[] = [];
  const support: string[] = [];
  const labels = [...text.matchAll(LABEL)];
  const head = text.slice(0, labels[0]?.index ?? text.length);
  rolesByVerb(head, lead, support);
  labels.forEach((label, index) => {
    const body = text.slice(label.index + label[0].length, labels[index + 1]?.index ?? text.length);
    if (roleOf(label[1]!) === 'support') return support.push(...namesOf(body));
    // "牵头单位：A；B、C按照职责分工负责": after the semicolon come the supporting units
    const split = body.search(/[；;]/);
    lead.push(...namesOf(split < 0 ? body : body.slice(0, split)));
    if (split >= 0) support.push(...namesOf(body.slice(split + 1)));
  });
  return { lead, support };
}

// A labelled field that is not about units ends a labelled line: "责任单位：县卫生健康局 完成时限：…"
const OTHER_FIELD = /完成时限|完成时间|时间节点|时限要求/;

/** Labelled lines outside brackets: "责任单位：县发展和改革局、县财政局". */
function labelledLines(text: string, groups: Array<{ start: number; end: number }>): Note[] {
  const notes: Note[] = [];
  LABEL.lastIndex = 0;
  let reached = 0;
  for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
    const at = match.index;
    const opens = at === 0 || /[\n。；;\s]/.test(text[at - 1]!);
    if (at < reached || !opens || inGroup(groups, at)) continue;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const other = text.slice(at, end).search(OTHER_FIELD);
    if (other > 0) end = at + other;
    const raw = text.slice(at, end).replace(/[。\s]+$/, '');
    notes.push({ raw, at });
    reached = end;
    LABEL.lastIndex = end;
  }
  return notes;
}

// "由市卫健委牵头，市医保局、市财政局配合，各区县政府具体落实。": a sentence that assigns roles
const ROLE_SENTENCE = /(?:^|[。\n])\s*(由?)([^，。；\n]{2,60}?牵头(?:负责)?[，,][^。；\n]{2,160})(?=[。\n]|$)/g;

/** Unbracketed sentences whose every run is units plus a role verb. */
function roleSentences(text: string, groups: Array<{ start: number; end: number }>): Note[] {
  const notes: Note[] = [];
  for (const match of text.matchAll(ROLE_SENTENCE)) {
    const raw = match[2]!;
    const at = match.index! + match[0].length - raw.length;
    if (inGroup(groups, at)) continue;
    const runs = splitOutside(raw, /[，,]/).map(withoutRole);
    if (runs.every((run) => isListOfNames(run))) notes.push({ raw, at });
  }
  return notes;
}

/** The responsibility notes of an item body, in text order. */
export function findNotes(text: string): Note[] {
  const groups = bracketGroups(text);
  const bracketed = groups
    .map((group) => ({ raw: text.slice(group.start, group.end), at: group.start, end: group.end }))
    .filter((note) => isNote(note.raw, /^[）)\s。；;.]*$/.test(text.slice(note.end + 1))));
  return [...bracketed, ...labelledLines(text, groups), ...roleSentences(text, groups)].sort((a, b) => a.at - b.at);
}

/** [start, end) of each note in a body, so the other grammars do not read numbers inside them. */
export function noteRanges(text: string): Array<[number, number]> {
  return findNotes(text).map((note) => [note.at, note.at + note.raw.length]);
}

const unique = (names: string[]): string[] => [...new Set(names)];

/**
 * Units from the body's notes and the table cell, merged. An item normally carries one note; when
 * a body holds several (an outline item whose sub-tasks each end with a note), every unit named
 * is responsible for part of the item, so all of them are kept.
 */
export function extractResponsibility(body: LocatedText, unitsField?: LocatedText | null): Responsibility {
  const sources: Array<{ note: Note; from: LocatedText }> = findNotes(body.text).map((note) => ({ note, from: body }));
  if (unitsField && unitsField.text.trim() !== '') {
    const at = unitsField.text.search(/\S/);
    sources.push({ note: { raw: unitsField.text.trim(), at: Math.max(0, at) }, from: unitsField });
  }
  if (sources.length === 0) return { lead: [], support: [], units: [], raw: null, line: null };
  const lead: string[] = [];
  const support: string[] = [];
  for (const { note } of sources) {
    const parsed = parseNote(note.raw);
    lead.push(...parsed.lead);
    support.push(...parsed.support);
  }
  const leads = unique(lead);
  const supports = unique(support).filter((name) => !leads.includes(name));
  const first = sources[0]!;
  return {
    lead: leads,
    support: supports,
    units: [...leads, ...supports],
    raw: sources.map(({ note }) => note.raw).join('；'),
    line: positionAt(first.from, first.note.at).line,
  };
}
