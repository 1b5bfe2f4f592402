// `plan-extract diff` as a user meets it: the built binary, exit codes like diff(1) (0 same,
// 1 different, 2 error), the readable report, and --json validated against the contract.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffReportSchema } from '../../src/schema/contract.js';
import { CORPUS, runCli, type CliResult } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-diff-cli-'));

function cli(args: string[], input?: string): Promise<CliResult> {
  return runCli(['diff', ...args], { input, env: { NO_COLOR: '' } });
}

function edited(name: string, from: string, to: string): string {
  const path = join(dir, name);
  writeFileSync(path, readFileSync(CORPUS.prefecture, 'utf8').replace(from, to));
  return path;
}

describe('plan-extract diff', () => {
  it('exits 0 and says so when the plans agree', async () => {
    const { code, stdout, stderr } = await cli([CORPUS.prefecture, CORPUS.prefecture]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`--- ${CORPUS.prefecture}\n+++ ${CORPUS.prefecture}\nno differences (29 sections agree)\n`);
  });

  it('exits 1 with a readable report, grouped by heading, without colour when not a TTY', async () => {
    const changedFile = edited('raised.txt', '支出的比例达到70%', '支出的比例达到80%');
    const { code, stdout } = await cli([CORPUS.prefecture, changedFile]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        `--- ${CORPUS.prefecture}`,
        `+++ ${changedFile}`,
        '1 difference: 1 changed, 0 moved, 0 added, 0 removed; 28 sections unchanged',
        '',
        '二 重点工作任务',
        '  ~ 二/（五）/5 深化医保支付方式改革 (changed)',
        '      targets[医保统筹基金占全部符合条件的住院医保统筹基金支出的比例].value: 70 → 80',
        '      text: …筹基金支出的比例达到70%。探索符合中医药… → …筹基金支出的比例达到80%。探索符合中医药…',
        '',
      ].join('\n'),
    );
  });

  it('--json writes a DiffReport that validates, with the documents\' hashes', async () => {
    const changedFile = edited('deadline.txt', '到2025年，建成一批', '到2024年，建成一批');
    const { code, stdout } = await cli(['--json', CORPUS.prefecture, changedFile]);
    expect(code).toBe(1);
    const report = DiffReportSchema.parse(JSON.parse(stdout));
    expect(report.old).toEqual({ path: CORPUS.prefecture, sha256: '6d55b4163f3a66cde6eb97d8696d2690998616d021890b9765482fd30adda62b' });
    expect(report.summary).toEqual({ added: 0, removed: 0, changed: 1, moved: 0, unchanged: 28 });
    expect(report.changes[0]!.fields[0]).toEqual({ field: 'deadlines', old: '2025-12-31', new: '2024-12-31' });
  });

  it('takes a PlanFile JSON on either side, and a document on standard input', async () => {
    const json = join(dir, 'plan.json');
    const { stdout } = await runCli([CORPUS.prefecture]);
    writeFileSync(json, stdout);
    expect((await cli([json, CORPUS.prefecture])).code).toBe(0);
    expect((await cli([json, '-'], readFileSync(CORPUS.prefecture, 'utf8'))).code).toBe(0);
  });

  // corpus/variants/ is made by another part of the project; a test whose fixture is absent is skipped
  for (const variant of ['corpus/variants/001_c38e02297bde183b.docx', 'corpus/variants/001_c38e02297bde183b.pdf']) {
    it.skipIf(!existsSync(variant))(`exits 0 for a document against its own ${variant} (skipped when absent)`, async () => {
      const { code, stdout } = await cli([CORPUS.prefecture, variant]);
      expect({ code, last: stdout.trim().split('\n').pop() }).toEqual({ code: 0, last: 'no differences (29 sections agree)' });
    });
  }

  it('--ignore text leaves out a wording change', async () => {
    const reworded = edited('reworded.txt', '大力推行日间手术', '积极推行日间手术');
    expect((await cli([CORPUS.prefecture, reworded])).code).toBe(1);
    expect((await cli(['--ignore', 'text', CORPUS.prefecture, reworded])).code).toBe(0);
  });

  it.each<[string, string[], RegExp]>([
    ['a missing file', [CORPUS.prefecture, 'corpus/missing.txt'], /^plan-extract: corpus\/missing\.txt: E_NOT_FOUND: no such file/],
    ['JSON that is not a PlanFile', [CORPUS.prefecture, 'package.json'], /^plan-extract: package\.json: E_INVALID_JSON: JSON but not a PlanFile: at schemaVersion: /],
    ['one side only', [CORPUS.prefecture], /missing required argument 'new'/],
    ['an unknown --ignore', ['--ignore', 'units', CORPUS.prefecture, CORPUS.prefecture], /expected text or moves, got "units"/],
    ['standard input twice', ['-', '-'], /only one side can be standard input/],
  ])('exits 2 on an error: %s', async (_name, args, message) => {
    const { code, stdout, stderr } = await cli(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(message);
  });
});
