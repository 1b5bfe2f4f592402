// The hostile-input regression folder: each file in test/bad/ (cases.json) and each input that
// test/bad/hostile.mjs makes at run time ends with its code, in a process of its own so its memory
// is its alone; a batch over the committed ones plus good files gets every good file out.
//
// No assertion reads the clock: a case that goes superlinear again shows as a run that does not
// end (the process is killed, and the case fails), and its speed is measured by `npm run bench`.
// Memory is bounded relative to the input: the run's peak RSS stays under a fixed base (Node and
// the readers' libraries, loaded) plus a few times the input's size.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanFileSchema } from '../../src/schema/contract.js';
import { CORPUS } from '../helpers.js';
// plain JavaScript, shared with scripts/bench.js
import { GENERATED, writeGenerated } from './hostile.mjs';

const run = promisify(execFile);
const cases: Record<string, string> = JSON.parse(readFileSync('test/bad/cases.json', 'utf8'));
const generated = GENERATED as Record<string, { code: string; about: string; maxRssMB?: number }>;

// Runs one extraction in a fresh Node process and reports its outcome and peak RSS.
const PROBE = `
import { extractFile } from './dist/index.js';
let code = 'ok';
try { JSON.stringify(await extractFile(process.argv[1])); } catch (error) { code = error.code ?? 'THROWN'; }
console.log(JSON.stringify({ code, rssMB: process.resourceUsage().maxRSS / 1024 }));
`;

// Node with pdf.js or mammoth loaded is ~150 MB, and the extraction's own thread has a heap of its
// own; the input may take a few times its size on top. A busy machine lets garbage pile up longer
// before it is collected (a 3 MB text measured 303–321 MB), so the base leaves room for that: what
// this guards against is a blow-up (the million '1.' lines took 1.3 GB), not a few MB.
const BASE_MB = 360;
const PER_INPUT_MB = 6;
// only a run that has stopped making progress takes this long (see the file's head)
const HANG_MS = 120_000;

async function probe(path: string): Promise<{ code: string; rssMB: number }> {
  const { stdout } = await run('node', ['--input-type=module', '-e', PROBE, path], { timeout: HANG_MS, maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as { code: string; rssMB: number };
}

describe('test/bad: hostile and broken inputs', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-extract-hostile-'));
    await writeGenerated(dir);
  }, HANG_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file of the folder', () => {
    const files = readdirSync('test/bad').filter((name) => !/\.(ts|json|mjs)$/.test(name));
    expect(files.sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s → %s, in bounded memory', async (name, expected) => {
    const path = join('test/bad', name);
    const result = await probe(path);
    expect(result.code).toBe(expected);
    expect(result.rssMB).toBeLessThan(BASE_MB + (PER_INPUT_MB * statSync(path).size) / 2 ** 20);
  }, HANG_MS);

  it.each(Object.entries(generated).map(([name, entry]) => [name, entry.code, entry.about]))(
    'generated %s → %s (%s), in bounded memory',
    async (name, expected) => {
      const path = join(dir, name);
      const result = await probe(path);
      expect(result.code).toBe(expected);
      expect(result.rssMB).toBeLessThan(generated[name]!.maxRssMB ?? BASE_MB + (PER_INPUT_MB * statSync(path).size) / 2 ** 20);
    },
    HANG_MS,
  );

  it('a batch over all of them and good files converts every good file and reports every bad one', async () => {
    const input = mkdtempSync(join(tmpdir(), 'plan-extract-bad-'));
    cpSync('test/bad', join(input, 'bad'), { recursive: true, filter: (path) => !/\.(ts|json|mjs)$/.test(path) });
    for (const path of Object.values(CORPUS)) cpSync(path, join(input, 'good', path.split('/').pop()!));
    const out = mkdtempSync(join(tmpdir(), 'plan-extract-out-'));
    const result = await run('node', ['bin/plan-extract.js', 'batch', input, '-o', out, '--quiet'], { timeout: HANG_MS }).catch(
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
    rmSync(input, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }, HANG_MS);
});
