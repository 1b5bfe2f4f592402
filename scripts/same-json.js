#!/usr/bin/env node
// Same JSON before and after: runs two builds of the CLI over the same inputs and compares their
// outputs byte for byte. A speed change must not change a single output.
//
//   node scripts/same-json.js --base DIR [--head DIR] [--keep]
//
// DIR is a checkout with a built dist/ and bin/ (e.g. the base commit in a worktree of its own:
// `git worktree add --detach /tmp/base <commit> && cd /tmp/base && ln -s $PWD/../…/node_modules . &&
// npm run build`). --head defaults to this checkout. Inputs: every corpus file and variant, every
// development-set text (/work/shared/devset, or $PLAN_EXTRACT_DEVSET), test/fixtures/real*/*.txt,
// and each of those texts again under a .md name, so that the markdown reader reads every one.
// Both builds read the inputs from the same temporary folder, so source.path is the same.
// Exit code 0 when every output is identical, 1 otherwise (the differing files are listed).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string', default: ROOT },
    keep: { type: 'boolean', default: false },
  },
});
if (!args.base) {
  process.stderr.write('usage: node scripts/same-json.js --base DIR [--head DIR] [--keep]\n');
  process.exit(2);
}

const files = (dir, keep = () => true) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && keep(entry.name))
        .map((entry) => join(dir, entry.name))
        .sort()
    : [];
const isText = (name) => name.endsWith('.txt');
const devset = process.env.PLAN_EXTRACT_DEVSET ?? '/work/shared/devset';
const groups = {
  corpus: files(join(ROOT, 'corpus')),
  variants: files(join(ROOT, 'corpus', 'variants')),
  devset: files(devset, isText),
  // test/fixtures/real/, real2/, …: one group each
  ...Object.fromEntries(
    readdirSync(join(ROOT, 'test', 'fixtures'))
      .filter((name) => name.startsWith('real'))
      .sort()
      .map((name) => [name, files(join(ROOT, 'test', 'fixtures', name), isText)]),
  ),
};

// one folder per group, the texts copied once more as NAME.md for the markdown reader
const work = mkdtempSync(join(tmpdir(), 'plan-extract-same-json-'));
const inputs = [];
for (const [group, paths] of Object.entries(groups)) {
  mkdirSync(join(work, 'in', group), { recursive: true });
  mkdirSync(join(work, 'in', `${group}-as-md`), { recursive: true });
  for (const path of paths) {
    const copy = join(work, 'in', group, basename(path));
    copyFileSync(path, copy);
    inputs.push(copy);
    if (isText(path)) {
      const md = join(work, 'in', `${group}-as-md`, `${basename(path, '.txt')}.md`);
      copyFileSync(path, md);
      inputs.push(md);
    }
  }
}

/** Runs one build's CLI over every input into OUT/; failures are outputs too (their stderr line). */
function runBuild(dir, out) {
  const cli = join(resolve(dir), 'bin', 'plan-extract.js');
  if (!existsSync(cli)) throw new Error(`${dir}: no bin/plan-extract.js (build it first)`);
  const run = spawnSync(process.execPath, [cli, ...inputs, '-o', `${out}/`, '--timeout', '0'], {
    cwd: join(work, 'in'),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stderr: run.stderr.split('\n').filter(Boolean).sort() };
}

const base = runBuild(args.base, join(work, 'base'));
const head = runBuild(args.head, join(work, 'head'));
const outputs = (dir) => {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name));
      else found.push(join(at, entry.name).slice(dir.length + 1));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found.sort();
};
const baseFiles = outputs(join(work, 'base'));
const headFiles = outputs(join(work, 'head'));
const differing = [];
for (const name of new Set([...baseFiles, ...headFiles])) {
  const read = (side) => (existsSync(join(work, side, name)) ? readFileSync(join(work, side, name)) : null);
  const before = read('base');
  const after = read('head');
  if (!before || !after || !before.equals(after)) differing.push(name);
}
const stderrDiffers = base.stderr.join('\n') !== head.stderr.join('\n') || base.status !== head.status;
const counts = Object.entries(groups).map(([group, paths]) => `${paths.length} ${group}`).join(', ');
process.stdout.write(`${inputs.length} inputs (${counts}, and the texts again as .md): ${baseFiles.length} outputs before, ${headFiles.length} after\n`);
if (differing.length === 0 && !stderrDiffers) process.stdout.write('every output is identical\n');
for (const name of differing) process.stdout.write(`differs: ${name}\n`);
if (stderrDiffers) process.stdout.write(`stderr or exit code differs:\n  before (${base.status}): ${base.stderr.join('\n  ')}\n  after (${head.status}): ${head.stderr.join('\n  ')}\n`);
if (args.keep) process.stdout.write(`kept: ${work}\n`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = differing.length === 0 && !stderrDiffers ? 0 : 1;
