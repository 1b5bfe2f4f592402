// What the command line means before commander parses it: `plan-extract FILE…` is the default
// command, named explicitly so that `--` ends its options (commander's default-command dispatch
// looks for --help past `--`), and a bare word that is no file but nearly a command name is a typo.

/** Options of the program itself; anything else first on the line belongs to the default command. */
const PROGRAM_OPTIONS = new Set(['-h', '--help', '-V', '--version']);

/** `args` (after node and the script) with the default command's name put first when it is meant. */
export function withDefaultCommand(args: string[], commands: readonly string[], defaultCommand: string): string[] {
  const first = args[0];
  if (first === undefined || commands.includes(first) || PROGRAM_OPTIONS.has(first)) return args;
  return [defaultCommand, ...args];
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The command `word` was probably meant to be ("exprot" → "export"), or null. Only a bare word can be
 * a command (a name with a dot or slash is a file), and one edit in three letters at most.
 */
export function closestCommand(word: string, commands: readonly string[]): string | null {
  if (!/^[a-z][a-z-]*$/i.test(word)) return null;
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | null = null;
  for (const name of commands) {
    const distance = editDistance(word.toLowerCase(), name);
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}
