// The hostile-input regression folder: each file in test/bad/ fails with its code (cases.json) in
// under 2 s and 300 MB, in a process of its own so time and memory are its alone; a batch over all
// of them plus good files gets every good file out.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { CORPUS } from '../helpers.js';

const run = promisify(execFile);
const cases: Record<string, string> = JSON.parse(readFileSync('test/bad/cases.json', 'utf8'));

// Runs one extraction in a fresh Node process and reports its outcome, wall time and peak RSS.
const PROBE = `
import { extractFile } from './dist/index.js';
const started = performance.now();
let code = 'ok';
try { await extractFile(process.argv[1]); } catch (error) { code = error.code ?? 'THROWN'; }
console.log(JSON.stringify({ code, ms: performance.now() - started, rssMB: process.resourceUsage().maxRSS / 1024 }));
`;

describe('test/bad: hostile and broken inputs', () => {
  it('lists every file of the folder', () => {
    const files = readdirSync('test/bad').filter((name) => !/\.(ts|json|mjs)$/.test(name));
    expect(files.sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s → %s, fast and small', async (name, expected) => {
    const { stdout } = await run('node', ['--input-type=module', '-e', PROBE, join('test/bad', name)], { timeout: 20_000 });
    const result = JSON.parse(stdout) as { code: string; ms: number; rssMB: number };
    expect(result.code).toBe(expected);
    expect(result.ms).toBeLessThan(2000);
    expect(result.rssMB).toBeLessThan(300);
  });

  it('a batch over all of them and good files converts every good file and reports every bad one', async () => {
    const input = mkdtempSync(join(tmpdir(), 'plan-extract-bad-'));
    cpSync('test/bad', join(input, 'bad'), { recursive: true, filter: (path) => !/\.(ts|json|mjs)$/.test(path) });
    for (const path of Object.values(CORPUS)) cpSync(path, join(input, 'good', path.split('/').pop()!));
    const out = mkdtempSync(join(tmpdir(), 'plan-extract-out-'));
    const result = await run('node', ['bin/plan-extract.js', 'batch', input, '-o', out, '--quiet'], { timeout: 120_000 }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect('code' in result ? result.code : 0).toBe(1);
    for (const path of Object.values(CORPUS)) {
      const json = join(out, 'good', `${path.split('/').pop()}.json`);
      expect(existsSync(json)).toBe(true);
      expect(PlanFileSchema.safeParse(JSON.parse(readFileSync(json, 'utf8'))).success).toBe(true);
    }
    const report = JSON.parse(readFileSync(join(out, 'batch-report.json'), 'utf8')) as {
      files: { input: string; status: string; code?: string | null; error?: { code: string } | null }[];
    };
    // a folder walk takes the extensions a reader handles: random.bin and not-a-docx.zip are not inputs
    const failed = report.files.filter((file) => file.status === 'failed').map((file) => file.input.split('/').pop());
    const expectedFailures = Object.entries(cases)
      .filter(([name, code]) => code !== 'ok' && !/\.(bin|zip)$/.test(name))
      .map(([name]) => name);
    expect(failed.sort()).toEqual(expectedFailures.sort());
  });
});
