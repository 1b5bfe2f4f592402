// Where results go and how failures read: E_OUTPUT names the output the user gave (never a temp
// file, never the input), a closed pipe ends the run quietly, `--` ends the options, and a file name
// can never forge a second error line.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchReportSchema } from '../../src/batch/report.js';
import { BIN, cli, tempFolder } from '../batch/cli.js';
import { CORPUS } from '../helpers.js';

const PLAN = resolve(CORPUS.prefecture);

/** A folder nobody may write into: as root (who may write anywhere) sysfs, which takes no new files. */
function unwritableFolder(): string {
  if (process.getuid?.() === 0) return '/sys';
  const folder = join(tempFolder('pe-readonly-'), 'locked');
  mkdirSync(folder);
  chmodSync(folder, 0o555);
  return folder;
}

function lines(text: string): string[] {
  return text.trimEnd().split('\n');
}

describe('E_OUTPUT names the output path', () => {
  it.each([
    ['-o under a file', (root: string) => [PLAN, '-o', join(root, 'file.txt/plan.json')], (root: string) => [join(root, 'file.txt/plan.json')]],
    [
      '-o DIR that is a file, two inputs',
      (root: string) => [PLAN, resolve(CORPUS.table), '-o', join(root, 'file.txt')],
      (root: string) => [join(root, 'file.txt/001_c38e02297bde183b.txt.json'), join(root, 'file.txt/002_60fe525e5aed4196.txt.json')],
    ],
  ])('%s → exit 1, one E_OUTPUT line per output, nothing left behind', async (_name, args, outputs) => {
    const root = tempFolder('pe-output-');
    writeFileSync(join(root, 'file.txt'), 'not a folder');
    const result = await cli(args(root), root);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(
      outputs(root).map((output) => `plan-extract: ${output}: E_OUTPUT: cannot write: a folder on its path is a file (check the output path)`),
    );
    expect(readdirSync(root)).toEqual(['file.txt']);
  });

  it('an unwritable folder → E_OUTPUT naming the output, not its temp file', async () => {
    const target = join(unwritableFolder(), 'plan-extract-test.json');
    const result = await cli([PLAN, '-o', target], process.cwd());
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(new RegExp(`^plan-extract: ${target}: E_OUTPUT: cannot write: (permission denied|read-only file system) `))]);
    expect(result.stderr).not.toContain('.tmp');
  });

  it('batch: an output folder blocked by a file is E_OUTPUT with the output path, and the batch goes on', async () => {
    const root = tempFolder('pe-batch-output-');
    mkdirSync(join(root, 'in/sub'), { recursive: true });
    copyFileSync(PLAN, join(root, 'in/sub/a.txt'));
    copyFileSync(PLAN, join(root, 'in/b.txt'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out/sub'), 'a file where a folder must go');
    const result = await cli(['batch', 'in', '-o', 'out', '--quiet'], root);
    expect(result.code).toBe(1);
    const report = BatchReportSchema.parse(JSON.parse(readFileSync(join(root, 'out/batch-report.json'), 'utf8')));
    expect(report.files.map((file) => [file.relative, file.status, file.code, file.message])).toEqual([
      ['b.txt', 'ok', null, null],
      ['sub/a.txt', 'failed', 'E_OUTPUT', `${join(root, 'out/sub/a.txt.json')}: cannot write: a folder on its path is a file`],
    ]);
  });
});

describe('pipes and names', () => {
  it.each([
    ['FILE | head -c 10', `"${BIN}" "${resolve(CORPUS.compilation)}" --pretty`],
    ['--help | head -n 1', `"${BIN}" --help`],
  ])('%s exits 0 with nothing on stderr', (_name, command) => {
    // bash for PIPESTATUS: the exit code of plan-extract itself, not of head
    const status = execFileSync('bash', ['-c', `node ${command} 2>stderr.txt | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"; cat stderr.txt`], {
      cwd: tempFolder('pe-pipe-'),
      encoding: 'utf8',
    });
    expect(status).toBe('0\n');
  });

  it('-- ends the options: `-o out/ -- --help a.txt` converts the files --help and a.txt', async () => {
    const root = tempFolder('pe-dashes-');
    copyFileSync(PLAN, join(root, '--help'));
    copyFileSync(PLAN, join(root, 'a.txt'));
    const result = await cli(['-o', 'out/', '--', '--help', 'a.txt'], root);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(join(root, 'out')).sort()).toEqual(['--help.json', 'a.txt.json']);
  });

  it('a name that could forge a line is printed escaped, on one line, by extract and by batch', async () => {
    const names: [string, string][] = [
      ['a\nplan-extract: b.txt: E_OK: fine.txt', '"a\\nplan-extract: b.txt: E_OK: fine.txt"'],
      ['a\r\u001b[2Kb.txt', '"a\\r\\u001b[2Kb.txt"'],
      ['plan\u202eexe.txt', '"plan\\u202eexe.txt"'],
      ['"quoted".txt', '"\\"quoted\\".txt"'],
      ['实施方案 (2).txt', '实施方案 (2).txt'],
    ];
    const root = tempFolder('pe-names-');
    for (const [name] of names) writeFileSync(join(root, name), '');
    const expected = names.map(([, shown]) => `plan-extract: ${shown}: E_EMPTY: the file is empty (0 bytes) (the file has no text to extract)`);
    const single = await cli([...names.map(([name]) => name), '-o', `${root}-out`], root);
    const batch = await cli(['batch', '.', '-o', `${root}-batch`, '--quiet'], root);
    for (const result of [single, batch]) {
      expect(result.code).toBe(1);
      expect(lines(result.stderr).sort()).toEqual([...expected].sort());
    }
  });
});

it('exists: the binary under test', () => expect(existsSync(BIN)).toBe(true));

describe('a file that gives nothing says so', () => {
  it.each([
    ['prose without an enumerator', '关于做好今年工作的说明。\n各单位要高度重视，认真抓好落实。\n', /no-outline: /],
    ['a covering notice with no list', '各乡镇人民政府，县直各部门：\n现将有关事项通知如下，请认真贯彻执行。\n\n县人民政府办公室\n2024年3月1日\n', /./],
  ])('%s: valid JSON on stdout, exit 0, one line on stderr naming the file and the reason', async (_name, text, reason) => {
    const root = tempFolder('pe-empty-');
    writeFileSync(join(root, 'notice.txt'), text);
    const result = await cli(['notice.txt'], root);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).plans.flatMap((plan: { sections: unknown[] }) => plan.sections)).toEqual([]);
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/^plan-extract: notice\.txt: no sections found: /)]);
    expect(result.stderr).toMatch(reason);
  });

  it('a plan with sections writes nothing on stderr', async () => {
    const result = await cli([PLAN], process.cwd());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
