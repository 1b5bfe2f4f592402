// The exit codes every command documents in --help and the README.
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const EXIT_HELP_TEXT = `
Exit codes:
  0  every input succeeded
  1  an input failed, or a limit stopped it (E_TIMEOUT, E_TOO_LARGE); each failure is one line on
     stderr: plan-extract: FILE: CODE: message (hint)
  2  usage error (no arguments, unknown command or option, missing argument)
A closed standard output (plan-extract FILE | head) ends the run quietly.`;
