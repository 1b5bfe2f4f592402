// `plan-extract show FILE`: the outline of a document (or of a PlanFile written earlier) as a tree
// in the terminal, each item with its units, deadlines and targets; colour only on a TTY.
import { InvalidArgumentError, type Command } from 'commander';
import { addLimitOptions, limitsFromOptions, type LimitOptions } from './limit-options.js';
import { EXIT } from './exit-codes.js';
import { reportError } from './report.js';

interface ShowCommandOptions extends LimitOptions {
  depth?: number;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  plan-extract show plan.docx                 the whole outline, each item with units, deadlines, targets
  plan-extract show plan.pdf --depth 2        only the first two levels (a count of what lies below)
  plan-extract show out/plan.txt.json         a PlanFile written earlier, without extracting again
  plan-extract show plan.txt | less -R        plain text when piped (colour only on a terminal; NO_COLOR turns it off)

Each value ends with the source line it came from (L37); plan-extract review draws the same as a page.`;

function depth(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return number;
}

/** Colour only for a person at a terminal: stdout a TTY and NO_COLOR unset (https://no-color.org). */
function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

export async function runShow(file: string, options: ShowCommandOptions): Promise<number> {
  try {
    const [{ loadSide }, { outlineOf }, { renderShow }] = await Promise.all([
      import('../diff/load.js'),
      import('../review/outline.js'),
      import('../review/show.js'),
    ]);
    const { planFile } = await loadSide(file, { limits: limitsFromOptions(options) }, process.stdin);
    // `show plan.pdf | head`: a reader that stops reading ends the output, not with a stack trace
    process.stdout.once('error', () => undefined);
    process.stdout.write(renderShow(outlineOf(planFile), { color: useColor(), depth: options.depth ?? Infinity }));
    return EXIT.ok;
  } catch (error) {
    reportError(error, file, options.debug);
    return EXIT.failed;
  }
}

export function registerShow(program: Command): void {
  const command = program
    .command('show')
    .description('print the outline of FILE as a tree: each item with its units, deadlines and targets')
    .argument('<file>', 'a document in any supported format, a PlanFile .json, or - for standard input')
    .option('--depth <n>', 'show items down to level n (1 = top level only)', depth)
    .option('--debug', 'print stack traces of failures');
  addLimitOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (file: string, options: ShowCommandOptions) => {
    process.exitCode = await runShow(file, options);
  });
}
