import { describe, expect, it } from 'vitest';
import { carriedUnitsOf, extractResponsibility, noteRanges, statesFirstListedLead, withoutClosingNote } from '../../src/extract/responsibility.js';
import { extractBufferInThread as extractBuffer } from '../../src/index.js';
import { joinLocated, located } from '../../src/text/located.js';
import { flatten } from '../helpers.js';

const units = (body: string, cell?: string, firstListedLeads = false) => {
  const { lead, support } = extractResponsibility(located(body, 1), cell === undefined ? null : located(cell, 9), { firstListedLeads });
  return { lead, support };
};

describe('responsibility notes', () => {
  it.each([
    [
      'lead and support labels (001)',
      '落实公立医院党建工作责任。（牵头单位：自治州卫生健康委 责任单位：自治州党委组织部，各县<市>人民政府）',
      { lead: ['自治州卫生健康委'], support: ['自治州党委组织部', '各县<市>人民政府'] },
    ],
    [
      'omitted prefix inherited in a 、-list, not across a comma (001)',
      '（牵头单位：自治州发展和改革委员会、卫生健康委 责任单位：自治州教育局、科学技术局、医疗保障局，各县<市>人民政府）',
      {
        lead: ['自治州发展和改革委员会', '自治州卫生健康委'],
        support: ['自治州教育局', '自治州科学技术局', '自治州医疗保障局', '各县<市>人民政府'],
      },
    ],
    [
      'a unit after a comma keeps its own name (001)',
      '（牵头单位：自治州卫生健康委 责任单位：自治州科学技术局、市场监督管理局，克孜勒苏银保监分局，各县<市>人民政府）',
      {
        lead: ['自治州卫生健康委'],
        support: ['自治州科学技术局', '自治州市场监督管理局', '克孜勒苏银保监分局', '各县<市>人民政府'],
      },
    ],
    [
      'half-width colon after the label (001)',
      '（牵头单位:自治州卫生健康委 责任单位:自治州党委编办，自治州人力资源和社会保障局，各县<市>人民政府）',
      { lead: ['自治州卫生健康委'], support: ['自治州党委编办', '自治州人力资源和社会保障局', '各县<市>人民政府'] },
    ],
    [
      'lead; support by duty (003)',
      '（牵头单位：县卫生健康局；县委组织部、县人力资源和社会保障局、县乡村振兴局按照职责分工负责）',
      { lead: ['县卫生健康局'], support: ['县委组织部', '县人力资源和社会保障局', '县乡村振兴局'] },
    ],
    [
      'every unit under the 牵头单位 label leads when no semicolon splits them (003)',
      '（牵头单位：县卫生健康局、县财政局按照职责分工负责）',
      { lead: ['县卫生健康局', '县财政局'], support: [] },
    ],
    [
      '按照职责负责 and names that start without the county prefix (003)',
      '（牵头单位：县卫生健康局；县委宣传部、县民政局、团县委、县总工会、县妇联、县红十字会按照职责负责）',
      { lead: ['县卫生健康局'], support: ['县委宣传部', '县民政局', '团县委', '县总工会', '县妇联', '县红十字会'] },
    ],
    [
      'unmarked list → support (000)',
      '（市卫生健康委、市发展改革委、市财政局，各县区人民政府按照职责分工负责）',
      { lead: [], support: ['市卫生健康委', '市发展改革委', '市财政局', '各县区人民政府'] },
    ],
    [
      '责任部门 with a stray space inside a name and inside the label (004)',
      '(责任部门:市卫健委、市委编办、市 发改委、市科技局)(责 任部门: 市人社局)',
      { lead: [], support: ['市卫健委', '市委编办', '市发改委', '市科技局', '市人社局'] },
    ],
    [
      'a note broken over a line (000)',
      '建成2—4个省级中医优势专科和特色专科。（责任单位：\n市卫生健康委、市发展改革委）',
      { lead: [], support: ['市卫生健康委', '市发展改革委'] },
    ],
    [
      'a labelled line in the body (000)',
      '建立资源分类配置标准，严禁公立医院自行举债建设。\n责任单位：县发展和改革委员会、县财政局、县卫生健康局',
      { lead: [], support: ['县发展和改革委员会', '县财政局', '县卫生健康局'] },
    ],
    [
      'a bracket left open earlier does not swallow the note (004)',
      '落实《工作措施》（朔办字〔2020〕19号〕文件精神。发挥作用。(责任部门:市卫健委、市市场监管局)',
      { lead: [], support: ['市卫健委', '市市场监管局'] },
    ],
    [
      '各县（市）人民政府 kept whole',
      '（牵头单位：州卫生健康委；州财政局，各县（市）人民政府按职责分工负责）',
      { lead: ['州卫生健康委'], support: ['州财政局', '各县（市）人民政府'] },
    ],
    [
      'other labels and 等 (another province)',
      '（牵头部门：市医保局；配合部门：市财政局、卫生健康委等）',
      { lead: ['市医保局'], support: ['市财政局', '市卫生健康委'] },
    ],
    [
      'party departments inherit the committee (another province)',
      '（责任单位：市委组织部、宣传部，市卫生健康委）',
      { lead: [], support: ['市委组织部', '市委宣传部', '市卫生健康委'] },
    ],
    [
      'a named place prefix (another province)',
      '（牵头单位：广安市卫生健康委、发展改革委）',
      { lead: ['广安市卫生健康委', '广安市发展改革委'], support: [] },
    ],
    [
      'roles by verb: A牵头，B配合 (variant)',
      '平均住院日控制在8天以内。（省卫生健康委牵头，省医保局、省财政厅配合）',
      { lead: ['省卫生健康委'], support: ['省医保局', '省财政厅'] },
    ],
    [
      'roles by verb: A牵头负责，B参与 (variant)',
      '建成胸痛中心。（市卫生健康委牵头负责，各区人民政府参与）',
      { lead: ['市卫生健康委'], support: ['各区人民政府'] },
    ],
    // those who carry a task out support it, whatever verb says so
    [
      '抓好落实 after a duty run (variant)',
      '（市发改委、市财政局按职责分工负责，各县区人民政府抓好落实）',
      { lead: [], support: ['市发改委', '市财政局', '各县区人民政府'] },
    ],
    [
      '具体实施 after 牵头 and 配合 runs (variant)',
      '（县发改局牵头，县直相关部门配合，各乡镇具体实施）',
      { lead: ['县发改局'], support: ['县直相关部门', '各乡镇'] },
    ],
    ['组织落实 (variant)', '（州教育局牵头，各县市人民政府组织落实）', { lead: ['州教育局'], support: ['各县市人民政府'] }],
    // more lead verbs: 负总责, 共同牵头, 统筹; 会同 joins a helper to the unit that answers
    ['负总责 beside 配合 (variant)', '（县发改局负总责，县财政局配合）', { lead: ['县发改局'], support: ['县财政局'] }],
    ['共同牵头 (variant)', '（市商务局、市文旅局共同牵头，各区配合）', { lead: ['市商务局', '市文旅局'], support: ['各区'] }],
    ['统筹 against 负责 (variant)', '（县发改局统筹，各乡镇负责）', { lead: ['县发改局'], support: ['各乡镇'] }],
    ['A会同B负责 (variant)', '（区民政局会同区财政局负责）', { lead: ['区民政局'], support: ['区财政局'] }],
    ['负责 then 落实, closing the item (variant)', '（县发改局负责，各乡镇人民政府落实）', { lead: ['县发改局'], support: ['各乡镇人民政府'] }],
    // bare labels 主办 / 协办 / 主责 / 协同, and 承办单位 against 协办单位
    ['主办: and 协办: labels (variant)', '（主办：县发改局；协办：县财政局）', { lead: ['县发改局'], support: ['县财政局'] }],
    ['主责: and 协同: labels (variant)', '（主责：区住建局；协同：区财政局、各街道）', { lead: ['区住建局'], support: ['区财政局', '各街道'] }],
    ['实施主体: label (variant)', '（牵头单位：县农业农村局；实施主体：各乡镇人民政府）', { lead: ['县农业农村局'], support: ['各乡镇人民政府'] }],
    ['落实主体: label (variant)', '（落实主体：各街道办事处、区直有关部门）', { lead: [], support: ['各街道办事处', '区直有关部门'] }],
    ['承办单位 against 协办单位 (variant)', '（承办单位：市卫健委；协办单位：市医保局）', { lead: ['市卫健委'], support: ['市医保局'] }],
    // 牵头 and the duty phrase take whatever verb an office closes them with
    ['牵头推进 (variant)', '建设智慧城市。（市数据局牵头推进，市财政局配合）', { lead: ['市数据局'], support: ['市财政局'] }],
    ['牵头组织 alone (variant)', '举办招商推介会。（县投资促进局牵头组织）', { lead: ['县投资促进局'], support: [] }],
    [
      '按职责分工推进 after a 牵头抓总 run (variant)',
      '（区发改局牵头抓总，区住建局、区交通局，各街道按职责分工推进）',
      { lead: ['区发改局'], support: ['区住建局', '区交通局', '各街道'] },
    ],
    [
      '按照职责分工抓好落实, unmarked (variant)',
      '（省交通运输厅、水利厅等省有关部门和各地级以上市人民政府按照职责分工抓好落实）',
      { lead: [], support: ['省交通运输厅', '水利厅等省有关部门和各地级以上市人民政府'] },
    ],
    [
      'a sentence that assigns roles, without brackets (variant)',
      '建立医联体。由市卫健委牵头，市医保局、市财政局配合，各区县政府具体落实。',
      { lead: ['市卫健委'], support: ['市医保局', '市财政局', '各区县政府'] },
    ],
    [
      'a deadline field inside the note (variant)',
      '达到三级医院服务能力。（责任单位：市卫生健康委、市发展改革委；完成时限：2023年12月）',
      { lead: [], support: ['市卫生健康委', '市发展改革委'] },
    ],
    [
      'a time clause after the duty phrase (variant)',
      '完成县级医院提标扩能改造。（县发展改革局、县卫生健康局按职责分工负责，2022年6月底前完成）',
      { lead: [], support: ['县发展改革局', '县卫生健康局'] },
    ],
    [
      'a bracketed list of places inside a name, in a duty note (real plans)',
      '推进医共体建设。（区卫生健康局，各乡（镇、街道）人民政府按职责分工负责）',
      { lead: [], support: ['区卫生健康局', '各乡（镇、街道）人民政府'] },
    ],
    [
      'a collective name ending in a bracket, in a duty note (variant)',
      '繁荣群众文艺。（区委宣传部、区文旅局，各镇（街道）按职责分工负责）',
      { lead: [], support: ['区委宣传部', '区文旅局', '各镇（街道）'] },
    ],
    ['collective place names closing an item (variant)', '推广家庭医生签约。（市卫健委、各县市区）', { lead: [], support: ['市卫健委', '各县市区'] }],
    [
      'a bracketed list of places inside a name, after a label (real plans)',
      '（牵头单位：州卫生健康委；责任单位：州财政局，各县（市、区）人民政府）',
      { lead: ['州卫生健康委'], support: ['州财政局', '各县（市、区）人民政府'] },
    ],
    [
      'a role sentence whose last run names places in brackets (real plans)',
      '打造示范中心。由市医保局牵头，市卫健委配合，各县（市、区）人民政府具体落实。',
      { lead: ['市医保局'], support: ['市卫健委', '各县（市、区）人民政府'] },
    ],
    [
      'labelled lines: 牵头责任单位 and 主要协作单位 (real plans)',
      '推广家庭医生签约服务。\n牵头责任单位：区卫健委、区民政局\n主要协作单位：各街道办事处、高新区管委会，区政府有关部门',
      { lead: ['区卫健委', '区民政局'], support: ['各街道办事处', '高新区管委会', '区政府有关部门'] },
    ],
    [
      'A牵头 then B by duty, unlabelled (whole plans)',
      '推进集成电路项目。（省发展改革委牵头，省商务厅按职责分工负责）',
      { lead: ['省发展改革委'], support: ['省商务厅'] },
    ],
    [
      'A牵头, a bare run, then units by duty (whole plans)',
      '丰富支付场景。（市金融办牵头，市委网信办，市市场监管局、市税务局按职责分工负责）',
      { lead: ['市金融办'], support: ['市委网信办', '市市场监管局', '市税务局'] },
    ],
    [
      '各有关单位 closes a duty run (whole plans)',
      '开放应用场景。（市科技局牵头，各有关单位按职责分工负责）',
      { lead: ['市科技局'], support: ['各有关单位'] },
    ],
    [
      'units by duty, then local governments that carry it out (whole plans)',
      '建设算力平台。（省科技厅、教育厅按职责分工负责，各地级以上市人民政府结合实际落实）',
      { lead: [], support: ['省科技厅', '省教育厅', '各地级以上市人民政府'] },
    ],
    [
      '各区、县级市 is read as names, split at the 、 as written (whole plans)',
      '培养技能人才。（牵头单位：市人社局，配合单位：市教育局，各区、县级市）',
      { lead: ['市人社局'], support: ['市教育局', '各区', '县级市'] },
    ],
    [
      '各县、市、区人民政府 split as written; a lone level word is no name (whole plans)',
      '（牵头单位：州民政局；各县、市、区人民政府按职责分工负责）',
      { lead: ['州民政局'], support: ['各县', '区人民政府'] },
    ],
    [
      '各乡、镇人民政府 split as written (variant)',
      '（牵头单位：市发改局；责任单位：市统计局，各乡、镇人民政府，各管理区）',
      { lead: ['市发改局'], support: ['市统计局', '各乡', '镇人民政府', '各管理区'] },
    ],
    [
      '各镇、街道 split as written (variant)',
      '（县住建局牵头，各镇、街道配合）',
      { lead: ['县住建局'], support: ['各镇', '街道'] },
    ],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  // Every bracket a note is written in, with labels and with verbs
  it.each([
    [
      '〔〕 with labels, a comma between them and a bracket inside a name (dev 13)',
      '组织开展评估工作，保障各承接事项有效落实。〔牵头单位：区政府办公室，责任单位：区政府有关部门，各街道（功能区）〕',
      { lead: ['区政府办公室'], support: ['区政府有关部门', '各街道（功能区）'] },
    ],
    [
      '〔〕 with verbs, ASCII brackets inside a name (dev 02)',
      '推出系列活动。〔市文物局、市文化和旅游局牵头,各县(区)政府配合〕',
      { lead: ['市文物局', '市文化和旅游局'], support: ['各县(区)政府'] },
    ],
    [
      '[] with a label (dev 23)',
      '加快园区道路建设。[责任单位:新城街道办事处、区住建局、城投集团有限公司]',
      { lead: [], support: ['新城街道办事处', '区住建局', '城投集团有限公司'] },
    ],
    [
      '[] with verbs (variant)',
      '建成工业大数据中心协同体系。[省工业和信息化厅、省通信管理局牵头,省大数据局参与]',
      { lead: ['省工业和信息化厅', '省通信管理局'], support: ['省大数据局'] },
    ],
    [
      '【】 with labels (variant)',
      '推进智慧医院建设。【牵头单位：市卫生健康委；配合单位：市大数据局、市财政局】',
      { lead: ['市卫生健康委'], support: ['市大数据局', '市财政局'] },
    ],
    [
      '【】 with 负责 (variant): the one unit answering for the task leads',
      '办好乡村旅游节会。【县文化和旅游局负责】',
      { lead: ['县文化和旅游局'], support: [] },
    ],
    [
      '［］ full-width square brackets with labels (variant)',
      '完善农村公路网。［牵头部门：县交通运输局 配合部门：县财政局、县自然资源局］',
      { lead: ['县交通运输局'], support: ['县财政局', '县自然资源局'] },
    ],
    [
      'ASCII () with verbs and a duty phrase (variant)',
      '扩大消费。(区商务局牵头,区财政局、区市场监管局按职责分工负责)',
      { lead: ['区商务局'], support: ['区财政局', '区市场监管局'] },
    ],
    [
      '〖〗 with a label (variant)',
      '开展专项整治。〖责任单位：县市场监管局、县公安局〗',
      { lead: [], support: ['县市场监管局', '县公安局'] },
    ],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  // Labels of other offices: 科室, 股室, 处室, 部门分工, 实施部门, 责任主体 …
  it.each([
    ['责任科室 (a hospital plan)', '落实分级诊疗。（责任科室：医政医管科、财务科）', { lead: [], support: ['医政医管科', '财务科'] }],
    [
      '牵头科室 and 配合科室 (a hospital plan)',
      '推进日间手术。（牵头科室：医务科；配合科室：护理部、信息科）',
      { lead: ['医务科'], support: ['护理部', '信息科'] },
    ],
    [
      '责任股室 on its own line (a county bureau)',
      '完成年度免费开放任务。\n责任股室：文化宣传股、文化馆、图书馆',
      { lead: [], support: ['文化宣传股', '文化馆', '图书馆'] },
    ],
    [
      '牵头处室 and 责任处室 (a provincial department)',
      '编制专项规划。（牵头处室：规划处；责任处室：财务处、人事处）',
      { lead: ['规划处'], support: ['财务处', '人事处'] },
    ],
    [
      '牵头责任单位 and 主要协作单位 in a bracket (variant)',
      '（牵头责任单位：市商务局；主要协作单位：市发展改革委、市财政局）',
      { lead: ['市商务局'], support: ['市发展改革委', '市财政局'] },
    ],
    ['牵头责任部门 (variant)', '（牵头责任部门：市市场监管局）', { lead: ['市市场监管局'], support: [] }],
    ['实施部门 (variant)', '推进老旧小区改造。（实施部门：区住房城乡建设局、区城管局）', { lead: [], support: ['区住房城乡建设局', '区城管局'] }],
    ['责任主体 (variant)', '（责任主体：各乡镇人民政府、各街道办事处）', { lead: [], support: ['各乡镇人民政府', '各街道办事处'] }],
    [
      '部门分工 on its own line, with verbs (variant)',
      '扩大有效投资。\n部门分工：省发展改革委牵头，省财政厅、省商务厅配合',
      { lead: ['省发展改革委'], support: ['省财政厅', '省商务厅'] },
    ],
    [
      'verbs inside a 责任单位 label (variant)',
      '（责任单位：市发展改革委牵头，市财政局、市自然资源局配合）',
      { lead: ['市发展改革委'], support: ['市财政局', '市自然资源局'] },
    ],
    [
      'a lead label, then a comma run closed by the duty phrase (variant)',
      '（牵头单位：市卫生健康委，市医保局、市财政局按职责分工负责）',
      { lead: ['市卫生健康委'], support: ['市医保局', '市财政局'] },
    ],
    [
      '主要责任单位 leads, 其他责任单位 support (a county plan)',
      '推进园区建设。\n主要责任单位：县发改局\n其他责任单位：县财政局、县自然资源局',
      { lead: ['县发改局'], support: ['县财政局', '县自然资源局'] },
    ],
    [
      'roles named after 为 (variant)',
      '（市卫健委为牵头单位，市财政局、市医保局为配合单位）',
      { lead: ['市卫健委'], support: ['市财政局', '市医保局'] },
    ],
    [
      '（牵头） after a name marks the lead (variant)',
      '（责任单位：市卫健委（牵头）、市医保局、市财政局）',
      { lead: ['市卫健委'], support: ['市医保局', '市财政局'] },
    ],
    [
      '（牵头单位） after a name marks the lead (variant)',
      '（责任部门：县住建局（牵头单位）、县自然资源局）',
      { lead: ['县住建局'], support: ['县自然资源局'] },
    ],
    [
      'words before a label that are not names stay out (variant)',
      '（根据工作需要，牵头单位：市卫健委；配合单位：市财政局）',
      { lead: ['市卫健委'], support: ['市财政局'] },
    ],
    [
      'labels inline after a comma, the list ending with its sentence (variant)',
      '加快园区道路建设，牵头单位：区住建局，责任单位：区财政局、各街道。年底前完成主干道改造。',
      { lead: ['区住建局'], support: ['区财政局', '各街道'] },
    ],
    [
      'a label alone on its line, the names on the next (variant)',
      '推进城市更新。\n牵头单位：\n区住建局\n责任单位：\n区财政局、各街道',
      { lead: ['区住建局'], support: ['区财政局', '各街道'] },
    ],
    [
      'labels in 【】 on their own lines (variant)',
      '推进城市更新。\n【牵头单位】区住建局\n【责任单位】区财政局、各街道',
      { lead: ['区住建局'], support: ['区财政局', '各街道'] },
    ],
    [
      'labels in 【】 inline after the task (variant)',
      '优化营商环境【牵头单位】区发改局【配合单位】区市场监管局、区行政审批局',
      { lead: ['区发改局'], support: ['区市场监管局', '区行政审批局'] },
    ],
    ['a label in 〔〕 with a colon after it (variant)', '开展爱国卫生运动。〔责任单位〕：市卫健委、市城管局', { lead: [], support: ['市卫健委', '市城管局'] }],
    [
      'own-line labels: 牵头单位 then 责任单位 with mixed separators (dev 17)',
      '努力实现地区生产总值增长6%左右。\n牵头单位:区发改局\n责任单位:经济开发区,各街道、区直各部门',
      { lead: ['区发改局'], support: ['经济开发区', '各街道', '区直各部门'] },
    ],
    // a note whose bracket holds a full stop is no bracket group, but its label still opens a list
    [
      'a label in 〔〕 holding a rule sentence after a full stop (variant)',
      '深化数据要素应用。〔责任单位:省发展改革委、省市场监管局、商务厅按职责分工负责。具体任务均涉及各市(州)人民政府,不再做分工。〕',
      { lead: [], support: ['省发展改革委', '省市场监管局', '省商务厅'] },
    ],
    [
      'a label in （） whose list ends a sentence inside it (variant)',
      '推进县域商业体系建设。（牵头单位：县商务局；县财政局、县供销社按职责分工负责。各乡镇抓好落实。）',
      // the townships that carry it out support it too
      { lead: ['县商务局'], support: ['县财政局', '县供销社', '各乡镇'] },
    ],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  // 承办 against 协办, 负责 against 配合/参与: the unit that undertakes or answers for the task leads
  // when another is written as assisting it (real 19); in a note 负责 alone leads too, in a sentence
  // ("由市卫健委负责，定期通报…") it is no attribution
  it.each([
    [
      '由A承办，B、C协办 as a sentence (real 19)',
      '由省经贸委承办，省农业厅、卫生厅、福建出入境检验检疫局协办。治理工作目标：定点屠宰率达85%以上。',
      { lead: ['省经贸委'], support: ['省农业厅', '省卫生厅', '福建出入境检验检疫局'] },
    ],
    [
      '由A负责，B配合, then the task in the same sentence (real 19)',
      '由省经贸委负责，省农业厅、环保局配合，加快省级无公害畜禽基地建设，确定一批基地。',
      { lead: ['省经贸委'], support: ['省农业厅', '省环保局'] },
    ],
    [
      'a second attribution without 由 later in the item (real 19)',
      '由省经贸委负责，省农业厅配合，加快基地建设。省农业厅做好认证工作。省海洋与渔业局、省林业局负责，省农业厅配合，强化出口备案基地监管。',
      { lead: ['省经贸委', '省海洋与渔业局', '省林业局'], support: ['省农业厅'] },
    ],
    [
      '由A牵头，B参与, then the task (variant)',
      '由区教育局牵头，区卫生健康局、区体育局参与，开展校园健康促进行动。',
      { lead: ['区教育局'], support: ['区卫生健康局', '区体育局'] },
    ],
    [
      'after a colon, with a county bureau (variant)',
      '主要措施：由县交通运输局负责，县公安局、各乡镇人民政府配合，优化农村客运线路。',
      { lead: ['县交通运输局'], support: ['县公安局', '各乡镇人民政府'] },
    ],
    [
      '分别负责 beside 配合 (variant)',
      '市文化广电旅游局、市体育局分别负责，各县区人民政府配合，办好节会赛事。',
      { lead: ['市文化广电旅游局', '市体育局'], support: ['各县区人民政府'] },
    ],
    [
      'in a bracket: 承办 and 协办 (variant)',
      '举办全市职业技能大赛。（市人力资源社会保障局承办，市总工会、团市委协办）',
      { lead: ['市人力资源社会保障局'], support: ['市总工会', '团市委'] },
    ],
    [
      'in a bracket: 负责 and 配合 (variant)',
      '完成农村危房改造。（县住建局负责，县财政局、各乡镇配合）',
      { lead: ['县住建局'], support: ['县财政局', '各乡镇'] },
    ],
    [
      '负责 beside a duty phrase leads, the duty phrase supports (variant)',
      '（市卫健委负责，市财政局按职责分工负责）',
      { lead: ['市卫健委'], support: ['市财政局'] },
    ],
    // a lone 负责 / 分别负责 in a note answers for the task: the lead (real2 README: verb attributions)
    ['a lone 负责 in a note (variant)', '地区生产总值增长7%左右。（省发展改革委负责）', { lead: ['省发展改革委'], support: [] }],
    ['a lone 负责 after ASCII brackets (variant)', '进出口总额增长5%。(市商务局负责)', { lead: ['市商务局'], support: [] }],
    [
      '分别负责: every unit answers for its part (variant)',
      '城乡居民收入均增长8%。（县发改局、县农业农村局、县统计局分别负责）',
      { lead: ['县发改局', '县农业农村局', '县统计局'], support: [] },
    ],
    [
      '主办 and 协办 in a note (variant)',
      '公共财政收入增长9%左右。（市财政局主办，市税务局、市统计局协办）',
      { lead: ['市财政局'], support: ['市税务局', '市统计局'] },
    ],
    [
      '负责 after a 牵头 run is the others\' share, not a lead (variant)',
      '（市卫健委牵头，各县区人民政府负责）',
      { lead: ['市卫健委'], support: ['各县区人民政府'] },
    ],
    [
      'a duty phrase alone marks no lead (variant)',
      '（区发改局、区财政局按职责分工负责）',
      { lead: [], support: ['区发改局', '区财政局'] },
    ],
    // round 4: a 由-clause names the lead in running text, whatever verb follows 会同/联合
    ['由A会同B and a verb', '由市农业农村局会同市住建局开展村庄清洁行动。', { lead: ['市农业农村局'], support: ['市住建局'] }],
    ['由A联合B', '由市教育局联合市卫健委开展专项检查。', { lead: ['市教育局'], support: ['市卫健委'] }],
    ['由A牵头，会同B', '由区卫健委牵头，会同区财政局制定实施细则。', { lead: ['区卫健委'], support: ['区财政局'] }],
    ['由A协同B', '由州生态环境局协同州水利局、州自然资源局摸排风险点位。', { lead: ['州生态环境局'], support: ['州水利局', '州自然资源局'] }],
    [
      '由A会同B、C等部门 after a comma, closing with 等部门',
      '关于严守耕地保护红线的问题，由国土资源部会同农业部、水利部等部门负责落实。',
      { lead: ['国土资源部'], support: ['农业部', '水利部'] },
    ],
    ['the longest name before a known verb', '由县委组织部会同县人社局、县委宣传部组织开展培训。', { lead: ['县委组织部'], support: ['县人社局', '县委宣传部'] }],
    ['会同有关部门: a generic word is no unit', '由县商务局会同有关部门研究制定扶持办法。', { lead: ['县商务局'], support: [] }],
    ['由A牵头 alone, then a time', '由县民政局牵头，2025年底前完成。', { lead: ['县民政局'], support: [] }],
    ['由A负责 alone, then the task', '由市卫健委负责，定期通报工作进展。', { lead: ['市卫健委'], support: [] }],
    ['由A牵头 alone at the head of a sentence', '完善制度。由医院党委牵头，制定医院章程，健全决策机制。', { lead: ['医院党委'], support: [] }],
    ['a note closed by an ongoing limit', '加强养老服务（县发改局负责，长期坚持）', { lead: ['县发改局'], support: [] }],
    ['a note closed by 年内完成', '推进改造（市住建局牵头，市财政局配合，年内完成）', { lead: ['市住建局'], support: ['市财政局'] }],
    ['a note closed by a year in Chinese numerals', '推进工作（市民政局牵头，二〇二五年底前完成）', { lead: ['市民政局'], support: [] }],
    ['a lead label that names a person too', '牵头单位及责任人：县发改局 张三', { lead: ['县发改局'], support: [] }],
    ['a support label that names a person too', '（牵头单位：区卫健委；责任单位及负责人：区财政局 李四）', { lead: ['区卫健委'], support: ['区财政局'] }],
    // the label family: a role word before an office word, in forms no row lists
    ['主要责任处室 and 协办处室 (a bureau)', '深化教育综合改革。主要责任处室：政策法规处；协办处室：办公室、财务处。', { lead: ['政策法规处'], support: ['办公室', '财务处'] }],
    ['落实单位 (a city)', '做好学生资助工作。落实单位：市学生资助管理中心。', { lead: [], support: ['市学生资助管理中心'] }],
    ['牵头股室 and 配合股室 (a county bureau)', '（牵头股室：文物股；配合股室：办公室、财务股）', { lead: ['文物股'], support: ['办公室', '财务股'] }],
    ['参与部门 after 主办单位 (a district)', '主办单位：区文旅局；参与部门：区教育局、区体育中心', { lead: ['区文旅局'], support: ['区教育局', '区体育中心'] }],
    ['a bracket inside a labelled list is part of a name', '建立村规民约。责任部门：县民政局；协同部门：各乡镇（街道）。', { lead: [], support: ['县民政局', '各乡镇（街道）'] }],
    // a sentence of names and the duty they carry out
    ['names closed by the duty phrase, a sentence of their own', '加大资金投入。县财政局、县农业农村局按职责分工负责。', { lead: [], support: ['县财政局', '县农业农村局'] }],
    ['collective names that carry the task out', '落实属地责任。各乡镇人民政府、各街道办事处抓好落实。', { lead: [], support: ['各乡镇人民政府', '各街道办事处'] }],
    ['who carries it out after a lead and a supporter supports', '开展村庄清洁行动。县农业农村局牵头，县妇联、团县委配合，各乡镇具体负责。', { lead: ['县农业农村局'], support: ['县妇联', '团县委', '各乡镇'] }],
    ['a lead sentence, then the duty of the rest after a semicolon', '优化涉企执法检查。区司法局牵头；区市场监管局、区应急局等部门按职责分工负责。', { lead: ['区司法局'], support: ['区市场监管局', '区应急局'] }],
    ['units that answer for it, a sentence of their own, as in a note', '落实减税降费政策。区税务局、区财政局负责。', { lead: ['区税务局', '区财政局'], support: [] }],
    ['the duty in other words', '强化要素保障。区自然资源局、区发改局、区人社局按各自职责推进落实。', { lead: [], support: ['区自然资源局', '区发改局', '区人社局'] }],
    ['负责单位 is a label too', '推进“一网通办”。负责单位：区政务服务中心', { lead: [], support: ['区政务服务中心'] }],
    // 会同 opens a clause as 由…会同 does
    ['a unit and 会同 with no 由', '推进产教融合。市教育局职成处会同市人社局、市工信局推进。', { lead: ['市教育局职成处'], support: ['市人社局', '市工信局'] }],
    ['after a comma', '为加快项目建设，县发改局会同县财政局、县自然资源局制定推进方案。', { lead: ['县发改局'], support: ['县财政局', '县自然资源局'] }],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  it.each([
    ['a unit undertaking a task alone', '由市商务局承办，邀请企业参展。'],
    ['a slogan of roles', '坚持政府负责，部门配合，社会参与。'],
    ['a mechanism led by a unit', '建立由市政府牵头，各部门配合的协调机制。'],
    ['a unit leading a task, others taking part in prose', '市卫健委负责，会同有关部门参与的联席会议每季度召开一次。'],
    ['会同 in prose after no unit', '建立健全会同机制，形成工作合力。'],
    ['a mechanism 会同 names', '完善部门会同审查制度，提高审批效率。'],
    ['one unit that answers, a sentence of its own, is no duty carried out', '本方案由县发改局负责解释。'],
    ['a sentence naming who carries out in general', '各地要结合实际抓好落实。'],
  ])('%s is no attribution', (_label, body) => {
    expect(units(body)).toEqual({ lead: [], support: [] });
  });

  // Officials and persons beside the units are never units
  it.each([
    [
      'officials before the verbs (dev 14)',
      '(分管副省长、协管副秘书长负责,省发展改革委牵头,省财政厅、省统计局按职责分工负责)',
      { lead: ['省发展改革委'], support: ['省财政厅', '省统计局'] },
    ],
    [
      'a vice-mayor, then a lead and a supporter (variant)',
      '推进城市更新。（分管副市长负责，市住建局牵头，市自然资源局配合）',
      { lead: ['市住建局'], support: ['市自然资源局'] },
    ],
    [
      '常务副县长 and an office head (variant)',
      '（常务副县长、县政府办主任负责，县发改局牵头，各乡镇配合）',
      { lead: ['县发改局'], support: ['各乡镇'] },
    ],
    [
      'a 县领导 label beside the unit labels (variant)',
      '（县领导：张三；牵头单位：县农业农村局；责任单位：各乡镇）',
      { lead: ['县农业农村局'], support: ['各乡镇'] },
    ],
    [
      '责任领导 before 责任单位 (variant)',
      '（责任领导：李四 责任单位：区发改局、区统计局）',
      { lead: [], support: ['区发改局', '区统计局'] },
    ],
    [
      '分线领导 and 主要责任人 are person fields (a county plan)',
      '（分线领导：赵六；主要责任人：钱七；责任单位：县住建局）',
      { lead: [], support: ['县住建局'] },
    ],
    [
      '牵头领导 is not the 牵头 label (variant)',
      '（牵头领导：王五副区长；牵头单位：区城管局）',
      { lead: ['区城管局'], support: [] },
    ],
    [
      'an official inside a list of units (variant)',
      '（分管副区长、区教育局、区财政局按职责分工负责）',
      { lead: [], support: ['区教育局', '区财政局'] },
    ],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  // A list cut off at the end of the text keeps the names written out whole
  it.each([
    [
      'officials, a lead and a list cut after a bare prefix (dev 14)',
      '万元GDP能耗下降2.5%（分管副省长负责，省发展改革委牵头，省工业和信息化厅、省',
      { lead: ['省发展改革委'], support: ['省工业和信息化厅'] },
    ],
    [
      'a label left with a fragment of a name (dev 13)',
      '不断优化申报模式。（牵头单位：区行政审批服务局、区发展改革局；责任单位：区政',
      { lead: ['区行政审批服务局', '区发展改革局'], support: [] },
    ],
    [
      'a cut list whose last name is whole (variant)',
      '推进项目建设。（牵头单位：市发改委；责任单位：市财政局、市自然资源局',
      { lead: ['市发改委'], support: ['市财政局', '市自然资源局'] },
    ],
    [
      'cut inside a bracket within a name (variant)',
      '（牵头单位：县民政局；责任单位：县财政局，各乡（镇',
      { lead: ['县民政局'], support: ['县财政局'] },
    ],
    ['cut inside 【】 (variant)', '完善校园安全设施。【责任单位：区教育局、区卫', { lead: [], support: ['区教育局'] }],
    ['cut inside 〔〕 with verbs (variant)', '〔市商务局牵头，市财政局、市', { lead: ['市商务局'], support: ['市财政局'] }],
  ])('%s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  // "排在首位的为牵头单位": in such a plan the first unit of an unmarked list leads
  it.each([
    ['an unlabelled list', '（市卫生健康委、市医保局、市财政局）', undefined, { lead: ['市卫生健康委'], support: ['市医保局', '市财政局'] }],
    ['a 责任单位 line', '推进医共体建设。\n责任单位：县发改局、县财政局', undefined, { lead: ['县发改局'], support: ['县财政局'] }],
    ['a 责任单位 cell', '合理布局优质医疗资源', '县卫生健康局、县发展改革局', { lead: ['县卫生健康局'], support: ['县发展改革局'] }],
    ['a single unit', '[责任单位：区招商服务中心]', undefined, { lead: ['区招商服务中心'], support: [] }],
    [
      'a lead the text marks wins',
      '（牵头单位：市医保局；责任单位：市卫健委、市财政局）',
      undefined,
      { lead: ['市医保局'], support: ['市卫健委', '市财政局'] },
    ],
    ['verbs win', '（市卫健委、市医保局牵头，市财政局配合）', undefined, { lead: ['市卫健委', '市医保局'], support: ['市财政局'] }],
    [
      'the rule stated after the list, not glued to its last unit (real 28)',
      '力争减轻企业各类负担200亿元。\n责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)',
      undefined,
      { lead: ['市经信局'], support: ['市财政局', '市税务局'] },
    ],
    [
      'a remark in full-width brackets after a cell (variant)',
      '推进园区建设',
      '县发改局、县财政局、县自然资源局（排在首位的为牵头单位，下同）',
      { lead: ['县发改局'], support: ['县财政局', '县自然资源局'] },
    ],
  ])('first-listed rule: %s', (_label, body, cell, expected) => {
    expect(units(body, cell, true)).toEqual(expected);
  });

  it.each([
    ['（排在首位的为牵头单位）', true],
    ['注：排在第一位的为牵头单位，其他为配合单位。', true],
    ['各项任务中列第一位的为牵头部门。', true],
    ['责任单位中第一个单位为牵头单位，其他单位按职责分工负责。', true],
    ['涉及多个部门的，排在前面的为牵头部门。', true],
    ['（多个责任单位的，排在第一的为主要责任单位）', true],
    ['各部门要积极配合，排在前面的工作先行推进。', false],
    ['排名第一的为牵头部门', true],
    ['列在首位的单位为牵头单位', true],
    ['责任单位排序第一位的为牵头单位', true],
    ['排在第一位的部门牵头，其他部门配合', true],
    ['牵头单位排在首位', true],
    ['（列第一位者为工作牵头单位或汇总单位，下同）', true],
    ['责任单位中排在第一位的为总牵头单位', true],
    ['列第一位的部门为主要牵头部门', true],
    ['由市卫健委牵头建立协调机制', false],
    ['把安全生产排在首位，压实责任', false],
    ['成为全省第一个牵头制定团体标准的城市', false],
    ['排在首位的是民生工作', false],
    ['牵头单位要切实负起组织协调责任，其他单位积极配合', false],
    ['排在首位的为牵头领导', false],
  ])('statesFirstListedLead(%s) is %s', (text, expected) => {
    expect(statesFirstListedLead(text)).toBe(expected);
  });

  // a bracket closing a long paragraph, opened right after a full stop: read as the note, not as a
  // sentence of its own (which kept the bracket on its first name); comma runs before the closing
  // 配合 support with it; prefectures (各州, 各盟市) are collective places
  it.each([
    [
      'lead and support runs parted by a semicolon, commas among the supporters',
      '加快资金拨付进度。(省发展改革委、财政厅牵头;省工业和信息化委、水利厅,国家开发银行某省分行,各州(市)人民政府配合)',
      { lead: ['省发展改革委', '省财政厅'], support: ['省工业和信息化委', '省水利厅', '国家开发银行某省分行', '各州(市)人民政府'] },
    ],
    [
      'a municipal variant in full-width brackets',
      '确保按期完工。（市发展改革委、市财政局牵头；市自然资源局、市住房城乡建设局，各县区人民政府配合）',
      { lead: ['市发展改革委', '市财政局'], support: ['市自然资源局', '市住房城乡建设局', '各县区人民政府'] },
    ],
    [
      'a region with its leagues',
      '按月调度进展。(自治区发展改革委牵头;自治区财政厅、自治区自然资源厅,各盟市配合)',
      { lead: ['自治区发展改革委'], support: ['自治区财政厅', '自治区自然资源厅', '各盟市'] },
    ],
    ['bare places after 各', '加强日常监管。(州市场监管局牵头;各县、市配合)', { lead: ['州市场监管局'], support: ['各县'] }],
    ['prefectures and cities', '加强日常监管。(省市场监管局牵头;各州、市人民政府配合)', { lead: ['省市场监管局'], support: ['各州', '市人民政府'] }],
  ])('reads %s', (_label, body, expected) => {
    expect(units(body)).toEqual(expected);
  });

  it.each([
    ['an aside naming hospitals', '加强市、县医院（含中医医院）能力建设，持续提升服务能力。'],
    ['an abbreviation', '全面推行按病种分值（DIP）付费。'],
    ['an exclusion', '医疗服务收入（不含药品、耗材、检查、化验收入）占医疗收入的比例达到要求。'],
    ['an institution named mid-sentence', '加快一级甲等乡镇卫生院（社区卫生服务中心）建设，提升能力。'],
    ['a department that merely acts', '组织部门牵头抓总，卫生健康部门具体负责。'],
    ['numbers in an aside', '每个县（市、区）设置1个县级中医医院（中医2个）。'],
    ['a unit leading a task mid-sentence, others as members', '探索在主城区，由市人民医院牵头，其他医院为成员，组建医疗集团。'],
    ['a unit leading a task mid-clause, without a comma', '由地级市公立医院牵头组建公益性城市医疗集团。'],
    ['会同 without 由, in prose', '市场主体会同行业协会制定标准。'],
    ['由 inside a word', '理由县里统筹，会同各方推进。'],
    ['由于, a cause', '由于市场变化，会同各方调整。'],
    ['a unit 由 names that builds a thing', '由县民政局建立救助站。'],
    ['people taking part, closed by a role verb', '开展义诊活动。（志愿者、群众共同参与）'],
    ['an edition year', '执行临床诊疗规范（2021年版）。'],
    ['a trial rule', '制定家庭医生签约服务管理办法（试行）。'],
    ['a remark alone in brackets', '完成年度任务（列第一位者为牵头单位，下同）。'],
    ['an abbreviation introduced', '建立区域医疗中心（以下简称医疗中心）。'],
    ['the year of a 文号 in square brackets', '按照沪府发[2021]6号文件要求推进。'],
    ['a 文号 in lenticular brackets at the end', '落实《实施意见》（沪府办〔2021〕6号）。'],
    ['a heading in 【】', '加强宣传引导。【典型案例】'],
    ['a footnote mark', '建成区域医疗中心[1]。'],
    ['a unit leading a task inside a sentence', '由市卫健委牵头建立健全联席会议机制，定期会商。'],
    ['an official alone', '推进项目落地。（分管副县长负责）'],
    ['a bare word of two characters', '推进工作（政府统筹）。'],
    ['a bare word answering for a task', '完善制度（部门负责）。'],
    ['persons alone', '（责任领导：张三、李四）'],
    ['a contact line', '联系人：王五，电话：12345678'],
    ['a fragment cut at the end of the text', '加强（牵头单位：区政'],
    ['a person label mid-sentence', '强化责任落实（各单位主要负责人：亲自抓、负总责）。'],
  ])('%s is not a note', (_label, body) => {
    expect(units(body)).toEqual({ lead: [], support: [] });
  });
});

describe('the 责任单位 table cell', () => {
  it('is support when unmarked (002)', () => {
    expect(units('合理布局优质医疗资源', '县卫生健康局、县发展改革局、县财政局、县人力资源社会保障局')).toEqual({
      lead: [],
      support: ['县卫生健康局', '县发展改革局', '县财政局', '县人力资源社会保障局'],
    });
  });

  it('reads separate lead and support columns handed over as a labelled note', () => {
    expect(units('任务', '牵头单位：县卫生健康局 配合单位：县财政局、县医保局')).toEqual({
      lead: ['县卫生健康局'],
      support: ['县财政局', '县医保局'],
    });
  });

  it('splits whole names separated by a space', () => {
    expect(units('任务', '县卫生健康局 县财政局')).toEqual({ lead: [], support: ['县卫生健康局', '县财政局'] });
  });

  it.each([
    ['names on several lines', '区发改局\n区财政局\n各街道', { lead: [], support: ['区发改局', '区财政局', '各街道'] }],
    ['an official among the lines', '区发改局\n区财政局\n分管副区长', { lead: [], support: ['区发改局', '区财政局'] }],
    [
      'labelled lines with a person field between them',
      '牵头单位：区发改局\n责任领导：张三\n责任单位：区财政局、区商务局',
      { lead: ['区发改局'], support: ['区财政局', '区商务局'] },
    ],
    ['a name wrapped inside', '区发展和改\n革局、区财政局', { lead: [], support: ['区发展和改革局', '区财政局'] }],
    ['officials with their titles', '副县长王五、县政府办主任、县卫健局', { lead: [], support: ['县卫健局'] }],
    ['labels in 【】', '【牵头单位】县卫健局 【配合单位】县财政局', { lead: ['县卫健局'], support: ['县财政局'] }],
    ['a remark after the last name', '区发改局、区财政局（按职责分工负责，下同）', { lead: [], support: ['区发改局', '区财政局'] }],
    ['an alias in brackets kept with its name', '市安委办（工作专班办公室）', { lead: [], support: ['市安委办（工作专班办公室）'] }],
    // persons named beside their units (责任单位及责任人) are no units and no part of a name
    ['a person in brackets after the unit', '县发改局（王明）、县财政局（李强）', { lead: [], support: ['县发改局', '县财政局'] }],
    ['a person after a space', '县发改局 王明', { lead: [], support: ['县发改局'] }],
    ['a person before the unit', '周斐 区住建局', { lead: [], support: ['区住建局'] }],
    ['an official with a name in brackets', '区住建局(副区长 李强)', { lead: [], support: ['区住建局'] }],
    ['a county bureau whose name opens like a surname stays', '县林业局、马家村', { lead: [], support: ['县林业局', '马家村'] }],
    // whole names parted by spaces, with no prefix to mark where one starts
    ['names without prefixes parted by spaces', '财政局 住建局 行政审批局 城管局', { lead: [], support: ['财政局', '住建局', '行政审批局', '城管局'] }],
    ['a company and the streets after bureaus', '交通运输局 城投集团 各镇街道', { lead: [], support: ['交通运输局', '城投集团', '各镇街道'] }],
    ['a labelled support list parted by spaces', '牵头单位：民政局 配合单位：财政局 卫健委 各乡镇', { lead: ['民政局'], support: ['财政局', '卫健委', '各乡镇'] }],
    // a report slid into the unit column of a table whose unit cells are merged
    ['a units cell that names units after a full stop', '县卫健局。', { lead: [], support: ['县卫健局'] }],
    ['a labelled cell with a full stop', '牵头单位：县卫健局。配合单位：县财政局', { lead: ['县卫健局'], support: ['县财政局'] }],
    ['a village before a bureau, after a full stop', '马家村。县林业局', { lead: [], support: ['马家村。县林业局'] }],
  ])('reads %s', (_label, cell, expected) => {
    expect(units('任务', cell)).toEqual(expected);
  });
});

describe('a report in the units column', () => {
  it.each([
    ['a status and its report', '已完成。 数据采集只到市级，本月已完成省市统一部署工作。'],
    ['work under way', '正在推进。已完成选址和立项'],
    ['on schedule', '按序时推进。 项目已开工建设，完成投资过半'],
    ['labelled as the lead column', '牵头单位：已完成。 数据采集只到市级，本月已完成部署工作。'],
    ['a bare status', '已完成'],
    ['a status under way', '正在推进'],
    ['on schedule, labelled', '牵头单位：序时推进'],
    ['not started', '未开工'],
  ])('%s names no unit', (_label, cell) => {
    expect(units('任务', cell)).toEqual({ lead: [], support: [] });
  });
});

describe('raw, units and line', () => {
  it('keeps the written form in raw, lead then support in units, and the line where raw starts', () => {
    const body = joinLocated([
      located('1.建设区域医疗卫生高地。借助援疆力量。（牵头单位：自治州发展和改革委员会、卫生健康委 ', 37),
      located('责任单位：自治州教育局，各县<市>人民政府）', 38),
    ]);
    expect(extractResponsibility(body, null)).toEqual({
      lead: ['自治州发展和改革委员会', '自治州卫生健康委'],
      support: ['自治州教育局', '各县<市>人民政府'],
      units: ['自治州发展和改革委员会', '自治州卫生健康委', '自治州教育局', '各县<市>人民政府'],
      raw: '牵头单位：自治州发展和改革委员会、卫生健康委 责任单位：自治州教育局，各县<市>人民政府',
      line: 37,
      // from after the bracket on line 37 to the end of the names on line 38
      span: {
        startLine: 37, startColumn: 21, endLine: 38, endColumn: 21, page: null,
        pieces: [{ line: 37, startColumn: 21, endColumn: 44 }, { line: 38, startColumn: 0, endColumn: 21 }],
      },
    });
  });

  it('merges several notes of one item without duplicates', () => {
    const result = extractResponsibility(
      located('一是……（牵头单位：市卫健委；市财政局按职责分工负责）二是……（牵头单位：市卫健委；市医保局按职责分工负责）', 5),
      null,
    );
    expect(result.units).toEqual(['市卫健委', '市财政局', '市医保局']);
    expect(result.raw).toBe('牵头单位：市卫健委；市财政局按职责分工负责；牵头单位：市卫健委；市医保局按职责分工负责');
  });

  it('is empty, with null raw and line, when nothing is named', () => {
    expect(extractResponsibility(located('加强组织领导。', 3), null)).toEqual({ lead: [], support: [], units: [], raw: null, line: null, span: null });
  });
});

describe('units a rule sentence carries to every following task', () => {
  it.each([
    ['具体任务均涉及相关市(州)人民政府,不再做分工,下同。', ['相关市(州)人民政府']],
    ['（各县（市、区）人民政府均为责任单位，以下不再列出）', ['各县（市、区）人民政府']],
    ['各项任务均需各乡镇人民政府、各街道办事处落实，不再一一列出。', ['各乡镇人民政府', '各街道办事处']],
    ['各区人民政府均为实施主体，下同。', ['各区人民政府']],
    // no rule: a 下同 that defines a term, a list not repeated, prose
    ['每千人口公立医院（含中医类医院、妇幼保健院，下同）床位数达到5.37张。', []],
    ['以上任务均涉及群众切身利益，下同。', []],
    ['各县（市、区）人民政府均为责任单位。', []],
  ])('%s', (text, expected) => {
    expect(carriedUnitsOf(text)).toEqual(expected);
  });
});

describe('note ranges', () => {
  it.each([
    ['the whole note', '建成胸痛中心。（责任单位：市卫健委）', '责任单位：市卫健委'],
    ['a time field closing the note stays outside', '达标。（责任单位：市卫健委、市发改委；完成时限：2023年12月）', '责任单位：市卫健委、市发改委'],
    ['a time clause closing the note stays outside', '完成改造。（牵头单位：市发改委，2023年底前完成）', '牵头单位：市发改委'],
  ])('%s', (_label, body, covered) => {
    const ranges = noteRanges(body);
    expect(ranges.map(([start, end]) => body.slice(start, end))).toEqual([covered]);
  });
});

describe('a title without its closing note', () => {
  it.each([
    ['加强专科建设（牵头单位：县卫生健康局；配合单位：县财政局）', '加强专科建设'],
    ['地区生产总值增长6%左右〔责任单位：区发改局、区统计局〕', '地区生产总值增长6%左右'],
    ['推进城市更新[责任单位:区住建局、各街道办事处]', '推进城市更新'],
    ['完善养老服务体系【县民政局牵头，各乡（镇）人民政府配合】', '完善养老服务体系'],
    ['办好乡村旅游节会（县文化和旅游局负责）', '办好乡村旅游节会'],
    // a bare list of names, an aside, an edition: the title keeps them
    ['建设区域医疗中心（市人民医院）', '建设区域医疗中心（市人民医院）'],
    ['开展文明单位创建（含文明单位、文明村镇）', '开展文明单位创建（含文明单位、文明村镇）'],
    ['执行诊疗规范（2021年版）', '执行诊疗规范（2021年版）'],
    ['（牵头单位：县卫生健康局）', '（牵头单位：县卫生健康局）'],
  ])('%s → %s', (title, expected) => {
    expect(withoutClosingNote(title)).toBe(expected);
  });
});

describe('notes in whole plans', () => {
  const NOTICE = (rule: string) => `XX区人民政府办公室关于印发2024年重点工作任务分解的通知

各街道办事处，区政府各部门：
现将《2024年区政府重点工作任务分解》印发给你们，请认真抓好落实${rule}。

XX区人民政府办公室
2024年2月1日

2024年区政府重点工作任务分解

一、主要预期目标
（一）地区生产总值增长6%左右〔责任单位：区发改局、区统计局〕
（二）一般公共预算收入增长5%。
责任单位：区财政局、区税务局
二、重点任务
1.推进城市更新。完成老旧小区改造20个。[责任单位:区住建局、各街道办事处]
2.深化放管服改革。（牵头单位：区行政审批局；责任单位：区司法局）
3.加强校园安全。【分管副区长负责，区教育局牵头，区公安局配合】
`;

  const rows = async (text: string) => {
    const { plans } = await extractBuffer(Buffer.from(text), 'plan.txt');
    return flatten(plans[0]!.sections)
      .filter((section) => section.responsibility.units.length > 0)
      .map((section) => [section.path, section.title, section.responsibility.lead, section.responsibility.support, section.responsibility.line]);
  };

  it('reads the first-listed rule stated in the notice for every unmarked list, own-line labels included', async () => {
    expect(await rows(NOTICE('（各项任务的责任单位中，排在第一位的为牵头单位）'))).toEqual([
      ['一/（一）', '地区生产总值增长6%左右', ['区发改局'], ['区统计局'], 12],
      ['一/（二）', '一般公共预算收入增长5%', ['区财政局'], ['区税务局'], 14],
      ['二/1', '推进城市更新', ['区住建局'], ['各街道办事处'], 16],
      ['二/2', '深化放管服改革', ['区行政审批局'], ['区司法局'], 17],
      ['二/3', '加强校园安全', ['区教育局'], ['区公安局'], 18],
    ]);
  });

  it('marks no lead in unmarked lists when the plan states no rule', async () => {
    expect(await rows(NOTICE(''))).toEqual([
      ['一/（一）', '地区生产总值增长6%左右', [], ['区发改局', '区统计局'], 12],
      ['一/（二）', '一般公共预算收入增长5%', [], ['区财政局', '区税务局'], 14],
      ['二/1', '推进城市更新', [], ['区住建局', '各街道办事处'], 16],
      ['二/2', '深化放管服改革', ['区行政审批局'], ['区司法局'], 17],
      ['二/3', '加强校园安全', ['区教育局'], ['区公安局'], 18],
    ]);
  });

  it('hands the note lines after an item to that item', async () => {
    const text = 'XX县工作方案\n\n一、重点任务\n1.推进城市更新。完成老旧小区改造。\n（牵头单位：县住建局；配合单位：县财政局）\n' +
      '2.加强校园安全。\n【牵头单位】县教育局\n【责任单位】县公安局、各乡镇\n3.办好民生实事。\n牵头单位:县发改局\n责任单位:县财政局,各乡镇\n';
    expect(await rows(text)).toEqual([
      ['一/1', '推进城市更新', ['县住建局'], ['县财政局'], 5],
      ['一/2', '加强校园安全', ['县教育局'], ['县公安局', '各乡镇'], 7],
      ['一/3', '办好民生实事', ['县发改局'], ['县财政局', '各乡镇'], 10],
    ]);
  });

  // a note on its own line after the last of several sub-items that name no units closes the block
  it.each([
    [
      'after numbered steps (1)…(3) (variant)',
      'XX市应急体系建设任务分解\n\n一、一案三制建设\n1.完善应急预案体系\n(1)加强应急预案管理。\n(2)推进应急预案精编化。\n(3)加强应急预案演练。\n(责任单位:市直各有关单位、各县(市、区)人民政府)\n2.健全应急管理体制\n',
      [
        ['一', [], []],
        ['一/1', [], ['市直各有关单位', '各县（市、区）人民政府']],
        ['一/1/（1）', [], []],
        ['一/1/（2）', [], []],
        ['一/1/（3）', [], []],
        ['一/2', [], []],
      ],
    ],
    [
      'after ① ② with a lead label (variant)',
      'XX县工作方案\n\n一、重点任务\n（一）改善农村人居环境\n①推进厕所革命。\n②治理生活污水。\n（牵头单位：县农业农村局；配合单位：各乡镇）\n',
      [
        ['一', [], []],
        ['一/（一）', ['县农业农村局'], ['各乡镇']],
        ['一/（一）/①', [], []],
        ['一/（一）/②', [], []],
      ],
    ],
    [
      'sub-items that name their own units keep the last note (variant)',
      'XX县工作方案\n\n一、重点任务\n1.推进厕所革命。\n（责任单位：县农业农村局）\n2.治理生活污水。\n（责任单位：县生态环境分局）\n',
      [
        ['一', [], []],
        ['一/1', [], ['县农业农村局']],
        ['一/2', [], ['县生态环境分局']],
      ],
    ],
  ])('lifts a block-closing note to the parent: %s', async (_label, text, expected) => {
    const plan = (await extractBuffer(Buffer.from(text), 'plan.txt')).plans[0]!;
    expect(flatten(plan.sections).map((s) => [s.path, s.responsibility.lead, s.responsibility.support])).toEqual(expected);
  });

  it('gives the units of a 下同 rule sentence to that task and every later task that names its own', async () => {
    const text = 'XX省现代物流实施方案\n\n一、重点任务\n（一）完善物流枢纽。推进枢纽建设。〔责任单位:省发展改革委、交通运输厅按职责分工负责。具体任务均涉及各市(州)人民政府,不再做分工,下同。〕\n' +
      '（二）发展冷链物流。建设冷链设施。〔责任单位:省商务厅〕\n（三）培育物流企业。\n';
    expect(await rows(text)).toEqual([
      ['一/（一）', '完善物流枢纽', [], ['省发展改革委', '省交通运输厅', '各市（州）人民政府'], 4],
      ['一/（二）', '发展冷链物流', [], ['省商务厅', '各市（州）人民政府'], 5],
    ]);
  });

  it('keeps the names written out of a note cut off with the text, and leaves the fragment out of raw', async () => {
    const [row] = await rows('XX区工作方案\n\n一、重点任务\n1.优化申报模式。（牵头单位：区行政审批服务局、区发展改革局；责任单位：区政');
    expect(row).toEqual(['一/1', '优化申报模式', ['区行政审批服务局', '区发展改革局'], [], 4]);
    const result = extractResponsibility(located('（牵头单位：区行政审批服务局、区发展改革局；责任单位：区政', 1), null);
    expect(result.raw).toBe('牵头单位：区行政审批服务局、区发展改革局');
  });

  // tables laid out as text: a unit cell merged over several rows leaves the report in the 牵头单位
  // column of the rows below it; a 协同单位 cell parts its units by spaces
  it('reads no unit from a report that slid into the 牵头单位 column', async () => {
    const text =
      '2024年县教育民生实事项目推进情况表\n序号 | 项目内容 | 月度计划 | 牵头单位 | 完成情况 |\n' +
      '1 | 新建公办幼儿园3所。 | 5月:完成选址。 | 县教育局 | 已完成。 已完成选址工作。 |\n' +
      '2 | 改造农村学校食堂20个。 | 5月:完成招标。 | 已完成。 招标工作已结束,进入施工阶段。 | |\n' +
      '3 | 为全县学生免费开展视力筛查。 | 5月:制定方案。 | 县卫生健康局 | 正在推进。 方案已起草。 |\n';
    const plan = (await extractBuffer(Buffer.from(text), 'plan.txt')).plans[0]!;
    expect(flatten(plan.sections).map((s) => [s.path, s.responsibility.lead, s.responsibility.support])).toEqual([
      ['1', ['县教育局'], []],
      ['2', [], []],
      ['3', ['县卫生健康局'], []],
    ]);
  });

  it('splits a 协同单位 cell of one cell per line at its spaces', async () => {
    const text =
      '某区水务局2024年为民办实事项目进度表\n序号 |\n责任单位 |\n实施内容 |\n协同单位 |\n最新进度 |\n' +
      '3 |\n区水务局 |\n完成农村供水管网改造50公里。 |\n区财政局 区自然资源局 区住建局 各镇街道 |\n已完成管网改造30公里。 |\n';
    const plan = (await extractBuffer(Buffer.from(text), 'plan.txt')).plans[0]!;
    expect(flatten(plan.sections).map((s) => [s.path, s.responsibility.units])).toEqual([
      ['3', ['区水务局', '区财政局', '区自然资源局', '区住建局', '各镇街道']],
    ]);
  });

  it('parts whole names by spaces after a unit label in running text', async () => {
    const text =
      'XX县民生实事实施方案\n\n一、重点任务\n1.新建农村公路20公里。\n责任单位：交通运输局 财政局 自然资源局\n' +
      '2.改造老旧小区5个。（牵头单位：住建局；配合单位：财政局 城管局 各镇街道）\n3.建设养老服务中心2个。\n牵头单位：县民政局\n配合单位：县财政局 县卫健局\n';
    const plan = (await extractBuffer(Buffer.from(text), 'plan.txt')).plans[0]!;
    expect(flatten(plan.sections).map((s) => [s.path, s.responsibility.lead, s.responsibility.support])).toEqual([
      ['一', [], []],
      ['一/1', [], ['交通运输局', '财政局', '自然资源局']],
      ['一/2', ['住建局'], ['财政局', '城管局', '各镇街道']],
      ['一/3', ['县民政局'], ['县财政局', '县卫健局']],
    ]);
  });
});
