// `plan-extract diff OLD NEW`: what changed between two versions of a plan. Exit codes follow
// diff(1): 0 the plans agree, 1 they differ, 2 an error (unlike extract, where a failure is 1).
import { InvalidArgumentError, type Command } from 'commander';
import type { Ignorable } from '../diff/index.js';
import { addLimitOptions, limitsFromOptions, type LimitOptions } from './limit-options.js';
import { reportError } from './report.js';

export const DIFF_EXIT = { same: 0, different: 1, error: 2 } as const;

const IGNORABLE: readonly Ignorable[] = ['text', 'moves'];

interface DiffCommandOptions extends LimitOptions {
  json?: boolean;
  pretty?: boolean;
  ignore?: Ignorable[];
  debug?: boolean;
}

/** "--ignore text,moves" (repeatable) → ['text', 'moves'] */
function ignoreList(value: string, previous: Ignorable[] = []): Ignorable[] {
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  for (const item of items) {
    if (!(IGNORABLE as readonly string[]).includes(item)) {
      throw new InvalidArgumentError(`expected ${IGNORABLE.join(' or ')}, got "${item}"`);
    }
  }
  return [...previous, ...(items as Ignorable[])];
}

/** Colour only for a person at a terminal: stdout a TTY and NO_COLOR unset (https://no-color.org). */
function useColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

export async function runDiff(oldPath: string, newPath: string, options: DiffCommandOptions): Promise<number> {
  if (oldPath === '-' && newPath === '-') {
    process.stderr.write('plan-extract: diff: only one side can be standard input (-)\n');
    return DIFF_EXIT.error;
  }
  try {
    const { diffPlanFiles, loadSide, renderReport } = await import('../diff/index.js');
    const extract = { limits: limitsFromOptions(options) };
    const [oldSide, newSide] = await Promise.all([
      loadSide(oldPath, extract, process.stdin),
      loadSide(newPath, extract, process.stdin),
    ]);
    const { report, groups } = diffPlanFiles(oldSide, newSide, { ignore: new Set(options.ignore ?? []) });
    const output = options.json
      ? `${JSON.stringify(report, null, options.pretty ? 2 : undefined)}\n`
      : renderReport(report, { color: useColor(), groups });
    process.stdout.write(output);
    return report.changes.length > 0 ? DIFF_EXIT.different : DIFF_EXIT.same;
  } catch (error) {
    reportError(error, null, options.debug);
    return DIFF_EXIT.error;
  }
}

const EXAMPLES = `
Examples:
  plan-extract diff old.docx new.pdf                 the readable report, coloured on a terminal
  plan-extract diff out/plan.json new.docx --json    a PlanFile written earlier against a new document
  plan-extract diff old.docx new.docx --ignore text  only targets, deadlines and units
  curl -s URL | plan-extract diff old.pdf -          one side from standard input

Each document side is extracted under the same limits as plan-extract FILE (--timeout, --max-memory,
--max-bytes, --max-pages).

Exit codes (as diff(1)):
  0  the plans agree
  1  the plans differ
  2  an error: usage, or a side that cannot be read or extracted (one line on stderr:
     plan-extract: FILE: CODE: message (hint))`;

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('compare two versions of a plan (PlanFile JSON or source documents); exit 0 same, 1 different, 2 error')
    .argument('<old>', 'the earlier version: a PlanFile .json or a document; - reads standard input (one side only)')
    .argument('<new>', 'the later version: a PlanFile .json or a document, or -')
    .option('--json', 'write the DiffReport as JSON instead of the readable report')
    .option('--pretty', 'indent the JSON')
    .option('--ignore <what>', 'leave out of the comparison: text (compare only targets, deadlines, units) or moves', ignoreList)
    .option('--debug', 'print stack traces of failures');
  addLimitOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (oldPath: string, newPath: string, options: DiffCommandOptions) => {
    process.exitCode = await runDiff(oldPath, newPath, options);
  });
}
