// Every value of every corpus document and format variant is found in the source lines the tool
// read, and the source text found is the value's text (compared as the tool normalises text).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFileWithSourceInThread as extractFileWithSource, type Section } from '../../src/index.js';
import { loadToSimplified } from '../../src/normalize/script.js';
import { createLocator, foldText, type LocatableValue, type SourceSpan } from '../../src/review/spans.js';

const FILES = [
  ...readdirSync('corpus').filter((name) => name.endsWith('.txt')).map((name) => `corpus/${name}`),
  ...readdirSync('corpus/variants').map((name) => `corpus/variants/${name}`),
].sort();

function flatten(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)]);
}

describe.each(FILES)('%s', (file) => {
  it('locates every heading, unit list, unit, deadline and target, and the span holds its text', async () => {
    const { planFile, source } = await extractFileWithSource(file);
    const toSimplified = planFile.source.script === 'simplified' ? undefined : await loadToSimplified();
    const locate = createLocator(source, { toSimplified });
    const text = new Map(source.lines.map((line) => [line.number, line.text]));
    const slice = (span: SourceSpan) => span.map((piece) => text.get(piece.line)!.slice(piece.startColumn, piece.endColumn)).join('');
    const fold = (value: string) => foldText(toSimplified ? toSimplified(value) : value);
    const wrong: string[] = [];
    const check = (value: LocatableValue, expected: string[]) => {
      const span = locate(value);
      const found = span === null ? null : fold(slice(span));
      if (found === null || !expected.map(foldText).includes(found)) wrong.push(`${value.kind} ${expected[0]} → ${found}`);
    };
    let values = 0;
    for (const section of planFile.plans.flatMap((plan) => flatten(plan.sections))) {
      check({ kind: 'heading', section }, [`${section.marker}${section.title}`, section.title]);
      const { raw, lead, support } = section.responsibility;
      if (raw) check({ kind: 'units', section }, [raw]);
      // a unit completed with its list's prefix is found by the end of its name
      for (const name of [...lead, ...support]) {
        const span = locate({ kind: 'unit', section, name });
        if (span === null || !foldText(name).endsWith(fold(slice(span)))) wrong.push(`unit ${name} → ${span && slice(span)}`);
      }
      for (const deadline of section.deadlines) check({ kind: 'deadline', section, deadline }, [deadline.text]);
      for (const target of section.targets) check({ kind: 'target', section, target }, [target.text]);
      values += 1 + (raw ? 1 : 0) + lead.length + support.length + section.deadlines.length + section.targets.length;
    }
    expect(values).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });
});
