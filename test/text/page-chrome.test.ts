import { describe, expect, it } from 'vitest';
import { isPageChrome, pageChromeExamples } from '../../src/text/page-chrome.js';

describe('page chrome', () => {
  it.each([
    '打印本页 关闭窗口',
    '打印本页关闭窗口',
    '【打印】【关闭】',
    '【打印本页】 【关闭窗口】',
    '[打印本页] [关闭窗口] [返回顶部]',
    '【字体：大 中 小】【打印】',
    '上一篇：关于做好2024年防汛工作的通知',
    '下一篇：无',
    '扫一扫在手机打开当前页',
    '相关链接',
    '责任编辑：王明',
    '（责任编辑：李华）',
  ])('%s is chrome anywhere', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each(pageChromeExamples())('%s (a row\'s example) is chrome in the header', (line) => {
    expect(isPageChrome(line, true)).toBe(true);
  });

  it.each([
    // loose rows count in the header only
    ['Health Commission of Henan Province', true],
    ['PPP', true],
    ['字号加大', true],
  ])('%s is chrome only in the header', (line, inHeader) => {
    expect(isPageChrome(line, inHeader)).toBe(true);
    expect(isPageChrome(line)).toBe(false);
  });

  it.each([
    '2.改造老旧小区30个。（市住建局、市发改委）',
    '打印机采购项目按计划推进。',
    '编辑出版地方志，完成年鉴编纂。',
    '相关链接单位要加强协作。',
    '关闭整治“散乱污”企业120家',
    '下一步，我们将持续推进。',
  ])('%s is text', (line) => {
    expect(isPageChrome(line)).toBe(false);
  });
});
