// The diff of two plan versions: load each side, compare, render. The CLI loads this module lazily.
export { diffPlanFiles, type DiffResult, type DiffSide } from './compare.js';
export { loadSide, parsePlanFile } from './load.js';
export { renderReport, type RenderOptions } from './render.js';
export type { CompareOptions, Ignorable } from './fields.js';
