// `plan-extract export OUTDIR --to FILE…`: the results of a batch as tables for analysts. The
// implementation (src/export/, and exceljs for .xlsx) loads only when the command runs.
import type { Command } from 'commander';

interface ExportCommandOptions {
  to: string[];
  quiet?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const EXAMPLES = `
Tables (the format comes from the extension, the table from the name):
  targets.csv   one row per target: file, plan, docNumber, issuer, path, title, metric, comparator, value, unit,
                deadline, aspirational, lead, support, units, text, line, page
  tasks.csv     one row per section: file, plan, path, level, title, text, lead, support, deadlines, line, page
  files.csv     one row per batch input from every batch-report*.json: input, status, output, code, message, durationMs, report
  NAME.xlsx     a workbook with the sheets targets, tasks and files
comparator is a word: at least, more than, at most, less than, equal to, about.
CSV files are UTF-8 with a BOM and CRLF line ends, so Excel opens them directly.

Examples:
  plan-extract batch plans/ -o out/ && plan-extract export out/ --to plans.xlsx
  plan-extract export out/ --to targets.csv --to tasks.csv
  plan-extract export /data/out --to /data/all.xlsx        after a sharded batch: reads every shard's report

Exit codes:
  0  exported
  1  a *.json under OUTDIR is not a valid PlanFile (skipped, one line each on stderr), or an output could not
     be written (one line each: plan-extract: PATH: E_OUTPUT: why; the other outputs are still written)
  2  usage error (OUTDIR is not a folder, unknown extension or table name)`;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('turn the PlanFiles of a batch (OUTDIR/**/*.json) into CSV tables or an xlsx workbook')
    .argument('<outdir>', 'the output folder of plan-extract batch')
    .requiredOption('--to <file>', 'write this table or workbook: targets.csv, tasks.csv, files.csv or NAME.xlsx (repeatable)', collect)
    .option('-q, --quiet', 'no summary line on stderr')
    .addHelpText('after', EXAMPLES)
    .action(async (outdir: string, options: ExportCommandOptions) => {
      const { runExport } = await import('../export/run.js');
      process.exitCode = await runExport({ outdir, to: options.to, quiet: options.quiet === true });
    });
}
