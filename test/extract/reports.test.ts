import { describe, expect, it } from 'vitest';
import { isDoneTime, isDoneValue, reportSpans, soFarDoneOpening } from '../../src/extract/reports.js';
import { viewOf } from '../../src/extract/view.js';
import { located } from '../../src/text/located.js';

describe('report fields', () => {
  it.each([
    ['a progress notice’s field (real 14)', '项目责任人：尹文德\n实际完成情况：一期工程已于2014年5月30日通车试运营。', ['一期工程已于2014年5月30日通车试运营。']],
    ['a work list’s progress field', '推进老旧小区改造。\n进展情况：已开工12个，完工5个。\n责任单位：区住建局', ['已开工12个，完工5个。']],
    ['after a space on a flattened line', '配合单位：市财政局 工作进展：完成招标', ['完成招标']],
    ['完成进展 of a task list', '完成进展：正在推进', ['正在推进']],
  ])('%s', (_label, text, expected) => {
    expect(reportSpans(text).map(([start, end]) => text.slice(start, end))).toEqual(expected);
  });

  it.each([
    ['a check on progress inside a sentence', '定期督查落实情况：每月通报一次。'],
    ['a plan’s own heading words', '建立健全工作推进机制，按月报送工作进度。'],
  ])('%s is no field', (_label, text) => {
    expect(reportSpans(text)).toEqual([]);
  });
});

describe('a time of something done', () => {
  const at = (text: string, phrase: string): [number, number] => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length];
  it.each<[string, string, string, boolean]>([
    ['已于 before it', '一期工程已于2014年5月30日通车试运营', '于2014年5月30日', true],
    ['已经在 before it', '主体工程已经在2023年6月底前完工', '在2023年6月底前', true],
    ['已 after it', '6月底已完成主体工程', '6月底', true],
    ['均已 after it', '2022年底均已建成投用', '2022年底', true],
    ['截至 and then 已', '截至9月底，全市已完成改造514个', '9月底', true],
    ['截至 and 已 in a later clause', '截至9月底，累计完成90场培训，已超额完成年度目标', '9月底', true],
    ['截至 written into the phrase, then 已', '截至2023年9月底，全县已建成站点12个', '截至2023年9月底', true],
    ['a span of months, then 已', '1-9月，全县已完成固定资产投资50亿元', '1-9月', true],
    ['a span of months and 已 later in its sentence', '1月至6月，累计培训3000人次，已完成年度任务', '1月至6月', true],
    // limits
    ['a limit with 前', '于2014年5月30日前通车试运营', '于2014年5月30日前', false],
    ['截至 a future date, no 已', '截至2025年底，全市建成站点100个', '截至2025年底', false],
    ['已 far after it, in another clause', '10月底前完成招标，确保已开工项目按期完工', '10月底前', false],
    ['a stage of months, no 已', '①1-3月份，及时完成临时救助的审核确认', '1-3月份', false],
  ])('%s: %s', (_label, text, phrase, expected) => {
    const [start, end] = at(text, phrase);
    expect(isDoneTime(text, start, end)).toBe(expected);
  });
});

describe('a value reported as done', () => {
  const done = (text: string, value: string): boolean => {
    const view = viewOf(located(text, 1));
    const offset = view.text.indexOf(value);
    const sentence = Math.max(0, view.text.lastIndexOf('。', offset) + 1);
    const clause = Math.max(sentence, view.text.lastIndexOf('，', offset) + 1);
    return isDoneValue(view, () => clause, sentence, offset);
  };
  it.each<[string, string, string, boolean]>([
    ['已 and a verb of doing in its clause', '全市已完成居住小区健身设施维修、改造、升级、补建514个', '514', true],
    ['已累计', '全县已累计培训农村劳动力3000人', '3000', true],
    ['an event already held in its sentence', '运动会已于5月18日开幕，设置比赛8项', '8', true],
    // commitments
    ['stock before a new count', '在已完成试点的基础上，新建5个示范点', '5', false],
    ['a stock qualified by 的', '对已建成的项目，新增投资10亿元', '10', false],
    ['no 已', '新建体育公园15个', '15', false],
    ['已 qualifying a noun after a verb of commitment', '确保已开工项目年内建成投产30个', '30', false],
    ['已在 not dating an event', '对已在试点的县，新增试点县10个', '10', false],
  ])('%s: %s', (_label, text, value, expected) => {
    expect(done(text, value)).toBe(expected);
  });
});

describe('a sentence opened by a "so far" time that says 已', () => {
  const opening = (text: string): string => {
    const view = viewOf(located(text, 1));
    const end = soFarDoneOpening(view, 0, view.text.length);
    return end < 0 ? '' : view.text.slice(0, end);
  };
  it.each([
    ['已 later in the sentence', '截至9月底，累计完成90场心理健康培训服务，已超额完成年度目标', '截至9月底，'],
    ['已 right after', '截至2023年6月，全县已建成站点12个', '截至2023年6月，'],
    ['a future limit, no 已', '截至2025年底，累计建成5G基站1万个', ''],
    ['no time', '截至目前累计建成5G基站1万个', ''],
  ])('%s', (_label, text, expected) => {
    expect(opening(text)).toBe(expected);
  });
});
