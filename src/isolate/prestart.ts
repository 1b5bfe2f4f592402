// bin/plan-extract.js calls this before it loads the CLI: when the arguments name the default command
// (`plan-extract FILE…`), the extraction thread starts at once, so its start-up and its loading of the
// pipeline overlap the CLI's own start-up and the read of the file instead of following them
// (docs/performance.md). Anything else (--help, --version, batch, export, diff) starts nothing, and
// loads nothing but this file.
import { DEFAULT_LIMITS } from '../io/limits.js';

const NOT_EXTRACTING = new Set(['batch', 'export', 'diff', 'help', '-h', '--help', '-V', '--version']);

/** True when `args` (process.argv without node and the script) will run the default command. */
export function runsDefaultCommand(args: string[]): boolean {
  const end = args.indexOf('--');
  const options = end < 0 ? args : args.slice(0, end);
  if (args.length === 0 || NOT_EXTRACTING.has(args[0]!)) return false;
  return !options.some((arg) => NOT_EXTRACTING.has(arg) && arg.startsWith('-'));
}

/** Starts the thread when the command line will need it; resolves once it is starting. */
export async function prestartFor(argv: string[]): Promise<void> {
  if (!runsDefaultCommand(argv.slice(2))) return;
  // a --max-memory other than the default needs its own thread, started when the CLI knows it
  const { prestart } = await import('./threads.js');
  prestart(DEFAULT_LIMITS.maxMemoryMb);
}
