// Levels from the enumerators. A stack of open marker styles: a style already open continues its
// sequence (sibling), a new style opens a child level. So levels follow the order in which styles
// first appear, which copes with a scrape that lost a level (（一） at the top). GB/T 9704 order
// breaks the tie when a senior style turns up below a junior one with a number past 1 ("二、" after
// "（三）": the 一、 heading was lost, not a new child level).
import type { Block } from '../document/block.js';
import type { Diagnostic } from '../schema/contract.js';
import { parseMarker, STYLE_RANK, type Marker, type MarkerOptions, type MarkerStyle } from '../text/markers.js';
import { toChineseOrdinal } from '../text/ordinals.js';

export interface DraftSection {
  marker: Marker;
  level: number;
  /** the block that opens the item; its text after the marker holds the title (and maybe the body) */
  head: Block;
  body: Block[];
  children: DraftSection[];
  /** table rows: the cells by role, set by outline/table.ts */
  fields?: Partial<Record<'title' | 'text' | 'units' | 'deadline', Block['content']>>;
}

interface OpenLevel {
  style: MarkerStyle;
  ordinal: number;
  section: DraftSection;
}

// How far a number may jump before a line that starts with it is taken for running text.
const MAX_GAP = 3;
const MAX_RUN_ON_GAP = 10;
const MAX_FIRST_ORDINAL = 5;

function segmentOf(style: MarkerStyle, ordinal: number): string {
  const cn = toChineseOrdinal(ordinal);
  switch (style) {
    case 'cn-comma':
      return `${cn}、`;
    case 'cn-paren':
      return `（${cn}）`;
    case 'num-paren':
      return `（${ordinal}）`;
    case 'num-half-paren':
      return `${ordinal}）`;
    case 'circled':
      return String.fromCharCode(0x2460 + ordinal - 1);
    case 'num-dot':
      return `${ordinal}.`;
    case 'decimal-1':
    case 'decimal-2':
    case 'decimal-3':
    case 'decimal-4':
      return String(ordinal);
    default:
      return `第${cn}`;
  }
}

export class OutlineBuilder {
  readonly roots: DraftSection[] = [];
  readonly leading: Block[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private stack: OpenLevel[] = [];
  /** the last ordinal of each style anywhere in this plan: numbering may run on across parents */
  private lastSeen = new Map<MarkerStyle, number>();

  constructor(private readonly markerOptions: MarkerOptions = {}) {}

  /** Feeds one block; returns the new section when the block opens one. */
  add(block: Block): DraftSection | null {
    const marker = block.kind === 'table-row' ? null : parseMarker(block.content.text, this.markerOptions);
    const placement = marker ? this.place(marker, block) : null;
    if (!marker || placement === null) {
      this.appendBody(block);
      return null;
    }
    this.stack.length = placement;
    const parent = this.stack[this.stack.length - 1]?.section;
    const section: DraftSection = { marker, level: this.stack.length + 1, head: block, body: [], children: [] };
    (parent ? parent.children : this.roots).push(section);
    this.stack.push({ style: marker.style, ordinal: marker.ordinal, section });
    this.lastSeen.set(marker.style, marker.ordinal);
    return section;
  }

  /** Adds a finished section (a table row) at the top level and closes open levels. */
  addRoot(section: DraftSection): void {
    this.stack = [];
    this.roots.push(section);
  }

  private appendBody(block: Block): void {
    const top = this.stack[this.stack.length - 1];
    (top ? top.section.body : this.leading).push(block);
  }

  /** The stack depth to cut back to before pushing this marker, or null when it is running text. */
  private place(marker: Marker, block: Block): number | null {
    const openAt = this.stack.findIndex((level) => level.style === marker.style);
    if (marker.ambiguous) return this.placeAmbiguous(marker, openAt);
    if (marker.parents && !this.parentsOpen(marker.parents)) return null;
    if (openAt >= 0) {
      const expected = this.stack[openAt]!.ordinal + 1;
      if (marker.ordinal === expected) return openAt;
      if (marker.ordinal === 1) {
        this.report(block, 'numbering-restart', `${marker.written} restarts the numbering after ${segmentOf(marker.style, expected - 1)}`);
        return openAt;
      }
      if (marker.ordinal > expected && marker.ordinal <= expected + MAX_GAP) {
        this.reportGap(block, marker, expected);
        return openAt;
      }
      return null;
    }

    const seen = this.lastSeen.get(marker.style);
    if (seen !== undefined) {
      // a style coming back under a new parent either restarts or runs on ("1…25 under （一）…（六）")
      if (marker.ordinal !== 1 && (marker.ordinal <= seen || marker.ordinal > seen + MAX_RUN_ON_GAP)) return null;
      if (marker.ordinal > seen + 1) this.reportGap(block, marker, seen + 1);
    } else if (marker.ordinal > MAX_FIRST_ORDINAL && !this.opensBody()) {
      return null;
    } else if (marker.ordinal > 1) {
      this.reportGap(block, marker, 1);
    }
    return this.depthForNewStyle(marker);
  }

  /**
   * The first item of a plan opens its body (plans.ts chose it): "6.…" on a page that starts mid-plan,
   * its parent on a page before, is an item whatever its number.
   */
  private opensBody(): boolean {
    return this.roots.length === 0 && this.stack.length === 0 && this.leading.length === 0;
  }

  /** "3.2.1" belongs under the open "3.2" (and "3"); levels a scrape lost are not checked. */
  private parentsOpen(parents: number[]): boolean {
    return parents.every((ordinal, index) => {
      const open = this.stack.find((level) => level.style === `decimal-${index + 1}`);
      return !open || open.ordinal === ordinal;
    });
  }

  /** "11.121人才梯队项目" after "10.": only the very next number of an open or running sequence. */
  private placeAmbiguous(marker: Marker, openAt: number): number | null {
    if (openAt >= 0) return marker.ordinal === this.stack[openAt]!.ordinal + 1 ? openAt : null;
    return marker.ordinal === (this.lastSeen.get(marker.style) ?? -1) + 1 ? this.depthForNewStyle(marker) : null;
  }

  private depthForNewStyle(marker: Marker): number {
    // "二、" below "（三）": a senior style past its first number closes the junior levels
    if (marker.ordinal > 1) {
      let depth = this.stack.length;
      while (depth > 0 && STYLE_RANK[this.stack[depth - 1]!.style] > STYLE_RANK[marker.style]) depth--;
      return depth;
    }
    return this.stack.length;
  }

  private reportGap(block: Block, marker: Marker, expected: number): void {
    const missing =
      marker.ordinal - expected === 1
        ? `${segmentOf(marker.style, expected)} is missing`
        : `${segmentOf(marker.style, expected)}…${segmentOf(marker.style, marker.ordinal - 1)} are missing`;
    const after = expected > 1 ? `follows ${segmentOf(marker.style, expected - 1)}` : 'opens its level';
    this.report(block, 'numbering-gap', `${marker.written} ${after}: ${missing}`);
  }

  private report(block: Block, code: string, message: string): void {
    const mark = block.content.marks[0]!;
    this.diagnostics.push({
      severity: 'warning',
      code,
      message,
      span: { startLine: mark.line, endLine: mark.line, page: mark.page },
    });
  }
}
