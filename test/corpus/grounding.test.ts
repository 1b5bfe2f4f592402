// Character-exact grounding (issue 15): for every corpus document and format variant (and the other
// offices' real plans and layout fixtures), the source
// text at each value's span, normalised the way the tool normalises text, is the value's text —
// section titles, unit lists (the note a list came from), deadlines and targets alike.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFileWithSource, type CharacterSpanLike } from './grounding-helper.js';

const filesIn = (folder: string, pattern: RegExp) =>
  existsSync(folder) ? readdirSync(folder).filter((name) => pattern.test(name) && !/^(?:README|SOURCES)\.md$/.test(name)).map((name) => join(folder, name)) : [];

// the corpus and its format variants; real plans of other offices; work lists laid out as text and
// decorated markers in every format
const FILES = [
  ...filesIn('corpus', /\.txt$/),
  ...filesIn('corpus/variants', /./),
  ...filesIn('test/fixtures/real', /\.txt$/),
  ...filesIn('test/outline/fixtures', /\.(?:txt|md|html)$/),
  ...filesIn('test/normalize/fixtures', /./),
];

// A unit list's span is its first note's (raw joins several notes with "；"); a work-list row's raw
// names its columns' roles with labels the tool wrote ("牵头单位：… 配合单位：…") and joins a cell's
// lines with "、": text in no source line, so the names are compared without them.
const COLUMN_LABELS = /牵头单位：|配合单位：/g;
const names = (text: string) => text.replace(COLUMN_LABELS, '').replace(/[、，,；;]/g, '');

function matches(kind: string, found: string, text: string): boolean {
  if (found === text) return true;
  if (kind !== 'units' || found === '') return false;
  return text.startsWith(`${found}；`) || names(text) === names(found);
}

describe('every value is grounded to its characters', () => {
  it.each(FILES)('%s', async (path) => {
    const { values, sliceOf, comparable } = await extractFileWithSource(path);
    if (path.startsWith('corpus')) expect(values.length).toBeGreaterThan(0);
    const wrong = values
      .filter((value) => value.span !== undefined)
      .map((value) => ({ kind: value.kind, text: value.text, found: sliceOf(value.span as CharacterSpanLike) }))
      .filter((value) => !matches(value.kind, comparable(value.found), comparable(value.text)));
    expect(values.every((value) => value.span !== undefined)).toBe(true);
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
