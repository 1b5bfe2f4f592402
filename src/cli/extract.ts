// `plan-extract FILE…`: one PlanFile per input, to stdout (one file) or to -o FILE / -o DIR.
import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { EXIT, EXIT_HELP_TEXT } from './exit-codes.js';
import { limitsFromOptions, addLimitOptions, type LimitOptions } from './limit-options.js';
import { reportError } from './report.js';
import { assertNotAnInput, writeFileAtomic } from '../io/atomic-write.js';
import { writePieces } from '../io/json-stream.js';
import { withLimits } from '../io/limits.js';
import { escapeUnprintable, printableName } from '../schema/errors.js';

interface ExtractCommandOptions extends LimitOptions {
  output?: string;
  pretty?: boolean;
  debug?: boolean;
}

async function isDirectoryTarget(output: string, inputCount: number): Promise<boolean> {
  if (output.endsWith('/') || inputCount > 1) return true;
  try {
    return (await stat(output)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Output names for -o DIR: NAME.json, or — when two inputs share a name (a/plan.txt, b/plan.txt) —
 * their paths below the inputs' common folder, so no output overwrites another.
 */
export function outputNames(inputs: string[]): Map<string, string> {
  const base = (input: string) => (input === '-' ? 'stdin' : basename(input));
  const names = inputs.map(base);
  const clash = new Set(names).size !== names.length;
  const absolute = inputs.map((input) => (input === '-' ? resolve('stdin') : resolve(input)));
  let common = dirname(absolute[0] ?? '.');
  while (clash && !absolute.every((path) => path.startsWith(`${common}${sep}`))) common = dirname(common);
  return new Map(inputs.map((input, index) => [input, `${clash ? relative(common, absolute[index]!) : names[index]}.json`]));
}

export async function runExtract(files: string[], options: ExtractCommandOptions): Promise<number> {
  // the extraction itself runs on a thread (src/isolate/): this thread never loads the pipeline
  const [{ extractBounded }, { inputSource }] = await Promise.all([import('../isolate/bounded.js'), import('./input-source.js')]);
  const limits = limitsFromOptions(options);
  const { maxBytes } = withLimits(limits);
  const sourceOf = (file: string) => inputSource(file, maxBytes);
  const toDirectory = options.output ? await isDirectoryTarget(options.output, files.length) : false;
  if (!options.output && files.length > 1) {
    process.stderr.write('plan-extract: several inputs need -o DIR (one JSON file per input)\n');
    return EXIT.usage;
  }
  const names = outputNames(files);
  let failed = 0;
  for (const file of files) {
    try {
      const json = await extractBounded(sourceOf(file), limits, options.pretty ? 'pretty-json' : 'json');
      if (options.output) {
        const target = toDirectory ? join(options.output, names.get(file)!) : options.output;
        await assertNotAnInput(target, files);
        await writeFileAtomic(target, json.pieces);
      } else {
        await writePieces(process.stdout, json.pieces);
      }
      // exit 0 (the JSON is valid and says why), but a person must not miss that the file gave nothing
      if (json.emptyReason !== null) process.stderr.write(`plan-extract: ${printableName(file)}: no sections found: ${escapeUnprintable(json.emptyReason)}\n`);
    } catch (error) {
      failed++;
      reportError(error, file, options.debug);
    }
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

const EXAMPLES = `
The default command: plan-extract FILE… is plan-extract extract FILE….

Examples:
  plan-extract plan.docx                         one PlanFile (JSON) on standard output
  plan-extract plan.pdf --pretty -o plan.json    exactly that file, written whole or not at all
  plan-extract a.md b.pdf c.txt -o out/          out/NAME.json for each; a bad file does not stop the rest
  cat plan.txt | plan-extract -                  standard input (also a FIFO: plan-extract <(curl …))
  plan-extract -o out/ -- --draft.txt            -- ends the options: a file named --draft.txt
  plan-extract scan.pdf --timeout 30 --max-memory 512   stop a file after 30 s or a 512 MB heap

Limits hold for every file: the extraction runs in a thread that is stopped at --timeout whatever it
is doing (E_TIMEOUT) and cannot grow past --max-memory (E_TOO_LARGE); --max-bytes counts the bytes
as they arrive, so standard input, a FIFO or /dev/zero stop there too.
${EXIT_HELP_TEXT}`;

export function registerExtract(program: Command): void {
  const command = program
    .command('extract', { isDefault: true })
    .description('extract the plans of each FILE (markdown, text, tab-table, docx, doc, pdf, html; - for stdin)')
    .argument('<files...>', 'input files; - reads standard input')
    .option('-o, --output <path>', 'write to this file, or into this folder as NAME.json (needed for several inputs)')
    .option('--pretty', 'indent the JSON')
    .option('--debug', 'print stack traces of failures');
  addLimitOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (files: string[], options: ExtractCommandOptions) => {
    process.exitCode = await runExtract(files, options);
  });
}
