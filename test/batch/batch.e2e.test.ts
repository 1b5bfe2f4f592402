// `plan-extract batch` end to end on the built CLI: good, broken and duplicate files; the report; the
// incremental second run; --force; Ctrl-C mid-run; shards; usage errors; output path safety.
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchReportSchema, type BatchReport } from '../../src/batch/report.js';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { cli, CORPUS_FILES, listFiles, mixedFolder, readJson, start, tempFolder } from './cli.js';

function report(outdir: string, name = 'batch-report.json'): BatchReport {
  return BatchReportSchema.parse(readJson(join(outdir, name)));
}

function statuses(batch: BatchReport): Record<string, string> {
  return Object.fromEntries(batch.files.map((file) => [file.relative, file.code ? `${file.status} ${file.code}` : file.status]));
}

describe('plan-extract batch on a folder of good, broken and duplicate files', () => {
  const root = tempFolder('pe-batch-');
  const { good, broken } = mixedFolder(root);

  it('converts every good file, reports every broken one, exits 1', async () => {
    const result = await cli(['batch', 'in', '-o', 'out', '--jobs', '2'], root);
    expect(result.code, result.stderr).toBe(1);
    const batch = report(join(root, 'out'));
    expect(statuses(batch), result.stderr).toEqual({
      ...Object.fromEntries(good.map((relative) => [relative, 'ok'])),
      ...Object.fromEntries(Object.entries(broken).map(([relative, code]) => [relative, `failed ${code}`])),
    });
    for (const relative of good) {
      expect(PlanFileSchema.safeParse(readJson(join(root, 'out', `${relative}.json`))).success).toBe(true);
    }
    expect(batch.summary).toMatchObject({ total: good.length + 2, ok: good.length, failed: 2, skipped: 0, pending: 0 });
    // outputs mirror the tree; source.path is the input as given
    const duplicate = PlanFileSchema.parse(readJson(join(root, 'out/sub/duplicate.txt.json')));
    expect(duplicate.source.path).toBe('in/sub/duplicate.txt');
    for (const [relative, code] of Object.entries(broken)) {
      expect(result.stderr).toContain(`plan-extract: in/${relative}: ${code}: `);
      expect(existsSync(join(root, 'out', `${relative}.json`))).toBe(false);
    }
    expect(listFiles(join(root, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack traces
  });

  it('skips every unchanged file on the second run, and --force redoes them', async () => {
    const second = await cli(['batch', 'in', '-o', 'out', '--quiet'], root);
    expect(second.code).toBe(1);
    expect(report(join(root, 'out')).summary).toMatchObject({ ok: 0, skipped: good.length, failed: 2 });
    const forced = await cli(['batch', 'in', '-o', 'out', '--quiet', '--force'], root);
    expect(forced.code).toBe(1);
    expect(report(join(root, 'out')).summary).toMatchObject({ ok: good.length, skipped: 0, failed: 2 });
  });

  it('redoes only a changed file, and one whose output was deleted', async () => {
    appendFileSync(join(root, 'in', good[0]!), '\n（一）新增内容。\n');
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'out', `${good[1]}.json`));
    await cli(['batch', 'in', '-o', 'out', '--quiet'], root);
    const batch = report(join(root, 'out'));
    expect(batch.files.filter((file) => file.status === 'ok').map((file) => file.relative).sort()).toEqual([good[0], good[1]].sort());
  });

  it('exits 0 once the broken files are gone (skipped counts as ok)', async () => {
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'in/empty.txt'));
    rmSync(join(root, 'in/sub/blob.txt'));
    const result = await cli(['batch', 'in', '-o', 'out'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/0 ok, \d+ skipped, 0 failed/);
  });

  it('--jsonl streams one report entry per input to stdout', async () => {
    const result = await cli(['batch', 'in', '-o', 'out', '--jsonl', '--quiet', '--force'], root);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { relative: string; status: string });
    expect(lines.map((line) => line.relative).sort()).toEqual(good);
    expect(new Set(lines.map((line) => line.status))).toEqual(new Set(['ok']));
  });
});

describe('Ctrl-C', () => {
  it('stops cleanly (exit 130, no *.tmp, finished outputs valid, report written) and a re-run completes', async () => {
    const root = tempFolder('pe-sigint-');
    mkdirSync(join(root, 'in'));
    for (let copy = 0; copy < 5; copy++) {
      for (const file of CORPUS_FILES) copyFileSync(file, join(root, 'in', `${copy}-${file.split('/').pop()}`));
    }
    const run = start(['batch', 'in', '-o', 'out', '--jobs', '1'], root);
    // interrupt once a few outputs exist: mid-run, with a write likely in flight
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const out = join(root, 'out');
        if (existsSync(out) && readdirSync(out).filter((name) => name.endsWith('.json')).length >= 5) {
          clearInterval(poll);
          resolve();
        }
      }, 10);
    });
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    const files = listFiles(join(root, 'out'));
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const batch = report(join(root, 'out'));
    expect(batch.interrupted).toBe(true);
    expect(batch.summary.pending).toBeGreaterThan(0);
    const outputs = files.filter((name) => name.endsWith('.txt.json'));
    // the one worker's file may have been renamed into place just as the signal stopped it, before
    // its outcome reached the report: written, valid, unrecorded; the re-run finds and skips it
    expect(outputs.length - batch.summary.ok).toBeGreaterThanOrEqual(0);
    expect(outputs.length - batch.summary.ok).toBeLessThanOrEqual(1);
    for (const name of outputs) expect(PlanFileSchema.safeParse(readJson(join(root, 'out', name))).success).toBe(true);

    const rerun = await cli(['batch', 'in', '-o', 'out', '--quiet'], root);
    expect(rerun.code).toBe(0);
    const finished = report(join(root, 'out'));
    expect(finished.summary).toMatchObject({ total: 25, skipped: outputs.length, ok: 25 - outputs.length, pending: 0 });
    expect(finished.interrupted).toBe(false);
  });
});

describe('--shard', () => {
  it('n shards into one folder partition the inputs, each with its own report', async () => {
    const root = tempFolder('pe-shard-');
    const { good, broken } = mixedFolder(root);
    const all = [...good, ...Object.keys(broken)].sort();
    const seen: string[] = [];
    for (let index = 0; index < 3; index++) {
      await cli(['batch', 'in', '-o', 'out', '--quiet', '--jobs', '1', '--shard', `${index}/3`], root);
      const batch = report(join(root, 'out'), `batch-report.${index}-of-3.json`);
      expect(batch.shard).toEqual({ index, count: 3 });
      seen.push(...batch.files.map((file) => file.relative));
    }
    expect(seen.sort()).toEqual(all);
    expect(existsSync(join(root, 'out/batch-report.json'))).toBe(false);
    expect(listFiles(join(root, 'out')).filter((name) => name.endsWith('.txt.json')).sort()).toEqual(good.map((g) => `${g}.json`));
  });

  it('refuses a bad shard with exit 2', async () => {
    const result = await cli(['batch', 'corpus', '-o', tempFolder('pe-shard-bad-'), '--shard', '3/3'], process.cwd());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('0-based');
  });
});

describe('usage errors and safety', () => {
  it.each([
    { name: 'no input matches', args: (root: string) => ['batch', join(root, 'nothing-here/*.pdf'), '-o', join(root, 'out')] },
    { name: 'missing -o', args: () => ['batch', 'corpus'] },
    { name: 'OUTDIR is the input folder', args: (root: string) => ['batch', join(root, 'in'), '-o', join(root, 'in')] },
    { name: 'bad --jobs', args: (root: string) => ['batch', 'corpus', '-o', join(root, 'out'), '--jobs', '0'] },
  ])('$name → exit 2', async ({ args }) => {
    const root = tempFolder('pe-usage-');
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in/a.txt'), '一、总体要求\n');
    const result = await cli(args(root), process.cwd());
    expect(result.code).toBe(2);
  });

  it('walks a tree with a symlink loop, never writes through a symlink out of OUTDIR, and skips OUTDIR inside the input', async () => {
    const root = tempFolder('pe-safety-');
    mkdirSync(join(root, 'in/sub'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    copyFileSync(CORPUS_FILES[1]!, join(root, 'in/sub/a.txt'));
    copyFileSync(CORPUS_FILES[2]!, join(root, 'in/b.txt'));
    symlinkSync('..', join(root, 'in/sub/loop'));
    // OUTDIR inside the input tree, with a subfolder that leads outside it
    mkdirSync(join(root, 'in/out'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'in/out/sub'));
    const result = await cli(['batch', 'in', '-o', 'in/out'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('symlink loop');
    const batch = report(join(root, 'in/out'));
    expect(statuses(batch)).toEqual({ 'b.txt': 'ok', 'sub/a.txt': 'failed E_OUTPUT' });
    expect(readdirSync(join(root, 'elsewhere'))).toEqual([]);
  });

  it.each([
    ['given by name', ['pipe.txt', 'good.txt', 'null.txt'], ['pipe.txt', 'good.txt', 'null.txt']],
    ['met in a folder', ['.'], ['good.txt', 'null.txt', 'pipe.txt']],
  ])('skips a FIFO %s (never read: a read that never ends would block a worker) and converts the rest', async (_name, inputs, order) => {
    const root = tempFolder('pe-fifo-');
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    symlinkSync('/dev/null', join(root, 'null.txt'));
    copyFileSync(CORPUS_FILES[1]!, join(root, 'good.txt'));
    // nobody ever writes to the FIFO and there is no time limit: only not reading it lets the run end
    // (a hang runs into the test's timeout)
    const result = await cli(['batch', ...inputs, '-o', 'out', '--timeout', '0'], root);
    expect(result.code).toBe(0);
    const batch = report(join(root, 'out'));
    expect(statuses(batch)).toEqual({ 'good.txt': 'ok', 'null.txt': 'skipped E_NOT_A_FILE', 'pipe.txt': 'skipped E_NOT_A_FILE' });
    expect(batch.files.map((file) => file.relative)).toEqual(order);
    const pipe = batch.files.find((file) => file.relative === 'pipe.txt');
    expect(pipe).toMatchObject({ code: 'E_NOT_A_FILE', message: expect.stringMatching(/^a FIFO, not a regular file/), output: null });
    expect(batch.files.find((file) => file.relative === 'null.txt')?.message).toMatch(/^a device, not a regular file/);
    expect(result.stderr).toContain('plan-extract batch: pipe.txt: skipped: a FIFO, not a regular file');
  });

  it('--dry-run lists inputs and outputs and writes nothing', async () => {
    const root = tempFolder('pe-dry-');
    const { good } = mixedFolder(root);
    const result = await cli(['batch', 'in', '-o', 'out', '--dry-run', '--exclude', 'empty.txt', '--exclude', 'sub/blob.txt'], root);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(good.map((relative) => `in/${relative}\t${relative}.json`).sort());
    expect(existsSync(join(root, 'out'))).toBe(false);
  });
});

describe('plan-extract batch counts what each file gave, so a file that gave nothing stands out', () => {
  const root = tempFolder('pe-batch-counts-');
  mkdirSync(join(root, 'in'), { recursive: true });
  copyFileSync(CORPUS_FILES[0]!, join(root, 'in/plan.txt'));
  // text, but no enumerator anywhere: valid output, no sections
  writeFileSync(join(root, 'in/prose.txt'), '关于做好今年工作的说明。\n各单位要高度重视，认真抓好落实。\n');
  writeFileSync(join(root, 'in/list.md'), '# 工作要点\n\n一、总体要求\n\n（一）加强组织领导。（牵头单位：县民政局；完成时限：2025年底前）\n');

  it('records counts per file, counts the empty ones in the summary and names them on stderr', async () => {
    const result = await cli(['batch', 'in', '-o', 'out'], root);
    expect(result.code, result.stderr).toBe(0);
    const batch = report(join(root, 'out'));
    const byName = Object.fromEntries(batch.files.map((file) => [file.relative, file]));
    const plan = PlanFileSchema.parse(readJson(join(root, 'out/plan.txt.json')));
    const sections = (list: typeof plan.plans[number]['sections']): number => list.reduce((sum, s) => sum + 1 + sections(s.children), 0);
    expect(byName['plan.txt']?.counts?.sections).toBe(plan.plans.reduce((sum, p) => sum + sections(p.sections), 0));
    expect(byName['plan.txt']?.counts?.targets).toBeGreaterThan(0);
    expect(byName['list.md']?.counts).toMatchObject({ plans: 1, sections: 2, units: 1, deadlines: 1 });
    expect(byName['prose.txt']?.counts?.sections).toBe(0);
    expect(byName['prose.txt']?.emptyReason).toMatch(/^no-outline: /);
    expect(batch.summary).toMatchObject({ ok: 3, empty: 1 });
    expect(result.stderr).toContain('plan-extract batch: in/prose.txt: no sections found: no-outline: ');
    expect(result.stderr).toMatch(/3 ok, 0 skipped, 0 failed; 1 gave no sections: in\/prose\.txt; report: /);
  });

  it('keeps the counts of a skipped file, so the second run still names the empty one', async () => {
    const result = await cli(['batch', 'in', '-o', 'out'], root);
    const batch = report(join(root, 'out'));
    expect(batch.summary).toMatchObject({ skipped: 3, empty: 1 });
    expect(batch.files.find((file) => file.relative === 'prose.txt')?.counts?.sections).toBe(0);
    expect(result.stderr).toContain('1 gave no sections: in/prose.txt');
  });
});
