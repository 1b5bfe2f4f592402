// Shared test helpers: flatten a section tree, count sections per level, find a section by path,
// run the built CLI.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Plan, Section } from '../src/schema/contract.js';

export function flatten(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...flatten(section.children)]);
}

export function levelCounts(plan: Plan): number[] {
  const counts: number[] = [];
  for (const section of flatten(plan.sections)) counts[section.level - 1] = (counts[section.level - 1] ?? 0) + 1;
  return counts;
}

export function byPath(plan: Plan, path: string): Section {
  const found = flatten(plan.sections).find((section) => section.path === path);
  if (!found) throw new Error(`no section at ${path}`);
  return found;
}

export const CORPUS = {
  compilation: 'corpus/000_375e2c28ca1b8eeb.txt',
  prefecture: 'corpus/001_c38e02297bde183b.txt',
  table: 'corpus/002_60fe525e5aed4196.txt',
  pdfText: 'corpus/003_186f3881ae8b0189.txt',
  markdown: 'corpus/004_6b15a1fe4b379702.txt',
} as const;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const execFileAsync = promisify(execFile);

/** Runs `node bin/plan-extract.js ARGS…` (the built CLI), optionally feeding standard input. */
export async function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const child = execFileAsync('node', ['bin/plan-extract.js', ...args], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...options.env },
  });
  if (options.input !== undefined) child.child.stdin?.end(options.input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as CliResult;
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
