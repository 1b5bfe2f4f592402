// Resource limits for one input file. Defaults suit real plans with a wide margin; flags raise them.
import { getHeapStatistics } from 'node:v8';

// What Node gives one thread's heap on this machine (a quarter of the memory, at most ~4 GB): the
// extraction thread gets no less than the CLI's own thread had before it moved there
const NODE_DEFAULT_HEAP_MB = Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));

export interface Limits {
  /** bytes of the input file */
  maxBytes: number;
  /** pages of a PDF */
  maxPages: number;
  /** total uncompressed bytes inside a docx zip, checked before inflating */
  maxUncompressedBytes: number;
  /** entries in a docx zip */
  maxZipEntries: number;
  /** element nesting depth in docx/html XML */
  maxDepth: number;
  /** wall time for one file, reading included, in milliseconds (0 = none) */
  timeoutMs: number;
  /** JavaScript heap of the worker thread that extracts one file, in MB (batch: of each worker) */
  maxMemoryMb: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxZipEntries: 5000,
  maxDepth: 500,
  timeoutMs: 120_000,
  maxMemoryMb: NODE_DEFAULT_HEAP_MB,
};

export function withLimits(overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(overrides) as [keyof Limits, number | undefined][]) {
    if (value !== undefined && Number.isFinite(value)) limits[key] = value;
  }
  return limits;
}
