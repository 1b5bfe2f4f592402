// Linear-time checks that no wall clock decides: the CPU time this process spends on an input of size
// n and on one of size k·n, as a ratio. Other processes on the machine barely change either figure and
// never their ratio, so the check holds under load and on any machine; linear work gives about k,
// quadratic work about k², and the tests allow up to 2·k.
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
export function cpuGrowth(work: (size: number) => unknown, small: number, factor: number, runs = 3): number {
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
