// Which files a batch reads, and the relative paths its outputs mirror.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commonBase, isInside, selectInputs } from '../../src/batch/inputs.js';

let root: string;

function touch(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pe-inputs-'));
  for (const name of [
    'plans/b.txt',
    'plans/a.md',
    'plans/A.PDF',
    'plans/sub/c.docx',
    'plans/sub/deeper/d.html',
    'plans/草稿/e.txt',
    'plans/notes.bak.txt',
    'plans/image.jpg',
    'plans/data.json',
    'plans/.hidden/f.txt',
    'plans/.g.txt',
    'other/z.txt',
  ]) {
    touch(join(root, name));
  }
  // a loop back to the top and a second way into sub/
  symlinkSync('..', join(root, 'plans/sub/deeper/up'));
  symlinkSync('sub', join(root, 'plans/alias'));
  mkdirSync(join(root, 'plans/out'));
  touch(join(root, 'plans/out/old.txt'));
});

async function relatives(args: string[], options: Parameters<typeof selectInputs>[1] = {}): Promise<string[]> {
  const selection = await selectInputs(args, { cwd: root, ...options });
  return selection.files.map((file) => file.relative);
}

describe('selectInputs', () => {
  it('walks a folder recursively in code-unit order, supported extensions only, no hidden names', async () => {
    expect(await relatives(['plans'], { skipFolders: [join(root, 'plans/out')] })).toEqual([
      'A.PDF',
      'a.md',
      'b.txt',
      'notes.bak.txt',
      'sub/c.docx',
      'sub/deeper/d.html',
      '草稿/e.txt',
    ]);
  });

  it.each([
    { include: ['*.txt'], exclude: [], expected: ['b.txt', 'notes.bak.txt', 'out/old.txt', '草稿/e.txt'] },
    { include: ['*.pdf'], exclude: [], expected: ['A.PDF'] },
    { include: ['sub/**'], exclude: [], expected: ['sub/c.docx', 'sub/deeper/d.html'] },
    { include: [], exclude: ['草稿/**', '*.bak.txt', 'out'], expected: ['A.PDF', 'a.md', 'b.txt', 'sub/c.docx', 'sub/deeper/d.html'] },
    { include: ['*.txt', '*.md'], exclude: ['草稿'], expected: ['a.md', 'b.txt', 'notes.bak.txt', 'out/old.txt'] },
    { include: ['**/*.jpg'], exclude: [], expected: ['image.jpg'] },
  ])('include $include exclude $exclude', async ({ include, exclude, expected }) => {
    expect(await relatives(['plans'], { include: include.length ? include : undefined, exclude })).toEqual(expected);
  });

  it('follows a symlinked folder once and notes a loop instead of walking it forever', async () => {
    const selection = await selectInputs(['plans'], { cwd: root });
    const reasons = selection.notices.map((notice) => [notice.path.split(sep).slice(-2).join('/'), notice.reason]);
    expect(reasons).toContainEqual(['deeper/up', 'symlink-loop']);
    expect(reasons).toContainEqual(['plans/alias', 'already-walked']);
    expect(selection.files.filter((file) => file.relative.endsWith('c.docx'))).toHaveLength(1);
    // the real folder is walked first, so its files keep their real paths
    expect(selection.files.map((file) => file.relative)).toContain('sub/c.docx');
    expect(selection.files.map((file) => file.relative)).not.toContain('alias/c.docx');
  });

  it('never walks into the output folder', async () => {
    const selection = await selectInputs(['plans'], { cwd: root, skipFolders: [join(root, 'plans/out')] });
    expect(selection.files.map((file) => file.relative)).not.toContain('out/old.txt');
    expect(selection.notices.map((notice) => notice.reason)).toContain('output-folder');
  });

  it('mirrors several roots under their common base and keeps display paths as given', async () => {
    const selection = await selectInputs(['plans/b.txt', 'other', './plans/sub/c.docx'], { cwd: root });
    expect(selection.base).toBe(root);
    expect(selection.files.map((file) => [file.display, file.relative])).toEqual([
      ['plans/b.txt', 'plans/b.txt'],
      ['other/z.txt', 'other/z.txt'],
      ['./plans/sub/c.docx', 'plans/sub/c.docx'],
    ]);
  });

  it('expands a quoted glob from its static base', async () => {
    expect(await relatives(['plans/**/*.txt'])).toEqual(['b.txt', 'notes.bak.txt', 'out/old.txt', '草稿/e.txt']);
  });

  it('keeps a named file whatever its extension, and a missing one (to be reported E_NOT_FOUND)', async () => {
    expect(await relatives(['plans/image.jpg', 'plans/missing.txt'])).toEqual(['image.jpg', 'missing.txt']);
  });

  it('lists a file once when two arguments reach it', async () => {
    expect(await relatives(['plans/sub', 'plans/sub/c.docx'])).toEqual(['c.docx', 'deeper/d.html']);
  });

  it('is deterministic', async () => {
    expect(await relatives(['plans'])).toEqual(await relatives(['plans']));
  });

  it('lists a FIFO or a device apart, by name or in a folder, never as a file to read', async () => {
    mkdirSync(join(root, 'streams'));
    execFileSync('mkfifo', [join(root, 'streams/pipe.txt')]);
    symlinkSync('/dev/null', join(root, 'streams/null.txt'));
    touch(join(root, 'streams/plan.txt'));
    for (const args of [['streams'], ['streams/pipe.txt', 'streams/null.txt', 'streams/plan.txt']]) {
      const selection = await selectInputs(args, { cwd: root });
      expect(selection.files.map((file) => file.relative)).toEqual(['plan.txt']);
      expect(selection.specials.map((file) => [file.relative, file.kind]).sort()).toEqual([
        ['null.txt', 'device'],
        ['pipe.txt', 'FIFO'],
      ]);
    }
  });
});

describe('commonBase and isInside', () => {
  it.each([
    [['/a/b/c', '/a/b/d'], '/a/b'],
    [['/a/b', '/a/b/c/d'], '/a/b'],
    [['/a/bc', '/a/bd'], '/a'],
    [['/x', '/y'], '/'],
    [['/only'], '/only'],
  ])('commonBase(%j) = %s', (folders, base) => {
    expect(commonBase(folders)).toBe(base);
  });

  it.each([
    ['/out/a.json', '/out', true],
    ['/out', '/out', true],
    ['/outside/a.json', '/out', false],
    ['/out/../etc/passwd', '/out', false],
    ['/out/..foo/a.json', '/out', true],
    ['relative/a.json', '/out', false],
  ])('isInside(%s, %s) = %s', (path, folder, inside) => {
    expect(isInside(path, folder)).toBe(inside);
  });
});
