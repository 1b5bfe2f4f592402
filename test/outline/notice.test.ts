// A notice that issues plans: its own paragraphs and its list of attachments are header, never
// outline; each plan it issues (附件1, 附件2 …, or each title it names) is a plan of its own and
// shares the notice's 文号, issuer and date.
import { describe, expect, it } from 'vitest';
import { extractBufferInThread as extractBuffer, type Plan } from '../../src/index.js';
import { flatten } from '../helpers.js';

async function plans(text: string, name = 'notice.txt'): Promise<Plan[]> {
  return (await extractBuffer(Buffer.from(text), name)).plans;
}
const paths = (plan: Plan | undefined) => flatten(plan?.sections ?? []).map((section) => `${section.path} ${section.title}`);

const ADDRESSEE = '各镇人民政府、街道办事处，区政府各部门：';

describe('a notice with numbered paragraphs of its own', () => {
  it.each([
    ['一、二、三、', ['一、各责任单位要高度重视，并于2024年1月15日前将工作方案报区政府办公室。', '二、区绩效考评机构要将目标任务纳入考核。', '三、每季度末将进展情况报区政府办公室。']],
    ['（一）（二）', ['（一）各单位要明确责任。', '（二）各单位要按时报送进展情况。']],
    ['1. 2.', ['1.各单位要明确责任。', '2.各单位要按时报送进展情况。']],
  ])('%s in the notice are not the plan\'s sections', async (_style, paragraphs) => {
    const [plan, ...rest] = await plans(
      [
        '区人民政府办公室关于印发2024年重点工作责任分解方案的通知',
        ADDRESSEE,
        '《2024年重点工作责任分解方案》已经区政府同意，现印发给你们，并就有关事项通知如下：',
        ...paragraphs,
        '某区人民政府办公室',
        '2024年1月5日',
        '2024年重点工作责任分解方案',
        '一、主要预期目标',
        '（一）地区生产总值增长6%以上',
        '责任单位：区发展和改革局',
        '（二）固定资产投资增长8%以上',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(plan).toMatchObject({ title: '2024年重点工作责任分解方案', issuer: '某区人民政府办公室', issuedOn: '2024-01-05' });
    expect(paths(plan)).toEqual(['一 主要预期目标', '一/（一） 地区生产总值增长6%以上', '一/（二） 固定资产投资增长8%以上']);
  });
});

const ATTACHMENT_NOTICE = [
  '某市人民政府办公室文件',
  '某政办发〔2020〕12号',
  ADDRESSEE,
  '《2020年政府工作报告重点工作责任分解》和《十方面民生实事责任分解》已经市政府同意，现印发给你们，请认真贯彻执行。',
  '附件：1.2020年政府工作报告重点工作责任分解',
  '2.十方面民生实事责任分解',
  '某市人民政府办公室',
  '2020年5月22日',
];

describe('a notice with attached plans', () => {
  it.each([
    ['附件1 / 附件2 on their own lines', ['附件1', '2020年政府工作报告重点工作责任分解'], ['附件2', '十方面民生实事责任分解']],
    ['附件1：title on one line', ['附件1：2020年政府工作报告重点工作责任分解'], ['附件2：十方面民生实事责任分解']],
    ['附件一 / 附件二', ['附件一', '2020年政府工作报告重点工作责任分解'], ['附件二', '十方面民生实事责任分解']],
    ['no 附件 lines: each plan opens with the title the notice names', ['2020年政府工作报告重点工作责任分解'], ['十方面民生实事责任分解']],
  ])('%s: one plan per attachment, the notice shared', async (_form, first, second) => {
    const found = await plans(
      [
        ...ATTACHMENT_NOTICE,
        ...first,
        '一、推动经济高质量发展',
        '1.坚定不移支持企业发展。力争减轻企业各类负担200亿元。',
        '责任单位：市经信局、市财政局',
        '2.扩大有效投资。',
        ...second,
        '一、办好民生实事',
        '1.新建幼儿园10所。',
        '责任单位：市教育局',
      ].join('\n'),
    );
    expect(found.map((plan) => plan.title)).toEqual(['2020年政府工作报告重点工作责任分解', '十方面民生实事责任分解']);
    for (const plan of found) {
      expect(plan).toMatchObject({ docNumber: '某政办发〔2020〕12号', issuer: '某市人民政府办公室', issuedOn: '2020-05-22' });
    }
    expect(paths(found[0])).toEqual(['一 推动经济高质量发展', '一/1 坚定不移支持企业发展', '一/2 扩大有效投资']);
    expect(paths(found[1])).toEqual(['一 办好民生实事', '一/1 新建幼儿园10所']);
    expect(flatten(found[1]!.sections)[1]!.responsibility.units).toEqual(['市教育局']);
  });

  it('attached work-list tables, each with its own title and 序号: one plan per table', async () => {
    const table = (...rows: string[]) => ['| 序号 | 工作任务 | 责任单位 | 完成时限 |', '| --- | --- | --- | --- |', ...rows].join('\n');
    const found = await plans(
      [
        ...ATTACHMENT_NOTICE,
        '附件1',
        '2020年政府工作报告重点工作责任分解',
        table('| 1 | 支持企业发展 | 市经信局 | 2020年12月底前 |', '| 2 | 扩大有效投资 | 市发展改革委 | 2020年10月底前 |'),
        '附件2',
        '十方面民生实事责任分解',
        table('| 1 | 新建幼儿园10所 | 市教育局 | 2020年9月底前 |'),
      ].join('\n\n'),
      'notice.md',
    );
    expect(found.map((plan) => paths(plan))).toEqual([['1 支持企业发展', '2 扩大有效投资'], ['1 新建幼儿园10所']]);
    expect(found[1]!.sections[0]!.deadlines.map((deadline) => deadline.date)).toEqual(['2020-09-30']);
  });
});

describe('what is not a notice that issues plans', () => {
  it('a plan with a date line under its title stays one plan with its outline', async () => {
    const found = await plans(['某市推进“互联网+”行动实施意见', '（2015年9月15日）', '为加快发展，提出如下意见。', '一、总体要求', '（一）指导思想', '二、重点任务'].join('\n'));
    expect(found).toHaveLength(1);
    expect(paths(found[0])).toEqual(['一 总体要求', '一/（一） 指导思想', '二 重点任务']);
  });

  it('a list of attachments at the end is back matter, not plans', async () => {
    const found = await plans(
      ['某县2024年工作要点', '一、总体要求', '坚持稳中求进。', '二、重点任务', '加快发展。', '附件：1.某县任务分工表', '2.某县考核细则', '某县人民政府办公室', '2024年3月1日'].join('\n'),
    );
    expect(found).toHaveLength(1);
    expect(paths(found[0])).toEqual(['一 总体要求', '二 重点任务']);
  });
});

describe('the notice\'s date and office', () => {
  it('the signature beats a page field and a posting line', async () => {
    const [plan] = await plans(
      [
        '区人民政府办公室关于印发2024年重点任务分解方案的通知',
        '2024-01-05 10:00 区人民政府办公室',
        '索 引 号 MB1534522/2024-05475 成文日期 2024-01-05',
        ADDRESSEE,
        '现将《2024年重点任务分解方案》印发给你们，请认真贯彻执行。',
        '某区人民政府办公室',
        '2024年1月3日',
        '2024年重点任务分解方案',
        '一、主要目标',
      ].join('\n'),
    );
    expect(plan).toMatchObject({ issuer: '某区人民政府办公室', issuedOn: '2024-01-03' });
  });

  it('a signature whose 年月日 were lost is still the date', async () => {
    const [plan] = await plans(['关于印发《某市教育局2024年工作要点》的通知', ADDRESSEE, '现将《某市教育局2024年工作要点》印发给你们。', '2024327', '某市教育局2024年工作要点', '一、总体要求'].join('\n'));
    expect(plan).toMatchObject({ title: '某市教育局2024年工作要点', issuedOn: '2024-03-27' });
  });
});

describe('a signature date typed with a letter O for 〇', () => {
  it.each([['二O二三年三月五日', '2023-03-05'], ['二o二四年十月八日', '2024-10-08'], ['二〇二二年一月十日', '2022-01-10']])(
    '%s ends the notice and dates the plan',
    async (signature, issuedOn) => {
      const [plan, ...rest] = await plans(
        ['乙县人民政府办公室关于印发乙县春耕生产工作方案的通知', ADDRESSEE, '现将《乙县春耕生产工作方案》印发给你们，请认真贯彻执行。', '乙县人民政府办公室', signature, '乙县春耕生产工作方案', '一、目标任务', '正文。'].join('\n'),
      );
      expect(rest).toEqual([]);
      expect(plan).toMatchObject({ title: '乙县春耕生产工作方案', issuer: '乙县人民政府办公室', issuedOn });
      expect(paths(plan)).toEqual(['一 目标任务']);
    },
  );
});
