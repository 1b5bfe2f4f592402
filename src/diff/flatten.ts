// A plan's section tree as one list in document order, each entry knowing its parent, so matching
// can pair sections across levels and the move check can compare parents.
import type { Plan, Section } from '../schema/contract.js';

export interface FlatSection {
  /** position in document (pre-)order within its plan */
  index: number;
  section: Section;
  /** index of the parent section, null at the top level */
  parent: number | null;
  /** the path shown to users; "篇三/二/（一）" in a compilation */
  path: string;
}

/** "篇三" + "二/（一）" → "篇三/二/（一）", unless the outline already put the part in the path. */
export function displayPath(part: string | null, path: string): string {
  if (!part || path === part || path.startsWith(`${part}/`)) return path;
  return `${part}/${path}`;
}

export function flattenPlan(plan: Plan): FlatSection[] {
  const flat: FlatSection[] = [];
  // an explicit stack, not recursion: a hostile document can nest deeper than the call stack
  const stack: Array<{ section: Section; parent: number | null }> = [];
  for (let i = plan.sections.length - 1; i >= 0; i--) stack.push({ section: plan.sections[i]!, parent: null });
  while (stack.length > 0) {
    const { section, parent } = stack.pop()!;
    const index = flat.length;
    flat.push({ index, section, parent, path: displayPath(plan.part, section.path) });
    for (let i = section.children.length - 1; i >= 0; i--) stack.push({ section: section.children[i]!, parent: index });
  }
  return flat;
}

/** The text a section is recognised by: its title and body, or for a bare heading its children's titles. */
export function matchingContent(section: Section): string {
  if (section.text.trim() !== '' || section.children.length === 0) return `${section.title}${section.text}`;
  return `${section.title}${section.children.map((child) => child.title).join('')}`;
}
