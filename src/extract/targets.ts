// Targets (量化指标): a number the plan commits to reach, hold, build or not exceed. Quantities
// come from quantities.ts; this file reads their context — the comparator words before and after,
// the verb that commits to a count, the subject (metric), the sentence's deadline, 力争 — from
// word tables. "分别达到50%、70%" pairs each value with its own subject ("三级、二级公立医院…").
import type { Diagnostic, Target } from '../schema/contract.js';
import { hitsWithin, lastWord, scan, type Hit } from './grammar.js';
import { QUANTITY_RULES, type Quantity } from './quantities.js';
import type { DeadlineHit } from './deadlines.js';
import { REPORT_OPENER, isDoneValue, soFarDoneOpening } from './reports.js';
import {
  CLAUSE_STOPS, SENTENCE_STOPS, characterSpanOf, insideSpans, isShielded, placeAt, shieldAt, spanOf, stretchEnd, stretchStart, type ItemView,
} from './view.js';

type Comparator = Target['comparator'];
type Role = 'compare' | 'reach' | 'change' | 'hold' | 'build' | 'push';

interface LeadWord {
  word: string;
  comparator: Comparator;
  role: Role;
  /** a count in Chinese numerals after it is a named concept, not a number ("实现六个共同体建设") */
  digitsOnly?: boolean;
  /** a verb only right before its count: elsewhere it is part of a noun ("创业担保贷款", "辅导员") */
  adjacentOnly?: boolean;
}

// A change by an amount with no word stating a comparator is "=" (the spec's decisions): "地区生产总值
// 增长7%", "万元GDP能耗下降2.5%", "县域内就诊率提高5个百分点"; "增长8%以上" takes its trail word,
// and "提高…至70%" / "降低…到30%" name a level (see isLevelOfChange).
const RISE_WORDS = ['提高', '提升', '增长', '上升'];
// verbs that count people only ("组织10个部门" is no target)
const PEOPLE_VERBS = ['推荐', '组织', '动员', '输送', '选送'];
const PEOPLE_UNIT = /^(?:万|亿)?(?:人|名|人次|位)$/;
const FALL_WORDS = ['降低', '下降', '减少', '缩短', '压减'];

// Words before a number, read right to left (the one ending nearest the number wins; at the same
// end the longest, so "不低于" beats "低于").
const LEAD_WORDS: readonly LeadWord[] = [
  ...['不低于', '不少于', '至少', '最少', '不小于', '不下于', '≥', '≧', '>='].map((word) => ({ word, comparator: '>=' as const, role: 'compare' as const })),
  // "门诊报销比=50%", "达标率＝100%": an equals sign after a name states the value (a formula is no target, see isRunningNumber)
  ...['=', '＝'].map((word) => ({ word, comparator: '=' as const, role: 'compare' as const })),
  // "最高不得超过…的5倍", "原则上不高于…的3倍", "物耗成本降至50%以下", "PM2.5浓度≤35微克/立方米"
  ...['不超过', '不高于', '不得超过', '不得高于', '不大于', '最多', '低于', '控制在', '控制到', '降至', '降到', '降低到',
    '降低至', '下降到', '下降至', '减少到', '减少至', '压缩到', '压缩至', '以内', '≤', '≦', '<='].map((word) => ({ word, comparator: '<=' as const, role: 'compare' as const })),
  ...[...RISE_WORDS, ...FALL_WORDS].map((word) => ({ word, comparator: '=' as const, role: 'change' as const })),
  ...['超过', '高于', '大于', '多于', '突破', '>'].map((word) => ({ word, comparator: '>' as const, role: 'compare' as const })),
  ...['<'].map((word) => ({ word, comparator: '<' as const, role: 'compare' as const })),
  ...['约', '大约', '大概'].map((word) => ({ word, comparator: '~' as const, role: 'compare' as const })),
  // "达20%以上", "提高到94%以上", "达到100%": reaching a level is >=
  ...['达到', '达', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增至', '增长到', '增长至', '上升到', '上升至', '扩大到', '扩大至', '扩展到', '扩展至',
    '延长到', '延长至']
    .map((word) => ({ word, comparator: '>=' as const, role: 'reach' as const })),
  // "无害化处理率保持100%" as well (a hold counts only right before its value)
  ...['保持在', '稳定在', '维持在', '保持', '为'].map((word) => ({ word, comparator: '=' as const, role: 'hold' as const })),
  // "新建1个省级临床重点专科", "建成产科单间60间", "设置1名首席院感专家"
  ...['新建', '建成', '建设', '设置', '设立', '培养', '培育', '遴选', '评选', '选拔', '招聘', '招收', '引进', '新增', '增加',
    '创建', '争创', '打造', '组建', '建立', '配备', '开设', '新开展', '攻关', '扶持', '认定', '改造', '建有', '选派', '创成',
    // "评选资助200名", "重点培训15万名", "筹建50家企业研发中心", "招引1—2家龙头企业", "重点支持300名"
    '资助', '培训', '筹建', '招引', '支持',
    // a build whose kinds stand in a bracket: "新（改、扩）建公办园5所", "改（扩）建农村公路30公里"
    '新（改、扩）建', '新（改扩）建', '新（扩）建', '新（改）建', '改（扩）建']
    .map((word) => ({ word, comparator: '=' as const, role: 'build' as const })),
  // beyond health: "开通5G基站25万个", "全年举办大型文旅活动3场次", "全年接待游客140万人次", "带动就业
  // 1万人", "新开工项目30个", "淘汰落后产能100万吨"; digits only ("实现六个共同体建设", "开展三项行动"
  // name concepts); not 组织, 整治, 治理, 签约, 开发, 转移, as often part of a noun ("组织领导", "专项整治
  // 行动", "签约率", "开发区", "转移支付")
  ...['开通', '完成', '举办', '举行', '开展', '接待', '实现', '带动', '吸引', '吸纳', '新开工', '开工', '竣工',
    '谋划', '储备', '推出', '淘汰', '改建', '扩建', '新改建', '提供', '投入', '种植', '植树', '筛查', '安置',
    // a count after its verb and noun: "新辟公交线路10条，优化调整20条", "新投放公共自行车3000辆",
    // "新增安装300套…设备", "铺设污水管网50公里", "推广杂交稻旱种50万亩", "力争减轻企业各类负担200亿元"
    '新辟', '开辟', '新开', '调整', '投放', '安装', '铺设', '购置', '修建', '新修', '推广', '减轻', '节约',
    // "新签约亿元以上项目20个", "新落地项目15个", "新招商项目10个": 新 makes 签约 a verb (not "签约率")
    '新签约', '新签', '新落地', '新招商',
    // "打通断头路12条", "失业人员再就业1400人", "农民工返乡创业700人", "创业辅导400人", "帮扶困难群众500户"
    '打通', '帮扶',
    // "筹集保障性租赁住房1.2万套", "筹集资金5亿元"; "加装电梯100部", "增设停车泊位500个",
    // "更新新能源公交车100辆", "更换老旧路灯500盏"
    '筹集', '加装', '增设', '更新', '更换',
    // "硬化道路10万平方米", "修复堰塘1座", "维修农村供水设施37处", "修缮古建筑5处"; the scale a work
    // serves: "惠及居民8000户", "受益群众5万人"
    '硬化', '修复', '维修', '修缮', '布设', '惠及', '受益',
    // "排查整治安全隐患2000处"
    '排查',
    // "每千名老年人拥有养老床位40张", "每万人拥有公共文化设施面积达…" (a stock already there is "已拥有")
    '拥有',
    // "新打抗旱机井120口", "发放宣传资料2万份"
    '新打', '发放',
    // a service counted by the people it reaches: "为老年人免费接种流感疫苗24723人", "免费体检3万人",
    // "救助困难群众5000人次", "救治急性心梗患者800例"
    '接种', '体检', '救助', '救治']
    .map((word) => ({ word, comparator: '=' as const, role: 'build' as const, digitsOnly: true })),
  // "失业人员再就业1400人", "农民工返乡创业700人", "创业辅导400人"
  // "城镇新增就业5万人", "农村劳动力转移就业3万人": the count of people who find work (not "就业率")
  ...['再就业', '创业', '辅导', '就业'].map((word) => ({ word, comparator: '=' as const, role: 'build' as const, digitsOnly: true, adjacentOnly: true })),
  // people sent somewhere: "推荐1.2万名高校毕业生到见习基地见习", "输送技能人才3000人", and right before
  // the count only (else part of a noun: "党组织书记", "动员部署会"), "组织2000名农村劳动力参加技能培训",
  // "动员500名志愿者"; counts of people only, see PEOPLE_VERBS
  ...PEOPLE_VERBS.map((word) => ({ word, comparator: '=' as const, role: 'build' as const, digitsOnly: true, adjacentOnly: /^(?:组织|动员)$/.test(word) })),
  // "全力推进九龙、柑子、兴仁3个县域医疗卫生次中心建设": a count of what is being built
  // "抓好600个省级重点产业项目" as well (but "抓好三项工作" builds nothing)
  ...['推进', '推动', '加快', '启动', '实施', '抓好'].map((word) => ({ word, comparator: '=' as const, role: 'push' as const })),
];

const MEASURE_WORDS = LEAD_WORDS.filter((entry) => entry.role !== 'build' && entry.role !== 'push');
// "约" counts only right before its number ("约30%"); elsewhere it is part of a word ("签约率至70%")
const APPROX_BEFORE = /(?:大约|大概|约)$/;
const FIRM_MEASURE_WORDS = MEASURE_WORDS.filter((entry) => entry.comparator !== '~');
const VERB_WORDS = LEAD_WORDS.filter((entry) => entry.role === 'build' || entry.role === 'push');

// Words right after a number; they override the word before it ("达到1:2左右" is ~).
const TRAIL_WORDS: ReadonlyArray<{ pattern: RegExp; comparator: Comparator; example: string }> = [
  { pattern: /^(?:及|或)?以上/, comparator: '>=', example: '县域就诊率达到90%以上' },
  { pattern: /^(?:及|或)?以下/, comparator: '<=', example: '物耗成本降至50%以下' },
  { pattern: /^(?:以内|之内)/, comparator: '<=', example: '公立医院管理费用率降低到10%以内' },
  { pattern: /^(?:左右|上下)/, comparator: '~', example: '医护比总体达到1:2左右' },
];

const ASPIRATION = /力争|争取|(?<![年的])努力|争创|力求/;
// after a count, a verb of reaching makes the count the subject: "1-2所县级医院晋升为三级医院"
const REACH_AFTER = /达到|达|晋升|建成|实现|通过|完成/;
// "全州4家县级综合医院达到推荐标准": a scope word may precede such a subject count
const SCOPE_ONLY = /^(?:全州|全县|全市|全省|全区|全国|全盟|各县|每个县|每个|各|其中)?[（(]?[^，。]{0,6}?[）)]?$/;
const HOSPITAL_GRADE_AFTER = /^(?:医院|甲等|乙等|公立|综合|专科|医疗|手术|以上医院|及以上医院|标准)/;
// What a metric never starts with: a deadline, 力争, adverbs, the verb "使"
const METRIC_LEAD = /^(?:[、和及与）)]|以及|其中|同时|并且?|最高|最低|原则上|围绕|(?:到|至|在|于)?\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:前|以前|之前)?|(?:到|至|在|于)?\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)|(?:在|于|用|通过)?[\d一二两三四五六七八九十]+年(?:内|之内|以内)|[“"]?十[一二三四五六]五[”"]?(?:时期|期间|末|期末)?|力争|争取|努力|力求|逐步|进一步|基本|全面|确保|推动|实现|使|让|要|将|均|每年|全年|年内|当年|今年|持续|不断)+/;
// "提高有线电视机顶盒占比至75%": the 至 of a split verb (提高…至) is not part of the subject
const METRIC_TRAIL = /(?:分别|均|都|总体上|总体|将|要|应|需|可|的|力争|争取|努力|原则上|逐步|进一步|已|基本|最高|最低|至|到)+$/;

// "人均预期寿命在2020年基础上提高1岁": the baseline is not part of the subject
const METRIC_BASELINE = /(?:在|较|比|与|同)\d{4}年(?:末|底)?(?:的)?(?:基础上|相比|水平上)?$/;

function cleanMetric(text: string): string {
  const led = text.replace(METRIC_LEAD, '');
  // "实现“重点引进人才达到2000名" inside a quoted aim: its opening quote is not part of the subject
  const open = /^[“"]/.test(led) && !/[”"]/.test(led.slice(1)) ? 1 : 0;
  const metric = led.slice(open).replace(METRIC_LEAD, '').replace(METRIC_TRAIL, '').replace(METRIC_BASELINE, '').replace(METRIC_TRAIL, '').trim();
  // "（其中…再就业0.25万人以上）": the bracket closing the aside a value stands in is not the subject's
  return /[）)]$/.test(metric) && !/[（(]/.test(metric) ? metric.slice(0, -1) : metric;
}

export interface TargetContext {
  view: ItemView;
  /** the item's time phrases, sorted by start (as deadlineHits gives them) */
  deadlines: DeadlineHit[];
  /** the item's own 完成时限 (a table cell or a "完成时限：" field): the fallback deadline */
  itemDeadline: string | null;
  /** ranges that are not running text (responsibility notes) */
  skip: Array<[number, number]>;
  /** report fields ("实际完成情况：…", reports.ts): what they hold was done, not committed */
  reports?: Array<[number, number]>;
}

/** A quantity with the stretch of text it governs. */
interface Reading {
  hits: Hit<Quantity>[];
  /** where its clause (or, after a sibling, its own part) starts */
  from: number;
  /** the text from `from` to the first value */
  left: string;
  /** the nearest comparator or verb of reaching/holding before it: "不低于", "达到" */
  measure: (LeadWord & { at: number }) | null;
  /** the nearest verb of building before it: "新建", "设置" */
  verb: (LeadWord & { at: number }) | null;
  trail: Comparator | null;
  trailLength: number;
  /** the counted thing after a count: "省级临床重点专科" */
  object: string;
  objectEnd: number;
}

// at most two characters: callers test a slice of that length, never the rest of the text
const JOINER = /^(?:、|和|及|与|以及)/;
// it ends before a breakdown that opens ("7000人（其中失业人员再就业1400人，…）")
const COUNTED_OBJECT =
  /^(?:[（(][^）)]{0,20}[）)])?([^、，,；;。：:\n]*?)(?=[、，,；;。：:\n]|[（(]其中|(?:及|和|与|以及)(?:\d|[一二两三四五六七八九十])|$)/;
// A 、 followed within a few characters by another count opens the next item of a list
// ("、评选9个县级…", "、至少25个…", "、“成长型数商”50家")
const NEXT_COUNT = /^、[^、，,；;。：:\n]{0,4}(?:\d|[一二两三四五六七八九十][个家所名项张间]|[“"])/;

/**
 * The counted thing after a count. It runs over a 、 that lists its kinds when the parts are short
 * names ("500名法院、检察院、公安…人才") or lead to a 的 ("20个技术先进、场景适配的数据集"), never
 * over one that opens another count or a new task ("1-2个专家工作站、有计划地加强…").
 */
function countedObject(text: string, from: number): { object: string; length: number } {
  const window = text.slice(from, from + 80);
  const match = COUNTED_OBJECT.exec(window);
  let length = match?.[0].length ?? 0;
  const clauseEnd = window.search(/[，,；;。：:\n]/);
  const stretch = window.slice(0, clauseEnd < 0 ? window.length : clauseEnd);
  const leadsToOf = stretch.includes('的');
  while (stretch[length] === '、' && !NEXT_COUNT.test(stretch.slice(length))) {
    const next = stretch.indexOf('、', length + 1);
    const partEnd = next < 0 ? stretch.length : next;
    // "市民健身步道5条、市民健身驿站2个": a part that holds its own count is the next item of a list
    if ((!leadsToOf && partEnd - length - 1 > 8) || /\d/.test(stretch.slice(length + 1, partEnd))) break;
    length = partEnd;
  }
  const prefix = match ? match[0].length - match[1]!.length : 0;
  return { object: window.slice(prefix, Math.max(prefix, length)), length };
}
// "县域内就诊率达90%的奋斗目标": a short aim after 的 is not part of the metric
const AIM_NOT_METRIC = /^[^，。]{0,4}(?:目标|水平|要求)$/;

// "（其中城镇就业困难对象再就业0.25万人以上）", "（其中新建不少于20个）": a breakdown of the target
// before it, or a bracket that states its own comparator, is a target of its own, not an aside
const OWN_TARGET_ASIDE = /^[（(]其中|不低于|不少于|不超过|不高于|达到|控制在|提高到|降至|降低到/;

// "开工建设海塘安澜（南片海塘4.65公里）", "对站前广场进行改建（占地面积约2.4万平方米）": a bracket after a
// name (not after a count, as "7个（中医2个）") that holds one size of length, area or volume is the
// size of what is built
const SIZE_UNIT = '(?:公里|千米|米|平方米|平方公里|公顷|亩|立方米)';
const SIZE_ASIDE = new RegExp(`^[（(][^（(）)\\d]{0,12}?(?:约|大约)?\\d+(?:\\.\\d+)?万?${SIZE_UNIT}(?:左右)?$`);

function isSizeAside(text: string, open: number, close: number): boolean {
  return SIZE_ASIDE.test(text.slice(open, close)) && !/[\d个家所名项处条座]$/.test(text.slice(Math.max(0, open - 1), open));
}

/** [start, end) of each short bracketed aside ("（中医2个）"); its numbers are not the item's targets. */
function asides(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '（' && text[i] !== '(') continue;
    let depth = 0;
    for (let j = i; j < Math.min(text.length, i + 40); j++) {
      if (text[j] === '（' || text[j] === '(') depth++;
      else if ((text[j] === '）' || text[j] === ')') && --depth === 0) {
        if (!OWN_TARGET_ASIDE.test(text.slice(i, j)) && !isSizeAside(text, i, j)) spans.push([i, j + 1]);
        break;
      }
    }
  }
  return spans;
}

/** A size in a bracket (isSizeAside) whose clause before the bracket builds something: it is that build's size. */
function sizesBuild(text: string, clause: number): boolean {
  const open = clause - 1;
  if (text[open] !== '（' && text[open] !== '(') return false;
  const close = text.slice(clause, clause + 40).search(/[）)]/);
  if (close < 0 || !isSizeAside(text, open, clause + close)) return false;
  return lastWord(text.slice(clauseStart(text, open), open), VERB_WORDS) !== null;
}

// "新建下穿通道，总长约1400米，宽50米": a clause naming only a dimension continues the build before it
const DIMENSION = /^(?:总|全)?(?:长|宽|高|深|长度|宽度|高度|深度|直径|跨度|面积|占地面积|建筑面积|用地面积|绿化面积)(?:约|大约)?$/;

/** Start of the clause holding `offset`; a comma inside brackets ("（含中医类医院，下同）") does not end it. */
function clauseStart(text: string, offset: number): number {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && i >= offset - 240; i--) {
    const char = text[i]!;
    if (char === '）' || char === ')') depth++;
    else if ((char === '（' || char === '(') && depth > 0) depth--;
    // a value inside a bracket ("（其中…0.25万人以上）") has its clause start there
    else if (depth === 0 && (CLAUSE_STOPS.test(char) || char === '（' || char === '(')) return i + 1;
  }
  return Math.max(0, offset - 240);
}

const inside = insideSpans;

// "实现“人才总量达到320万名左右，人才贡献率达到40%”的三大人才发展目标": a quotation the plan names
// as its own aim holds its targets; other quotations are somebody else's words
const OWN_AIM_AFTER = /^的?[^，。；\n]{0,10}目标/;

function isQuotedAim(ctx: TargetContext, offset: number): boolean {
  const span = shieldAt(ctx.view, offset);
  return span !== undefined && ctx.view.text[span[0]] === '“' && OWN_AIM_AFTER.test(ctx.view.text.slice(span[1], span[1] + 14));
}

// "给予最高800万元补助", "按不高于合同金额的30%给予补贴", "可申请最高不超过300万元的创业担保贷款":
// the terms of an incentive or an entitlement, not a target
// "对新认定的高新技术企业一次性奖励20万元", "每户补助500元": a reward paid per case, right before its amount
// (the whole sentence's money and shares are then terms: keep it narrow, "发放就业补贴1000万元" is no term)
const INCENTIVE = /给予[^。；，]{0,24}(?:补助|奖励|补贴|资助|奖补)|(?:补助|奖励|补贴|资助|奖补)(?:标准|比例|金额)|(?:每[人户家个位名所村]|一次性)(?:补助|奖励|补贴|资助|奖补)(?=\d|[一二两三四五六七八九十百千]+[万亿]?元)|可申请|可享受|可获得|最高可/;

// Per sentence, once: a sentence of an enormous line holds thousands of numbers, and each used to
// search the whole sentence again (the same for every number in it).
const incentiveBySentence = new Map<number, boolean>();
let incentiveText = '';

function isIncentiveTerm(text: string, hit: Hit<Quantity>): boolean {
  if (!/元|%/.test(hit.meaning.unit)) return false;
  const start = stretchStart(text, hit.start, /[。！？!?\n；;]/);
  if (text !== incentiveText) {
    incentiveText = text;
    incentiveBySentence.clear();
  }
  let found = incentiveBySentence.get(start);
  if (found === undefined) {
    found = INCENTIVE.test(text.slice(start, stretchEnd(text, hit.end, /[。！？!?\n；;]/)));
    incentiveBySentence.set(start, found);
  }
  return found;
}

function isRunningNumber(ctx: TargetContext, hit: Hit<Quantity>, aside: Array<[number, number]>): boolean {
  const text = ctx.view.text;
  const before = text[hit.start - 1] ?? '';
  const after = text[hit.end] ?? '';
  if ((isShielded(ctx.view, hit.start) && !isQuotedAim(ctx, hit.start)) || insideSpans(ctx.skip, hit.start) || insideSpans(aside, hit.start)) return false;
  if (isIncentiveTerm(text, hit)) return false;
  // "第二阶段" is an ordinal; "得分×5%+" is a formula ("≥71岁", ">=90%" are comparisons)
  // "报销比=50%": an equals sign right after a name, with no operator before it in the clause, states a value
  const statedEqual = /[=＝]/.test(before) && /[\u4e00-\u9fa5]/.test(text[hit.start - 2] ?? '')
    && !/[×*＊/+＋÷]/.test(text.slice(clauseStart(text, hit.start - 1), hit.start - 1));
  const formula = /[×*＊/=＝]/.test(before) && !/[<>]/.test(text[hit.start - 2] ?? '') && !statedEqual;
  if (before === '第' || formula || /[+＋×*]/.test(after)) return false;
  // "PM2.5以下细颗粒物", "H7N9": a bare number after a Latin letter is part of a name
  if (hit.meaning.shape === 'bare' && /[A-Za-z]/.test(before)) return false;
  // "3个月内" is a time span, "一次性" a manner, "划分3片区" a kind of area
  if (hit.meaning.shape === 'count' && /^[月性]/.test(after)) return false;
  if (hit.meaning.unit === '片' && after === '区') return false;
  // "联合10部门", "3部委": a count of bodies, not of lifts or films
  if (hit.meaning.unit === '部' && /^[门委署分位]/.test(after)) return false;
  // "建设15分钟健身圈", "半小时经济圈", "30分钟急救圈": a span of travel names a standard, not a value
  if (/^(?:分钟|小时)$/.test(hit.meaning.unit) && /^[\u4e00-\u9fff]{0,4}圈/.test(text.slice(hit.end, hit.end + 5))) return false;
  // "5岁以下儿童死亡率", "65岁及以上老年人": an age that qualifies a noun is no target
  if (hit.meaning.unit === '岁' && /^(?:(?:及|或)?(?:以上|以下)|左右)?[\u4e00-\u9fff]/.test(text.slice(hit.end, hit.end + 5)) && !/^左右[，。；]/.test(text.slice(hit.end, hit.end + 3))) return false;
  return !(typeof hit.meaning.value === 'number' && hit.meaning.unit === '' && hit.meaning.value >= 1900 && hit.meaning.value <= 2100);
}

// What may stand between two values of one group: "50%、70%", "22%和30%", "37%及以上和40%及以上"
const GROUP_GAP = /^(?:(?:及|或)?(?:以上|以下)|以内|左右)?(?:、|和|及|与)$/;

/** Quantities joined only by "、" or "和" ("分别达到50%、70%") read as one group sharing one context. */
function groups(hits: Hit<Quantity>[], text: string): Hit<Quantity>[][] {
  const result: Hit<Quantity>[][] = [];
  for (const hit of hits) {
    const current = result[result.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && GROUP_GAP.test(text.slice(previous.end, hit.start)) && previous.meaning.shape === hit.meaning.shape) current.push(hit);
    else result.push([hit]);
  }
  return result;
}

// "新增“三定一督”达标小区210个", "签订达成协议5项": 达 opening a word (达标, 达成) reaches nothing
const NOT_REACHING = /^达[标成]/;

/** The last comparator or verb of reaching in `left`, passing over a 达 that opens another word. */
function measureBefore(left: string, words: readonly LeadWord[]): (LeadWord & { at: number }) | null {
  let found = lastWord(left, words);
  while (found && NOT_REACHING.test(left.slice(found.at, found.at + 2))) found = lastWord(left.slice(0, found.at), words);
  return found;
}

/** The last verb of building in left[0, end), passing over one that is only a verb right before its count. */
function verbBefore(left: string, end: number): (LeadWord & { at: number }) | null {
  let found = lastWord(left.slice(0, end), VERB_WORDS);
  while (found?.adjacentOnly && found.at + found.word.length !== left.length) found = lastWord(left.slice(0, found.at), VERB_WORDS);
  return found;
}

function readGroup(text: string, group: Hit<Quantity>[], from: number): Reading {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const left = text.slice(from, first.start);
  const measure = measureBefore(left, APPROX_BEFORE.test(left) ? MEASURE_WORDS : FIRM_MEASURE_WORDS);
  // "开工率35%", "完成率达到95%": a verb followed by 率 is part of the name of a rate; "新建安置房12栋",
  // "新增培训点10个": one followed by 房 or 点 is part of the name of a thing, and the verb before it counts
  const found = verbBefore(left, left.length);
  // "城市建成区绿化覆盖率": the built-up area (建成区) is a noun
  // ("建成区级文化馆1个", "建成区域医疗中心2个" build: 区 opens 区级, 区域)
  const noun = found && (/[房点]/.test(left[found.at + found.word.length] ?? '') || (left.startsWith('建成区', found.at) && !/^[级域]/.test(left.slice(found.at + 3))));
  // "完成矿山生态修复治理面积300公顷": a verb before 治理/工程/面积 names the work, an earlier verb counts it
  const work = found && /^(?:治理|工程|面积)/.test(left.slice(found.at + found.word.length)) ? verbBefore(left, found.at) : null;
  const named = noun ? verbBefore(left, found!.at) : (work ?? found);
  const verb = named && left[named.at + named.word.length] !== '率' ? named : null;
  // "0.0088 以内": a PDF line may keep one space between a value and its trail word
  const spaced = text[last.end] === ' ' ? 1 : 0;
  const after = text.slice(last.end + spaced, last.end + spaced + 4);
  // "压缩至3个工作日内", "审批时限为14个工作日内": a limit in working days closed by 内 is at most that
  const within = !TRAIL_WORDS.some((row) => row.pattern.test(after)) && /工作日$/.test(last.meaning.unit) && after.startsWith('内');
  const trail = within ? { comparator: '<=' as const, pattern: /^内/ } : TRAIL_WORDS.find((row) => row.pattern.test(after));
  const trailLength = trail ? spaced + (trail.pattern.exec(after)?.[0].length ?? 0) : 0;
  const counted = countedObject(text, last.end + trailLength);
  return {
    hits: group,
    from,
    left,
    measure: measure ? { ...measure, at: from + measure.at } : null,
    verb: verb ? { ...verb, at: from + verb.at } : null,
    trail: trail?.comparator ?? null,
    trailLength,
    object: counted.object,
    objectEnd: last.end + trailLength + counted.length,
  };
}

interface Judged {
  comparator: Comparator;
  /** the comparator came from the word after its value ("10家以上"): it is that value's own */
  trailed: boolean;
  accepted: boolean;
  metric: string;
  end: number;
  unit: string;
}

/**
 * "选拔培养10名全国拔尖人才，60名全省优秀人才，100名全市后备人才": a count that opens the clause right
 * after an accepted count of the same unit continues that list, under the same verb and comparator.
 */
function continuesList(text: string, previous: Judged | null, first: Hit<Quantity>, clause: number): boolean {
  if (!previous?.accepted || first.meaning.shape !== 'count' || previous.unit !== first.meaning.unit) return false;
  if (!/[，,]/.test(text[clause - 1] ?? '') || previous.end > clause - 1 || CLAUSE_STOPS.test(text.slice(previous.end, clause - 1))) return false;
  if (clause === first.start) return true;
  // "争取建成省级重点企业研究院1家，市级重点实验室1家，新型研发机构1家": a clause holding only a short
  // noun and its count, right after a count that closed its own clause, is the next item of that list
  const noun = text.slice(clause, first.start);
  return previous.end === clause - 1 && LISTED_NOUN.test(noun) && !LISTED_NOUN_NOT.test(noun) && lastWord(noun, LEAD_WORDS) === null
    && /^(?:(?:及|或)?以上|左右)?(?:[，,。；;\n]|$)/.test(text.slice(first.end, first.end + 4));
}
const LISTED_NOUN = /^[\u4e00-\u9fa5“”"（）()]{2,16}$/;
// a stock or a breakdown: "现有学校10所", "其中民办园5所"
const LISTED_NOUN_NOT = /已|现有|共有|累计|目前|其中|拥有|实际|全年|年内/;

/** "总长约1400米，宽50米": a dimension clause right after an accepted size or count of the same sentence. */
function continuesDimensions(text: string, previous: Judged | null, first: Hit<Quantity>, clause: number): boolean {
  if (!previous?.accepted || first.meaning.shape !== 'count' || !/[，,]/.test(text[clause - 1] ?? '') || previous.end > clause - 1) return false;
  return !CLAUSE_STOPS.test(text.slice(previous.end, clause - 1)) && DIMENSION.test(text.slice(clause, first.start));
}

// a fall by an amount is stated right before it ("下降5个百分点", "降低约10%"); further off,
// "减少的收入通过调整价格补偿70%" names something else
const FALLS = new Set(FALL_WORDS);

/** The comparator word applies unless a verb of building stands between it and the number. */
function measureApplies(r: Reading): boolean {
  const { measure, verb } = r;
  if (!measure) return false;
  if (measure.role === 'hold' && r.hits[0]!.start !== measure.at + measure.word.length) return false;
  if (FALLS.has(measure.word) && r.hits[0]!.start - (measure.at + measure.word.length) > 3 && !isLevelOfChange(r)) return false;
  return !verb || measure.at > verb.at || verb.at - (measure.at + measure.word.length) <= 1;
}

function governing(r: Reading): (LeadWord & { at: number }) | null {
  const measure = measureApplies(r) ? r.measure : null;
  if (measure && r.verb) return measure.at > r.verb.at ? measure : r.verb;
  return measure ?? r.verb;
}

// "三十个", "一百二十名", "两千户": no concept is named so; "一个", "四个", "十个" may be ("四个意识")
const isCompoundNumeral = (text: string): boolean => /^[一二两三四五六七八九十][零一二两三四五六七八九十百千万]/.test(text);

// how long a list of names before "等N家" may be: a dozen places of three or four characters
const LISTED_MAX = 60;

const SIZE_OF_WORK = /^(?:万|亿)?(?:亩|公顷|公里|千米|米|平方米|平方公里)$/;

// what a pushed count builds: "…建设", "…改扩建项目", "…提升工程"
const BUILT_END = /(?:建设|项目|工程)$/;

function isCommittedCount(text: string, r: Reading, joined: boolean): boolean {
  const first = r.hits[0]!;
  const word = governing(r);
  const between = word ? text.slice(word.at + word.word.length, first.start) : '';
  // "现有的10个市级临床重点专科", "建设的4个重点专科": a stock already there
  if (text[first.start - 1] === '的') return false;
  // "开展四项专项行动：…" introduces a list
  if (/[：:]/.test(text[stretchEnd(text, r.objectEnd, CLAUSE_STOPS)] ?? '')) return false;
  // "粮食总产量稳定在700亿斤" holds a count; "为10家企业提供服务" is a preposition
  // "提高党组织…的能力…增强四个意识": a count in Chinese numerals is a concept's name unless the
  // word stands right before it ("提高到两个")
  const nearMeasure = measureApplies(r) && (!first.meaning.chinese || first.start - (r.measure!.at + r.measure!.word.length) <= 2);
  // "…分别为5所、8所" states values ("为10家企业提供服务" is a preposition)
  if (r.trail || (nearMeasure && (r.measure!.word !== '为' || /(?:分别|均)$/.test(text.slice(r.from, r.measure!.at))))) return true;
  if (first.meaning.unit === '次') return false;
  // "两个", "一百张" count only right after a verb of building ("新增床位一百张"), never alone
  // "新建村级综合服务中心三十个": a numeral of two or more characters is a number like digits
  if (first.meaning.chinese && !isCompoundNumeral(first.text)) {
    return (word?.role === 'build' && !word.digitsOnly && between.length <= 4 && !/[“"《]/.test(between)) || (joined && between === '');
  }
  // "惠及居民8000户", "受益群众5万人": the people a work serves ("惠及17个乡镇" restates where it is)
  if (word && /^(?:惠及|受益)$/.test(word.word) && !/^(?:万|亿)?(?:人|户|人次|名)$/.test(first.meaning.unit)) return false;
  if (word && PEOPLE_VERBS.includes(word.word) && !PEOPLE_UNIT.test(first.meaning.unit)) return false;
  // "建成投用沿浦、宜山、…、灵溪浦亭等8家卫生院": a count after 等 sums the list the verb names
  if (word?.role === 'build') return between.length <= 16 || (between.length <= LISTED_MAX && /等$/.test(between));
  // "加快2个A试点和4个B试点建设", "实施16个乡镇卫生院、158个村卫生室改扩建项目": the 建设 (项目, 工程)
  // that closes the clause covers every count in it
  // "实施小型水库除险加固工程12座", "推进老旧小区改造项目30个": a count right after the 工程 (项目) it numbers
  if (word?.role === 'push') {
    // "推进1万户老旧小区居民加装燃气泄漏报警器": right before a count whose noun then fits or builds something
    return BUILT_END.test(r.object) || BUILT_END.test(text.slice(first.start, stretchEnd(text, first.start, CLAUSE_STOPS))) || (between.length <= 16 && BUILT_END.test(between))
      || (between === '' && !/\d/.test(r.object) && SUBJECT_WORK.test(r.object))
      // "实施田块整治500亩", "实施土壤培肥、田间监测3万亩": a size of land or of a line is what is done
      || (between.length <= 16 && SIZE_OF_WORK.test(first.meaning.unit));
  }
  if (joined) return true;
  // "全年争取上级资金三千万元", "争取中央预算内资金5亿元": funds the plan sets out to obtain
  if (/元$/.test(first.meaning.unit) && /争取[^，,。；;、\d]{2,12}$/.test(text.slice(r.from, first.start))) return true;
  // "其中12个乡镇和110个试点村达100%": a count whose noun reaches a value of its own is that value's subject
  return (SCOPE_ONLY.test(cleanMetric(text.slice(r.from, first.start))) && REACH_AFTER.test(r.object) && !/\d/.test(r.object)) || isWorkedOnCount(text, r);
}

// "对…等28个小区进行“液改气”改造", "为10个老旧小区实施消防设施改造", "50个小区新增电动自行车充电设施":
// a count of what the work is done on or for, its noun and then the work, is what the plan commits
// to; "在12个乡镇、110个村开展试点" names where something runs, and a count whose clause reaches a
// value of its own ("12个乡镇和110个村达100%") is that value's subject
const WORKED_ON_LEAD = new RegExp(`^(?:对|为|给)(?:全[省市县区州镇乡]|辖区内?|城区|市区|县城)?(?:[^，,。；;：:\\d]{2,${LISTED_MAX}}等)?$`);
// right after the count (a subject of its own): only verbs that build or fit something
const SUBJECT_WORK = /^[^，,。；;、\d]{1,12}?(?:新增|新建|建成|加装|安装|配备|配齐|完成)/;
const OBJECT_WORK = /^[^，,。；;、\d]{1,12}?(?:进行|实施|开展|新增|新建|建成|加装|安装|配备|配齐|完成|提供|改造|提档|升级|整治|维修|修缮|硬化)/;

function isWorkedOnCount(text: string, r: Reading): boolean {
  const first = r.hits[0]!;
  if (r.hits.length > 1 || /\d/.test(r.object)) return false;
  const lead = text.slice(r.from, first.start);
  if (WORKED_ON_LEAD.test(lead)) return OBJECT_WORK.test(r.object);
  // "50个小区新增…": only at the opening of its clause, or after a scope ("全县30个村新建…")
  return /^(?:全[省市县区州镇乡]|各[省市县区州镇乡])?$/.test(lead) && SUBJECT_WORK.test(r.object);
}

// "…比例50%", "覆盖率98%": a subject that names a rate or share carries its value without a verb
const RATE_SUBJECT = /(?:率|比|比例|占比|比重|水平|指数|覆盖面)$/;

/**
 * A percentage with no comparator word still commits when it is a share of something ("使90%的常见病
 * …", "县医院100%达到…") or the value of a rate; "通过调整价格补偿80%，剩余20%由财政补助" only
 * splits an amount.
 */
function isShareOrRate(text: string, r: Reading): boolean {
  const valueEnd = r.hits[r.hits.length - 1]!.end + r.trailLength;
  if (text[valueEnd] === '的' || REACH_AFTER.test(r.object.slice(0, 2))) return true;
  // "全县中小学校100%配备专职保安", "行政村100%开通客运班车": a whole share fitted out or covered
  if (SHARE_WORK_AFTER.test(r.object) && !BASIS_BEFORE.test(text.slice(r.from, r.hits[0]!.start))) return true;
  return RATE_SUBJECT.test(cleanMetric(text.slice(r.from, r.hits[0]!.start)));
}

const SHARE_WORK_AFTER = /^(?:配备|配齐|覆盖|开通|接入|纳入|建立)/;

// "80%的村卫生室达到…", "3所县级医院达到推荐标准": a value whose subject then reaches a standard
const REACHES_AFTER = /^(?:的)?[^，,。；;、\d]{0,16}?(?:达到|达)(?!成)/;

const endOfValue = (r: Reading): number => r.hits[r.hits.length - 1]!.end + r.trailLength;
const reachesAfter = (text: string, r: Reading): boolean => REACHES_AFTER.test(text.slice(endOfValue(r), endOfValue(r) + 24));

const REACHES_VALUE = /^(?:的)?[^，,。；;、\d]{0,16}?(?:达到|达)(?!成)[^，,。；;\d]{0,6}\d/;
const reachesValue = (text: string, end: number): boolean => REACHES_VALUE.test(text.slice(end, end + 30));

const CONDITION_AFTER = /^[^。；;！!？?\n]*?的[，,](?:可|给予|按|予以|享受|一次性|由)/;

// "按60%给予补贴", "按照项目投资额的20%给予补助", "减按20%的税率征收": the basis of a rule of grants,
// fees or sharing, not a goal ("按主要负责人年薪酬的80%左右确定" sets a level and stays)
const BASIS_BEFORE = /按(?:照)?[^，,。；;：:]{0,14}$/;
const BASIS_AFTER = /^(?:的[^，,。；;]{0,6}?)?(?:给予|予以|补贴|补助|奖补|奖励|资助|计算|计|收取|征收|缴纳|返还|核定|折算|拨付|配套|分担|承担|减免|贴息|支付)/;

// a noun of a few characters (no list: '50个左右省级行业中心和300个以上'), then its own count: what
// the value capped before it qualifies
const QUALIFIED_COUNT_AFTER = /^(?:(?![和及与并、])[\u4e00-\u9fa5]){1,8}?[0-9０-９]+(?:\.[0-9]+)?(?:[-—–~～至到][0-9]+)?[个家项所座条户处名]/;

/**
 * A number in a policy's terms: "50人以下的小微企业", "年营业收入2000万元以上的企业" (a count capped
 * by 以上/以下 that qualifies a noun, unless that noun then reaches a standard) or a basis after 按.
 */
function isPolicyTerm(text: string, r: Reading): boolean {
  const first = r.hits[0]!;
  const end = endOfValue(r);
  // "收入5万元以上的村占比达到80%": a qualifier stays one when what it qualifies reaches a value of its own
  if (first.meaning.shape === 'count' && r.trail && text[end] === '的' && (!reachesAfter(text, r) || reachesValue(text, end))) return true;
  // "对50人以下企业，按30%给予补贴", "对年销售收入2000万元以上企业": the size of whom a rule is for
  if ((r.trail === '>=' || r.trail === '<=') && !governing(r) && /^(?:对|为|给|凡|针对|对于)[^，,。；;]{0,12}$/.test(text.slice(r.from, first.start))
    && /^[\u4e00-\u9fa5]/.test(text[end] ?? '')) return true;
  // "新开工5000万元以上项目30个", "引进5亿元以上企业8家": the amount sizes the noun that is counted
  // "培育年产值超10亿元企业3-5家", "引进投资10亿元项目3个": an amount with no trail word sizes the noun as well
  if ((r.trail === '>=' || r.trail === '<=' || (!r.trail && /元$/.test(first.meaning.unit))) && QUALIFIED_COUNT_AFTER.test(text.slice(end, end + 16))) return true;
  // "每增加1人给予3000元补贴", "每新吸纳1人": a count per which something is paid
  const word = governing(r);
  if (word?.role === 'build' && word.at + word.word.length === first.start && /每[新再]?$/.test(text.slice(Math.max(0, word.at - 2), word.at))) return true;
  // "…数量达到职工人数25%、并签订1年以上劳动合同的，可申请…": a condition of a rule
  if (CONDITION_AFTER.test(text.slice(end, end + 80))) return true;
  return BASIS_BEFORE.test(text.slice(r.from, first.start)) && BASIS_AFTER.test(text.slice(end, end + 12));
}

// "省财政新增筹措重大建设项目前期工作经费3亿元", "市级财政安排专项资金5000万元": money the plan's own
// treasury sets aside is a budget, no target; funds won from outside ("争取上级资金", "引进…到位资金") stay
const FUND_NOUN = /(?:经费|资金|基金|补助|补贴|奖补)$/;
const ALLOCATING = /安排|筹措|拨付|下达|统筹|整合|追加|投入/;
const FUNDS_WON = /争取|筹集|引进|招引|吸引|到位|撬动|带动/;

function isBudget(text: string, r: Reading): boolean {
  const first = r.hits[0]!;
  if (!/元$/.test(first.meaning.unit)) return false;
  const before = text.slice(r.from, first.start);
  const object = r.object.replace(/^(?:的|用于)/, '');
  if (FUNDS_WON.test(before) || (!FUND_NOUN.test(before) && !/^(?:经费|资金|基金|补助|补贴|奖补)/.test(object))) return false;
  return /财政/.test(before) || ALLOCATING.test(before);
}

const isCompletionShare = (text: string, r: Reading): boolean =>
  r.hits[0]!.meaning.unit === '%' && /完成[^，,。；;\d]{0,10}$/.test(text.slice(r.from, r.hits[0]!.start));

function isAccepted(text: string, r: Reading, joined: boolean): boolean {
  const first = r.hits[0]!;
  const measured = measureApplies(r) || r.trail !== null;
  if (isPolicyTerm(text, r) || isBudget(text, r)) return false;
  // "全市已建成5G基站2万个", "覆盖率已达到90%", "失业率一直控制在3%以内": what is done or has been
  const word = governing(r);
  if (word && /(?:已|一直)[^，,。；;：:]{0,6}$/.test(text.slice(Math.max(0, word.at - 8), word.at))) return false;
  switch (first.meaning.shape) {
    case 'percent':
    case 'points':
    case 'multiple':
      // "第一季度完成年度任务的30%", "第二季度完成60%": a share of the work to complete (by a time
      // limit, see extractTargets)
      if (isCompletionShare(text, r)) return true;
      return measured || isShareOrRate(text, r) || first.text.startsWith('翻');
    case 'ratio':
      return measured || /比/.test(text.slice(r.from, first.start));
    case 'level':
      return measured && !HOSPITAL_GRADE_AFTER.test(text.slice(r.hits[r.hits.length - 1]!.end));
    case 'bare':
      // "亿元GDP生产安全事故死亡率0.0088以内": a decimal capped by its trail word is a value as well
      if (r.trail && r.hits.length === 1 && /\./.test(first.text)) return true;
      return measureApplies(r) && r.measure!.role !== 'hold' && first.start - (r.measure!.at + r.measure!.word.length) <= 2;
    case 'zero':
      // "动态为零", "降为零": the word of holding or reaching stands right before it
      return measureApplies(r) && first.start === r.measure!.at + r.measure!.word.length;
    case 'duration':
      // "平均生存周期达到5年", "人均受教育年限提高到11年": a span reached, never a span of work
      return measureApplies(r) && /^(?:reach|change)$/.test(r.measure!.role) && first.start - (r.measure!.at + r.measure!.word.length) <= 2;
    case 'count':
      return isCommittedCount(text, r, joined);
    default:
      return false;
  }
}

// "医疗服务收入占医疗收入比例逐年提高，到2025年达到35%以上": the subject ends where its verb starts
const SUBJECT_VERB = /(?:逐年|逐步|不断|稳步|持续|进一步|明显|显著|大幅|有效)?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|改善)/;

/** The subject of the clause before `from`, when the value's own clause names none. */
function previousClauseSubject(text: string, from: number): string {
  const clauseEnd = from - 1;
  if (clauseEnd <= 0 || !/[，,]/.test(text[clauseEnd] ?? '')) return '';
  const clauseStart = stretchStart(text, clauseEnd, /[。，\n]/);
  const clause = text.slice(clauseStart, clauseEnd);
  const verb = SUBJECT_VERB.exec(clause);
  return verb && verb.index > 0 ? cleanMetric(clause.slice(0, verb.index)) : '';
}

/** "提高家庭医生签约率至70%", "降低…到30%": a change written up to a level (a rise is >=, a fall <=). */
function isLevelOfChange(r: Reading): boolean {
  return r.measure !== null && /(?:至|到)$/.test(r.left.slice(r.measure.at - r.from + r.measure.word.length));
}

function comparatorOf(text: string, r: Reading, inherited: Comparator | null): Comparator {
  if (r.trail) return r.trail;
  if (measureApplies(r)) {
    const measure = r.measure!;
    if (measure.role !== 'change') return measure.comparator;
    return isLevelOfChange(r) ? (FALLS.has(measure.word) ? '<=' : '>=') : '=';
  }
  // "力争1-2所县级医院晋升为三级医院，3所县级医院达到推荐标准": its own 达到 beats the list's comparator
  if (!governing(r) && reachesAfter(text, r)) return '>=';
  return inherited ?? '=';
}

const PER_HEAD = /^每[十百千万]+(?:人口|人|户|名[\u4e00-\u9fa5]{1,4}|常住人口|户籍人口)$/;

function metricOf(text: string, r: Reading): string {
  const first = r.hits[0]!;
  const word = governing(r);
  // "地区生产总值增长7%", "单位工业增加值能耗年均下降5%": the change belongs to the metric
  // "…排放总量分别下降8%、8%": 分别 pairs the values, it is not part of the change
  if (word?.role === 'change' && !isLevelOfChange(r)) return cleanMetric(text.slice(r.from, first.start).replace(/(?:分别|(?<![年平])均)(?=(?:年均)?[\u4e00-\u9fa5]{2}$)/, ''));
  const subject = cleanMetric(text.slice(r.from, word ? word.at : first.start));
  const between = word ? cleanMetric(text.slice(word.at + word.word.length, first.start)) : '';
  // "总量超过五千亿规模": after a bare 万/亿 nothing counted follows, so the subject is the metric
  // "铺设污水管网348米及其他附属设施": what follows a joiner is not the thing counted
  const object = /^[万亿]$/.test(first.meaning.unit) || /^(?:及|和|与|以及|等|并)/.test(r.object) ? '' : cleanMetric(r.object.replace(/^[（(][^）)]*[）)]/, ''));
  if (first.meaning.shape === 'count') {
    // "优化调整20条": with nothing counted named, the verb phrase is what the count measures
    const built = word?.role === 'build' ? cleanMetric(text.slice(r.from, first.start)) : subject;
    // "每千人口拥有执业（助理）医师3.2人", "每万人口配备全科医生4名": a count per head of a population
    // is a rate, its population part of the metric
    if (r.verb && PER_HEAD.test(subject)) return cleanMetric(text.slice(r.from, first.start)) + object;
    // "选送优秀教师50名赴外地跟岗学习": after the count the purpose, before it the people counted
    if (r.verb && between && /^(?:赴|到|去|前往|参加|进入)/.test(object)) return between;
    if (r.verb) return (word?.role === 'push' ? object.replace(/建设$/, '') : object) || between || built;
    // "滚动开放不低于50个应用场景": after 不低于/至少 the thing counted is the metric; after a verb of
    // reaching the subject is ("互认范围扩大到150家医疗机构")
    if (word?.role === 'compare' && object) return object;
    // "全市至少达到100家标准胸痛救治单元": after a scope alone, the thing counted is the metric
    if (word?.role === 'reach' && object && /^(?:全[省市县区州镇乡]|各[省市县区州镇乡])?(?:至少|累计)?$/.test(subject)) return object;
    // "对…等28个小区进行改造": what is worked on, and the work
    if (!word && isWorkedOnCount(text, r)) return object;
    return word ? subject || object : cleanMetric(subject + object);
  }
  // "第一季度完成年度任务的30%": the work completed is the metric, not the time before it
  if (first.meaning.unit === '%' && word?.word === '完成') return cleanMetric(text.slice(word.at, first.start));
  const base = subject || between || previousClauseSubject(text, r.from);
  const afterValue = r.hits[r.hits.length - 1]!.end + r.trailLength;
  if (text[afterValue] === '的') {
    const tail = text.slice(afterValue + 1, stretchEnd(text, afterValue + 1, CLAUSE_STOPS));
    if (tail && !AIM_NOT_METRIC.test(tail)) return base + tail;
  }
  if (!word && (REACH_AFTER.test(object.slice(0, 2)) || SHARE_WORK_AFTER.test(object))) return cleanMetric(base + object);
  // "50%以上旗区级综合医院达到推荐标准": a share before its subject takes what follows as the metric
  return base || (word ? '' : object);
}

// a change that names no subject: "比2020年提高", "增长", "较上年下降"
const BARE_CHANGE = new RegExp(`^(?:同比|(?:比|较)(?:\\d{4}年|上年|去年|上一年)(?:末|底)?)?(?:年均|平均)?(?:${[...RISE_WORDS, ...FALL_WORDS].join('|')})$`);

/**
 * "普及率达到95%，比2020年提高5个百分点", "社会消费品零售总额达到150亿元，增长8%": a change with no
 * subject of its own, in the clause right after a target, is the change of that target's metric.
 */
function changeOfPrevious(text: string, r: Reading, metric: string, previous: Judged | null): string {
  if (!previous?.accepted || !previous.metric || !BARE_CHANGE.test(metric) || governing(r)?.role !== 'change') return metric;
  const gap = text.slice(previous.end, r.from);
  return /^[^。；;！!？?\n]{0,2}$/.test(gap) ? previous.metric.replace(/(?:完成|实现|达到)$/, '') + metric : metric;
}

/** "三级、二级公立医院…率分别达到50%、70%" → one subject per value, or null when unclear. */
export function distribute(subject: string, count: number): string[] | null {
  const parts = subject.split(/、|和/);
  if (count < 2 || parts.length !== count) return null;
  const first = parts[0]!;
  const last = parts[count - 1]!;
  // "婴儿死亡率、孕产妇死亡率分别下降到4‰、10/10万": each part is a whole subject already
  if (first.length >= 2 && parts.every((part) => part.length >= 2 && part.endsWith(last[last.length - 1]!))) return parts;
  // the listed items end alike ("三级、二级"): the shared character marks where the last one ends
  const end = last.slice(0, 6).indexOf(first[first.length - 1]!);
  if (end < 0) return null;
  const width = end + 1;
  const head = first.slice(0, Math.max(0, first.length - width));
  const tail = last.slice(width);
  const items = [first.slice(head.length), ...parts.slice(1, -1), last.slice(0, width)];
  return items.map((item) => `${head}${item}${tail}`);
}

/** The time a target is stated for: a date, null, or "past" when its sentence reports what was done. */
type TargetTime = string | null | 'past';

const DATED_KINDS = new Set(['placeholder', 'past', 'by', 'period']);

// how far back on its line a label or an opener may govern a value
const LINE_LOOKBACK = 600;

/** A hit's time for a target ("在2020年基础上" never reaches here: deadlines.ts drops baselines). */
function timeOf(hit: DeadlineHit): TargetTime {
  if (hit.meaning.kind === 'past') return 'past';
  return 'date' in hit.meaning ? hit.meaning.date : null;
}

/**
 * The deadline the target's own sentence gives: the nearest before it, else the first after it;
 * failing that, the item's own 完成时限 (the contract: the sentence's deadline, so a later sentence of
 * a "到2025年，…" paragraph has none). "past" when the sentence, or a past time opening a sentence
 * earlier in its paragraph ("2020年末，…。…普及率达99.9%"), shows that it reports what was done.
 */
function deadlineFor(ctx: TargetContext, offset: number): TargetTime {
  const text = ctx.view.text;
  if (isReported(ctx, offset)) return 'past';
  const start = stretchStart(text, offset, SENTENCE_STOPS);
  const end = stretchEnd(text, offset, SENTENCE_STOPS);
  const dated = hitsWithin(ctx.deadlines, start, end).filter((hit) => DATED_KINDS.has(hit.meaning.kind));
  const before = dated.filter((hit) => hit.end <= offset).pop();
  const chosen = before ?? dated.find((hit) => hit.start >= offset);
  if (chosen) return timeOf(chosen);
  const opener = paragraphOpener(ctx, start);
  if (opener && timeOf(opener) === 'past') return 'past';
  const label = timeLabel(ctx, start);
  return label ? timeOf(label) : ctx.itemDeadline;
}

/**
 * "第一季度：印发…方案。完成工作任务20%以上。第二季度：…": a time written as a label (followed by a
 * colon) governs the sentences after it on its line, up to the next label.
 */
function timeLabel(ctx: TargetContext, sentenceStart: number): DeadlineHit | undefined {
  const text = ctx.view.text;
  return hitsWithin(ctx.deadlines, Math.max(stretchStart(text, sentenceStart, /\n/), sentenceStart - LINE_LOOKBACK), sentenceStart)
    .filter((hit) => DATED_KINDS.has(hit.meaning.kind) && /[：:]/.test(text[hit.end] ?? ''))
    .pop();
}

/**
 * A value in a report: in a report field, in a clause or sentence that says it is done (reports.ts),
 * or after a report opener on its line (at most 300 characters back) with no time phrase between them.
 */
function isReported(ctx: TargetContext, offset: number): boolean {
  const text = ctx.view.text;
  if (ctx.reports && insideSpans(ctx.reports, offset)) return true;
  const sentence = Math.max(stretchStart(text, offset, SENTENCE_STOPS), offset - 300);
  if (isDoneValue(ctx.view, () => clauseStart(text, offset), sentence, offset)) return true;
  const from = Math.max(stretchStart(text, offset, /\n/), offset - 300);
  let end = soFarDoneOpening(ctx.view, sentence, Math.min(stretchEnd(text, offset, SENTENCE_STOPS), offset + 300));
  for (const match of text.slice(from, offset).matchAll(REPORT_OPENER)) end = Math.max(end, from + match.index + match[0].length);
  if (end < 0) return false;
  return !hitsWithin(ctx.deadlines, end, offset).some((hit) => hit.meaning.kind === 'by' || hit.meaning.kind === 'period');
}

/** The last time phrase before `sentenceStart` in the same paragraph that opens its sentence ("2020年末，"). */
function paragraphOpener(ctx: TargetContext, sentenceStart: number): DeadlineHit | undefined {
  const text = ctx.view.text;
  const lineStart = stretchStart(text, sentenceStart, /\n/);
  const earlier = hitsWithin(ctx.deadlines, lineStart, sentenceStart);
  // the last that qualifies: read from the end, so a long line is not filtered whole for each number
  for (let index = earlier.length - 1; index >= 0; index--) {
    const hit = earlier[index]!;
    if (!DATED_KINDS.has(hit.meaning.kind)) continue;
    if (stretchStart(text, hit.start, SENTENCE_STOPS) !== hit.start || !/[，,]/.test(text[hit.end] ?? '')) continue;
    return hit;
  }
  return undefined;
}

/** "到2022年和2030年，…分别不低于22%和30%": as many times joined by 和/、 as values pair up in order. */
function pairedTimes(ctx: TargetContext, r: Reading): TargetTime[] | null {
  const text = ctx.view.text;
  if (r.hits.length < 2) return null;
  const first = r.hits[0]!.start;
  const start = stretchStart(text, first, SENTENCE_STOPS);
  const dated = hitsWithin(ctx.deadlines, start, first).filter((hit) => hit.meaning.kind === 'by' || hit.meaning.kind === 'period');
  const run = dated.slice(-r.hits.length);
  if (run.length !== r.hits.length) return null;
  const joined = run.every((hit, index) => index === 0 || /^(?:、|和|及|与)$/.test(text.slice(run[index - 1]!.end, hit.start)));
  return joined ? run.map((hit) => timeOf(hit)) : null;
}

// Per sentence: where its first 力争/争取… ends (every ASPIRATION word is two characters, so a number
// is aspirational exactly when that end is at or before it); Infinity when the sentence has none.
const aspirationBySentence = new Map<number, number>();
let aspirationText = '';

function isAspirational(text: string, offset: number): boolean {
  const start = stretchStart(text, offset, /[。！？!?\n；;]/);
  if (text !== aspirationText) {
    aspirationText = text;
    aspirationBySentence.clear();
  }
  let firstEnd = aspirationBySentence.get(start);
  if (firstEnd === undefined) {
    const match = ASPIRATION.exec(text.slice(start, stretchEnd(text, offset, /[。！？!?\n；;]/)));
    firstEnd = match ? start + match.index + match[0].length : Infinity;
    aspirationBySentence.set(start, firstEnd);
  }
  return firstEnd <= offset;
}

function ocrSuspect(ctx: TargetContext, hit: Hit<Quantity>): Diagnostic | null {
  const text = ctx.view.text;
  const clause = text.slice(clauseStart(text, hit.start), hit.start);
  if (!/比|达到|达|为|左右/.test(clause + text.slice(hit.end, hit.end + 3))) return null;
  return {
    severity: 'warning',
    code: 'ocr-suspect',
    message: `"${hit.text}" looks like a damaged number (a lost ":" or "."); no target was read from it`,
    span: spanOf(ctx.view, hit.start, hit.end),
  };
}

function targetsOf(ctx: TargetContext, r: Reading, judged: Judged, times: TargetTime[]): Target[] {
  const text = ctx.view.text;
  const metrics = r.hits.length > 1 ? distribute(judged.metric, r.hits.length) : null;
  const start = r.from + (JOINER.exec(text.slice(r.from, r.from + 2))?.[0].length ?? 0);
  return r.hits.map((hit, index) => ({
    text: text.slice(start, judged.end),
    metric: metrics?.[index] ?? judged.metric,
    value: hit.meaning.value,
    unit: hit.meaning.unit,
    comparator: judged.comparator,
    deadline: times[index] === 'past' ? null : (times[index] ?? null),
    aspirational: isAspirational(text, hit.start),
    // a target of a work-list row that runs over a page break can sit on a later page than its row
    ...placeAt(ctx.view, hit.start),
    span: characterSpanOf(ctx.view, start, judged.end),
  }));
}

export interface TargetResult {
  targets: Target[];
  diagnostics: Diagnostic[];
}

export function extractTargets(ctx: TargetContext): TargetResult {
  const text = ctx.view.text;
  const aside = asides(text);
  const hits = scan(text, QUANTITY_RULES).filter((hit) => isRunningNumber(ctx, hit, aside));
  const targets: Target[] = [];
  const diagnostics: Diagnostic[] = [];
  let previous: Judged | null = null;
  for (const group of groups(hits.filter((hit) => hit.meaning.shape !== 'ocr'), text)) {
    const clause = clauseStart(text, group[0]!.start);
    const joined = previous !== null && previous.accepted && previous.end >= clause && JOINER.test(text.slice(previous.end, previous.end + 2));
    const listed = joined || continuesList(text, previous, group[0]!, clause);
    const linked = listed || continuesDimensions(text, previous, group[0]!, clause) || sizesBuild(text, clause);
    const r = readGroup(text, group, joined && previous ? previous.end : clause);
    const accepted = isAccepted(text, r, linked);
    // "培育专精特新企业10家以上、“小巨人”企业2家": a trail word (以上) is its own value's, never the list's
    const inherited = listed && previous && !previous.trailed && (!measureApplies(r) || r.measure?.role === 'build') ? previous.comparator : null;
    const comparator = comparatorOf(text, r, inherited);
    const last = group[group.length - 1]!;
    const valueEnd = last.end + r.trailLength;
    // "使90%的常见病…在县域内就近得到医治": the share's noun belongs to the target's text
    const tailEnd = text[valueEnd] === '的' ? stretchEnd(text, valueEnd, CLAUSE_STOPS) : valueEnd;
    // "县医院100%达到医疗服务能力基本标准": with no word before it, the predicate after it is its own
    const predicate = !governing(r) && REACH_AFTER.test(r.object.slice(0, 2));
    const end = Math.max(tailEnd, group[0]!.meaning.shape === 'count' || predicate ? r.objectEnd : 0);
    // "2020年末，全市居民人均预期寿命提高到82.25岁": a sentence dated in the past reports, it does not commit
    const times = pairedTimes(ctx, r) ?? group.map((hit) => deadlineFor(ctx, hit.start));
    // a share completed with no time limit is progress ("…，完成年度目标的90%"), not a stage goal
    const staged = !isCompletionShare(text, r) || measureApplies(r) || r.trail !== null || times.some((time) => time !== null);
    const committed = accepted && staged && !times.includes('past');
    const own = committed ? metricOf(text, r) || (joined && previous ? previous.metric : '') : '';
    const metric = committed ? changeOfPrevious(text, r, own, previous) : '';
    const judged: Judged = { comparator, trailed: r.trail !== null, accepted: committed, metric, end, unit: group[0]!.meaning.unit };
    if (committed) targets.push(...targetsOf(ctx, r, judged, times));
    previous = committed ? judged : null;
  }
  for (const hit of hits) {
    const diagnostic = hit.meaning.shape === 'ocr' ? ocrSuspect(ctx, hit) : null;
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return { targets, diagnostics };
}
