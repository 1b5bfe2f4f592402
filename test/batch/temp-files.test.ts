// Temp files of interrupted writes are removed for this run's own targets only.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTempFiles, tempOwner } from '../../src/batch/temp-files.js';

describe('tempOwner', () => {
  it.each([
    ['a.txt.json.1234.0a1b2c3d.tmp', 'a.txt.json'],
    ['batch-report.json.9.ffffffff.tmp', 'batch-report.json'],
    ['a.txt.json', null],
    ['a.txt.json.tmp', null],
    ['a.txt.json.12.XYZ.tmp', null],
  ])('%s → %s', (name, owner) => {
    expect(tempOwner(name)).toBe(owner);
  });
});

describe('removeTempFiles', () => {
  it('removes temp files of the given targets and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-temp-'));
    const names = ['mine.txt.json.1.00000000.tmp', 'theirs.txt.json.2.11111111.tmp', 'mine.txt.json', 'notes.tmp'];
    for (const name of names) writeFileSync(join(dir, name), '');
    expect(await removeTempFiles([join(dir, 'mine.txt.json'), join(dir, 'missing/x.json')])).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['mine.txt.json', 'notes.tmp', 'theirs.txt.json.2.11111111.tmp']);
    expect(existsSync(join(dir, 'mine.txt.json'))).toBe(true);
  });
});
