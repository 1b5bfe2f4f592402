// The grammar engine runs a row only over a text holding every character its pattern requires; the
// characters are read off the pattern, and a match never lacks one of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayMatchText, requiredCharacters, requirementOf, scan, type Rule } from '../../src/extract/grammar.js';
import { QUANTITY_RULES } from '../../src/extract/quantities.js';
import { CORPUS } from '../helpers.js';

describe('requiredCharacters', () => {
  it.each<[RegExp, string[]]>([
    [/(\d{4})年(\d{1,2})月底前/, ['年', '月', '底', '前']],
    [/(?<!近|过去|最近)(?:在|于)?(\d+)年(?:内|之内)(?!的)/, ['年', '内']],
    [/年度?/, ['年']],
    [/年度?末?/, ['年']],
    [/(?:第一|直接)?责任人/, ['责', '任', '人']],
    [/牵\s*头/, ['牵', '头']],
    [/[年月]底/, ['底']],
    [/\d+个月(?:内|以内)/, ['个', '月', '内']],
    [/\u5e74底/, ['底']],
    [/\p{Script=Han}+底/u, ['底']],
    [/[\]年]底/, ['底']],
    [/上半年|下半年/, ['半', '年']],
    [/上半年|全年/, ['年']],
    [/(?=.*年)底/, ['年', '底']],
    [/(?=[^年]*年)底/, ['年', '底']],
    [/(?<=完成时限：)底/, ['完', '成', '时', '限', '：', '底']],
    [/(?<!完成)底/, ['底']],
    [/(?:年|)底/, ['底']],
    [/(?:年底){0}前/, ['前']],
    [/(?:年底)+前/, ['年', '底', '前']],
    [/(?<year>年)底/, ['年', '底']],
    [/(年)\1底/, ['年', '底']],
    [/(?:上|下)半年/, ['半', '年']],
    [/年*底/, ['底']],
    [/年{0,1}底/, ['底']],
    [/年+底/, ['年', '底']],
    [/ＡＢ/i, []],
    [/％/, ['％']],
    [/(\d+)%/, []],
    [/年/v, []],
  ])('%s → %j', (pattern, expected) => {
    expect(requiredCharacters(pattern)).toEqual(expected);
  });

  it.each<[RegExp, boolean]>([
    [/(\d{4})年/, true],
    [/\d+%/, true],
    [/\d*%/, false],
    [/\d{0,2}%/, false],
    [/(?:\d+)?%/, false],
    [/(?<=^|\n)(\d{4})[.．]/, true],
    [/(?<!\d)年/, false],
    [/\d+年|今年/, false],
    [/\d+年|\d+月/, true],
    [/\u0030年/, false],
    [/[\d]年/, false],
  ])('%s needs a digit: %s', (pattern, digit) => {
    expect(requirementOf(pattern).digit).toBe(digit);
  });

  // every match of each pattern over the corpus holds each character read off it
  const text = Object.values(CORPUS)
    .filter((path) => path.endsWith('.txt'))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  it.each([
    /(\d{4})年(\d{1,2})月(?:底|末)?前?/,
    /牵\s*头(?:单\s*位)?[：:]/,
    /(?<!不)(?:低于|达到)(\d+(?:\.\d+)?)[%％]/,
    /(\d+)(?:个)?(?:百分点|月|工作日)/,
    /(?:年底|月底)前/,
  ])('%s: every corpus match holds its characters', (pattern) => {
    const required = requiredCharacters(pattern);
    const matches = [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))];
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) for (const char of required) expect(match[0]).toContain(char);
  });

  // what the prefilter reads off the quantity rows holds for each of their matches over the corpus
  // (a lookaround's characters lie beside the match: the line around it is searched)
  it.each(QUANTITY_RULES.map((rule) => [rule.pattern.source, rule.pattern] as const))('%s: every corpus match meets its requirement', (_, pattern) => {
    const { characters, digit } = requirementOf(pattern);
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const around = text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40);
      for (const char of characters) expect(around).toContain(char);
      if (digit) expect(around).toMatch(/\d/);
    }
  });
});

describe('mayMatchText', () => {
  it.each<[RegExp, string, boolean]>([
    [/(\d{4})年底前/, '2025年底前完成', true],
    [/(\d{4})年底前/, '二〇二五年底前完成', false],
    [/均为(?:责任)?单位/, '各县均为责任单位', true],
    [/均为(?:责任)?单位/, '各县为责任单位', false],
    [/上半年|全年/, '全面完成', false],
  ])('%s in %s → %s', (pattern, text, may) => {
    expect(mayMatchText(pattern, text)).toBe(may);
  });
});

describe('scan', () => {
  const rules: Rule<string>[] = [
    { pattern: /(\d{4})年底前/, meaning: () => 'year-end', example: '2025年底前' },
    { pattern: /(\d{1,2})月底前/, meaning: () => 'month-end', example: '6月底前' },
    { pattern: /\d+%/, meaning: () => 'percent', example: '90%' },
  ];
  it.each<[string, string[]]>([
    ['2025年底前完成，6月底前启动，达到90%', ['year-end', 'month-end', 'percent']],
    ['6月底前启动', ['month-end']],
    ['达到90%', ['percent']],
    ['没有时限', []],
  ])('%s', (text, meanings) => {
    expect(scan(text, rules).map((hit) => hit.meaning)).toEqual(meanings);
  });
});
