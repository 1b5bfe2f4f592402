// A plan that gave nothing says so. A text with no outline at all (`no-outline`) and text that
// landed in no item, preamble or back matter (`text-uncovered`, with its share of the plan: text
// after a work-list table, before the first item that could be placed) are reported, so a file
// whose work list was lost stands out instead of coming back empty without a word.
import type { Block } from '../document/block.js';
import type { Diagnostic, Section } from '../schema/contract.js';

// A few characters left over (a stray "注：") are not worth a warning.
const MIN_UNCOVERED_CHARS = 20;

const charsOf = (blocks: readonly Block[]): number => blocks.reduce((sum, block) => sum + block.content.text.trim().length, 0);

function spanOf(block: Block): Diagnostic['span'] {
  const mark = block.content.marks[0]!;
  return { startLine: mark.line, endLine: block.content.marks[block.content.marks.length - 1]!.line, page: mark.page };
}

export interface CoverageInput {
  /** every block of the plan */
  blocks: readonly Block[];
  /** blocks of the outline's region that no item took */
  uncovered: readonly Block[];
  sections: readonly Section[];
}

export function coverageDiagnostics({ blocks, uncovered, sections }: CoverageInput): Diagnostic[] {
  const total = charsOf(blocks);
  if (total === 0) return [];
  if (sections.length === 0) {
    const first = blocks.find((block) => block.content.text.trim() !== '') ?? blocks[0]!;
    return [
      {
        severity: 'warning',
        code: 'no-outline',
        message: `no outline: ${total} characters of text and no item opened by an enumerator (一、 （一） 1. …) or a work-list table header (序号 / 工作任务 / 责任单位 …); the text is kept as the preamble`,
        span: spanOf(first),
      },
    ];
  }
  const lost = charsOf(uncovered);
  if (lost < MIN_UNCOVERED_CHARS) return [];
  const share = Math.round((lost / total) * 1000) / 10;
  return [
    {
      severity: 'warning',
      code: 'text-uncovered',
      message: `${lost} characters (${share}% of the plan) belong to no item, preamble or back matter, from this line on`,
      span: spanOf(uncovered[0]!),
    },
  ];
}
