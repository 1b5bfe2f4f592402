// The shapes a number takes in a plan: the first half of the targets grammar. Each row reads a
// quantity (value + unit); whether the plan commits to it is decided from its context in
// targets.ts. Rows are tried together, leftmost-longest: "5个百分点" beats "5个".
import type { Rule } from './grammar.js';
import { parseFraction, parseNumber } from '../text/numerals.js';

export type QuantityShape = 'percent' | 'ratio' | 'count' | 'level' | 'multiple' | 'points' | 'bare' | 'duration' | 'zero' | 'ocr';

export interface Quantity {
  value: number | string;
  unit: string;
  shape: QuantityShape;
  /** written in Chinese numerals ("两个"): these need a verb right before them to count */
  chinese: boolean;
}

// A number starts where its run of digits starts (the lookbehind): unanchored, each pattern was
// tried at every digit of a long run and scanned to its end, quadratic ("到111…1年", 12 KB: 3 s).
const NUM = '(?<!\\d)\\d+(?:\\.\\d+)?';
const INT = '(?<!\\d)\\d+';
// a numeral starts with a digit or 十: "万元收入" is money, not a count of 0; no plan writes one of
// more than a dozen characters (一千二百三十四万…), and the bound keeps a run of 一 linear; it is read
// as short as the unit after it allows, so "五千万元" is 5000 万元 as "5000万元" is
const CN = '[一二两三四五六七八九十][零一二两三四五六七八九十百千万]{0,11}?';
// "1-2个", "3—5家", "2至3个": one target whose value is the string "1-2"
// "1到2个" as well: 到 only ever joins two bare numbers here, the unit follows the second
const RANGE = '[-—–~～至到]';
// longest first, so "人次" is not read as "人"
export const COUNT_UNITS = [
  // "每万名就业人员中研发人员达到209人年以上": person-years of research work; "接种疫苗10万剂次": doses
  '微克/立方米', '万人次', '人次', '人年', '剂次', '万人', '万元', '亿元', '万美元', '亿美元', '平方公里', '平方米', '立方米', '公里', '千米', '公顷', '千瓦时', '千瓦', '小时', '分钟', '场次',
  '个', '家', '所', '间', '名', '人', '种', '项', '张', '床', '台', '套', '支', '批', '座', '处', '条', '辆', '例', '篇', '位', '户', '元', '天', '次', '岁', '场',
  // beyond health: "新建、改建旅游厕所6座", "查办案件不少于5件", "淘汰落后产能30吨", "造林绿化面积5000亩"
  '件', '吨', '亩', '株', '册', '期', '斤',
  // "市民运动球场8片", "新建安置房12栋", "新增路灯500盏", "铺设供水管网800米", "新增公交车辆20艘"
  '片', '栋', '盏', '米', '艘',
  // water, farming, outreach: "新打机井50口", "生猪出栏100万头", "植树10万棵", "发放宣传资料2万份",
  // "752只可控IP化高音喇叭", "建设足球场3块", "新建住宅楼6幢", "家禽存栏500万羽"
  '只', '头', '棵', '口', '份', '块', '幢', '羽',
  // "实际利用外资达到3亿美元", "外贸出口5000万美元"
  '美元',
  // "较大事故控制在1起以内", "新增公共充电桩3000根", "老旧小区加装电梯100部", "新打机井50眼"
  // (digits only: "一起", "一部分", "一眼"; "10部门" is no count, see targets.ts)
  '起', '根', '部', '眼',
] as const;
// "一批", "一支队伍", "一件事一次办", "一期工程", "一片", "一米阳光" are not numbers of anything
// ("一只手", "一头", "一口气", "一份力量", "一块牌子" too)
const CHINESE_COUNT_UNITS = COUNT_UNITS.filter((unit) => !['批', '支', '件', '期', '片', '栋', '盏', '米', '艘', '只', '头', '棵', '口', '份', '块', '幢', '羽', '起', '根', '部', '眼'].includes(unit));
// what ten thousands or hundred millions may count: "25万个", "2万公里", "5万亩", "10亿立方米",
// "胃肠癌联合筛查1万例", "植树5万棵", "生猪100万头", "开展演出1万场次", "发放资料10万份"
const MAGNITUDE_UNITS = '(名|个|家|套|张|户|所|项|间|台|座|亩|吨|斤|公里|千米|平方米|平方公里|立方米|公顷|千瓦时|千瓦|辆|件|株|册|盏|米|人次|人|美元|元|例|剂次|场次|场|条|处|只|头|棵|份|羽)';
// 万, 亿 and 万亿 ("粮食产量保持在1.3万亿斤以上")
const MAGNITUDE = '(万亿|万|亿)';
// a magnitude with nothing counted after it: "免费健康体检人数达1000万以上", "超过五千亿规模"
const MAGNITUDE_ALONE = `${MAGNITUDE}(?=以上|以下|左右|以内|规模|[，,。；;、）]|$)`;
const UNITS = `(${COUNT_UNITS.join('|')})`;
const CN_UNITS = `(${CHINESE_COUNT_UNITS.join('|')})`;

const num = (text: string | undefined): number | null => (text === undefined ? null : parseNumber(text));
// a run of 400 digits is Infinity, which no target can hold (the schema wants a finite number)
const quantity = (value: number | string | null, unit: string, shape: QuantityShape, chinese = false): Quantity | null =>
  value === null || value === Infinity ? null : { value, unit, shape, chinese };
const range = (low: string | undefined, high: string | undefined): string | null =>
  num(low) !== null && num(high) !== null ? `${num(low)}-${num(high)}` : null;

export const QUANTITY_RULES: readonly Rule<Quantity>[] = [
  {
    // OCR lost the colon of "1：2"; flagged, never read as 162
    pattern: new RegExp(`(${INT}) (\\d+)(?= ?(?:左右|以上|以下|[%：:，。；）]|$))`),
    meaning: (m) => quantity(`${m[1]} ${m[2]}`, '', 'ocr'),
    example: '逐步使公立医院医护比总体达到16 2 左右',
  },
  {
    pattern: new RegExp(`(${NUM})[:：](${NUM})`),
    meaning: (m) => quantity(`${m[1]}:${m[2]}`, 'ratio', 'ratio'),
    example: '增加护士配备，力争公立医院医护比总体达到1:2左右',
  },
  {
    pattern: new RegExp(`(${NUM})[%％]?${RANGE}(${NUM})[%％]`),
    meaning: (m) => quantity(range(m[1], m[2]), '%', 'percent'),
    example: '覆盖率达到30%-40%',
  },
  {
    pattern: new RegExp(`(${NUM})[%％]`),
    meaning: (m) => quantity(num(m[1]), '%', 'percent'),
    example: '三级公立医院日间手术占择期手术比例达20%以上',
  },
  {
    pattern: new RegExp(`(${NUM})‰`),
    meaning: (m) => quantity(num(m[1]), '‰', 'percent'),
    example: '孕产妇死亡率控制在0.8‰以下',
  },
  {
    // a rate per 100,000: "孕产妇死亡率下降到10/10万"
    pattern: new RegExp(`(${NUM})/(?:10万|十万)`),
    meaning: (m) => quantity(num(m[1]), '/10万', 'percent'),
    example: '孕产妇死亡率控制在12/10万以下',
  },
  {
    pattern: new RegExp(`(${NUM}|${CN})个?百分点`),
    meaning: (m) => quantity(num(m[1]), '百分点', 'points', !/\d/.test(m[1]!)),
    example: '基层诊疗量占比提高5个百分点',
  },
  {
    pattern: /(?:百分之|千分之)[零一二两三四五六七八九十百点]+/,
    meaning: (m) => {
      const fraction = parseFraction(m[0]);
      return fraction ? quantity(fraction.value, fraction.unit, 'percent', true) : null;
    },
    example: '出院患者满意度达到百分之八十五以上',
  },
  {
    pattern: new RegExp(`(${NUM}|${CN})倍`),
    meaning: (m) => quantity(num(m[1]), '倍', 'multiple', !/\d/.test(m[1]!)),
    example: '医院主要负责人薪酬水平原则上不高于本单位职工平均薪酬水平的3倍',
  },
  {
    // doubling: "数字经济规模翻一番" is 2 倍, "翻两番" 4 倍 (the verb 翻 commits by itself)
    pattern: /翻(一|两|二|三)番/,
    meaning: (m) => quantity(2 ** (m[1] === '一' ? 1 : m[1] === '三' ? 3 : 2), '倍', 'multiple'),
    example: '力争到2027年，全市数字经济规模翻一番',
  },
  {
    // digits only: "三级医院", "二级以上" name hospital grades, not targets
    pattern: new RegExp(`(${INT})级`),
    meaning: (m) => quantity(num(m[1]), '级', 'level'),
    example: '全州二级及以上公立医院电子病历应用水平平均级别力争达到5级',
  },
  {
    pattern: new RegExp(`(${INT})${RANGE}(\\d+)${UNITS}`),
    meaning: (m) => quantity(range(m[1], m[2]), m[3]!, 'count'),
    example: '每年增加1-2个专家工作站',
  },
  {
    // a range in Chinese numerals: "打造两到三个省级示范园区", "培育三至五家龙头企业"
    pattern: new RegExp(`([一二两三四五六七八九十])${RANGE}([一二两三四五六七八九十])${CN_UNITS}`),
    meaning: (m) => quantity(range(m[1], m[2]), m[3]!, 'count', true),
    example: '打造两到三个省级示范园区',
  },
  {
    // the unit written on both ends: "培育家庭农场50家至80家", "新建3个到5个"
    pattern: new RegExp(`(${INT})${UNITS}${RANGE}(\\d+)\\2(?!\\d)`),
    meaning: (m) => quantity(range(m[1], m[3]), m[2]!, 'count'),
    example: '培育家庭农场50家至80家',
  },
  {
    // a unit per another: "工业用电价格控制在0.6元/千瓦时以内", "污水处理费1.2元/吨", "亩均税收5万元/亩",
    // "每万人口全科医生3.5人/万人", "租金15元/平方米", "新增供水能力5万吨/日"; one unit as written
    pattern: new RegExp(`(${NUM})(万元|亿元|元|万人|人|万吨|吨|千克|公斤|度|千瓦时|万立方米|立方米)/(千瓦时|度|吨|亩|平方米|立方米|公顷|万人|千人|人|户|床|公里|千克|公斤|年|月|天|日|次|小时)`),
    meaning: (m) => quantity(num(m[1]), `${m[2]!}/${m[3]!}`, 'count'),
    example: '工业用电价格控制在0.6元/千瓦时以内',
  },
  {
    pattern: new RegExp(`(${NUM})${UNITS}`),
    meaning: (m) => quantity(num(m[1]), m[2]!, 'count'),
    example: '全县建成产科单间60间',
  },
  {
    // ten thousands of a counted thing: "培养1万名左右企业紧缺人才", "开通5G基站25万个", "建成确定性网络2万公里"
    pattern: new RegExp(`(${NUM})${MAGNITUDE}${MAGNITUDE_UNITS}`),
    meaning: (m) => quantity(num(m[1]), `${m[2]!}${m[3]!}`, 'count'),
    example: '5年内重点培训15万名中高级紧缺专业技术人才',
  },
  {
    pattern: new RegExp(`(${NUM})${MAGNITUDE_ALONE}`),
    meaning: (m) => quantity(num(m[1]), m[2]!, 'count'),
    example: '城乡居民免费健康体检人数达1000万以上',
  },
  {
    pattern: new RegExp(`(${CN})${MAGNITUDE_ALONE}`),
    meaning: (m) => quantity(num(m[1]), m[2]!, 'count', true),
    example: '力争实现全市8大重点产业集群总量超过五千亿规模',
  },
  {
    // a time limit in working days is one unit, as written: "压缩至15个工作日以内" → 15 个工作日,
    // "压缩至3工作日" → 3 工作日
    pattern: new RegExp(`(${NUM}|${CN})(个?工作日)`),
    meaning: (m) => quantity(num(m[1]), m[2]!, 'count', !/\d/.test(m[1]!)),
    example: '企业开办时间压缩至3个工作日以内',
  },
  {
    // a span reached ("平均生存周期达到5年"); targets.ts keeps it only right after a verb of reaching
    pattern: /(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)年(?=以上|左右|[，,。；;、）]|$)/,
    meaning: (m) => quantity(num(m[1]), '年', 'duration'),
    example: '平均生存周期达到5年',
  },
  {
    pattern: new RegExp(`(${CN})${MAGNITUDE}${MAGNITUDE_UNITS}`),
    meaning: (m) => quantity(num(m[1]), `${m[2]!}${m[3]!}`, 'count', true),
    example: '实现税收五千万元以上',
  },
  {
    pattern: new RegExp(`(${CN})${CN_UNITS}`),
    meaning: (m) => quantity(num(m[1]), m[2]!, 'count', true),
    example: '每年至少展开一次医疗服务价格调整工作',
  },
  {
    // zero as a word, held or reached: "城镇“零就业家庭”动态为零", "重大事故降为零" (not "化整为零")
    pattern: /(?<!化整为)(?<=[为到至])零(?=[，,。；;、）)\n]|$)/,
    meaning: () => quantity(0, '', 'zero', true),
    example: '城镇“零就业家庭”动态为零',
  },
  {
    // a number with no unit counts only after a verb of reaching ("指数值分别达到2、1.5左右")
    pattern: new RegExp(`(${NUM})(?= ?(?:左右|以上|以下|以内|之内)|、\\d|[，。；）\\n]|$)`),
    meaning: (m) => quantity(num(m[1]), '', 'bare'),
    example: '力争病例组合指数（CMI）值分别达到2、1.5左右',
  },
];
