// `plan-extract batch --review` end to end: a page beside each JSON, OUTDIR/index.html listing every
// input with its counts (those of its JSON) and failures, and the incremental re-run.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/review/outline.js';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { cli, CORPUS_FILES, listFiles, readJson, tempFolder } from './cli.js';

describe('plan-extract batch --review', () => {
  const root = tempFolder('pe-batch-review-');
  mkdirSync(join(root, 'in/sub'), { recursive: true });
  const names = CORPUS_FILES.slice(0, 3).map((file) => file.split('/').pop()!);
  CORPUS_FILES.slice(0, 3).forEach((file, index) => copyFileSync(file, join(root, index === 2 ? 'in/sub' : 'in', names[index]!)));
  writeFileSync(join(root, 'in/empty.txt'), '');
  const relatives = [names[0]!, names[1]!, `sub/${names[2]}`];

  it('writes NAME.html beside each NAME.json and an index with every file, its counts and its failure', async () => {
    const result = await cli(['batch', 'in', '-o', 'out', '--review', '--quiet'], root);
    expect(result.code, result.stderr).toBe(1);
    const files = listFiles(join(root, 'out'));
    for (const relative of relatives) {
      expect(files).toContain(`${relative}.json`);
      expect(files).toContain(`${relative}.html`);
      expect(readFileSync(join(root, 'out', `${relative}.html`), 'utf8')).toMatch(/^<!doctype html>/);
    }
    expect(files.filter((name) => name.endsWith('.html')).sort()).toEqual([...relatives.map((relative) => `${relative}.html`), 'index.html'].sort());
    const index = readFileSync(join(root, 'out/index.html'), 'utf8');
    for (const relative of relatives) {
      const counts = outlineOf(PlanFileSchema.parse(readJson(join(root, 'out', `${relative}.json`)))).counts;
      const row = new RegExp(`<tr><td data-sort="in/${relative}"><a href="${relative}.html">in/${relative}</a></td>.*?</tr>`).exec(index)?.[0];
      expect(row, relative).toBeDefined();
      const numbers = [...row!.matchAll(/<td data-sort="(-?\d+)">/g)].map((match) => Number(match[1]));
      expect(numbers).toEqual([counts.plans, counts.sections, counts.units, counts.deadlines, counts.targets, counts.warnings]);
    }
    expect(index).toMatch(/<tr class="failed"><td data-sort="in\/empty.txt">in\/empty.txt<\/td>.*?failed: E_EMPTY: /);
  });

  it('skips unchanged files on a re-run and keeps their pages and the index whole', async () => {
    const result = await cli(['batch', 'in', '-o', 'out', '--review', '--quiet'], root);
    expect(result.code).toBe(1);
    const report = readJson(join(root, 'out/batch-report.json')) as { summary: { skipped: number } };
    expect(report.summary.skipped).toBe(3);
    for (const relative of relatives) expect(readFileSync(join(root, 'out/index.html'), 'utf8')).toContain(`href="${relative}.html"`);
  });

  it('converts an unchanged file again when its page is missing', async () => {
    rmSync(join(root, 'out', `${relatives[0]}.html`));
    await cli(['batch', 'in', '-o', 'out', '--review', '--quiet'], root);
    const report = readJson(join(root, 'out/batch-report.json')) as { files: { relative: string; status: string }[] };
    expect(report.files.find((file) => file.relative === relatives[0])?.status).toBe('ok');
    expect(existsSync(join(root, 'out', `${relatives[0]}.html`))).toBe(true);
  });

  it('writes no page and no index without --review', async () => {
    const result = await cli(['batch', 'in', '-o', 'plain', '--quiet'], root);
    expect(result.code).toBe(1);
    expect(listFiles(join(root, 'plain')).filter((name) => name.endsWith('.html'))).toEqual([]);
  });
});
