#!/usr/bin/env node
// Batch benchmark (issue 6 item 8, issue 9): generates a folder of ≥ 2,000 inputs (copies of corpus/*.txt
// and corpus/variants/*), runs the built CLI (`npm run build` first) with 1 and N workers, and reports
// files/s, MB/s, peak RSS of the whole process tree, the incremental second run, and memory at 500 vs
// 2,000 files.
//
//   node scripts/bench-batch.js [--files 2000] [--small 500] [--jobs N] [--repeat 1] [--json] [--keep] [--json-out FILE]
//
// --repeat R runs each cold measurement R times and keeps the fastest, for a machine shared with other work.
// --json-out FILE also writes the figures as JSON to FILE (scripts/bench.js reads them for its ratios).
// CPU per file: the process's CPU seconds (every thread, from /proc) over the files, and the worker
// threads' own, which each worker measures for each file (the report's cpuMs, where the build has it).
// The build measured is $PLAN_EXTRACT_BENCH_ROOT when set (scripts/bench.js --root), else this checkout.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET = resolve(process.env.PLAN_EXTRACT_BENCH_ROOT ?? ROOT);
const BIN = join(TARGET, 'bin/plan-extract.js');

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    small: { type: 'string', default: '500' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    'json-out': { type: 'string' },
  },
});
const FILES = Number(args.files);
const SMALL = Number(args.small);
const JOBS = Math.max(2, Number(args.jobs));
const REPEAT = Math.max(1, Number(args.repeat));

function sources() {
  const list = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(dir, entry.name))
          .sort()
      : [];
  return [...list(join(ROOT, 'corpus')).filter((path) => path.endsWith('.txt')), ...list(join(ROOT, 'corpus/variants'))];
}

/** `count` inputs in folders of 100, cycling through the sources; returns their total bytes. */
function generate(dir, count, from) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = from[i % from.length];
    const folder = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const name = `${String(i).padStart(5, '0')}-${source.split('/').pop()}`;
    copyFileSync(source, join(folder, name));
    bytes += statSync(source).size;
  }
  return bytes;
}

// clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux)
const TICKS = 100;

/**
 * Resident memory (bytes) and CPU time so far (seconds) of a process and all its descendants; worker
 * threads are inside their process, so both count them.
 */
function treeUsage(pid) {
  let rss = 0;
  let cpu = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop();
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      // utime and stime are fields 14 and 15; the command name before them may hold spaces
      const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu += (Number(fields[11]) + Number(fields[12])) / TICKS;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return { rss, cpu };
}

/** The worker threads' CPU seconds over the converted files, as each worker measured them; null when the report has none. */
function workerCpuSeconds(report) {
  const converted = (report?.files ?? []).filter((file) => file.status !== 'skipped');
  if (converted.length === 0 || converted.some((file) => typeof file.cpuMs !== 'number')) return null;
  return converted.reduce((sum, file) => sum + file.cpuMs, 0) / 1000;
}

/** Runs one batch; wall time, exit code, peak tree RSS (sampled every 10 ms) and the report's own peak. */
function runBatch(input, output, jobs, extra = []) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'batch', input, '-o', output, '--jobs', String(jobs), '--quiet', ...extra], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let sampled = 0;
    let cpuSeconds = 0;
    const sampler = setInterval(() => {
      const usage = treeUsage(child.pid);
      sampled = Math.max(sampled, usage.rss);
      cpuSeconds = Math.max(cpuSeconds, usage.cpu);
    }, 10);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const reportPath = join(output, 'batch-report.json');
      const report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : null;
      const peak = Math.max(sampled, report?.peakRssBytes ?? 0);
      const failures = (report?.files ?? []).filter((file) => file.status === 'failed').map((file) => `${file.code} ${file.input}`);
      resolvePromise({ code, seconds, cpuSeconds, workerCpuSeconds: workerCpuSeconds(report), peakRssBytes: peak, summary: report?.summary ?? null, failures });
    });
  });
}

const mb = (bytes) => bytes / 1024 / 1024;

async function main() {
  if (!existsSync(join(TARGET, 'dist/bundle/main.js'))) {
    console.error('bench-batch: run `npm run build` first');
    process.exit(2);
  }
  const from = sources();
  const work = mkdtempSync(join(tmpdir(), 'pe-bench-batch-'));
  const bigDir = join(work, 'big');
  const smallDir = join(work, 'small');
  const bigBytes = generate(bigDir, FILES, from);
  const smallBytes = generate(smallDir, SMALL, from);

  const loadBefore = loadavg()[0];
  const rows = [];
  const measure = async (name, dir, bytes, count, jobs, outName, { fresh = true } = {}) => {
    let result = null;
    for (let attempt = 0; attempt < (fresh ? REPEAT : 1); attempt++) {
      if (fresh) rmSync(join(work, outName), { recursive: true, force: true });
      const next = await runBatch(dir, join(work, outName), jobs);
      if (!result || next.seconds < result.seconds) result = next;
    }
    const row = {
      run: name,
      files: count,
      jobs,
      seconds: Number(result.seconds.toFixed(2)),
      filesPerSecond: Number((count / result.seconds).toFixed(1)),
      mbPerSecond: Number((mb(bytes) / result.seconds).toFixed(2)),
      peakRssMb: Number(mb(result.peakRssBytes).toFixed(0)),
      // CPU seconds over wall seconds: ≈ jobs when the workers are busy, lower when the machine is shared
      cpuPerWall: Number((result.cpuSeconds / result.seconds).toFixed(2)),
      cpuMsPerFile: Number(((result.cpuSeconds * 1000) / count).toFixed(2)),
      workerCpuMsPerFile: result.workerCpuSeconds === null ? null : Number(((result.workerCpuSeconds * 1000) / count).toFixed(2)),
      ok: result.summary?.ok ?? null,
      skipped: result.summary?.skipped ?? null,
      failed: result.summary?.failed ?? null,
      failures: result.failures.slice(0, 5),
      exit: result.code,
    };
    rows.push(row);
    return row;
  };

  const one = await measure('cold, 1 worker', bigDir, bigBytes, FILES, 1, 'out-1');
  const many = await measure(`cold, ${JOBS} workers`, bigDir, bigBytes, FILES, JOBS, 'out-n');
  const second = await measure(`second run (unchanged), ${JOBS} workers`, bigDir, bigBytes, FILES, JOBS, 'out-n', { fresh: false });
  const small = await measure(`cold, ${JOBS} workers, ${SMALL} files`, smallDir, smallBytes, SMALL, JOBS, 'out-small');

  const result = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadBefore, loadAfter: loadavg()[0] },
    input: { files: FILES, megabytes: Number(mb(bigBytes).toFixed(1)), sources: from.length },
    repeat: REPEAT,
    runs: rows,
    speedup: Number((many.filesPerSecond / one.filesPerSecond).toFixed(2)),
    cpuPerFileRatio: {
      process: Number((many.cpuMsPerFile / one.cpuMsPerFile).toFixed(3)),
      worker: one.workerCpuMsPerFile && many.workerCpuMsPerFile ? Number((many.workerCpuMsPerFile / one.workerCpuMsPerFile).toFixed(3)) : null,
    },
    secondRunFraction: Number((second.seconds / many.seconds).toFixed(3)),
    peakRssMb: { [`at${SMALL}`]: small.peakRssMb, [`at${FILES}`]: many.peakRssMb },
  };
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  if (args['json-out']) writeFileSync(args['json-out'], `${JSON.stringify(result, null, 2)}\n`);

  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(
    `batch benchmark: ${FILES} files (${result.input.megabytes} MB from ${from.length} sources), ` +
      `${result.machine.cpus} × ${result.machine.model}, node ${process.version}${REPEAT > 1 ? `, best of ${REPEAT}` : ''}`,
  );
  console.table(
    rows.map((row) => ({
      run: row.run,
      's': row.seconds,
      'files/s': row.filesPerSecond,
      'MB/s': row.mbPerSecond,
      'peak RSS MB': row.peakRssMb,
      'CPU/wall': row.cpuPerWall,
      'CPU ms/file': row.cpuMsPerFile,
      'worker CPU ms/file': row.workerCpuMsPerFile ?? '—',
      'ok/skipped/failed': `${row.ok}/${row.skipped}/${row.failed}`,
    })),
  );
  for (const row of rows) for (const failure of row.failures) console.log(`failed in "${row.run}": ${failure}`);
  console.log(`${JOBS} workers vs 1: ${result.speedup}× the throughput`);
  const { cpuPerFileRatio: cpuRatio } = result;
  console.log(`${JOBS} workers vs 1, CPU per file: ${cpuRatio.process}× (process)${cpuRatio.worker ? `, ${cpuRatio.worker}× (worker threads)` : ''}`);
  console.log(`second run: ${second.seconds} s = ${(result.secondRunFraction * 100).toFixed(1)}% of the first (${many.seconds} s)`);
  console.log(`peak RSS: ${small.peakRssMb} MB at ${SMALL} files, ${many.peakRssMb} MB at ${FILES} files`);
  const { loadBefore: before, loadAfter: after } = result.machine;
  if (Math.max(before, after) > result.machine.cpus / 2) {
    console.log(`note: load average ${before.toFixed(1)} → ${after.toFixed(1)} on ${result.machine.cpus} cores: other work shared the machine, speed-ups are understated`);
  }
  if (args.keep) console.log(`kept: ${work}`);
}

await main();
