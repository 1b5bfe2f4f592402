// The resource-limit flags shared by every command that reads documents.
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_LIMITS, type Limits } from '../io/limits.js';

export interface LimitOptions {
  maxBytes?: number;
  maxPages?: number;
  timeout?: number;
  maxMemory?: number;
}

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new InvalidArgumentError('expected a number ≥ 0');
  return number;
}

function megabytes(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 1) throw new InvalidArgumentError('expected a number of MB ≥ 1');
  return number;
}

export function addLimitOptions(command: Command): Command {
  return command
    .option('--max-bytes <n>', 'refuse inputs larger than n bytes (default 200 MB)', positiveNumber)
    .option('--max-pages <n>', 'refuse PDFs with more than n pages (default 2000)', positiveNumber)
    .option('--timeout <seconds>', 'stop work on one file after this long, reading included (default 120; 0 = never)', positiveNumber)
    .option(
      '--max-memory <mb>',
      `JavaScript heap for extracting one file, in MB (default ${DEFAULT_LIMITS.maxMemoryMb}, Node's for one thread on this machine; batch: 2048 per worker)`,
      megabytes,
    );
}

export function limitsFromOptions(options: LimitOptions): Partial<Limits> {
  return {
    maxBytes: options.maxBytes,
    maxPages: options.maxPages,
    timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
    maxMemoryMb: options.maxMemory,
  };
}
