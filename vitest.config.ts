import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // vitest's default on 2 cores is one worker; most files here wait on a CLI child process, so two
    // let one file's child run while another file's tests do (the suite: 165 s → 103 s idle, 138 s beside a CPU-bound job)
    maxWorkers: 2,
  },
});
