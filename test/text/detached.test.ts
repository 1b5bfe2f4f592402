import { describe, expect, it } from 'vitest';
import { detached, detachStrings } from '../../src/text/detached.js';

describe('detached', () => {
  const paragraph = '（一）加强专科建设。到2025年，县人民医院新建重点专科3个。（牵头单位：县卫健局）';
  it.each([
    ['a slice of 13 or more characters', paragraph.slice(4, 40)],
    ['a short slice', paragraph.slice(0, 4)],
    ['the empty string', ''],
    ['a rope', `${paragraph}\n${paragraph}`],
  ])('%s keeps its characters', (_, text) => {
    expect(detached(text)).toBe(text);
  });
});

describe('detachStrings', () => {
  it('copies every string of a tree in place, keys in their order', () => {
    const text = '到2025年，县人民医院新建重点专科3个，牵头单位：县卫健局';
    const tree = {
      title: text.slice(0, 14),
      units: [text.slice(-5), text.slice(20)],
      span: { startLine: 3, page: null },
      targets: [{ text: text.slice(5), value: 3, aspirational: false }],
    };
    const copy = structuredClone(tree);
    expect(detachStrings(tree)).toBe(tree);
    expect(JSON.stringify(tree)).toBe(JSON.stringify(copy));
    expect(Object.keys(tree.targets[0]!)).toEqual(['text', 'value', 'aspirational']);
  });
});
