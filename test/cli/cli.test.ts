// The CLI as a user meets it: the built binary, real files, exit codes and one-line errors.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { CORPUS, runCli, type CliResult } from '../helpers.js';

function cli(args: string[], input?: string): Promise<CliResult> {
  return runCli(args, { input });
}

describe('plan-extract FILE', () => {
  it('writes one valid PlanFile to stdout', async () => {
    const { code, stdout, stderr } = await cli([CORPUS.prefecture]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const planFile = PlanFileSchema.parse(JSON.parse(stdout));
    expect(planFile.source).toMatchObject({ path: CORPUS.prefecture, format: 'text', encoding: 'utf-8', bytes: 17105 });
    expect(planFile.plans[0]!.title).toBe('自治州推动公立医院高质量发展实施方案');
  });

  it('reads standard input with -', async () => {
    const { code, stdout } = await cli(['-'], readFileSync(CORPUS.markdown, 'utf8'));
    expect(code).toBe(0);
    const planFile = PlanFileSchema.parse(JSON.parse(stdout));
    expect(planFile.source.path).toBe('-');
    expect(planFile.plans[0]!.docNumber).toBe('朔政办发〔2023〕12号');
  });

  it('writes several inputs into a folder, and goes on past a bad one with exit code 1', async () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-extract-'));
    const { code, stderr } = await cli([CORPUS.prefecture, 'corpus/missing.txt', CORPUS.table, '-o', out]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('plan-extract: corpus/missing.txt: E_NOT_FOUND: no such file (check the path)');
    expect(readdirSync(out).sort()).toEqual(['001_c38e02297bde183b.txt.json', '002_60fe525e5aed4196.txt.json']);
    expect(readdirSync(out).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('keeps inputs that share a name apart in -o DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-'));
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'plan.txt'), readFileSync(sub === 'a' ? CORPUS.prefecture : CORPUS.pdfText));
    }
    const out = join(dir, 'out');
    expect((await cli([join(dir, 'a/plan.txt'), join(dir, 'b/plan.txt'), '-o', out])).code).toBe(0);
    const titles = ['a', 'b'].map((sub) => JSON.parse(readFileSync(join(out, sub, 'plan.txt.json'), 'utf8')).plans[0].title);
    expect(titles).toEqual(['自治州推动公立医院高质量发展实施方案', '维西县推进公立医院高质量发展实施方案']);
  });

  it('--pretty indents; -o FILE writes exactly that file', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'plan-extract-')), 'plan.json');
    expect((await cli([CORPUS.table, '--pretty', '-o', target])).code).toBe(0);
    const text = readFileSync(target, 'utf8');
    expect(text.startsWith('{\n  "schemaVersion": "1"')).toBe(true);
  });

  it('never overwrites an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-'));
    const input = join(dir, 'plan.txt');
    writeFileSync(input, readFileSync(CORPUS.prefecture));
    const { code, stderr } = await cli([input, '-o', input]);
    expect(code).toBe(1);
    expect(stderr).toContain('E_OUTPUT: the output would overwrite an input file');
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(CORPUS.prefecture, 'utf8'));
  });

  it.each([
    [['--no-such-flag', CORPUS.table], "plan-extract: unknown option '--no-such-flag'\n(run plan-extract extract --help for usage)"],
    [['exprot', 'out/'], "plan-extract: unknown command 'exprot' (did you mean export?)\n(run plan-extract --help for usage)"],
    [['bach', 'plans/'], "plan-extract: unknown command 'bach' (did you mean batch?)\n(run plan-extract --help for usage)"],
    [[CORPUS.table, CORPUS.prefecture], 'plan-extract: several inputs need -o DIR (one JSON file per input)'],
    [['diff', CORPUS.table], "plan-extract: missing required argument 'new'\n(run plan-extract diff --help for usage)"],
    [['batch', 'corpus'], "plan-extract: required option '-o, --output <dir>' not specified\n(run plan-extract batch --help for usage)"],
  ])('usage errors exit 2 with a plan-extract: line: %j', async (args, expected) => {
    const { code, stdout, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd()).toBe(expected);
  });

  it('no arguments prints the help on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: plan-extract \[options\] FILE…/);
    expect(stderr).toContain('Examples:');
  });

  it.each([
    [['--help'], ['Usage: plan-extract [options] FILE…', 'Examples:', 'Exit codes:']],
    [['extract', '--help'], ['--timeout <seconds>', '--max-memory <mb>', 'plan-extract -o out/ -- --draft.txt', 'Exit codes:', 'E_TIMEOUT']],
    [['diff', '--help'], ['Examples:', 'plan-extract diff old.docx new.pdf', 'Exit codes (as diff(1)):', '1  the plans differ']],
    [['batch', '--help'], ['Examples:', 'Exit codes:', '130']],
  ])('%j gives examples and exit codes, exit 0', async (args, parts) => {
    const { code, stdout } = await cli(args);
    expect(code).toBe(0);
    for (const part of parts) expect(stdout).toContain(part);
  });

  it.each([
    ['an empty file', '', 'E_EMPTY'],
    ['a folder', null, 'E_IS_DIRECTORY'],
    ['binary data', '\u0000\u0001\u0002\u0003binary\u0000', 'E_UNSUPPORTED_FORMAT'],
  ])('%s fails with one line naming the file and %s', async (_name, content, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-extract-'));
    const path = content === null ? dir : join(dir, 'input.txt');
    if (content !== null) writeFileSync(path, content);
    const result = await cli([path]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${path}: ${code}:`);
    expect(result.stdout).toBe('');
  });

  it.each([['--version'], ['-V']])('%s prints the version', async (flag) => {
    const version = await cli([flag]);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(existsSync('bin/plan-extract.js')).toBe(true);
  });
});
