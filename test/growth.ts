// Growth checks that no wall clock decides: the CPU time this process spends on an input of size n and
// on one of size k·n, as a ratio. Other processes do not add to CPU time, but they do disturb it (cache,
// GC threads): with k = 4 on a busy machine (load average 10, a `yes` beside) extractItem, slightly
// superlinear today, measured 3.5-6.7 (and once 8+ in a full run), so the tests allow up to 10 —
// quadratic work gives about 16, backtracking far more.
import { cpuUsage } from 'node:process';

function cpuMs(work: () => unknown): number {
  const start = cpuUsage();
  work();
  const used = cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time of work(small · factor) over that of work(small), each the least of `runs` interleaved
 * runs after a warm-up of both (so V8's compiling the code is not counted against the small size).
 */
export function cpuGrowth(work: (size: number) => unknown, small: number, factor: number, runs = 5): number {
  work(small);
  work(small * factor);
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let run = 0; run < runs; run++) {
    smallMs = Math.min(smallMs, cpuMs(() => work(small)));
    largeMs = Math.min(largeMs, cpuMs(() => work(small * factor)));
  }
  // a floor of 1 ms keeps a tiny small-size figure from making the ratio meaningless
  return largeMs / Math.max(smallMs, 1);
}
