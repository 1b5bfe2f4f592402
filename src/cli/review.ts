// `plan-extract review FILE… [-o PATH]`: one self-contained HTML page per input that shows every
// extracted value beside the source text it came from. The page builder loads only when this runs.
import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { assertNotAnInput, writeFileAtomic } from '../io/atomic-write.js';
import { EXIT } from './exit-codes.js';
import { outputNames } from './extract.js';
import { addLimitOptions, limitsFromOptions, type LimitOptions } from './limit-options.js';
import { reportError } from './report.js';

interface ReviewCommandOptions extends LimitOptions {
  output?: string;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  plan-extract review plan.docx -o plan.html       one page; open it in any browser
  plan-extract review plan.pdf > plan.html         a single page can also go to stdout
  plan-extract review plans/*.txt -o pages/        one pages/NAME.html per input
  plan-extract batch plans/ -o out/ --review       pages beside each JSON, and out/index.html

On the page: the source text on the left (line numbers; page breaks for PDF), what was extracted on
the right. Click a value (a unit, deadline or target) to see its text in the source; click the source
to find its item. Filters: items without units, targets only, warnings. Grey source text landed in no
item. The page is one file: no network, its style and script inline.`;

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function runReview(files: string[], options: ReviewCommandOptions): Promise<number> {
  if (!options.output && files.length > 1) {
    process.stderr.write('plan-extract: review: several inputs need -o DIR (one NAME.html per input)\n');
    return EXIT.usage;
  }
  const [{ extractBounded }, { inputSource }, { reviewPage }, { withLimits }] = await Promise.all([
    import('../isolate/bounded.js'),
    import('./input-source.js'),
    import('../review/index.js'),
    import('../io/limits.js'),
  ]);
  const limits = limitsFromOptions(options);
  const { maxBytes } = withLimits(limits);
  const output = options.output;
  const toDirectory = output !== undefined && (files.length > 1 || output.endsWith('/') || (await isDirectory(output)));
  const names = outputNames(files);
  let failed = 0;
  for (const file of files) {
    try {
      // the same bounded extraction as plan-extract FILE
      const { planFile, source } = await extractBounded(inputSource(file, maxBytes), limits, 'with-source');
      const html = await reviewPage(planFile, source);
      if (output === undefined) {
        process.stdout.write(html);
        continue;
      }
      const target = toDirectory ? join(output, names.get(file)!.replace(/\.json$/, '.html')) : output;
      await assertNotAnInput(target, files);
      await writeFileAtomic(target, html);
    } catch (error) {
      failed++;
      reportError(error, file, options.debug);
    }
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

export function registerReview(program: Command): void {
  const command = program
    .command('review')
    .description('write an HTML page per FILE that shows each extracted value beside its source text')
    .argument('<files...>', 'input documents (any supported format); - reads standard input')
    .option('-o, --output <path>', 'write the page to this file, or into this folder as NAME.html (needed for several inputs); default: stdout')
    .option('--debug', 'print stack traces of failures');
  addLimitOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (files: string[], options: ReviewCommandOptions) => {
    process.exitCode = await runReview(files, options);
  });
}
