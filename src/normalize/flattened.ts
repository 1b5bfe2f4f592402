// A page copied with its line breaks turned into spaces ("…予以公示。 1.轨道交通1号线一期工程投入试运营。
// 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 2.新增安装300套…"): the runs of spaces are all
// that is left of the lines. Before spacing removes them, a long line is cut back into lines where a
// space stands before the next number of an enumeration (1. 2. 3. …, in order) or before a field
// label ("责任单位：", "牵头单位：", "完成时限："), so markers and labels open lines again.
import type { Block } from '../document/block.js';
import { sliceLocated } from '../text/located.js';
import { parseMarker, type MarkerStyle } from '../text/markers.js';
import { headerWordRole } from '../text/table-header.js';

// a line shorter than this is a line, not a page run together
const MIN_FLATTENED_CHARS = 200;
// an enumeration is an enumeration from its third number on
const MIN_SEQUENCE = 3;
const MARKER_WINDOW = 24;
// "牵头领导：", "责任单位：", "配合单位：", "完成时限：", "项目责任人：": a header word and a colon
const LABEL = /^([\u4e00-\u9fff]{2,8})[：:]/;

// "鄞州 海曙 江东 北仑 合计 新辟线路年度目标 2 5 1 2 10": a table of figures flattened into the page;
// its header of short names closing with a total starts a line, so the field before it ends there
const FIGURES_HEADER = /^(?:[\u4e00-\u9fff、]{1,8}[ \u3000\t]+){2,12}(?:合计|小计|总计)(?=[ \u3000\t]|$)/;

const CLOSING_BAR = /[|｜][ \u3000\t]*$/;

interface Cut {
  at: number;
  style: MarkerStyle | 'label';
  ordinal: number;
}

/** Cut points after a run of spaces: markers and field labels, each with what it is. */
function candidates(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (let at = 1; at < text.length; at++) {
    const char = text[at]!;
    if (char === ' ' || char === '\u3000' || char === '\t' || !/[ \u3000\t]/.test(text[at - 1]!)) continue;
    const window = text.slice(at, at + MARKER_WINDOW);
    const marker = parseMarker(window);
    if (marker) cuts.push({ at, style: marker.style, ordinal: marker.ordinal });
    else {
      const label = LABEL.exec(window);
      if (label && headerWordRole(label[1]!) !== null) cuts.push({ at, style: 'label', ordinal: 0 });
      else {
        const figures = FIGURES_HEADER.exec(text.slice(at, at + 120));
        if (figures) {
          cuts.push({ at, style: 'label', ordinal: 0 });
          at += figures[0].length;
        }
      }
    }
  }
  return cuts;
}

/** The markers of one style that count on in order (1, 2, 3 …); a stray "3." inside a sentence drops out. */
function sequences(cuts: Cut[]): Set<number> {
  const kept = new Set<number>();
  const byStyle = new Map<MarkerStyle, Cut[]>();
  for (const cut of cuts) {
    if (cut.style === 'label') continue;
    const run = byStyle.get(cut.style) ?? [];
    const last = run[run.length - 1];
    if (!last || cut.ordinal === last.ordinal + 1) run.push(cut);
    byStyle.set(cut.style, run);
  }
  for (const run of byStyle.values()) if (run.length >= MIN_SEQUENCE) for (const cut of run) kept.add(cut.at);
  return kept;
}

// "2 | 新建成…7家。 | 1.…3月底前新建成2家。 2.…托位。 3.…筛查。 | 卫生健康局 | … |": a table row
// laid out as text, whose schedule cell numbers its steps; its spaces stand inside a cell, they are
// no lost line breaks (the row's reader splits it at its bars)
const MIN_ROW_BARS = 3;
const isPipeRow = (text: string): boolean => (text.match(/\|/g)?.length ?? 0) >= MIN_ROW_BARS;

/** The block cut into its lines when it is a flattened page, else the block itself. */
export function unflatten(block: Block): Block[] {
  const text = block.content.text;
  if (block.kind !== 'paragraph' || text.length < MIN_FLATTENED_CHARS || !/[ \u3000\t]/.test(text) || isPipeRow(text)) return [block];
  // "2 | 新建成…7家 | 1.…3月底前新建成2家；… 2.婴幼儿照护服务托位：… | 卫生健康局 |": a line closed by a
  // cell bar is a table's row (or cell) saved as text; its numbered steps stay in their cell
  if (CLOSING_BAR.test(text)) return [block];
  const cuts = candidates(text);
  const markers = sequences(cuts);
  if (markers.size === 0) return [block];
  // labels count only in a run-together page: one whose enumeration was found
  const at = cuts.filter((cut) => markers.has(cut.at) || cut.style === 'label').map((cut) => cut.at);
  const pieces: Block[] = [];
  let start = 0;
  for (const end of [...at, text.length]) {
    const piece = sliceLocated(block.content, start, end);
    const trimmed = piece.text.trimEnd();
    if (trimmed.trim() !== '') {
      pieces.push({ ...block, content: sliceLocated(piece, 0, trimmed.length), paragraphStart: start > 0 ? true : block.paragraphStart });
    }
    start = end;
  }
  return pieces;
}
