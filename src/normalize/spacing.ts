// Stray spaces: PDF extraction and Word exports put spaces inside Chinese text ("到 2025 年",
// "市 发改委", "2023 年 6月 14日"). Spaces between Latin words and between two numbers stay
// (a ratio damaged by OCR, "16 2", must stay visible).
import { isUnitName } from '../text/cell-shape.js';

const HAN_OR_PUNCT = '\\u4e00-\\u9fff\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff1f“”‘’《》〈〉';
const SPACE_BETWEEN_HAN = new RegExp(`(?<=[${HAN_OR_PUNCT}]) +(?=[${HAN_OR_PUNCT}])`, 'g');
const SPACE_BEFORE_NUMBER = new RegExp(`(?<=[${HAN_OR_PUNCT}]) +(?=[0-9])`, 'g');
const SPACE_AFTER_NUMBER = new RegExp(`(?<=[0-9%‰]) +(?=[${HAN_OR_PUNCT}%‰])`, 'g');

// "配合单位：县财政局 县卫健局", "责任单位：交通运输局 财政局 自然资源局": after a unit label, a space
// between two whole unit names parts them as 、 would, and stays
const UNIT_LABEL = /(?:单位|部门|科室|股室|处室)\s*[：:]/;
const RUN_BEFORE = /[^\s、，,；;：:（()）。]+$/;
const RUN_AFTER = /^[^\s、，,；;：:（()）。]+/;

// not before the next label ("…卫生健康委 责任单位："), which is joined as before
function partsUnits(text: string, offset: number, space: string): boolean {
  const before = RUN_BEFORE.exec(text.slice(Math.max(0, offset - 30), offset))?.[0];
  const rest = text.slice(offset + space.length, offset + space.length + 31);
  const after = RUN_AFTER.exec(rest)?.[0];
  if (before === undefined || after === undefined || before.length < 3 || after.length < 3 || /^[：:]/.test(rest.slice(after.length))) return false;
  return isUnitName(before) && isUnitName(after) && UNIT_LABEL.test(text.slice(0, offset));
}

export function normalizeSpacing(text: string): string {
  // most lines of Chinese text have no space at all: then the four passes below change nothing
  if (!text.includes(' ') && !text.includes('\t')) return text.trim();
  const single = text.replace(/[ \t]+/g, ' ');
  const labelled = UNIT_LABEL.test(single);
  return single
    .replace(SPACE_BETWEEN_HAN, (space: string, offset: number) => (labelled && partsUnits(single, offset, space) ? space : ''))
    .replace(SPACE_BEFORE_NUMBER, '')
    .replace(SPACE_AFTER_NUMBER, '')
    .trim();
}

/**
 * A table cell: as normalizeSpacing, but a cell made only of whole unit names parted by spaces keeps
 * one space between them ("财政局 住建局 行政审批局 各区镇街道"): there the space separates the units,
 * as 、 would; "县 卫生健康局", "分管 领导" are still joined.
 */
export function normalizeCellSpacing(text: string): string {
  if (!text.includes(' ') && !text.includes('\t')) return text.trim();
  const words = text.trim().split(/[ \t]+/);
  if (words.length >= 2 && words.every((word) => word.length >= 3 && isUnitName(word))) return words.join(' ');
  return normalizeSpacing(text);
}
