// renderShow: colour only when asked, the same text either way.
import { describe, expect, it } from 'vitest';
import { extractBufferWithSourceInThread as extractBufferWithSource } from '../../src/index.js';
import { outlineOf } from '../../src/review/outline.js';
import { renderShow } from '../../src/review/show.js';

describe('renderShow', async () => {
  const { planFile } = await extractBufferWithSource(
    new TextEncoder().encode('一、总体要求\n到2025年，就诊率达到90%以上。（牵头单位：县卫生健康局）\n'),
    'plan.txt',
  );
  const outline = outlineOf(planFile);

  it.each([
    ['the heading', '\u001b[34m一、总体要求\u001b[0m'],
    ['the lead unit', '\u001b[32m县卫生健康局\u001b[0m'],
    ['the deadline', '\u001b[33m到2025年\u001b[0m'],
    ['the target', '\u001b[35m就诊率达到90%以上\u001b[0m'],
  ])('colours %s on a terminal', (_name, painted) => {
    expect(renderShow(outline, { color: true, depth: Infinity })).toContain(painted);
  });

  it('is the same text without colour', () => {
    const plain = renderShow(outline, { color: false, depth: Infinity });
    expect(plain).not.toContain('\u001b');
    expect(renderShow(outline, { color: true, depth: Infinity }).replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });
});
