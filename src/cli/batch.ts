// `plan-extract batch INPUT… -o OUTDIR`: whole folders, in parallel, resumable. The implementation
// (src/batch/) loads only when the command runs.
import { InvalidArgumentError, type Command } from 'commander';
import { addLimitOptions, limitsFromOptions, type LimitOptions } from './limit-options.js';

interface BatchCommandOptions extends LimitOptions {
  output: string;
  include?: string[];
  exclude?: string[];
  jobs?: number;
  shard?: string;
  force?: boolean;
  pretty?: boolean;
  quiet?: boolean;
  jsonl?: boolean;
  dryRun?: boolean;
  review?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function jobCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}

const EXAMPLES = `
Examples:
  plan-extract batch plans/ -o out/                      every supported file under plans/, mirrored as out/…/NAME.json
  plan-extract batch plans/ -o out/ --include '*.pdf'    only PDFs
  plan-extract batch 'plans/**/*.docx' a.txt -o out/     a glob (quoted) and a file
  plan-extract batch plans/ -o out/ --exclude '草稿/**' --exclude '*.bak.txt'
  plan-extract batch plans/ -o out/ --jsonl | jq -c 'select(.status=="failed")'
  plan-extract batch /data/plans -o /data/out --shard $JOB_COMPLETION_INDEX/8   one of 8 machines
  plan-extract batch plans/ -o out/ --review            also out/…/NAME.html review pages and out/index.html

Re-running skips every input whose content (sha256) and plan-extract version are unchanged, so an
interrupted run (Ctrl-C, SIGTERM, a crash) is finished by running the same command again.
OUTDIR/batch-report.json (batch-report.I-of-N.json with --shard) lists every input with its status
(ok | failed | skipped), output, error code and message, and duration.

Exit codes:
  0    every input succeeded or was skipped as unchanged
  1    at least one input failed (one line each on stderr: plan-extract: FILE: CODE: message)
  2    usage error (unknown option, no input files, OUTDIR is an input folder)
  130  stopped by Ctrl-C (143 by SIGTERM); finished outputs and the report are kept`;

export function registerBatch(program: Command): void {
  const command = program
    .command('batch')
    .description('convert files, folders (recursively) and globs into OUTDIR/<relative path>.json, in parallel')
    .argument('<inputs...>', 'files, folders or quoted globs; inputs are never modified')
    .requiredOption('-o, --output <dir>', 'the output folder; outputs mirror the input tree as <relative path>.json')
    .option(
      '--include <glob>',
      "only files under folders whose path matches (repeatable; default: *.md *.txt *.docx *.doc *.pdf *.html …; a pattern without / matches the name at any depth, e.g. '*.pdf')",
      collect,
    )
    .option("--exclude <glob>", "skip files and folders that match (repeatable), e.g. '草稿/**' or '*.bak.txt'", collect)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', jobCount)
    .option('--shard <i/n>', 'process only share i of n (0-based), chosen by a hash of the relative path; e.g. 0/4 … 3/4')
    .option('--force', 'convert every input again, even unchanged ones')
    .option('--pretty', 'indent the JSON outputs')
    .option('-q, --quiet', 'no progress or summary on stderr (failures are still printed)')
    .option('--jsonl', 'print one JSON line per finished input on stdout (the report entry), for pipelines')
    .option('--dry-run', 'list each selected input and its output path (tab-separated) and stop')
    .option('--review', 'also write a review page beside each JSON (NAME.html) and OUTDIR/index.html listing every file');
  addLimitOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (inputs: string[], options: BatchCommandOptions) => {
    const [{ runBatch }, { parseShard }, { defaultJobs }] = await Promise.all([
      import('../batch/run.js'),
      import('../batch/shard.js'),
      import('../batch/pool.js'),
    ]);
    let shard = null;
    if (options.shard !== undefined) {
      const parsed = parseShard(options.shard);
      if (!parsed.ok) {
        process.stderr.write(`plan-extract: batch: --shard: ${parsed.reason}\n(run plan-extract batch --help for usage)\n`);
        process.exitCode = 2;
        return;
      }
      shard = parsed.shard;
    }
    process.exitCode = await runBatch({
      inputs,
      outdir: options.output,
      include: options.include,
      exclude: options.exclude,
      jobs: options.jobs ?? defaultJobs(),
      shard,
      force: options.force === true,
      pretty: options.pretty === true,
      quiet: options.quiet === true,
      jsonl: options.jsonl === true,
      dryRun: options.dryRun === true,
      review: options.review === true,
      limits: limitsFromOptions(options),
    });
  });
}
