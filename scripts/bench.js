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
// Flags: --json (machine output), --quick (small sizes, few repetitions), --cold-start (only the
// cold-start rows, 31 runs: the start-up targets on their own).
// Plain Node, no TypeScript at run time; optional tools (pdftotext, soffice, /usr/bin/time) are
// used when installed and their rows are skipped with a note when not.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'plan-extract.js');
const CORPUS = join(ROOT, 'corpus');
const VARIANTS = join(CORPUS, 'variants');
const SMALL_PLAN = join(CORPUS, '001_c38e02297bde183b.txt');
const MB = 1024 * 1024;

// ---- child modes: one process that loads the library once and times only the work -----------------

/** `bench.js --child extract FILE…`: extracts each file (after one warm-up on the first), prints JSON. */
async function child(args) {
  const [mode, ...files] = args;
  // the pipeline's own speed, in this thread; what the extraction thread adds shows in the cold-start rows
  const { extractFileInThread: extractFile } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const options = { limits: { timeoutMs: 0, maxBytes: 2 ** 40 } };
  if (mode === 'extract-once') {
    // one warm-up on the 20 KB plan first, as in a batch worker: the figure is the steady rate,
    // not V8 compiling the pipeline (which the cold-start rows measure)
    // Small inputs run several times and report the fastest (a shared machine only ever adds time).
    JSON.stringify(await extractFile(SMALL_PLAN, options));
    const size = statSync(files[0]).size;
    const runs = size <= 2 * MB ? 5 : size <= 20 * MB ? 2 : 1;
    const times = [];
    let outBytes = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      outBytes = JSON.stringify(await extractFile(files[0], options)).length;
      times.push(performance.now() - start);
    }
    process.stdout.write(JSON.stringify({ ms: Math.min(...times), runs, outBytes, maxRssKb: process.resourceUsage().maxRSS }));
    return;
  }
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
      });
    }
  }
  for (const family of families) {
    const own = rows.filter((row) => row.input === family.name).map((row) => row.msPerMb);
    const spread = Math.max(...own) / Math.min(...own) - 1;
    rows.filter((row) => row.input === family.name).forEach((row) => (row.linearitySpread = spread));
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
  const smallTimes = [];
  const largeTimes = [];
  timeRun(command, argsFor(small.path));
  timeRun(command, argsFor(large.path));
  for (let run = 0; run < runs; run++) {
    smallTimes.push(timeRun(command, argsFor(small.path)));
    largeTimes.push(timeRun(command, argsFor(large.path)));
  }
  const small_ = median(smallTimes);
  const large_ = median(largeTimes);
  const msPerPage = (large_ - small_) / (large.pages - small.pages);
  return { smallMs: small_, largeMs: large_, msPerPage, pagesPerS: 1000 / msPerPage };
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
  if (which('pdftotext')) {
    row.pdftotext = perPage('pdftotext', (path) => ['-layout', path, join(dir, 'pdf-out.txt')], small, large, runs);
    row.ratio = ours.msPerPage / row.pdftotext.msPerPage;
  } else {
    notes.push('pdftotext (poppler-utils) not installed: no PDF ratio');
  }
  return row;
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
  const args = [script, ...(quick ? ['--files', '200', '--small', '100'] : []), ...(json ? ['--json'] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * MB, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) {
    notes.push(`scripts/bench-batch.js failed (exit ${run.status})`);
    return { output: run.stdout };
  }
  if (json) {
    try {
      return JSON.parse(run.stdout);
    } catch {
      return { output: run.stdout };
    }
  }
  return { output: run.stdout };
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

function printReport(result) {
  const { machine: m } = result;
  const out = [];
  out.push(`plan-extract bench — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}${result.quick ? ' (--quick)' : ''}`);
  out.push(`load average at start ${m.loadAverage.map((value) => value.toFixed(2)).join(' ')} (other work on the machine skews every row)`);
  out.push('', `Cold start (median of ${result.coldStartRuns} runs)`);
  out.push(table(['command', 'median ms', 'min ms', '× node -e 0'], result.coldStart.map((row) => [row.name, fmt(row.medianMs), fmt(row.minMs), fmt(row.ratio, 2)])));
  if (result.text.length > 0) out.push('', 'Text throughput, one process (read + normalise + outline + extract + validate + JSON)');
  if (result.text.length > 0) out.push(
    table(
      ['input', 'MB', 'best of', 'ms', 'ms/MB', 'MB/s', 'JSON MB', 'peak RSS MB', 'ms/MB spread'],
      result.text.map((row) => [row.input, fmt(row.sizeMb), row.runs, fmt(row.ms, 0), fmt(row.msPerMb, 0), fmt(row.mbPerS, 2), fmt(row.outMb), fmt(row.peakRssMb, 0), `${fmt(row.linearitySpread * 100, 0)}%`]),
    ),
  );
  if (result.pdf) {
    const { pdf } = result;
    out.push('', `PDF, per page with start-up excluded: ${pdf.small} vs ${pdf.large} (median of ${result.pdfRuns})`);
    const rows = [['plan-extract', fmt(pdf.ours.smallMs, 0), fmt(pdf.ours.largeMs, 0), fmt(pdf.ours.msPerPage, 2), fmt(pdf.ours.pagesPerS, 0)]];
    if (pdf.pdftotext) rows.push(['pdftotext -layout', fmt(pdf.pdftotext.smallMs, 0), fmt(pdf.pdftotext.largeMs, 0), fmt(pdf.pdftotext.msPerPage, 2), fmt(pdf.pdftotext.pagesPerS, 0)]);
    out.push(table(['tool', 'small ms', 'large ms', 'ms/page', 'pages/s'], rows));
    if (pdf.ratio !== null) out.push(`plan-extract / pdftotext per page: ${fmt(pdf.ratio, 2)}×`);
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
  out.push('', `Peak RSS from ${existsSync('/usr/bin/time') ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}.`);
  for (const note of result.notes) out.push(`note: ${note}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv.slice(1));
  const json = argv.includes('--json');
  const quick = argv.includes('--quick');
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
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
    log('cold start');
    const result = { machine: machine(), quick, coldStartRuns, pdfRuns, notes };
    result.coldStart = coldStart(coldStartRuns);
    log('text throughput');
    result.text = textThroughput(dir, quick ? [1, 4] : [1, 10, 100]);
    log('pdf');
    result.pdf = pdfThroughput(dir, pdfRuns, notes);
    log('docx');
    result.docx = docxThroughput(quick ? 3 : 20, notes);
    log('review page');
    result.review = await reviewPageRow(dir, notes);
    log('batch');
    result.batch = batch(quick, json, notes);
    log('hostile inputs');
    result.hostile = await hostileRatios(dir);
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printReport(result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
