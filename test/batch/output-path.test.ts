// No output path outside the chosen output folder, and never over an input.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWriteTarget, outputPathFor } from '../../src/batch/output-path.js';

describe('outputPathFor', () => {
  it.each([
    ['a.txt', '/out/a.txt.json'],
    ['sub/二/b.docx', '/out/sub/二/b.docx.json'],
    ['..foo/a.txt', '/out/..foo/a.txt.json'],
  ])('%s → %s', (relative, path) => {
    expect(outputPathFor('/out', relative)).toEqual({ ok: true, path, relative: `${relative}.json` });
  });

  it.each([
    ['../a.txt'],
    ['sub/../../etc/passwd'],
    ['/etc/passwd'],
    ['C:\\Windows\\x'],
    ['//server/share/x'],
    ['./a.txt'],
    ['a//b.txt'],
    [''],
    ['a\0b'],
  ])('refuses %j', (relative) => {
    const result = outputPathFor('/out', relative);
    expect(result.ok).toBe(false);
  });
});

describe('checkWriteTarget', () => {
  const root = mkdtempSync(join(tmpdir(), 'pe-outpath-'));
  const outdir = join(root, 'out');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(join(outdir, 'sub'), { recursive: true });
  mkdirSync(elsewhere);
  symlinkSync(elsewhere, join(outdir, 'escape'));
  writeFileSync(join(outdir, 'input.txt.json'), 'an input that happens to live in OUTDIR');
  const realOut = realpathSync(outdir);

  it.each([
    ['sub/a.txt.json', null],
    ['a.txt.json', null],
    ['escape/a.txt.json', /outside/],
    ['input.txt.json', /overwrite an input/],
  ])('%s', async (relative, refusal) => {
    const result = await checkWriteTarget(join(outdir, relative), realOut, new Set([join(realOut, 'input.txt.json')]));
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toMatch(refusal);
  });
});
