// Shared test helpers: flatten a section tree, count sections per level, find a section by path.
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
