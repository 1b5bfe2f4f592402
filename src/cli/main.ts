// The command line: parses arguments, hands work to the library, maps errors to exit codes.
// Each command lives in its own file and loads its implementation only when it runs.
import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { registerBatch } from './batch.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { EXIT_HELP_TEXT } from './exit-codes.js';
import { reportError } from './report.js';
import { registerReview } from './review.js';
import { registerShow } from './show.js';

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = new Command('plan-extract')
    .description('Parse Chinese government plan documents (实施方案, 工作清单) into validated JSON.')
    .version(TOOL_VERSION, '-V, --version')
    .showHelpAfterError('(run plan-extract --help for usage)')
    .addHelpText('after', EXIT_HELP_TEXT)
    .exitOverride();
  registerExtract(program);
  registerDiff(program);
  registerBatch(program);
  registerExport(program);
  registerReview(program);
  registerShow(program);

  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return error.exitCode === 0 ? 0 : 2;
    }
    reportError(error, null, argv.includes('--debug'));
    return 1;
  }
}
