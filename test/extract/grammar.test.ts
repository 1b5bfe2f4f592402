// The grammar engine runs a row only over a text holding every character its pattern requires; the
// characters are read off the pattern, and a match never lacks one of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredCharacters, scan, type Rule } from '../../src/extract/grammar.js';
import { CORPUS } from '../helpers.js';

describe('requiredCharacters', () => {
  it.each<[RegExp, string[]]>([
    [/(\d{4})年(\d{1,2})月底前/, ['年', '月', '底', '前']],
    [/(?<!近|过去|最近)(?:在|于)?(\d+)年(?:内|之内)(?!的)/, ['年']],
    [/年度?/, ['年']],
    [/年度?末?/, ['年']],
    [/(?:第一|直接)?责任人/, ['责', '任', '人']],
    [/牵\s*头/, ['牵', '头']],
    [/[年月]底/, ['底']],
    [/\d+个月(?:内|以内)/, ['个', '月']],
    [/\u5e74底/, ['底']],
    [/\p{Script=Han}+底/u, ['底']],
    [/[\]年]底/, ['底']],
    [/上半年|下半年/, []],
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
