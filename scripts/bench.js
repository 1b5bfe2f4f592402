#!/usr/bin/env node
// `npm run bench`: how fast plan-extract starts and parses, on this machine, against dist/.
//   cold start   --version, --help and a ~20 KB text plan vs `node -e 0` (median of N runs, interleaved)
//   text         MB/s in one process on the corpus repeated to 1, 10, 100 MB (ms per MB shows linearity),
//                after one warm-up extraction of the 20 KB plan; best of 5 runs at 1 MB, of 2 at 10 MB
//   pdf          pages/s on corpus/variants/*.pdf vs pdftotext, start-up excluded (difference of two sizes)
//   docx         files/s on corpus/variants/*.docx in one process
//   batch        scripts/bench-batch.js passed through when it exists
//   hostile      each input of test/bad/hostile.mjs once, in ms per MB against the corpus text
//                repeated to the same size in the same child (the ratio is what a regression moves)
//   review       the largest review page of the corpus: its size, the time to write it, and its render
//                time in Debian's Chromium through playwright-core (median of 3), when installed
//   ratios       every target figure as a ratio to its anchor measured in the same run: `node -e 0`,
//                scripts/line-scan.js over the same bytes, `pandoc -f gfm -t json` (CPU time), and
//                `pdftotext`; with the load average before and after (see docs/performance.md)
// Flags: --json (machine output), --quick (small sizes, few repetitions), --cold-start (only the
// cold-start rows, 31 runs: the start-up targets on their own), --root DIR (measure the build in DIR,
// e.g. a worktree of an older commit, with this bench and this corpus), --only SECTION,… (start-up,
// text, pdf, docx, review, batch, hostile).
// Plain Node, no TypeScript at run time; optional tools (pdftotext, soffice, /usr/bin/time) are
// used when installed and their rows are skipped with a note when not.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// the build measured: this checkout, or --root DIR (children get it through the environment)
const TARGET = resolve(process.env.PLAN_EXTRACT_BENCH_ROOT ?? optionValue('--root') ?? ROOT);
process.env.PLAN_EXTRACT_BENCH_ROOT = TARGET;
const CLI = join(TARGET, 'bin', 'plan-extract.js');
const CORPUS = join(ROOT, 'corpus');
const VARIANTS = join(CORPUS, 'variants');
const SMALL_PLAN = join(CORPUS, '001_c38e02297bde183b.txt');
const MB = 1024 * 1024;

function optionValue(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

// ---- child modes: one process that loads the library once and times only the work -----------------

/** `bench.js --child extract FILE…`: extracts each file (after one warm-up on the first), prints JSON. */
async function child(args) {
  const [mode, ...files] = args;
  // the pipeline's own speed, in this thread; what the extraction thread adds shows in the cold-start rows
  // (a build from before the extraction thread has only extractFile, which then runs in this thread too)
  const library = await import(pathToFileURL(join(TARGET, 'dist', 'index.js')).href);
  const extractFile = library.extractFileInThread ?? library.extractFile;
  const options = { limits: { timeoutMs: 0, maxBytes: 2 ** 40 } };
  if (mode === 'extract-once') return extractOnce(extractFile, options, files[0]);
  if (mode === 'read-once') return readOnce(files[0]);
  if (mode === 'extract-pair') {
    // 'extract-pair HOSTILE ANCHOR': each once after the warm-up; a hostile input may fail with its code
    JSON.stringify(await extractFile(SMALL_PLAN, options));
    const timed = async (file) => {
      const start = performance.now();
      let code = 'ok';
      try {
        JSON.stringify(await extractFile(file, options));
      } catch (error) {
        code = error.code ?? 'THROWN';
      }
      return { ms: performance.now() - start, code };
    };
    const hostile = await timed(files[0]);
    const anchor = await timed(files[1]);
    process.stdout.write(JSON.stringify({ hostile, anchor, maxRssKb: process.resourceUsage().maxRSS }));
    return;
  }
  // 'extract-many ROUNDS FILE…': files/s over ROUNDS passes, after one warm-up pass
  const rounds = Number(files.shift());
  for (const file of files) JSON.stringify(await extractFile(file, options));
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const file of files) JSON.stringify(await extractFile(file, options));
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, files: rounds * files.length, maxRssKb: process.resourceUsage().maxRSS }));
}

/** CPU milliseconds (user + system, every thread of the process) since `since`. */
function cpuMsSince(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * How the CLI serialises a PlanFile in the measured build: the streaming writer (dist/io/json-stream.js)
 * where there is one, else JSON.stringify; either way written to /dev/null. Returns the characters.
 */
async function serialiserOf() {
  const module = join(TARGET, 'dist', 'io', 'json-stream.js');
  const sink = openSync('/dev/null', 'w');
  if (existsSync(module)) {
    const { planFileJson, writePiecesSync } = await import(pathToFileURL(module).href);
    return (planFile) => writePiecesSync(sink, planFileJson(planFile));
  }
  return (planFile) => {
    const json = `${JSON.stringify(planFile)}\n`;
    writeSync(sink, json);
    return json.length;
  };
}

/**
 * extract + serialise one file, timed (wall and CPU), after one warm-up on the 20 KB plan, as in a
 * batch worker: the figure is the steady rate, not V8 compiling the pipeline (the cold-start rows
 * measure that). Small inputs run several times and report the fastest (a shared machine only ever
 * adds time). The line scanner (scripts/line-scan.js) runs as often over the same bytes.
 */
async function extractOnce(extractFile, options, file) {
  const serialise = await serialiserOf();
  const { scanLines } = await import(pathToFileURL(join(ROOT, 'scripts', 'line-scan.js')).href);
  serialise(await extractFile(SMALL_PLAN, options));
  scanLines(SMALL_PLAN);
  const size = statSync(file).size;
  const runs = size <= 2 * MB ? 5 : size <= 20 * MB ? 2 : 1;
  const times = [];
  const cpus = [];
  const scanTimes = [];
  const scanCpus = [];
  let outBytes = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    outBytes = serialise(await extractFile(file, options));
    times.push(performance.now() - start);
    cpus.push(cpuMsSince(cpu));
  }
  // after the extraction, so that its peak RSS is the extraction's
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    scanLines(file);
    scanTimes.push(performance.now() - start);
    scanCpus.push(cpuMsSince(cpu));
  }
  const result = { ms: Math.min(...times), cpuMs: Math.min(...cpus), runs, outBytes, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify({ ...result, scanMs: Math.min(...scanTimes), scanCpuMs: Math.min(...scanCpus) }));
}

/** The reader alone (bytes → blocks, what pandoc's reader does): CPU ms, best of 2, after a warm-up. */
async function readOnce(file) {
  const { readDocument } = await import(pathToFileURL(join(TARGET, 'dist', 'readers', 'index.js')).href);
  const { withLimits } = await import(pathToFileURL(join(TARGET, 'dist', 'io', 'limits.js')).href);
  const context = { file, limits: withLimits({ timeoutMs: 0, maxBytes: 2 ** 40 }) };
  await readDocument(readFileSync(join(CORPUS, '004_6b15a1fe4b379702.txt')), context);
  const cpus = [];
  let blocks = 0;
  for (let run = 0; run < 2; run++) {
    const bytes = readFileSync(file);
    const cpu = process.cpuUsage();
    blocks = (await readDocument(bytes, context)).blocks.length;
    cpus.push(cpuMsSince(cpu));
  }
  process.stdout.write(JSON.stringify({ cpuMs: Math.min(...cpus), blocks, maxRssKb: process.resourceUsage().maxRSS }));
}

// ---- helpers ----------------------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function which(tool) {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Wall time of one process run, in ms; throws when it fails. */
function timeRun(command, args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT, maxBuffer: 64 * MB });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

/**
 * Wall and CPU ms (user + system, from GNU time: 10 ms steps) of one process run; cpuMs is null
 * without /usr/bin/time. On a shared machine wall time is CPU time plus the wait for a core.
 */
function timeAndCpu(command, args) {
  if (!existsSync('/usr/bin/time')) return { wallMs: timeRun(command, args), cpuMs: null };
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', command, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT, maxBuffer: 64 * MB });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const match = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? '');
  if (run.status !== 0 || !match) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${(run.stderr ?? '').slice(-500)}`);
  return { wallMs, cpuMs: (Number(match[1]) + Number(match[2])) * 1000 };
}

/** Runs a child of this script; with /usr/bin/time -v when present, for the peak RSS of the process. */
function runChild(args) {
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const command = gnuTime ?? process.execPath;
  const argv = gnuTime
    ? ['-v', process.execPath, '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', ...args]
    : ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', ...args];
  const run = spawnSync(command, argv, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * MB });
  if (run.status !== 0) throw new Error(`bench child ${args.join(' ')} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const result = JSON.parse(run.stdout);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  result.peakRssMb = (rss ? Number(rss[1]) : result.maxRssKb) / 1024;
  result.rssSource = rss ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS';
  return result;
}

const fmt = (value, digits = 1) => (value === null || value === undefined ? '—' : Number(value).toFixed(digits));

// ---- measurements -------------------------------------------------------------------------------------

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg(),
  };
}

/** Interleaved runs (a, b, c, a, b, c…) so that a burst of load on a shared machine hits all alike. */
function coldStart(runs) {
  const cases = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'plan-extract --version', args: [CLI, '--version'] },
    { name: 'plan-extract --help', args: [CLI, '--help'] },
    { name: `plan-extract ${basename(SMALL_PLAN)} (${Math.round(statSync(SMALL_PLAN).size / 1024)} KB text)`, args: [CLI, SMALL_PLAN] },
  ];
  const times = cases.map(() => []);
  for (const entry of cases) timeRun(process.execPath, entry.args); // warm the file cache
  for (let run = 0; run < runs; run++) {
    cases.forEach((entry, index) => times[index].push(timeRun(process.execPath, entry.args)));
  }
  const base = median(times[0]);
  return cases.map((entry, index) => ({
    name: entry.name,
    medianMs: median(times[index]),
    minMs: Math.min(...times[index]),
    ratio: median(times[index]) / base,
  }));
}

/** A long plan: corpus texts concatenated until `bytes`, each copy separated by a blank line. */
function buildInput(dir, name, sources, bytes) {
  const unit = Buffer.concat(sources.flatMap((source) => [readFileSync(source), Buffer.from('\n\n')]));
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  let written = 0;
  while (written < bytes) written += writeSync(fd, unit);
  closeSync(fd);
  return { path, bytes: written };
}

/** CPU ms (user + system) of one whole process run, from GNU time or the shell's `times`. */
function cpuOfRun(command, args) {
  if (existsSync('/usr/bin/time')) {
    const run = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', command, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * MB, stdio: ['ignore', 'ignore', 'pipe'] });
    const match = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr ?? '');
    if (run.status !== 0 || !match) throw new Error(`${command} ${args.join(' ')} failed (${run.status}): ${(run.stderr ?? '').slice(-500)}`);
    return (Number(match[1]) + Number(match[2])) * 1000;
  }
  const quoted = [command, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const run = spawnSync('sh', ['-c', `${quoted} >/dev/null 2>&1; times`], { encoding: 'utf8', cwd: ROOT });
  // the second line of `times`: the children's user and system time, "0m4.140s 0m0.310s"
  const seconds = (run.stdout.trim().split('\n')[1] ?? '').split(/\s+/).map((field) => {
    const match = /(\d+)m([\d.]+)s/.exec(field);
    return match ? Number(match[1]) * 60 + Number(match[2]) : 0;
  });
  return (seconds[0] + seconds[1]) * 1000;
}

/**
 * `pandoc -f gfm -t json` on `path`, CPU ms with its start-up (the same command on a one-line file)
 * subtracted; best of 2. Null when pandoc is not installed.
 */
function pandocCpuMs(path) {
  if (!which('pandoc')) return null;
  const tiny = `${path}.tiny.md`;
  writeFileSync(tiny, '# 一、总体要求\n');
  const args = (file) => ['-f', 'gfm', '-t', 'json', '-o', '/dev/null', file];
  const startUp = Math.min(cpuOfRun('pandoc', args(tiny)), cpuOfRun('pandoc', args(tiny)));
  rmSync(tiny);
  return Math.min(cpuOfRun('pandoc', args(path)), cpuOfRun('pandoc', args(path))) - startUp;
}

/**
 * The anchors of one text row besides the line scanner (measured in its child): for the largest
 * markdown input but 100 MB, pandoc's gfm reader on the same file and our reader alone (bytes → blocks).
 */
function textAnchors(family, size, sizes, path) {
  const anchorSize = Math.max(...sizes.filter((candidate) => candidate <= 10));
  if (family !== 'markdown' || size !== anchorSize) return {};
  const pandoc = pandocCpuMs(path);
  const reader = runChild(['read-once', path]);
  return { pandocCpuMs: pandoc, readerCpuMs: reader.cpuMs };
}

function textThroughput(dir, sizes) {
  // plain text (001 + 003) and the markdown-sniffed mix the issue names (004 has "#" headings)
  const families = [
    { name: 'text', sources: ['001_c38e02297bde183b.txt', '003_186f3881ae8b0189.txt'] },
    { name: 'markdown', sources: ['004_6b15a1fe4b379702.txt', '001_c38e02297bde183b.txt'] },
  ];
  const rows = [];
  for (const family of families) {
    for (const size of sizes) {
      const input = buildInput(dir, `${family.name}-${size}mb.txt`, family.sources.map((file) => join(CORPUS, file)), size * MB);
      const result = runChild(['extract-once', input.path]);
      const anchors = textAnchors(family.name, size, sizes, input.path);
      rmSync(input.path);
      const mb = input.bytes / MB;
      rows.push({
        input: family.name,
        sizeMb: mb,
        runs: result.runs,
        ms: result.ms,
        msPerMb: result.ms / mb,
        mbPerS: mb / (result.ms / 1000),
        outMb: result.outBytes / MB,
        peakRssMb: result.peakRssMb,
        rssPerInput: result.peakRssMb / mb,
        cpuMs: result.cpuMs ?? null,
        scanCpuMs: result.scanCpuMs ?? null,
        perScan: result.scanCpuMs ? result.cpuMs / result.scanCpuMs : null,
        ...anchors,
      });
    }
  }
  for (const family of families) {
    // on CPU ms per MB where measured: wall time on a shared machine is mostly the wait for a core
    const familyRows = rows.filter((row) => row.input === family.name);
    const own = familyRows.map((row) => (row.cpuMs ? row.cpuMs / row.sizeMb : row.msPerMb));
    const spread = Math.max(...own) / Math.min(...own) - 1;
    familyRows.forEach((row) => (row.linearitySpread = spread));
  }
  return rows;
}

function pdfPages(path) {
  if (which('pdfinfo')) {
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
    const match = /Pages:\s+(\d+)/.exec(info.stdout ?? '');
    if (match) return Number(match[1]);
  }
  const out = execFileSync(process.execPath, [CLI, path], { encoding: 'utf8', maxBuffer: 256 * MB });
  return JSON.parse(out).source.pages;
}

/** A 40+ page PDF from the corpus through LibreOffice, when no fixture is that long. */
function longPdf(dir, notes) {
  if (!which('soffice')) {
    notes.push('no PDF of 40+ pages and no soffice to make one: measured on the largest fixture');
    return null;
  }
  const sources = ['001_c38e02297bde183b.txt', '003_186f3881ae8b0189.txt', '004_6b15a1fe4b379702.txt', '002_60fe525e5aed4196.txt'];
  const input = buildInput(dir, 'long-plan.txt', sources.map((file) => join(CORPUS, file)), 150 * 1024);
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input.path],
    { encoding: 'utf8', timeout: 300_000 },
  );
  const pdf = join(dir, 'long-plan.pdf');
  if (run.status !== 0 || !existsSync(pdf)) {
    notes.push(`soffice could not make the long PDF: ${(run.stderr ?? '').trim().slice(0, 200)}`);
    return null;
  }
  notes.push(`long PDF made at bench time by LibreOffice from the corpus texts (${Math.round(input.bytes / 1024)} KB)`);
  return pdf;
}

/** Per-page time from two sizes: (t(large) − t(small)) / (pages(large) − pages(small)); start-up cancels. */
function perPage(command, argsFor, small, large, runs) {
  const smallRuns = [];
  const largeRuns = [];
  timeRun(command, argsFor(small.path));
  timeRun(command, argsFor(large.path));
  for (let run = 0; run < runs; run++) {
    smallRuns.push(timeAndCpu(command, argsFor(small.path)));
    largeRuns.push(timeAndCpu(command, argsFor(large.path)));
  }
  const small_ = median(smallRuns.map((run) => run.wallMs));
  const large_ = median(largeRuns.map((run) => run.wallMs));
  const msPerPage = (large_ - small_) / (large.pages - small.pages);
  const cpu = smallRuns[0].cpuMs === null ? null : perPageCpu(smallRuns, largeRuns, large.pages - small.pages);
  return { smallMs: small_, largeMs: large_, msPerPage, pagesPerS: 1000 / msPerPage, ...cpu };
}

function perPageCpu(smallRuns, largeRuns, pages) {
  const smallCpuMs = median(smallRuns.map((run) => run.cpuMs));
  const largeCpuMs = median(largeRuns.map((run) => run.cpuMs));
  return { smallCpuMs, largeCpuMs, cpuMsPerPage: (largeCpuMs - smallCpuMs) / pages };
}

function pdfThroughput(dir, runs, notes) {
  const fixtures = existsSync(VARIANTS) ? readdirSync(VARIANTS).filter((file) => file.endsWith('.pdf')) : [];
  const pdfs = fixtures.map((file) => ({ path: join(VARIANTS, file), pages: pdfPages(join(VARIANTS, file)) }));
  if (pdfs.length === 0) {
    notes.push('no PDF fixtures under corpus/variants: PDF row skipped');
    return null;
  }
  pdfs.sort((a, b) => a.pages - b.pages);
  let large = pdfs[pdfs.length - 1];
  if (large.pages < 40) {
    const made = longPdf(dir, notes);
    if (made) large = { path: made, pages: pdfPages(made) };
  }
  const small = pdfs[0];
  if (large.pages <= small.pages) {
    notes.push('only one PDF size: per-page time cannot exclude start-up');
    return null;
  }
  const ours = perPage(process.execPath, (path) => [CLI, path, '-o', join(dir, 'pdf-out.json')], small, large, runs);
  const row = {
    small: `${basename(small.path)} (${small.pages} p)`,
    large: `${basename(large.path)} (${large.pages} p)`,
    ours,
    pdftotext: null,
    ratio: null,
  };
  row.batch = pdfInBatch(dir, small, large, Math.max(3, Math.ceil(runs / 2)));
  if (which('pdftotext')) {
    row.pdftotext = perPage('pdftotext', (path) => ['-layout', path, join(dir, 'pdf-out.txt')], small, large, runs);
    row.ratio = ours.msPerPage / row.pdftotext.msPerPage;
    row.batchRatio = row.batch.msPerPage / row.pdftotext.msPerPage;
    // CPU: what the pages cost whatever else runs on the machine
    if (ours.cpuMsPerPage && row.pdftotext.cpuMsPerPage) {
      row.cpuRatio = ours.cpuMsPerPage / row.pdftotext.cpuMsPerPage;
      row.batchCpuRatio = row.batch.cpuMsPerPage / row.pdftotext.cpuMsPerPage;
    }
  } else {
    notes.push('pdftotext (poppler-utils) not installed: no PDF ratio');
  }
  return row;
}

/**
 * Per page in a batch worker, warm: `batch --jobs 1` over a warm-up file and K copies of the large
 * PDF, against the same with K copies of the small one; the difference over K × (pages(large) −
 * pages(small)) leaves out start-up, the first (cold) file and the per-document work.
 */
function pdfInBatch(dir, small, large, runs) {
  const copies = 8;
  const folder = (name, pdf) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    copyFileSync(small.path, join(path, '000-warm-up.pdf'));
    for (let copy = 1; copy <= copies; copy++) copyFileSync(pdf.path, join(path, `${String(copy).padStart(3, '0')}.pdf`));
    return path;
  };
  const smallFolder = folder('pdf-batch-small', small);
  const largeFolder = folder('pdf-batch-large', large);
  const args = (input) => [CLI, 'batch', input, '-o', join(dir, 'pdf-batch-out'), '--jobs', '1', '--quiet', '--force'];
  const smallRuns = [];
  const largeRuns = [];
  for (let run = 0; run < runs; run++) {
    smallRuns.push(timeAndCpu(process.execPath, args(smallFolder)));
    largeRuns.push(timeAndCpu(process.execPath, args(largeFolder)));
  }
  rmSync(smallFolder, { recursive: true, force: true });
  rmSync(largeFolder, { recursive: true, force: true });
  rmSync(join(dir, 'pdf-batch-out'), { recursive: true, force: true });
  const smallMs = median(smallRuns.map((run) => run.wallMs));
  const largeMs = median(largeRuns.map((run) => run.wallMs));
  const pages = copies * (large.pages - small.pages);
  const cpu = smallRuns[0].cpuMs === null ? null : perPageCpu(smallRuns, largeRuns, pages);
  return { copies, smallMs, largeMs, msPerPage: (largeMs - smallMs) / pages, pagesPerS: (1000 * pages) / (largeMs - smallMs), ...cpu };
}

function docxThroughput(rounds, notes) {
  const files = existsSync(VARIANTS) ? readdirSync(VARIANTS).filter((file) => file.endsWith('.docx')).map((file) => join(VARIANTS, file)) : [];
  if (files.length === 0) {
    notes.push('no .docx fixtures under corpus/variants: docx row skipped');
    return null;
  }
  const result = runChild(['extract-many', String(rounds), ...files]);
  return { files: files.length, rounds, filesPerS: result.files / (result.ms / 1000), msPerFile: result.ms / result.files, peakRssMb: result.peakRssMb };
}

/** Each hostile input against the corpus text repeated to its size (at least 64 KB), in one child. */
async function hostileRatios(dir) {
  const { GENERATED, writeGenerated } = await import(pathToFileURL(join(ROOT, 'test', 'bad', 'hostile.mjs')).href);
  const names = Object.keys(GENERATED);
  const rows = [];
  for (const written of await writeGenerated(dir, names)) {
    const anchor = buildInput(dir, `anchor-${written.name}.txt`, ['001_c38e02297bde183b.txt', '003_186f3881ae8b0189.txt'].map((file) => join(CORPUS, file)), Math.max(64 * 1024, written.bytes));
    const result = runChild(['extract-pair', written.path, anchor.path]);
    rmSync(written.path);
    rmSync(anchor.path);
    const mb = written.bytes / MB;
    const hostileMsPerMb = result.hostile.ms / mb;
    const anchorMsPerMb = result.anchor.ms / (anchor.bytes / MB);
    rows.push({ name: written.name, expected: written.code, code: result.hostile.code, mb, ms: result.hostile.ms, hostileMsPerMb, anchorMsPerMb, ratio: hostileMsPerMb / anchorMsPerMb, peakRssMb: result.peakRssMb });
  }
  return rows;
}

function batch(quick, json, notes) {
  const script = join(ROOT, 'scripts', 'bench-batch.js');
  if (!existsSync(script)) {
    notes.push('scripts/bench-batch.js not present: batch row skipped');
    return null;
  }
  const figures = join(tmpdir(), `plan-extract-bench-batch-${process.pid}.json`);
  const args = [script, ...(quick ? ['--files', '200', '--small', '100'] : []), ...(json ? ['--json'] : []), '--json-out', figures];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * MB, stdio: ['ignore', 'pipe', 'inherit'] });
  let parsed = null;
  try {
    parsed = JSON.parse(readFileSync(figures, 'utf8'));
  } catch {
    parsed = null;
  }
  rmSync(figures, { force: true });
  if (run.status !== 0) {
    notes.push(`scripts/bench-batch.js failed (exit ${run.status})`);
    return { output: run.stdout, figures: parsed };
  }
  return json ? (parsed ?? { output: run.stdout }) : { output: run.stdout, figures: parsed };
}

// ---- ratios: each target figure against its anchor from this run --------------------------------------

/** [figure, ratio, target, met] rows; a figure whose anchor was not measured is left out with a note. */
function ratioRows(result) {
  const rows = [];
  const add = (figure, ratio, target, met, unit = '×') => {
    if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return;
    rows.push({ figure, ratio, text: unit === '%' ? `${fmt(ratio * 100, 0)}%` : `${fmt(ratio, 2)}×`, target, met: met(ratio) });
  };
  const cold = result.coldStart ?? [];
  add('start-up: --version ÷ node -e 0', cold[1]?.ratio, '≤ 2×', (ratio) => ratio <= 2);
  add('start-up: 17 KB plan ÷ node -e 0', cold[3]?.ratio, '≤ 3×', (ratio) => ratio <= 3);
  const text = result.text ?? [];
  const markdown = text.find((row) => row.pandocCpuMs !== undefined);
  if (markdown?.pandocCpuMs) {
    add(`markdown ${fmt(markdown.sizeMb, 0)} MB, reader CPU ÷ pandoc -f gfm -t json CPU`, markdown.readerCpuMs / markdown.pandocCpuMs, '≤ 0.5×', (ratio) => ratio <= 0.5);
    add(`markdown ${fmt(markdown.sizeMb, 0)} MB, whole extraction CPU ÷ pandoc CPU`, markdown.cpuMs / markdown.pandocCpuMs, '(reader only in the issue)', () => null);
  }
  const textRows = text.filter((row) => row.input === 'text');
  const text10 = textRows.find((row) => Math.round(row.sizeMb) === 10) ?? textRows[textRows.length - 1];
  if (text10) add(`text ${fmt(text10.sizeMb, 0)} MB CPU ÷ line scanner CPU`, text10.perScan, '≤ 8×', (ratio) => ratio <= 8);
  const largest = textRows[textRows.length - 1];
  if (largest) {
    add(`text ${fmt(largest.sizeMb, 0)} MB peak RSS ÷ input`, largest.rssPerInput, '≤ 6×', (ratio) => ratio <= 6);
    add(`text ms/MB spread ${fmt(textRows[0].sizeMb, 0)}→${fmt(largest.sizeMb, 0)} MB (CPU)`, largest.linearitySpread, '≤ 20 %', (ratio) => ratio <= 0.2, '%');
  }
  add('PDF per page, cold CLI ÷ pdftotext (CPU)', result.pdf?.cpuRatio, '≤ 4×', (ratio) => ratio <= 4);
  add('PDF per page, cold CLI ÷ pdftotext (wall)', result.pdf?.ratio, '≤ 4×', (ratio) => ratio <= 4);
  add('PDF per page, batch worker ÷ pdftotext (CPU)', result.pdf?.batchCpuRatio, '≤ 2.5×', (ratio) => ratio <= 2.5);
  add('PDF per page, batch worker ÷ pdftotext (wall)', result.pdf?.batchRatio, '≤ 2.5×', (ratio) => ratio <= 2.5);
  const batch = result.batch?.figures ?? result.batch;
  if (batch?.cpuPerFileRatio) add('batch CPU per file, 2 workers ÷ 1 (process)', batch.cpuPerFileRatio.process, '≤ 1.1×', (ratio) => ratio <= 1.1);
  if (batch?.cpuPerFileRatio?.worker) add('batch CPU per file, 2 workers ÷ 1 (worker threads)', batch.cpuPerFileRatio.worker, '≤ 1.1×', (ratio) => ratio <= 1.1);
  if (batch?.speedup) add('batch, 2 workers ÷ 1, files/s', batch.speedup, '≥ 1.4× (idle machine)', (ratio) => ratio >= 1.4);
  return rows;
}

function printRatios(result, out) {
  const rows = ratioRows(result);
  const before = result.machine.loadAverage[0];
  out.push('', `Ratios to anchors measured in this run (load average ${fmt(before, 2)} at the start, ${fmt(result.loadAfter?.[0], 2)} at the end, on ${result.machine.cores} cores)`);
  out.push(table(['figure', 'ratio', 'target', 'met'], rows.map((row) => [row.figure, row.text, row.target, row.met === null ? '' : row.met ? 'yes' : 'no'])));
  if (Math.max(before, result.loadAfter?.[0] ?? 0) > result.machine.cores / 2) {
    out.push('note: other work shared the machine; the ratios hold better than the times, but CPU contention still skews them');
  }
}

/** `plan-extract review` on every corpus document; the largest page's size, write time and render time. */
async function reviewPageRow(dir, notes) {
  const inputs = [
    ...readdirSync(CORPUS).filter((file) => file.endsWith('.txt')).map((file) => join(CORPUS, file)),
    ...(existsSync(VARIANTS) ? readdirSync(VARIANTS).map((file) => join(VARIANTS, file)) : []),
  ];
  const pages = inputs.map((input, index) => {
    const page = join(dir, `review-${index}.html`);
    const ms = timeRun(process.execPath, [CLI, 'review', input, '-o', page]);
    return { input, page, ms, bytes: statSync(page).size };
  });
  const largest = pages.sort((a, b) => b.bytes - a.bytes)[0];
  const row = { input: basename(largest.input), inputBytes: statSync(largest.input).size, pageBytes: largest.bytes, writeMs: largest.ms, renderMs: null };
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    notes.push(`${chromium} not installed: no render time for the review page`);
    return row;
  }
  const { chromium: driver } = await import('playwright-core');
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const context = await driver.launchPersistentContext(join(dir, 'chromium-profile'), { executablePath: chromium, headless: true, args, viewport: { width: 1400, height: 900 } });
  try {
    const times = [];
    for (let run = 0; run < 4; run++) {
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(largest.page).href, { waitUntil: 'load' });
      // from navigation start to the second frame after load: parsed, styled, laid out and painted
      times.push(await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))));
      await tab.close();
    }
    row.renderMs = median(times.slice(1)); // the first run warms the browser's caches
  } finally {
    await context.close();
  }
  return row;
}

// ---- report -----------------------------------------------------------------------------------------

function table(headers, rows) {
  const widths = headers.map((header, index) => Math.max(header.length, ...rows.map((row) => String(row[index]).length)));
  const line = (cells) => `| ${cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function printMarkdownAnchor(result, out) {
  const row = result.text.find((candidate) => candidate.pandocCpuMs !== undefined);
  if (!row) return;
  if (row.pandocCpuMs === null) {
    out.push('', 'pandoc not installed: no markdown anchor');
    return;
  }
  out.push('', `Markdown ${fmt(row.sizeMb)} MB, CPU ms (start-up excluded): pandoc -f gfm -t json ${fmt(row.pandocCpuMs, 0)}, plan-extract reader ${fmt(row.readerCpuMs, 0)} (${fmt(row.readerCpuMs / row.pandocCpuMs, 2)}×), whole extraction ${fmt(row.cpuMs, 0)} (${fmt(row.cpuMs / row.pandocCpuMs, 2)}×)`);
}

function printPdfBatch(pdf, out) {
  if (!pdf.batch || !pdf.batchRatio) return;
  out.push(`in a batch worker (a warm-up file, then ${pdf.batch.copies} copies of each PDF): ${fmt(pdf.batchRatio, 2)}× pdftotext per page wall, ${fmt(pdf.batchCpuRatio, 2)}× CPU`);
}

function printReport(result) {
  const { machine: m } = result;
  const out = [];
  out.push(`plan-extract bench — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}${result.quick ? ' (--quick)' : ''}`);
  if (TARGET !== ROOT) out.push(`build measured: ${TARGET}`);
  out.push(`load average at start ${m.loadAverage.map((value) => value.toFixed(2)).join(' ')} (other work on the machine skews every row)`);
  if (result.coldStart) {
    out.push('', `Cold start (median of ${result.coldStartRuns} runs)`);
    out.push(table(['command', 'median ms', 'min ms', '× node -e 0'], result.coldStart.map((row) => [row.name, fmt(row.medianMs), fmt(row.minMs), fmt(row.ratio, 2)])));
  }
  if (result.text.length > 0) out.push('', 'Text throughput, one process (read + normalise + outline + extract + validate + JSON)');
  if (result.text.length > 0) out.push(
    table(
      ['input', 'MB', 'best of', 'ms', 'ms/MB', 'MB/s', 'JSON MB', 'peak RSS MB', 'RSS ÷ input', 'CPU ms', 'scanner CPU ms', '× scanner', 'ms/MB spread'],
      result.text.map((row) => [row.input, fmt(row.sizeMb), row.runs, fmt(row.ms, 0), fmt(row.msPerMb, 0), fmt(row.mbPerS, 2), fmt(row.outMb), fmt(row.peakRssMb, 0), fmt(row.rssPerInput, 2), fmt(row.cpuMs, 0), fmt(row.scanCpuMs, 0), fmt(row.perScan, 1), `${fmt(row.linearitySpread * 100, 0)}%`]),
    ),
  );
  printMarkdownAnchor(result, out);
  if (result.pdf) {
    const { pdf } = result;
    out.push('', `PDF, per page with start-up excluded: ${pdf.small} vs ${pdf.large} (median of ${result.pdfRuns})`);
    const cells = (tool, run) => [tool, fmt(run.smallMs, 0), fmt(run.largeMs, 0), fmt(run.msPerPage, 2), fmt(run.pagesPerS, 0), fmt(run.cpuMsPerPage, 2)];
    const rows = [cells('plan-extract', pdf.ours)];
    if (pdf.pdftotext) rows.push(cells('pdftotext -layout', pdf.pdftotext));
    if (pdf.batch) rows.push(cells(`plan-extract batch --jobs 1 (warm, ${pdf.batch.copies} copies)`, pdf.batch));
    out.push(table(['tool', 'small ms', 'large ms', 'ms/page', 'pages/s', 'CPU ms/page'], rows));
    if (pdf.ratio !== null) out.push(`plan-extract / pdftotext per page: ${fmt(pdf.ratio, 2)}× wall, ${fmt(pdf.cpuRatio, 2)}× CPU`);
    printPdfBatch(pdf, out);
  }
  if (result.docx) {
    const { docx } = result;
    out.push('', `docx, one process: ${docx.files} files × ${docx.rounds} rounds`);
    out.push(table(['files/s', 'ms/file', 'peak RSS MB'], [[fmt(docx.filesPerS), fmt(docx.msPerFile), fmt(docx.peakRssMb, 0)]]));
  }
  if (result.review) {
    const { review } = result;
    out.push('', 'Review page: the largest of the corpus (plan-extract review, wall time incl. start-up; render in Chromium, median of 3 after a warm-up)');
    out.push(table(['input', 'input KB', 'page KB', 'write ms', 'render ms'], [[review.input, fmt(review.inputBytes / 1024, 0), fmt(review.pageBytes / 1024, 0), fmt(review.writeMs, 0), fmt(review.renderMs, 0)]]));
  }
  if (result.batch) out.push('', 'Batch (scripts/bench-batch.js)', result.batch.output ?? JSON.stringify(result.batch, null, 2));
  if (result.hostile) {
    out.push('', 'Hostile inputs (test/bad/hostile.mjs), once each: ms/MB against the corpus text repeated to the same size');
    out.push(
      table(
        ['input', 'MB', 'code', 'ms', 'ms/MB', 'anchor ms/MB', '× anchor', 'peak RSS MB'],
        result.hostile.map((row) => [row.name, fmt(row.mb, 2), row.code === row.expected ? row.code : `${row.code} (want ${row.expected})`, fmt(row.ms, 0), fmt(row.hostileMsPerMb, 0), fmt(row.anchorMsPerMb, 0), fmt(row.ratio, 2), fmt(row.peakRssMb, 0)]),
      ),
    );
  }
  printRatios(result, out);
  out.push('', `Peak RSS from ${existsSync('/usr/bin/time') ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}.`);
  for (const note of result.notes) out.push(`note: ${note}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/** `--only start-up,text,pdf,docx,batch,hostile`: the sections to run (default: all). */
function sectionsToRun(argv) {
  const only = optionValue('--only');
  const chosen = only ? new Set(only.split(',')) : null;
  return (section) => chosen === null || chosen.has(section);
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv.slice(1));
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  if (!existsSync(join(TARGET, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
    process.exitCode = 2;
    return;
  }
  const notes = [];
  if (argv.includes('--cold-start')) {
    const result = { machine: machine(), quick, coldStartRuns: 31, notes, coldStart: coldStart(31), text: [] };
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printReport(result);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
  const log = (message) => json || process.stderr.write(`bench: ${message}…\n`);
  try {
    const coldStartRuns = quick ? 5 : 15;
    const pdfRuns = quick ? 3 : 7;
    const runs = sectionsToRun(argv);
    const result = { machine: machine(), quick, coldStartRuns, pdfRuns, notes, text: [] };
    if (runs('start-up')) {
      log('cold start');
      result.coldStart = coldStart(coldStartRuns);
    }
    if (runs('text')) {
      log('text throughput');
      result.text = textThroughput(dir, quick ? [1, 4] : [1, 10, 100]);
    }
    if (runs('pdf')) {
      log('pdf');
      result.pdf = pdfThroughput(dir, pdfRuns, notes);
    }
    if (runs('docx')) {
      log('docx');
      result.docx = docxThroughput(quick ? 3 : 20, notes);
    }
    if (runs('review')) {
      log('review page');
      result.review = await reviewPageRow(dir, notes);
    }
    if (runs('batch')) {
      log('batch');
      result.batch = batch(quick, json, notes);
    }
    if (runs('hostile')) {
      log('hostile inputs');
      result.hostile = await hostileRatios(dir);
    }
    result.loadAfter = loadavg();
    result.ratios = ratioRows(result);
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printReport(result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
