import { describe, expect, it } from 'vitest';
import { findIssueDate, findIssuer, findTitle, issuerNearDate, normalizeDocNumber, parseDate } from '../../src/outline/metadata.js';
import type { Block } from '../../src/document/block.js';
import { located } from '../../src/text/located.js';

const blocks = (lines: string[]): Block[] => lines.map((text, index) => ({ kind: 'paragraph', content: located(text, index + 1) }));

describe('findTitle', () => {
  it.each([
    { name: 'one line', lines: ['丙县卫生健康局', '丙县医共体建设实施方案'], title: '丙县医共体建设实施方案' },
    { name: 'wrapped, short second line', lines: ['丙县推进医院高质量发展', '实施方案'], title: '丙县推进医院高质量发展实施方案' },
    { name: 'wrapped after 关于', lines: ['甲省人民政府关于', '进一步改善医疗服务的若干意见'], title: '甲省人民政府关于进一步改善医疗服务的若干意见' },
    {
      name: 'wrapped over three lines',
      lines: ['乙区全力打造“健康乙区”品牌', '加快建设区域医疗中心', '三年行动计划'],
      title: '乙区全力打造“健康乙区”品牌加快建设区域医疗中心三年行动计划',
    },
    {
      name: 'a wrapped notice title above: the web title line is not joined',
      lines: ['甲省人民政府办公厅关于推动医院高质量发展的实施意见', '发布日期：2022-01-10', '甲省人民政府办公厅关于推动医院', '高质量发展的实施意见'],
      title: '甲省人民政府办公厅关于推动医院高质量发展的实施意见',
    },
    { name: 'the period on the same line', lines: ['乙市公共卫生能力提升行动计划（2024—2026年）'], title: '乙市公共卫生能力提升行动计划（2024—2026年）' },
    { name: 'the period on the next line', lines: ['乙市公共卫生能力提升行动计划', '（2024—2026年）'], title: '乙市公共卫生能力提升行动计划（2024—2026年）' },
    { name: 'a trial version', lines: ['丙县村医管理办法（试行）'], title: '丙县村医管理办法（试行）' },
    { name: 'other plan types', lines: ['丁市突发事件医疗救援应急预案'], title: '丁市突发事件医疗救援应急预案' },
    { name: 'a repeated title line is not doubled', lines: ['市卫生健康委2025年工作思路', '市卫生健康委2025年工作思路'], title: '市卫生健康委2025年工作思路' },
    { name: 'the signing office above is not part of it', lines: ['丙县人民政府办公室', '2024年3月1日', '丙县工作方案'], title: '丙县工作方案' },
    { name: 'a bracketed note above is not part of it', lines: ['（此件公开发布）', '工作方案'], title: '工作方案' },
    { name: 'a breadcrumb that ends in 规划 is not a title', lines: ['当前位置：首页 > 信息公开 > 计划规划'], title: null },
    {
      name: 'no title line: the notice names the plan',
      lines: ['各有关单位：', '现将《丁省健康促进2021年实施方案》印发给你们，请认真组织实施。', '丁省健康促进委员会'],
      title: '丁省健康促进2021年实施方案',
    },
    {
      name: 'no title line: "《X》已经…同意，现印发给你们"',
      lines: ['《乙市医疗服务提升行动计划》已经市政府同意，现印发给你们，请认真执行。'],
      title: '乙市医疗服务提升行动计划',
    },
    { name: 'a notice issued without 关于', lines: ['甲市人民政府印发《关于加强基层卫生的实施意见》的通知'], title: '关于加强基层卫生的实施意见' },
    // page furniture above a title is not its wrapped first line
    { name: 'action buttons above', lines: ['点赞', '收藏', '转发', '乙市数字经济发展三年行动计划'], title: '乙市数字经济发展三年行动计划' },
    { name: 'a section label above', lines: ['新闻详情', '中共甲省委甲省人民政府关于做好乡村振兴重点工作的实施意见'], title: '中共甲省委甲省人民政府关于做好乡村振兴重点工作的实施意见' },
    { name: 'a site section above', lines: ['政府信息公开', '县卫健委2021年政府工作报告任务分解'], title: '县卫健委2021年政府工作报告任务分解' },
    // a numbered heading that ends in a plan word is a section, not the title
    { name: 'a heading 一、工作思路', lines: ['丙市促进城乡融合发展三年行动方案', '一、工作思路'], title: '丙市促进城乡融合发展三年行动方案' },
    { name: 'a progress report', lines: ['市体育局2023年9月市政府重点工作完成情况'], title: '市体育局2023年9月市政府重点工作完成情况' },
    { name: 'a work-report split', lines: ['《政府工作报告》重点工作责任分解'], title: '《政府工作报告》重点工作责任分解' },
    { name: 'a progress table with its months', lines: ['2023年县政府重点工作责任清单进展情况汇总表（10-12月）'], title: '2023年县政府重点工作责任清单进展情况汇总表（10-12月）' },
    // progress and statistics tables over a work list, with their report day or months
    { name: 'a progress table with its report day', lines: ['2023年度县民生实事项目进度表（截至9月30日）', '发布日期：2023-10-12'], title: '2023年度县民生实事项目进度表（截至9月30日）' },
    { name: 'a quarterly execution report', lines: ['城关镇2023年度重点工作计划三季度执行情况'], title: '城关镇2023年度重点工作计划三季度执行情况' },
    { name: 'a statistics table', lines: ['市交通运输局2024年上半年《政府工作报告》落实情况统计表'], title: '市交通运输局2024年上半年《政府工作报告》落实情况统计表' },
    { name: 'a progress report with its months', lines: ['2024年县政府十大民生实事推进情况（1-6月）'], title: '2024年县政府十大民生实事推进情况（1-6月）' },
    { name: 'a list of key tasks', lines: ['城乡环境整治五项重点任务'], title: '城乡环境整治五项重点任务' },
    { name: 'an unnumbered part title 重点任务 is no title', lines: ['丙县城乡环境整治实施方案', '为改善人居环境，制定本方案。', '重点任务'], title: '丙县城乡环境整治实施方案' },
    // the count of items after the title
    { name: 'the count of items', lines: ['2024年区政府工作报告重点任务分工（共计86项）'], title: '2024年区政府工作报告重点任务分工（共计86项）' },
    { name: 'the count of items without 计', lines: ['乙县2022年为民办实事项目清单（共10件）'], title: '乙县2022年为民办实事项目清单（共10件）' },
    // a title as the one cell of a pipe table's first row
    { name: 'a title in a pipe cell', lines: ['| 2024年度县人社局重点工作任务分解 |'], title: '2024年度县人社局重点工作任务分解' },
    // the period on the next line, its opening bracket lost by the page
    { name: 'a period line that lost its bracket', lines: ['丁省生态保护规划纲要', '2021—2025年）'], title: '丁省生态保护规划纲要（2021—2025年）' },
    { name: 'a year line that lost its bracket', lines: ['丙县耕地保护补助实施方案', '2024年）'], title: '丙县耕地保护补助实施方案（2024年）' },
    // a page's <title> with its column and site run into the text's own title line
    {
      name: 'a page title with its site before the notice title',
      lines: ['乙区人民政府办公室关于印发《2023年区政府实事项目》的通知_区政府文件_乙市乙区人民政府门户网站乙区人民政府办公室关于印发《2023年区政府实事项目》的通知'],
      title: '2023年区政府实事项目',
    },
    { name: 'a page title alone', lines: ['丙县2024年就业工作方案_政策文件_丙县人民政府网'], title: '丙县2024年就业工作方案' },
    // a news teaser above a title that opens with its year is no part of it
    { name: 'a teaser above a year title', lines: ['任务如何落实', '一图读懂', '2024年县政府工作报告重点任务分解'], title: '2024年县政府工作报告重点任务分解' },
    { name: 'a teaser without a place above a year title', lines: ['小编带你看懂重点工作', '2024年县政府工作报告重点任务分解'], title: '2024年县政府工作报告重点任务分解' },
    // a year title wrapped under the line that names its place
    { name: 'a city line above a year title', lines: ['乙市生态环境局', '乙市大气污染防治', '2023年度工作计划'], title: '乙市大气污染防治2023年度工作计划' },
    { name: 'a county line above a year title', lines: ['丙县农业农村局', '丙县高标准农田建设', '2024年实施方案'], title: '丙县高标准农田建设2024年实施方案' },
    { name: 'a township line above a year title', lines: ['丁镇人居环境整治提升', '2022年工作要点'], title: '丁镇人居环境整治提升2022年工作要点' },
    // an attached schedule table titled by its heading
    { name: 'a schedule table', lines: ['附件', '2024年县政府民生实事项目计划表'], title: '2024年县政府民生实事项目计划表' },
    { name: 'a work arrangement table', lines: ['乙区2023年防汛工作安排表'], title: '乙区2023年防汛工作安排表' },
    // the notice's one attachment named after "附件：" when the table has no heading of its own
    { name: 'the one attachment the notice names', lines: ['现将2024年民生实事项目印发给你们。', '附件：2024年县政府民生实事项目计划表', '丙县人民政府办公室', '2024年2月18日', '附件'], title: '2024年县政府民生实事项目计划表' },
    { name: 'a numbered list of attachments gives no title', lines: ['附件：1.丙县医共体建设任务分工表'], title: null },
    { name: 'a list of key work tasks', lines: ['丁市2023年深化医改重点工作任务'], title: '丁市2023年深化医改重点工作任务' },
    { name: 'an unnumbered part title 重点工作任务 is no title', lines: ['丙县医改实施方案', '为深化医改，制定本方案。', '重点工作任务'], title: '丙县医改实施方案' },
    // a quoted name may open a wrapped title
    { name: 'a wrapped title opened by a quoted name', lines: ['《政府工作报告》2023年重点工作', '及民生实事任务分解方案'], title: '《政府工作报告》2023年重点工作及民生实事任务分解方案' },
    { name: 'a cited document alone is no start', lines: ['《丙省实施意见》', '丙县落实方案'], title: '丙县落实方案' },
    // a notice that sets the tasks itself is the plan, titled by its own title
    { name: 'a notice as the plan', lines: ['丁市人民政府办公室关于下达2024年就业工作目标任务的通知', '各县（市、区）人民政府：'], title: '丁市人民政府办公室关于下达2024年就业工作目标任务的通知' },
    {
      name: 'a notice title over three lines',
      lines: ['索引号：0052/2017-00056', '丙市人民政府办公室', '关于做好2024年防汛工作的', '通 知', '各乡镇人民政府：'],
      title: '丙市人民政府办公室关于做好2024年防汛工作的通知',
    },
    { name: 'a site name above a notice title', lines: ['法律信息网', '乙市人民政府关于明确2023年安全生产目标的通知'], title: '乙市人民政府关于明确2023年安全生产目标的通知' },
    { name: 'a period that lost its dash', lines: ['丙县草原补助实施方案', '（20212025）'], title: '丙县草原补助实施方案（20212025）' },
    { name: 'a garbled signature date above is no part of it', lines: ['丙县人民政府', '2016121', '丙县草原补助政策', '实施指导意见'], title: '丙县草原补助政策实施指导意见' },
  ])('$name', ({ lines, title }) => {
    expect(findTitle(blocks(lines)).title).toBe(title);
  });
});

describe('findIssuer', () => {
  it.each([
    { lines: ['甲省人民政府办公厅关于推动医院高质量发展的实施意见'], issuer: '甲省人民政府办公厅' },
    { lines: ['乙省卫生健康委员会', '乙省健康促进委员会关于印发健康乙省行动方案的通知'], issuer: '乙省健康促进委员会' },
    { lines: ['甲市人民政府印发《关于加强基层卫生的实施意见》的通知'], issuer: '甲市人民政府' },
    { lines: ['返回顶部', '丙县人民政府办公室文件'], issuer: '丙县人民政府办公室' },
    { lines: ['为贯彻落实省卫生健康委关于医共体建设的部署，制定本方案。'], issuer: null },
    // a site's category before a bar is not part of the office
    { lines: ['意见|省人民政府关于加快体育强省建设的意见'], issuer: '省人民政府' },
    { lines: ['通知 | 乙市人民政府办公室关于印发乙市就业工作方案的通知'], issuer: '乙市人民政府办公室' },
    // the short form of 人民政府
    { lines: ['丙县政府'], issuer: '丙县政府' },
    // a Party group or committee issues like an office
    { lines: ['中共甲省交通运输厅党组'], issuer: '中共甲省交通运输厅党组' },
    { lines: ['中共乙市教育局党组关于印发全市教育系统党建工作要点的通知'], issuer: '中共乙市教育局党组' },
    { lines: ['中共丙县委全面深化改革委员会'], issuer: '中共丙县委全面深化改革委员会' },
    { lines: ['东湖街道办事处'], issuer: '东湖街道办事处' },
    // a Party organ and a government stacked in the red header issue jointly
    { lines: ['中共乙县委', '乙县人民政府', '关于全面推进乡村振兴的实施意见'], issuer: '中共乙县委 乙县人民政府' },
    { lines: ['中共丙市委办公室', '丙市人民政府办公室', '关于印发《丙市营商环境优化方案》的通知'], issuer: '中共丙市委办公室 丙市人民政府办公室' },
    { lines: ['中共丁街道工作委员会', '丁街道办事处'], issuer: '中共丁街道工作委员会 丁街道办事处' },
    // a page's <title> with its site after a dash or bar is no office
    { lines: ['乙县2024年耕地保护工作方案-乙县人民政府'], issuer: null },
    { lines: ['丙市就业工作要点_丙市人力资源和社会保障局'], issuer: null },
    { lines: ['丁区防汛预案 — 丁区人民政府'], issuer: null },
    // two offices of one kind stacked are a site name over a header, not a joint issue
    { lines: ['乙市人民政府', '乙市卫生健康委员会文件'], issuer: '乙市人民政府' },
  ])('$lines.0 → $issuer', ({ lines, issuer }) => {
    expect(findIssuer(blocks(lines))).toBe(issuer);
  });
});

describe('dates and 文号', () => {
  it.each([
    ['二○二三年五月八日', '2023-05-08'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    // a letter O typed for 〇
    ['二O二三年三月五日', '2023-03-05'],
    ['二o二四年十二月一日', '2024-12-01'],
    ['二OO八年五月十二日', '2008-05-12'],
    ['Office 二〇二四', null],
    ['2023-06-18', '2023-06-18'],
    ['2022年03月02日', '2022-03-02'],
    // a signature whose 年/月/日 were lost in a copy: read when the digits make one date only
    ['2020928', '2020-09-28'],
    ['2024327', '2024-03-27'],
    ['20231130', '2023-11-30'],
    ['2023111', null],
    ['202413', null],
  ])('%s → %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([
    ['国办发„2009‟3号', '国办发〔2009〕3号'],
    ['内政办发[2015]103号', '内政办发〔2015〕103号'],
    ['丙政发（2022）9 号', '丙政发〔2022〕9号'],
    ['丁政办〔2022〕第12号', '丁政办〔2022〕第12号'],
    ['州政发（fā）〔2020〕5号', '州政发（fā）〔2020〕5号'],
    ['丙府办(bàn)[2021]7号', '丙府办(bàn)〔2021〕7号'],
    ['乙府发[2023]第 3 号', '乙府发〔2023〕第3号'],
  ])('%s → %s', (text, number) => {
    expect(normalizeDocNumber(text)).toBe(number);
  });
});

describe('findIssueDate', () => {
  it.each([
    { lines: ['乙县人民政府', '2024年3月1日'], date: '2024-03-01' },
    // a record's time limit is no issue date, labelled or not
    { lines: ['工作任务：开展河道清淤疏浚', '完成时限：2024年6月30日前'], date: null },
    { lines: ['时间节点:2023年12月31日'], date: null },
    { lines: ['2024年6月30日前'], date: null },
    { lines: ['完成时间：2024年9月30日', '丙县水利局', '2024年2月5日'], date: '2024-02-05' },
    // the day a rule takes effect is no issue date
    { lines: ['丙市生活垃圾分类管理办法', '（2023年5月1日起施行）'], date: null },
    { lines: ['自2024年1月1日起执行'], date: null },
    { lines: ['本方案2022年3月1日起实施'], date: null },
    { lines: ['（2021年10月1日施行）', '乙县人民政府', '2021年9月6日'], date: '2021-09-06' },
    // a news page's byline dates the article, not the plan (round 6)
    { lines: ['天津日报 文明天津 2024-02-19'], date: null },
    { lines: ['丙州日报客户端 2023年5月6日'], date: null },
    { lines: ['来自：乙市发布公众号 2022-08-01', '乙市人民政府', '2022年7月28日'], date: '2022-07-28' },
    { lines: ['丙县新闻出版局 2024年3月1日'], date: '2024-03-01' },
  ])('$lines → $date', ({ lines, date }) => {
    expect(findIssueDate(blocks(lines)).date).toBe(date);
  });
});

describe('issuerNearDate', () => {
  it.each([
    { lines: ['丙县人民政府办公室', '2024年3月1日'], issuer: '丙县人民政府办公室' },
    // a joint signature, one office a line
    { lines: ['现将《方案》印发给你们。', '中共丙县委办公室', '丙县人民政府办公室', '2023年5月10日'], issuer: '中共丙县委办公室 丙县人民政府办公室' },
    { lines: ['中共乙市委', '乙市人民政府', '2023年4月6日'], issuer: '中共乙市委 乙市人民政府' },
    { lines: ['中共丁区工作委员会', '丁区管理委员会', '2024年1月12日'], issuer: '中共丁区工作委员会 丁区管理委员会' },
    // both on one line, as printed
    { lines: ['中共丙县委办公室  丙县人民政府办公室', '2022年3月15日'], issuer: '中共丙县委办公室丙县人民政府办公室' },
    // a sentence above the office is no second office
    { lines: ['请认真贯彻落实。', '乙市民政局', '2023年8月2日'], issuer: '乙市民政局' },
    // the office and its date on one line: the line above is not read
    { lines: ['乙市交通运输局', '乙市水利局2023年8月2日'], issuer: '乙市水利局' },
  ])('$lines → $issuer', ({ lines, issuer }) => {
    expect(issuerNearDate(blocks(lines), lines.length - 1)).toBe(issuer);
  });
});
