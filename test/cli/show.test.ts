// `plan-extract show` as a user meets it: the built CLI, real files, plain output when piped.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { CORPUS, runCli } from '../helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'plan-extract-show-'));

describe('plan-extract show', () => {
  it('prints the outline as an indented tree with units, deadlines and targets, plain when piped', async () => {
    const { code, stdout } = await runCli(['show', CORPUS.prefecture]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b[');
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '自治州推动公立医院高质量发展实施方案',
      '克政办发〔2022〕16号 · 克孜勒苏柯尔克孜自治州人民政府办公室 · 2022-06-01',
      '29 sections · 13 units · 8 deadlines · 6 targets · 0 warnings',
    ]);
    expect(stdout).toContain('\n  （一）坚持和加强党对公立医院的全面领导  L31–33\n      lead     自治州卫生健康委  L33\n');
    expect(stdout).toContain('\n        target   全州4家县级综合医院达到推荐标准  L39\n                 全州县级综合医院达到推荐标准 ≥ 4家 · by 2026-12-31\n');
  });

  it.each([
    ['1', ['一、指导思想  L25–27 [no units]', '二、重点工作任务  L29'], '（一）'],
    ['2', ['  （一）坚持和加强党对公立医院的全面领导  L31–33'], '1.建设区域医疗卫生高地'],
  ])('--depth %s stops at that level and says what lies below', async (depth, present, absent) => {
    const { code, stdout } = await runCli(['show', CORPUS.prefecture, '--depth', depth]);
    expect(code).toBe(0);
    for (const line of present) expect(stdout.split('\n')).toContain(line);
    expect(stdout).not.toContain(absent);
    expect(stdout).toMatch(/… \d+ items below \(--depth \d or more to see them\)/);
  });

  it('reads a PlanFile written earlier, and standard input', async () => {
    const json = join(temp(), 'plan.json');
    const extracted = await runCli([CORPUS.markdown, '-o', json]);
    expect(extracted.code).toBe(0);
    PlanFileSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    const fromJson = await runCli(['show', json]);
    const fromStdin = await runCli(['show', '-'], { input: readFileSync(CORPUS.markdown, 'utf8') });
    expect(fromJson.stdout.split('\n')[0]).toBe('朔州市推动公立医院高质量发展实施方案');
    expect(fromStdin.stdout).toBe(fromJson.stdout);
  });

  it('lists diagnostics with their lines', async () => {
    const { stdout } = await runCli(['show', CORPUS.compilation]);
    expect(stdout).toContain('\nDiagnostics\n  warning garbled-text  L165  1 unreadable character(s) "□"');
    expect(stdout).toContain('\n  warning placeholder-year  L241  placeholder year "20xx"');
  });

  it('shows control characters in a plan instead of sending them to the terminal', async () => {
    const file = join(temp(), 'escape.txt');
    // a lone ESC among text: more control characters than that and the file is refused as binary
    writeFileSync(file, '一、总体要求\u001b[2J\n加强领导，完善制度，落实责任，强化保障，确保各项任务落到实处。\n二、重点任务\n建设3个重点专科。\n');
    const { code, stdout } = await runCli(['show', file]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('一、总体要求\ufffd[2J  L1–2');
  });

  it('fails with one line for a missing file, and a usage error for a bad --depth', async () => {
    expect((await runCli(['show', 'corpus/missing.txt'])).stderr.trim()).toBe('plan-extract: corpus/missing.txt: E_NOT_FOUND: no such file (check the path)');
    expect((await runCli(['show', CORPUS.prefecture, '--depth', '0'])).code).toBe(2);
  });
});
