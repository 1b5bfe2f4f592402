// A document against its own conversions (corpus/variants/: docx, doc, pdf, html, other encodings,
// traditional script) must give "no differences": format, encoding and script are not content.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlanFiles } from '../../src/diff/index.js';
import { extractFileInThread as extractFile } from '../../src/index.js';

const VARIANTS = 'corpus/variants';

/** "001_c38e02297bde183b-styled.docx" → "corpus/001_c38e02297bde183b.txt" */
function sourceOf(variant: string): string {
  const id = /^(\d{3}_[0-9a-f]+)/.exec(basename(variant))?.[1];
  return id ? `corpus/${id}.txt` : '';
}

const variants = existsSync(VARIANTS)
  ? readdirSync(VARIANTS)
      .map((name) => join(VARIANTS, name))
      .filter((path) => existsSync(sourceOf(path)))
  : [];
const pick = (pattern: RegExp): string[] => variants.filter((path) => pattern.test(path));

describe('a corpus document against its own variants', () => {
  for (const [format, pattern] of [
    ['docx', /\.docx$/],
    ['pdf', /\.pdf$/],
    ['html', /\.html$/],
    ['doc', /\.doc$/],
    ['other encodings and traditional script', /\.txt$/],
  ] as const) {
    const paths = pick(pattern);
    // the fixtures are made by another part of the project; without them there is nothing to compare
    it.skipIf(paths.length === 0)(`${format}: no differences (${paths.length} fixture(s) in ${VARIANTS})`, async () => {
      for (const path of paths) {
        const source = sourceOf(path);
        const [before, after] = await Promise.all([extractFile(source), extractFile(path)]);
        const { report } = diffPlanFiles(
          { path: source, sha256: before.source.sha256, planFile: before },
          { path, sha256: after.source.sha256, planFile: after },
          { ignore: new Set() },
        );
        expect({ path, changes: report.changes }).toEqual({ path, changes: [] });
      }
    });
  }
});
