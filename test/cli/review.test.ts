// `plan-extract review` as a user meets it: the built CLI, real files, hostile text.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, runCli } from '../helpers.js';

const HOSTILE = 'test/review/fixtures/hostile.txt';
const temp = () => mkdtempSync(join(tmpdir(), 'plan-extract-review-'));

describe('plan-extract review', () => {
  it('writes one self-contained page: inline style and script, a policy that forbids the network', async () => {
    const out = join(temp(), 'r.html');
    const { code, stderr } = await runCli(['review', CORPUS.prefecture, '-o', out]);
    expect(code, stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;sha256-[^"]+script-src &#x27;sha256-/);
    expect(html).toContain('<h1>自治州推动公立医院高质量发展实施方案</h1>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/<link\b/);
    // every source line is on the page
    expect(html.match(/<div class="ln[^"]*" id="L\d+"/g)).toHaveLength(readFileSync(CORPUS.prefecture, 'utf8').split('\n').length);
  });

  it('writes the page to stdout without -o', async () => {
    const { code, stdout } = await runCli(['review', CORPUS.table]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('邻水县推动公立医院高质量发展工作清单');
  });

  it('writes NAME.html per input into -o DIR, and goes on past a missing one with exit 1', async () => {
    const out = temp();
    const { code, stderr } = await runCli(['review', CORPUS.prefecture, 'corpus/missing.txt', 'corpus/variants/003_186f3881ae8b0189.pdf', '-o', out]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('plan-extract: corpus/missing.txt: E_NOT_FOUND: no such file (check the path)');
    expect(readdirSync(out).sort()).toEqual(['001_c38e02297bde183b.txt.html', '003_186f3881ae8b0189.pdf.html']);
    const pdf = readFileSync(join(out, '003_186f3881ae8b0189.pdf.html'), 'utf8');
    expect(pdf).toContain('<div class="pb" id="page-12">page 12</div>');
  });

  it('refuses several inputs without -o (exit 2)', async () => {
    const { code, stderr } = await runCli(['review', CORPUS.prefecture, CORPUS.table]);
    expect(code).toBe(2);
    expect(stderr).toContain('several inputs need -o DIR');
  });

  it('shows markup in a plan as text: no element, no script but its own', async () => {
    const { code, stdout } = await runCli(['review', HOSTILE]);
    expect(code).toBe(0);
    expect(stdout.match(/<script/g)).toHaveLength(1);
    expect(stdout).not.toMatch(/<img|<svg|<b /);
    expect(stdout).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(stdout).toContain('完善制度&#x26;lt;b&#x26;gt'); // an entity in the plan's text stays text
  });

  it('explains itself in --help, with examples', async () => {
    const { code, stdout } = await runCli(['review', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('plan-extract review plan.docx -o plan.html');
    expect(stdout).toContain('batch plans/ -o out/ --review');
  });
});
