import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { formatNumber, listLabels, readListDefinitions, withListLabel } from '../../src/readers/docx-numbering.js';
import { readDocx } from '../../src/readers/docx.js';
import { cpuGrowth } from '../growth.js';
import { abstractNum, docx, num, numberingXml, numPr, p, stylesXml, type LevelSpec } from './docx-builder.js';

const texts = async (body: string, numbering: string, styles = '') => {
  const extra: Record<string, string> = { 'word/numbering.xml': numbering };
  if (styles) extra['word/styles.xml'] = stylesXml(styles);
  const { blocks } = await readDocx(docx(body, extra), { file: 'x.docx', limits: DEFAULT_LIMITS });
  return blocks.map((block) => block.content.text);
};

/** A one-list numbering.xml: abstractNum 0 with these levels, numId 1 on it. */
const oneList = (...levels: LevelSpec[]) => numberingXml([abstractNum(0, levels)], [num(1, 0)]);

// GB/T 9704 outline levels as a government .docx numbers them
const CN_COMMA: LevelSpec = { format: 'chineseCounting', text: '%1、', suffix: 'nothing' };
const CN_PAREN: LevelSpec = { format: 'chineseCounting', text: '（%2）', suffix: 'nothing' };
const NUM_DOT: LevelSpec = { format: 'decimal', text: '%3.', suffix: 'nothing' };

describe('formatNumber: w:numFmt', () => {
  it.each([
    ['chineseCounting', 1, '一'],
    ['chineseCounting', 10, '十'],
    ['chineseCounting', 11, '十一'],
    ['chineseCounting', 20, '二十'],
    ['chineseCounting', 21, '二十一'],
    ['chineseCounting', 100, '一百'],
    ['chineseCounting', 101, '一百零一'],
    ['chineseCounting', 110, '一百一十'],
    ['chineseCountingThousand', 1005, '一千零五'],
    ['chineseCountingThousand', 10010, '一万零一十'],
    ['chineseLegalSimplified', 11, '壹拾壹'],
    ['ideographTraditional', 3, '丙'],
    ['ideographTraditional', 11, '11'],
    ['ideographDigital', 10, '一〇'],
    ['decimal', 7, '7'],
    ['decimalZero', 7, '07'],
    ['decimalFullWidth', 12, '１２'],
    ['decimalEnclosedCircle', 1, '①'],
    ['decimalEnclosedCircle', 20, '⑳'],
    ['decimalEnclosedCircle', 21, '21'],
    ['decimalEnclosedParen', 2, '⑵'],
    ['decimalEnclosedFullstop', 3, '⒊'],
    ['upperLetter', 2, 'B'],
    ['upperLetter', 27, 'AA'],
    ['lowerLetter', 28, 'bb'],
    ['upperRoman', 14, 'XIV'],
    ['lowerRoman', 4, 'iv'],
    ['none', 3, ''],
    ['a format Word cannot draw', 3, '3'],
  ])('%s %i → %s', (format, value, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });
});

describe('readDocx: list numbering becomes the marker Word shows', () => {
  it.each([
    ['chineseCounting %1、', oneList(CN_COMMA), [p('指导思想', numPr(1)), p('重点工作任务', numPr(1))], ['一、指导思想', '二、重点工作任务']],
    [
      'chineseCounting （%1） on level 1',
      oneList({ format: 'chineseCounting', text: '（%1）', suffix: 'nothing' }),
      [p('加强领导', numPr(1)), p('完善机制', numPr(1))],
      ['（一）加强领导', '（二）完善机制'],
    ],
    ['decimal %1.', oneList({ format: 'decimal', text: '%1.', suffix: 'nothing' }), [p('建设高地', numPr(1)), p('发挥作用', numPr(1))], ['1.建设高地', '2.发挥作用']],
    [
      'decimal （%1）',
      oneList({ format: 'decimal', text: '（%1）', suffix: 'nothing' }),
      [p('提升能力', numPr(1)), p('强化保障', numPr(1))],
      ['（1）提升能力', '（2）强化保障'],
    ],
    ['decimalEnclosedCircle', oneList({ format: 'decimalEnclosedCircle', text: '%1', suffix: 'nothing' }), [p('县医院', numPr(1)), p('乡卫生院', numPr(1))], ['①县医院', '②乡卫生院']],
    ['w:start 3', oneList({ ...CN_COMMA, start: 3 }), [p('保障措施', numPr(1))], ['三、保障措施']],
    ['the default suffix is a tab', oneList({ format: 'decimal', text: '%1.' }), [p('建设高地', numPr(1))], ['1.\t建设高地']],
    ['suffix space', oneList({ format: 'decimal', text: '(%1)', suffix: 'space' }), [p('建设高地', numPr(1))], ['(1) 建设高地']],
    [
      'multi-level %1.%2, and isLgl shows a chineseCounting level in decimal',
      oneList(
        { format: 'chineseCounting', text: '第%1章', suffix: 'space' },
        { format: 'decimal', text: '%1.%2', suffix: 'space', legal: true },
      ),
      [p('总则', numPr(1)), p('目标', numPr(1, 1)), p('任务', numPr(1)), p('措施', numPr(1, 1))],
      ['第一章 总则', '1.1 目标', '第二章 任务', '2.1 措施'],
    ],
    ['a bullet is no enumerator', oneList({ format: 'bullet', text: '•' }), [p('要点', numPr(1))], ['要点']],
    ['numId 0 switches numbering off', oneList(CN_COMMA), [p('指导思想', numPr(1)), p('正文', numPr(0))], ['一、指导思想', '正文']],
    ['a numId that numbering.xml does not define', oneList(CN_COMMA), [p('指导思想', numPr(7))], ['指导思想']],
    [
      'a typed marker is not doubled (the file has both)',
      oneList(CN_COMMA),
      [p('一、指导思想', numPr(1)), p('重点工作任务', numPr(1)), p('三、保障措施', numPr(1))],
      ['一、指导思想', '二、重点工作任务', '三、保障措施'],
    ],
  ])('%s', async (_name, numbering, paragraphs, expected) => {
    expect(await texts(paragraphs.join(''), numbering)).toEqual(expected);
  });

  it('level 2 and 3 restart under each new level-1 and level-2 item; body paragraphs between do not count', async () => {
    const body = [
      p('指导思想', numPr(1, 0)),
      p('正文。'),
      p('重点工作任务', numPr(1, 0)),
      p('加强领导', numPr(1, 1)),
      p('构建体系', numPr(1, 1)),
      p('建设高地', numPr(1, 2)),
      p('发挥作用', numPr(1, 2)),
      p('引领趋势', numPr(1, 1)),
      p('加强专科', numPr(1, 2)),
      p('保障措施', numPr(1, 0)),
      p('落实责任', numPr(1, 1)),
    ];
    expect(await texts(body.join(''), oneList(CN_COMMA, CN_PAREN, NUM_DOT))).toEqual([
      '一、指导思想',
      '正文。',
      '二、重点工作任务',
      '（一）加强领导',
      '（二）构建体系',
      '1.建设高地',
      '2.发挥作用',
      '（三）引领趋势',
      '1.加强专科',
      '三、保障措施',
      '（一）落实责任',
    ]);
  });

  it('lvlRestart 0: a level that never restarts keeps counting across level-1 items', async () => {
    const numbering = oneList(CN_COMMA, { format: 'decimal', text: '%2.', suffix: 'nothing', restartAfter: 0 });
    const body = [p('甲', numPr(1)), p('a', numPr(1, 1)), p('乙', numPr(1)), p('b', numPr(1, 1))];
    expect(await texts(body.join(''), numbering)).toEqual(['一、甲', '1.a', '二、乙', '2.b']);
  });

  it('a numbering continues across two lists with the same numId, and across numIds of one abstractNum', async () => {
    const numbering = numberingXml([abstractNum(0, [{ format: 'decimal', text: '%1.', suffix: 'nothing' }])], [num(1, 0), num(2, 0)]);
    const body = [p('甲', numPr(1)), p('乙', numPr(1)), p('正文。'), p('丙', numPr(1)), p('丁', numPr(2))];
    expect(await texts(body.join(''), numbering)).toEqual(['1.甲', '2.乙', '正文。', '3.丙', '4.丁']);
  });

  it('startOverride restarts the list the first time its numId is used, then counting goes on', async () => {
    const numbering = numberingXml(
      [abstractNum(0, [{ format: 'decimal', text: '%1.', suffix: 'nothing' }])],
      [num(1, 0), num(2, 0, { 0: 1 }), num(3, 0, { 0: 5 })],
    );
    const body = [p('甲', numPr(1)), p('乙', numPr(1)), p('丙', numPr(2)), p('丁', numPr(2)), p('戊', numPr(3)), p('己', numPr(1))];
    expect(await texts(body.join(''), numbering)).toEqual(['1.甲', '2.乙', '1.丙', '2.丁', '5.戊', '6.己']);
  });

  it('two abstractNums count separately', async () => {
    const numbering = numberingXml(
      [abstractNum(0, [CN_COMMA]), abstractNum(1, [{ format: 'decimal', text: '（%1）', suffix: 'nothing' }])],
      [num(1, 0), num(2, 1)],
    );
    const body = [p('甲', numPr(1)), p('a', numPr(2)), p('b', numPr(2)), p('乙', numPr(1)), p('c', numPr(2))];
    expect(await texts(body.join(''), numbering)).toEqual(['一、甲', '（1）a', '（2）b', '二、乙', '（3）c']);
  });

  it('numPr set through a paragraph style (and inherited through w:basedOn); the level from the list’s w:pStyle', async () => {
    const numbering = numberingXml(
      [abstractNum(0, [{ ...CN_COMMA, pStyle: 'H1' }, { ...CN_PAREN, pStyle: 'H2' }])],
      [num(4, 0)],
    );
    const styles =
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2Red"><w:name w:val="heading 2 red"/><w:basedOn w:val="H2"/></w:style>';
    const style = (id: string) => `<w:pStyle w:val="${id}"/>`;
    const body = [p('指导思想', style('H1')), p('重点任务', style('H1')), p('加强领导', style('H2')), p('完善机制', style('H2Red'))];
    expect(await texts(body.join(''), numbering, styles)).toEqual(['一、指导思想', '二、重点任务', '（一）加强领导', '（二）完善机制']);
  });

  it('a numStyleLink list takes its levels from the list of its numbering style', async () => {
    const numbering = numberingXml(
      [abstractNum(0, [], '<w:numStyleLink w:val="Outline"/>'), abstractNum(1, [CN_COMMA], '<w:styleLink w:val="Outline"/>')],
      [num(1, 0), num(2, 1)],
    );
    const styles = '<w:style w:type="numbering" w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    expect(await texts(p('指导思想', numPr(1)), numbering, styles)).toEqual(['一、指导思想']);
  });

  it('a w14 custom numFmt in mc:Choice falls back to the mc:Fallback format', async () => {
    const level =
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:suff w:val="nothing"/><w:lvlText w:val="%1."/></w:lvl>';
    const numbering = numberingXml([`<w:abstractNum w:abstractNumId="0">${level}</w:abstractNum>`], [num(1, 0)]);
    expect(await texts(p('建设高地', numPr(1)), numbering)).toEqual(['1.建设高地']);
  });

  it('a tracked change keeps the numbering Word shows, not the one before the change', async () => {
    const pPr = `${numPr(1)}<w:pPrChange w:id="1" w:author="a"><w:pPr>${numPr(1, 1)}</w:pPr></w:pPrChange>`;
    expect(await texts(p('指导思想', pPr), oneList(CN_COMMA, CN_PAREN))).toEqual(['一、指导思想']);
  });

  it('a numbered 序号 cell of a Word table shows its number', async () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const row = (first: string, second: string) => `<w:tr>${cell(first)}${cell(second)}</w:tr>`;
    const table = `<w:tbl>${row(p('序号'), p('工作任务'))}${row(`<w:p><w:pPr>${numPr(1)}</w:pPr></w:p>`, p('任务甲'))}${row(`<w:p><w:pPr>${numPr(1)}</w:pPr></w:p>`, p('任务乙'))}</w:tbl>`;
    const numbering = oneList({ format: 'decimal', text: '%1', suffix: 'nothing' });
    const { blocks } = await readDocx(docx(table, { 'word/numbering.xml': numbering }), { file: 'x.docx', limits: DEFAULT_LIMITS });
    expect(blocks.map((block) => block.cells!.map((c) => c.text))).toEqual([
      ['序号', '工作任务'],
      ['1', '任务甲'],
      ['2', '任务乙'],
    ]);
    // grounding is unchanged: each cell keeps its paragraph index
    expect(blocks[1]!.cells!.map((c) => c.marks[0]!.line)).toEqual([3, 4]);
  });

  it('grounding: a numbered paragraph keeps its paragraph index as its line', async () => {
    const body = [p('附件'), '<w:p/>', p('指导思想', numPr(1))].join('');
    const { blocks } = await readDocx(docx(body, { 'word/numbering.xml': oneList(CN_COMMA) }), { file: 'x.docx', limits: DEFAULT_LIMITS });
    expect(blocks.map((block) => [block.content.text, block.content.marks[0]!.line])).toEqual([
      ['附件', 1],
      ['一、指导思想', 3],
    ]);
  });
});

describe('listLabels and withListLabel', () => {
  it('counts 100 000 numbered paragraphs in one linear pass', () => {
    const definitions = readListDefinitions(oneList(CN_COMMA, CN_PAREN, NUM_DOT), '');
    const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => ({ numId: '1', level: index % 3, styleId: null }));
    const labels = listLabels(paragraphs(100_000), definitions);
    expect(labels.slice(0, 4)).toEqual(['一、', '（一）', '1.', '二、']);
    expect(labels[99_999]).toBe('三万三千三百三十四、');
    // 4× the paragraphs may cost up to 10× the CPU time (a pass per paragraph over the earlier ones: ~16×)
    const inputs = new Map([10_000, 40_000].map((count) => [count, paragraphs(count)]));
    expect(cpuGrowth((count) => listLabels(inputs.get(count)!, definitions), 10_000, 4)).toBeLessThan(10);
  });

  it.each([
    ['一、', '指导思想', '一、指导思想'],
    ['一、', '一、指导思想', '一、指导思想'],
    ['1.', '（一）加强领导', '（一）加强领导'],
    ['1.', '１．建设高地', '１．建设高地'],
    ['1.', '一、二级医院达标', '1.一、二级医院达标'],
    [null, '指导思想', '指导思想'],
  ])('withListLabel(%j, %s) → %s', (label, text, expected) => {
    expect(withListLabel(label, text)).toBe(expected);
  });
});
