// The exit codes every command documents in --help and the README.
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const EXIT_HELP_TEXT = `
Exit codes:
  0  every input succeeded (diff: the plans agree)
  1  an input failed (diff: the plans differ); each failure is one line on stderr: FILE: CODE: message
  2  usage error (unknown option, missing argument)`;
