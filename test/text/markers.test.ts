import { describe, expect, it } from 'vitest';
import { firstAtom, hasDecimalOutline, markerExamples, parseMarker } from '../../src/text/markers.js';

describe('parseMarker', () => {
  it.each([
    ['一、指导思想', 'cn-comma', 1, '一、', '一', '指导思想'],
    ['十二、保障措施', 'cn-comma', 12, '十二、', '十二', '保障措施'],
    ['二十一．加强党建', 'cn-comma', 21, '二十一．', '二十一', '加强党建'],
    ['（一）坚持和加强党对公立医院的全面领导', 'cn-paren', 1, '（一）', '（一）', '坚持和加强党对公立医院的全面领导'],
    ['(三）引领公立医院高质量发展新趋势', 'cn-paren', 3, '(三）', '（三）', '引领公立医院高质量发展新趋势'],
    ['(一) 打造市级高水平医院', 'cn-paren', 1, '(一)', '（一）', '打造市级高水平医院'],
    ['（十一）强化科学评价。', 'cn-paren', 11, '（十一）', '（十一）', '强化科学评价。'],
    ['1.建设区域医疗卫生高地。借助…', 'num-dot', 1, '1.', '1', '建设区域医疗卫生高地。借助…'],
    ['15. 改革人事管理制度。', 'num-dot', 15, '15.', '15', '改革人事管理制度。'],
    ['3、推进县域医共体建设', 'num-dot', 3, '3、', '3', '推进县域医共体建设'],
    ['2．完善分级诊疗体系', 'num-dot', 2, '2．', '2', '完善分级诊疗体系'],
    ['（1）提升重点专科能力', 'num-paren', 1, '（1）', '（1）', '提升重点专科能力'],
    ['(2)加强人才培养', 'num-paren', 2, '(2)', '（2）', '加强人才培养'],
    ['1）加强院感防控', 'num-half-paren', 1, '1）', '1）', '加强院感防控'],
    ['②县中医医院达到二级甲等', 'circled', 2, '②', '②', '县中医医院达到二级甲等'],
    ['第一条 为规范公立医院管理', 'article', 1, '第一条', '第一条', '为规范公立医院管理'],
    ['第三部分：保障措施。', 'part', 3, '第三部分', '第三部分', '保障措施。'],
    ['第二章 主要任务', 'part', 2, '第二章', '第二章', '主要任务'],
    ['（一）', 'cn-paren', 1, '（一）', '（一）', ''],
    // a title that starts with a number: a year, a count, a code
    ['一、2023年主要任务', 'cn-comma', 1, '一、', '一', '2023年主要任务'],
    ['三、2017年经济社会发展的主要任务', 'cn-comma', 3, '三、', '三', '2017年经济社会发展的主要任务'],
    ['（一）2024年目标', 'cn-paren', 1, '（一）', '（一）', '2024年目标'],
    ['（三）10项重点工程', 'cn-paren', 3, '（三）', '（三）', '10项重点工程'],
    ['二、5G网络建设行动', 'cn-comma', 2, '二、', '二', '5G网络建设行动'],
    ['第二章 2025年远景目标', 'part', 2, '第二章', '第二章', '2025年远景目标'],
    ['3、2024年重点任务', 'num-dot', 3, '3、', '3', '2024年重点任务'],
    ['（2）2023年完成改造', 'num-paren', 2, '（2）', '（2）', '2023年完成改造'],
    // a page that lost the opening bracket of （一）
    ['一）', 'cn-paren', 1, '一）', '（一）', ''],
    ['三)农村污水治理行动', 'cn-paren', 3, '三)', '（三）', '农村污水治理行动'],
    ['十二）强化督查考核', 'cn-paren', 12, '十二）', '（十二）', '强化督查考核'],
  ])('%s', (line, style, ordinal, written, segment, rest) => {
    expect(parseMarker(line)).toEqual({ style, ordinal, written, segment, rest });
  });

  it.each([
    ['7.365便民服务热线。', 7, '365便民服务热线。'],
    ['4.5G基站覆盖工程。', 4, '5G基站覆盖工程。'],
    // a count is never a decimal: the number after the dot opens the title
    ['2.50个小区新增电动自行车充电设施。', 2, '50个小区新增电动自行车充电设施。'],
    ['3.10家医疗机构完成改造。', 3, '10家医疗机构完成改造。'],
    ['5.200所学校配备心理教师。', 5, '200所学校配备心理教师。'],
  ])('%s: a title that starts with a number is an ambiguous marker', (line, ordinal, rest) => {
    expect(parseMarker(line)).toEqual({ style: 'num-dot', ordinal, written: `${ordinal}.`, segment: String(ordinal), rest, ambiguous: true });
  });

  it.each([
    ['一是优化公立医院资源布局。', 'an inline enumeration (一是) is running text'],
    ['一、二级医院要加强感染科建设', '一、二级 means first and second level'],
    ['3.5亿元用于设备购置', 'a decimal number'],
    ['2.5倍以上', 'a decimal with a unit'],
    ['1.2万人次', 'a decimal with a unit'],
    ['2.5个百分点', 'a decimal of percentage points'],
    ['1.5万个岗位', 'a decimal before 万'],
    ['1.1.2 预警分级', 'a decimal outline number'],
    ['2025年底前完成', 'a year'],
    ['1、2、3号楼完成改造', 'a list of numbers'],
    ['一、2、3号楼完成改造', 'a list of numbers after a Chinese numeral'],
    ['（一）2.5亿元用于…', 'a decimal after a marker'],
    ['2. 0版上线', 'a decimal cut by a space'],
    ['3、5个乡镇完成改造', 'a count after an arabic number'],
    ['为认真贯彻落实《意见》', 'no marker at all'],
    ['（此件公开发布）', 'a parenthesis without a numeral'],
    ['（牵头单位：县卫生健康局）', 'a responsibility note'],
  ])('%s is not a marker (%s)', (line) => {
    expect(parseMarker(line)).toBeNull();
  });

  it.each([
    ['2.3 成员单位职责', 'decimal-2', 3, '2.3', [2], '成员单位职责'],
    ['4.2.1Ⅳ级响应', 'decimal-3', 1, '4.2.1', [4, 2], 'Ⅳ级响应'],
    ['3 监测预警', 'decimal-1', 3, '3', undefined, '监测预警'],
    ['5、后期处置', 'decimal-1', 5, '5、', undefined, '后期处置'],
    ['6附则', 'decimal-1', 6, '6', undefined, '附则'],
  ])('%s in a decimal-numbered document', (line, style, ordinal, written, parents, rest) => {
    const marker = parseMarker(line, { decimal: true });
    expect(marker).toMatchObject({ style, ordinal, written, rest });
    expect(marker?.parents).toEqual(parents);
  });

  it.each([
    ['3.5亿元用于泵站建设', 'a decimal with a unit'],
    ['5个，实时掌握积水情况', 'a wrapped count'],
    ['2 个工作日内上报', 'a count with a space'],
    ['1.加强值班值守，落实领导带班制度。', 'a sentence, not a short heading: an ordinary 1. item'],
  ])('%s is no decimal heading (%s)', (line) => {
    expect(parseMarker(line, { decimal: true })?.style ?? 'none').not.toMatch(/^decimal/);
  });

  it.each([
    [['1 总则', '1.1 编制目的', '1.2 适用范围', '2 组织体系', '2.1 指挥机构', '2.2 办事机构'], true],
    [['一、目标', '到2025年投入3.5亿元', '新增1.2万人次', '改造2.5公里'], false],
    [['1.1 背景', '1.2 意义', '1.3 原则', '1.4 范围'], false],
  ])('hasDecimalOutline(%j) is %s', (texts, expected) => {
    expect(hasDecimalOutline(texts)).toBe(expected);
  });

  it('parses the example of every style in its own grammar row', () => {
    for (const { style, example } of markerExamples()) {
      expect(parseMarker(example.split(' / ')[0]!)?.style).toBe(style);
    }
  });
});

describe('firstAtom: what an anchored pattern opens with (the gate before the marker rules)', () => {
  it.each<[RegExp, string | null]>([
    [/^第(一|\d)条/, '第'],
    [/^([一二三]+)[、.]/, '[一二三]'],
    [/^[（(]\s*(\d{1,3})/, '[（(]'],
    [/^(\d{1,3})\./, '\\d'],
    [/^(?:\d{1,2})/, '\\d'],
    [/^(一|\d)、/, null],
    [/^(?=一)一/, null],
    [/^\s*一/, null],
    [/^一?二/, null],
    [/^一{0,2}二/, null],
    [/一、/, null],
  ])('%s → %s', (pattern, atom) => {
    expect(firstAtom(pattern)).toBe(atom);
  });

  it.each(markerExamples())('$style: its example still parses behind the gate', ({ style, example }) => {
    expect(parseMarker(example, { decimal: style.startsWith('decimal') })?.style).toBe(style);
  });
});
