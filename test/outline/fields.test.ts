import { describe, expect, it } from 'vitest';
import { isChrome, readHeaderFields } from '../../src/outline/fields.js';
import type { Block } from '../../src/document/block.js';
import { located } from '../../src/text/located.js';

const blocks = (lines: string[]): Block[] => lines.map((text, index) => ({ kind: 'paragraph', content: located(text, index + 1) }));

function fields(lines: string[]): { values: string[]; skipped: number[] } {
  const read = readHeaderFields(blocks(lines));
  return { values: read.values.map((field) => `${field.role}=${field.value}`), skipped: [...read.skipped] };
}

describe('metadata panels of government web pages', () => {
  it.each([
    {
      name: 'a panel in table bars, empty cells included',
      lines: ['索引号：| 11223344/2024-0001 | 发布机构：| |', '文号：| 甲卫发〔2024〕3号 | 所属主题：| 卫生 |', '关于印发丙县工作方案的通知'],
      values: ['other=11223344/2024-0001', 'docNumber=甲卫发〔2024〕3号', 'other=卫生'],
      skipped: [0, 1],
    },
    {
      name: 'label and value pairs without separators (spaces lost in normalisation)',
      lines: ['发文机关乙市人民政府办公室成文日期2023年05月10日', '发文字号乙政办〔2023〕21号发布时间2023年05月12日'],
      values: ['issuer=乙市人民政府办公室', 'date=2023年05月10日', 'docNumber=乙政办〔2023〕21号', 'publishDate=2023年05月12日'],
      skipped: [0, 1],
    },
    {
      name: 'a bulleted list with each value on the line below its label',
      lines: ['• 索引号：', '0012345/2022-00017', '• 发文字号：', '丙政发〔2022〕9号', '• 成文日期：', '2022年03月02日'],
      values: ['other=0012345/2022-00017', 'docNumber=丙政发〔2022〕9号', 'date=2022年03月02日'],
      skipped: [0, 1, 2, 3, 4, 5],
    },
    {
      name: 'a label with no value does not swallow the title below it',
      lines: ['发布日期：2022-03-01 09:12:00 来源：本网 浏览次数：- 字号：', '乙省人民政府办公厅关于推动医院', '高质量发展的实施意见'],
      values: ['publishDate=2022-03-01 09:12:00', 'source=本网', 'other=-'],
      skipped: [0],
    },
    {
      name: 'words that begin like a label are text ("时间节点", "名称")',
      lines: ['时间节点：2025年底前', '名称统一为县医疗集团'],
      values: [],
      skipped: [],
    },
    // keys in square brackets, two a line, an empty value between
    {
      name: 'square-bracket keys',
      lines: ['[ 索引号 ] 11500231MB0012345/2023-00018 [ 发文字号 ] 丙府办发〔2023〕12号', '[ 发布机构 ] 丙县政府办公室 [ 有效性 ]', '[ 成文日期 ] 2023-04-10 [ 发布日期 ] 2023-04-12'],
      values: ['other=11500231MB0012345/2023-00018', 'docNumber=丙府办发〔2023〕12号', 'issuer=丙县政府办公室', 'date=2023-04-10', 'publishDate=2023-04-12'],
      skipped: [0, 1, 2],
    },
    {
      name: 'lenticular keys, and a 文号 whose year is in square brackets',
      lines: ['【发文机关】乙市水利局【成文日期】2021-05-20', '【文号】乙水发[2021]9号'],
      values: ['issuer=乙市水利局', 'date=2021-05-20', 'docNumber=乙水发[2021]9号'],
      skipped: [0, 1],
    },
    {
      name: 'page chrome around the plan',
      lines: ['当前位置：首页 > 政务公开 > 通知公告', '首页 / 文件汇编/ 正文', '【字体：大 中 小】', '返回顶部', 'Health Commission of Jia Province', '丙县工作方案'],
      values: [],
      skipped: [0, 1, 2, 3, 4],
    },
  ])('$name', ({ lines, values, skipped }) => {
    expect(fields(lines)).toEqual({ values, skipped });
  });

  it.each(['打印本页', '>政务频道 >政务公开 >本局文件', '您现在的位置：首页'])('%s is chrome', (line) => {
    expect(isChrome(line)).toBe(true);
  });

  it.each(['丙县人民政府办公室', '一、总体要求', '首要任务是提高质量'])('%s is not chrome', (line) => {
    expect(isChrome(line)).toBe(false);
  });
});

describe('bullets of a metadata list in pasted text', () => {
  it('are not part of the value once normalised', async () => {
    const { readTextBlocks } = await import('../../src/readers/text.js');
    const { normalizeBlocks } = await import('../../src/normalize/index.js');
    const { blocks } = await normalizeBlocks(readTextBlocks('  • 丙市卫生健康委员会\n● 2022-08-10\n'));
    expect(blocks.map((block) => block.content.text)).toEqual(['丙市卫生健康委员会', '2022-08-10']);
  });
});
