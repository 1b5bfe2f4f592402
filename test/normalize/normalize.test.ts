import { describe, expect, it } from 'vitest';
import { normalizeBlocks } from '../../src/normalize/index.js';
import { stripDecoration } from '../../src/normalize/decoration.js';
import { isPageMark } from '../../src/normalize/pagemarks.js';
import { pairQuotes } from '../../src/normalize/quotes.js';
import { reflow, wrapWidth } from '../../src/normalize/reflow.js';
import { detectScript } from '../../src/normalize/script.js';
import { normalizeCellSpacing, normalizeSpacing } from '../../src/normalize/spacing.js';
import { normalizeWidth } from '../../src/text/width.js';
import type { Block } from '../../src/document/block.js';
import { located } from '../../src/text/located.js';

const paragraphs = (lines: string[]): Block[] =>
  lines.map((text, index) => ({ kind: 'paragraph', content: located(text, index * 2 + 1) }));

describe('width and punctuation', () => {
  it.each([
    ['到２０２５年', '到2025年'],
    ['达到９０％以上', '达到90%以上'],
    ['各县(市、区)人民政府,朔州经济开发区', '各县（市、区）人民政府，朔州经济开发区'],
    ['(责任部门:市卫健委)', '（责任部门：市卫健委）'],
    ['医护比1:2左右', '医护比1:2左右'],
    ['按病种分值(DIP)付费', '按病种分值（DIP）付费'],
    ['\u200b零宽\u00a0空格\ufeff', '零宽 空格'],
    ['ＣＭＩ值', 'CMI值'],
    ['\u2f00、总体要求', '一、总体要求'],
    ['（\u2f06）\u2f08\u2f12资源', '（二）人力资源'],
    // full-width spaces lost to "?" in a code-page conversion
    ['??二、工作目标', ' 二、工作目标'],
    ['??2020年3月9日', ' 2020年3月9日'],
    ['第二章?职?责', '第二章 职 责'],
    ['丙县人民政府办公室??????', '丙县人民政府办公室 '],
    ['How?', 'How?'],
  ])('%s → %s', (input, output) => {
    expect(normalizeWidth(input)).toBe(output);
  });
});

describe('spacing', () => {
  it.each([
    ['到 2025 年', '到2025年'],
    ['2023 年 6月 14日', '2023年6月14日'],
    ['市 发改委、市委 编办', '市发改委、市委编办'],
    ['使 90%的常见病', '使90%的常见病'],
    ['1-2 个专家工作站', '1-2个专家工作站'],
    ['16 2 左右', '16 2左右'],
    ['互联网 + 医疗', '互联网 + 医疗'],
    ['Hospital Information System', 'Hospital Information System'],
  ])('%s → %s', (input, output) => {
    expect(normalizeSpacing(input)).toBe(output);
  });

  // after a unit label, a space between two whole unit names parts them and stays; elsewhere it goes
  it.each([
    ['配合单位：县财政局 县卫健局', '配合单位：县财政局 县卫健局'],
    ['责任单位：交通运输局 财政局 自然资源局', '责任单位：交通运输局 财政局 自然资源局'],
    ['（牵头单位：住建局；配合单位：财政局 城管局 各镇街道）', '（牵头单位：住建局；配合单位：财政局 城管局 各镇街道）'],
    ['责任部门：区教育体育局 区财政局', '责任部门：区教育体育局 区财政局'],
    ['牵头单位：县 卫生健康局', '牵头单位：县卫生健康局'],
    ['牵头单位：县卫生健康委 责任单位：县教育局 县财政局', '牵头单位：县卫生健康委责任单位：县教育局 县财政局'],
    ['责任单位：县财政局 完成时限：2024年底', '责任单位：县财政局完成时限：2024年底'],
    ['由县教育局 县财政局负责实施', '由县教育局县财政局负责实施'],
    ['加快建设县医院 中医院', '加快建设县医院中医院'],
  ])('labelled %s → %s', (input, output) => {
    expect(normalizeSpacing(input)).toBe(output);
  });

  // a table cell of whole unit names keeps the spaces that part them; a wrap inside a name is joined
  it.each([
    ['财政局 住建局 行政审批局 城管局 瑞海集团 各区镇街道', '财政局 住建局 行政审批局 城管局 瑞海集团 各区镇街道'],
    ['区教育体育局  区财政局 各街道办事处', '区教育体育局 区财政局 各街道办事处'],
    ['县 卫生健康局', '县卫生健康局'],
    ['分管 领导', '分管领导'],
    ['县发展和改革 委员会', '县发展和改革委员会'],
    ['新建 幼儿园3所', '新建幼儿园3所'],
  ])('cell %s → %s', (input, output) => {
    expect(normalizeCellSpacing(input)).toBe(output);
  });
});

describe('page marks', () => {
  it.each(['- 2 -', '— 12 —', '第2页', '第 3 页 共 10 页', '3/10', '7', '－ 5 －', '第3页/共12页', '共12页 第3页', '- 3 / 12 -'])('%s is a page mark', (text) => {
    expect(isPageMark(text)).toBe(true);
  });
  it.each(['2025年底', '一、指导思想', '1.加强专科', '（一）'])('%s is text', (text) => {
    expect(isPageMark(text)).toBe(false);
  });
});

describe('reflow', () => {
  const pdfLines = [
    '一、总体要求',
    '以习近平新时代中国特色社会主义思想为指导，全面贯彻落',
    '实党的十九大、党的二十大精神和习近平总书记到云南考察重要',
    '讲话精神，坚持以人民为中心的发展思想，以实施健康维西为主',
    '线，坚持“保基本、强基层、建机制”的基本原则，坚持公立医',
    '院公立性质，坚持质量第一、社会效益优先，力争通过5年时间，',
    '推动优质医疗资源区域均衡布局，推动公立医院提质增效，造就',
    '解重大疫情和突发公共卫生风险、建设健康维西提供保障。',
    '二、构建公立医院新体系',
    '（一）加快“互联网+医疗”技术、有序推进紧密型医共体',
    '建设。实施“互联网+医疗”为载体的县域内医共体建设，积极',
    '加入三级医疗机构医联体，提高县域内就诊率，方便群众看病为',
    '目标和导向。加快推进建设创新运用信息网络技术开展预约诊疗、',
    '缴费等智慧型医院和医院信息标准化建设。建立“智慧药房”药',
  ];

  it('finds the line width of hard-wrapped text', () => {
    expect(wrapWidth(paragraphs(pdfLines))).toBe(28);
    expect(wrapWidth(paragraphs(['一、指导思想', '以人民健康为中心。', '二、目标']))).toBeNull();
  });

  it('joins wrapped lines and keeps headings apart, with every source line still mapped', () => {
    const out = reflow(paragraphs(pdfLines));
    expect(out.map((block) => block.content.text.slice(0, 8))).toEqual(['一、总体要求', '以习近平新时代中', '二、构建公立医院', '（一）加快“互联']);
    const heading = out[3]!.content;
    expect(heading.text.startsWith('（一）加快“互联网+医疗”技术、有序推进紧密型医共体建设。')).toBe(true);
    expect(heading.marks.map((mark) => mark.line)).toEqual([19, 21, 23, 25, 27]);
  });

  it('joins scraped lines that stop mid-sentence, by punctuation when there is no fixed width', () => {
    const out = reflow(
      paragraphs([
        '(三) 推进医疗服务模式创新',
        '优化服务流程，利用手机app、微信等新平台，提供分时段预',
        '约诊疗和检查检验集中预约服务。',
        '根据《安徽省人民政府办公厅关于印发安徽省推动公立医院',
        '高质量发展实施方案的通知》精神，制定本方案。',
        '克孜勒苏柯尔克孜自治州人民政府办公室',
        '2022年6月1日',
      ]),
    );
    expect(out.map((block) => block.content.text)).toEqual([
      '(三) 推进医疗服务模式创新',
      '优化服务流程，利用手机app、微信等新平台，提供分时段预约诊疗和检查检验集中预约服务。',
      '根据《安徽省人民政府办公厅关于印发安徽省推动公立医院高质量发展实施方案的通知》精神，制定本方案。',
      '克孜勒苏柯尔克孜自治州人民政府办公室',
      '2022年6月1日',
    ]);
  });

  it('joins inside an open bracket, past a semicolon and a label', () => {
    const out = reflow(
      paragraphs([
        '3.健全内部控制制度。落实公立医院内部控制管理办法。（牵头单位：自治州卫生健康',
        '委 责任单位：自治州财政局；',
        '各县<市>人民政府）',
        '4.完善绩效评价制度。',
      ]),
    );
    expect(out.map((block) => block.content.text)).toEqual([
      '3.健全内部控制制度。落实公立医院内部控制管理办法。（牵头单位：自治州卫生健康委 责任单位：自治州财政局；各县<市>人民政府）',
      '4.完善绩效评价制度。',
    ]);
  });

  it.each([
    {
      name: 'a page title cut short above the notice',
      lines: ['《甲省进一步加大力度支持民间投资发展实施', '甲省人民政府办公厅关于印发甲省', '进一步加大力度支持民间投资发展', '实施方案的通知', '甲府办〔2023〕5号', '各地级以上市人民政府，省政府各部门：'],
    },
    {
      name: 'a breadcrumb cut inside its quotation',
      lines: ['首页 “乙县民生实事', '乙县人民政府办公室', '关于做好2024年民生实事工作的通知', '乙府办发〔2024〕6号'],
    },
    {
      name: 'a stray bracket of a scrape before a date and a signature',
      lines: ['（丙市人民政府办公室', '2024年3月4日', '丙市2024年重点工作任务'],
    },
  ])('a bracket never closed holds no lines together: $name', ({ lines }) => {
    expect(reflow(paragraphs(lines)).map((block) => block.content.text)).toEqual(lines);
  });

  it('still joins a wrapped quotation that closes', () => {
    const lines = ['根据《丁省人民政府办公厅关于印发丁省推动', '公立医院高质量发展实施方案的', '通知》精神，制定本方案。'];
    expect(reflow(paragraphs(lines)).map((block) => block.content.text)).toEqual([lines.join('')]);
  });

  it('joins a heading whose last word wrapped onto the body line, without a fixed width', () => {
    const out = reflow(paragraphs(['（一）加快推进紧密型医共体', '建设。实施县域医共体建设。', '（二）加强专科建设', '以满足重大疾病临床需求为导向。']));
    expect(out.map((block) => block.content.text)).toEqual([
      '（一）加快推进紧密型医共体建设。实施县域医共体建设。',
      '（二）加强专科建设',
      '以满足重大疾病临床需求为导向。',
    ]);
  });

  it('does not join a plan title onto the notice title above it', () => {
    const out = reflow(paragraphs(['甲区委办公室甲区人民政府办公室印发《甲区品牌建设三年行动计划》的通知', '甲区全力打造服务品牌', '加快建设品牌城区三年行动计划']));
    expect(out.map((block) => block.content.text)).toEqual([
      '甲区委办公室甲区人民政府办公室印发《甲区品牌建设三年行动计划》的通知',
      '甲区全力打造服务品牌',
      '加快建设品牌城区三年行动计划',
    ]);
  });

  it('does not join across a paragraph indent or into a numbered item', () => {
    const blocks = paragraphs(['坚持以人民健康为中心，坚持政府主导', '1.加强专科建设。', '正文一', '正文二']);
    blocks[3]!.paragraphStart = true;
    expect(reflow(blocks).map((block) => block.content.text)).toEqual(['坚持以人民健康为中心，坚持政府主导', '1.加强专科建设。', '正文一', '正文二']);
  });
});

describe('script', () => {
  it.each([
    ['推动公立医院高质量发展实施方案，牵头单位：县卫生健康局', 'simplified'],
    ['推動公立醫院高質量發展實施方案，牽頭單位：縣衛生健康局', 'traditional'],
  ])('%s is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('converts traditional text to simplified before anything else reads it', async () => {
    const { blocks, script } = await normalizeBlocks(paragraphs(['（一）推動縣域醫共體建設。牽頭單位：縣衛生健康局']));
    expect(script).toBe('traditional');
    expect(blocks[0]!.content.text).toBe('（一）推动县域医共体建设。牵头单位：县卫生健康局');
  });
});

describe('decoration before a line', () => {
  it.each([
    ['• （一）加强组织领导', '（一）加强组织领导', true],
    ['● 一、总体要求', '一、总体要求', true],
    ['▪ 3.完善制度', '3.完善制度', true],
    ['– 24. 推进数据共享', '24. 推进数据共享', true],
    ['——养老服务设施覆盖所有城市社区', '养老服务设施覆盖所有城市社区', true],
    ['#### 一、总体要求', '一、总体要求', true],
    ['- 1. 建立机制', '1. 建立机制', true],
    ['* （二）推进改革', '（二）推进改革', true],
    ['> 1. 完善制度', '1. 完善制度', true],
    ['  • ## 二、重点任务', '二、重点任务', true],
    ['**一、总体要求**', '一、总体要求', false],
    ['__（二）工作目标__', '（二）工作目标', false],
    ['一、总体要求', '一、总体要求', false],
    ['-2%以内', '-2%以内', false],
    ['*注：数据来源于统计年鉴', '*注：数据来源于统计年鉴', false],
    ['——', '——', false],
  ])('%s → %s', (input, text, bulleted) => {
    expect(stripDecoration(input)).toEqual({ text, bulleted });
  });

  it.each(['• （一）加强组织领导', '– （一）加强组织领导', '#### （一）加强组织领导', '- （一）加强组织领导', '**（一）加强组织领导**'])(
    'a decorated marker is a paragraph of its own, the marker first: %s',
    async (line) => {
      const { blocks } = await normalizeBlocks(paragraphs(['一、总体要求', line, '坚持稳中求进，']));
      expect(blocks.map((block) => block.content.text)).toEqual(['一、总体要求', '（一）加强组织领导', '坚持稳中求进，']);
    },
  );
});

describe('double quotes', () => {
  it.each([
    ['落实”九项准则”要求', '落实“九项准则”要求'],
    ['落实"九项准则"要求', '落实“九项准则”要求'],
    ['落实＂九项准则＂要求', '落实“九项准则”要求'],
    ['落实“九项准则“和”三个一“', '落实“九项准则”和“三个一”'],
    ['落实“九项准则”要求', '落实“九项准则”要求'],
    ['他说”开始', '他说”开始'],
  ])('%s → %s', (input, output) => {
    expect(pairQuotes(input)).toBe(output);
  });
});

describe('reflow keeps whole title and 文号 lines apart', () => {
  it.each([
    [['中共甲市委甲市人民政府关于深化文旅融合加快建设高品质旅游强市的实施意见', '甲发〔2023〕11号', '为促进文化和旅游深度融合，制定如下实施意见。']],
    [['乙省人民政府办公厅关于印发乙省推动制造业数字化转型若干措施的通知', '乙政办发〔2022〕5号', '各市人民政府，省政府各部门：']],
    [['丙市深入实施乡村振兴战略促进城乡融合发展工作三年（2019—2021年）行动方案', '一、工作思路']],
    // a metadata panel's row closed by a table bar stays apart from the preamble below it
    [['名称 | 丁州“护绿、扩绿”三年行动工作方案（2023—2025年） |', '为深入贯彻落实生态文明思想，制定本工作方案。']],
    [['发布机构 | 丙县水利局 |', '为做好防汛工作，结合我县实际，制定本方案。']],
    [['| 标题 | 乙市就业工作要点 ｜', '2024年是就业工作的关键一年，全市要围绕稳就业']],
  ])('%j', async (lines) => {
    const { blocks } = await normalizeBlocks(paragraphs(lines));
    expect(blocks.map((block) => block.content.text)).toEqual(lines);
  });

  it('a wrapped body line that ends with a plan word but has commas goes on', async () => {
    const lines = ['各地要结合实际，认真研究制定具体的实施方案', '，明确责任分工和完成时限。'];
    const { blocks } = await normalizeBlocks(paragraphs(lines));
    expect(blocks).toHaveLength(1);
  });
});
