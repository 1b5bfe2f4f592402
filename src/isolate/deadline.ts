// The time limit of one file as an AbortSignal: every wait on the way (a read, the extraction thread)
// listens to it, and its reason is the E_TIMEOUT error that names the file.
import { PlanExtractError } from '../schema/errors.js';

export interface Deadline {
  signal: AbortSignal;
  /** stops the timer once the file is done */
  clear(): void;
  /** what is left of the limit, at least 1 ms; 0 when there is no limit */
  remainingMs(): number;
}

// setTimeout takes at most 2^31-1 ms (24.8 days) and fires at once for more: that is no limit at all
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Aborts after `ms` milliseconds (0, or more than a timer can hold: never). */
export function startDeadline(ms: number, file: string): Deadline {
  const controller = new AbortController();
  if (!(ms > 0) || ms > LONGEST_TIMER_MS) return { signal: controller.signal, clear: () => undefined, remainingMs: () => 0 };
  const endsAt = performance.now() + ms;
  const timer = setTimeout(() => {
    controller.abort(new PlanExtractError('E_TIMEOUT', `stopped after ${ms} ms`, { file }));
  }, ms);
  return {
    signal: controller.signal,
    clear: () => clearTimeout(timer),
    remainingMs: () => Math.max(1, Math.ceil(endsAt - performance.now())),
  };
}
