import { describe, expect, it } from 'vitest';
import { charTest } from '../../src/text/char-class.js';

describe('charTest: a one-character pattern by char code', () => {
  it.each<[RegExp, string, boolean]>([
    [/[，,；;]/, '，', true],
    [/[，,；;]/, ';', true],
    [/[，,；;]/, '、', false],
    [/、/, '、', true],
    [/[。\n；;：:]/, '\n', true],
    [/[。\n；;：:]/, '局', false],
    // a lone surrogate half answers as the pattern does
    [/[\u4e00-\u9fff]/, '\ud840', false],
    [/\s/, '\u3000', true],
  ])('%s on %j → %s, twice', (pattern, char, expected) => {
    const test = charTest(pattern);
    expect(test(char.charCodeAt(0))).toBe(expected);
    expect(test(char.charCodeAt(0))).toBe(expected);
    expect(pattern.test(char)).toBe(expected);
  });

  it('refuses a pattern that keeps state between tests', () => {
    expect(() => charTest(/a/g)).toThrow(/keeps state/);
  });
});

describe('charTest: patterns of one source and other flags', () => {
  it('keeps a table per flag set', () => {
    expect(charTest(/[a]/)('A'.charCodeAt(0))).toBe(false);
    expect(charTest(/[a]/i)('A'.charCodeAt(0))).toBe(true);
    expect(charTest(/[a]/)('A'.charCodeAt(0))).toBe(false);
  });
});
