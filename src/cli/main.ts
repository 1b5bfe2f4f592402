// The command line: parses arguments, hands work to the library, maps errors to exit codes.
// Each command lives in its own file and loads its implementation only when it runs.
import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { TOOL_VERSION } from '../version.js';
import { closestCommand, withDefaultCommand } from './arguments.js';
import { registerBatch } from './batch.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { EXIT, EXIT_HELP_TEXT } from './exit-codes.js';
import { reportError } from './report.js';
import { registerReview } from './review.js';
import { registerShow } from './show.js';

const PROGRAM_HELP = `
Examples:
  plan-extract plan.docx                    one PlanFile (JSON) on standard output
  plan-extract plan.pdf --pretty -o plan.json
  plan-extract a.md b.pdf c.txt -o out/     out/a.md.json, out/b.pdf.json, out/c.txt.json
  cat plan.txt | plan-extract -             standard input
  plan-extract batch plans/ -o out/         whole folders, in parallel, resumable
  plan-extract diff old.docx new.pdf        what changed between two versions

plan-extract FILE… is the extract command: plan-extract extract --help lists its options.
plan-extract COMMAND --help does the same for each command; diff and batch have exit codes of their own.
${EXIT_HELP_TEXT}`;

/**
 * `plan-extract FILE | head -c 10`: once the reader has gone, nothing more can be said, so the run
 * ends quietly instead of dying on an EPIPE stack trace. A command that handles its own closed
 * pipe (batch --jsonl goes on converting) has a listener of its own and is left alone.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (stream.listenerCount('error') === 1) process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
  });
}

/** Usage errors read like the rest: "plan-extract: unknown option '--bogus'". */
function usageLine(text: string): string {
  return `plan-extract: ${text.replace(/^error: /, '')}`;
}

function buildProgram(): Command {
  const program = new Command('plan-extract')
    .description('Parse Chinese government plan documents (实施方案, 工作清单) into validated JSON.')
    .usage('[options] FILE…  |  plan-extract COMMAND …')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    // before the commands: they copy the output settings when they are created
    .configureOutput({ outputError: (text, write) => write(usageLine(text)) })
    .addHelpText('after', PROGRAM_HELP)
    .exitOverride();
  registerExtract(program);
  registerDiff(program);
  registerBatch(program);
  registerExport(program);
  registerReview(program);
  registerShow(program);
  program.showHelpAfterError('(run plan-extract --help for usage)');
  for (const command of program.commands) command.showHelpAfterError(`(run plan-extract ${command.name()} --help for usage)`);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  const program = buildProgram();
  const args = argv.slice(2);
  if (args.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  const commands = [...program.commands.map((command) => command.name()), 'help'];
  const meant = commands.includes(args[0]!) || existsSync(args[0]!) ? null : closestCommand(args[0]!, commands);
  if (meant) {
    process.stderr.write(`${usageLine(`unknown command '${args[0]}' (did you mean ${meant}?)`)}\n(run plan-extract --help for usage)\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv.slice(0, 2), ...withDefaultCommand(args, commands, 'extract')]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    reportError(error, null, argv.includes('--debug'));
    return EXIT.failed;
  }
}
