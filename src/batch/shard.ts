// `--shard i/n`: n machines split one corpus with no coordination. Each input goes to the shard given
// by a hash of its relative path, so every machine that sees the same tree computes the same split,
// whatever order or host it runs on, and adding a file moves no other file between shards.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 0-based, as Kubernetes' JOB_COMPLETION_INDEX */
  index: number;
  count: number;
}

export type ShardParse = { ok: true; shard: Shard } | { ok: false; reason: string };

/** "2/8" → { index: 2, count: 8 }; indexes run from 0 to n-1. */
export function parseShard(text: string): ShardParse {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return { ok: false, reason: `expected i/n (e.g. 0/4), got "${text}"` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1) return { ok: false, reason: `the shard count must be ≥ 1, got ${count}` };
  if (!Number.isSafeInteger(index) || index >= count) {
    return { ok: false, reason: `the shard index must be 0…${count - 1} (0-based), got ${index}` };
  }
  return { ok: true, shard: { index, count } };
}

/** The shard (0…count-1) that owns a relative path. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath, 'utf8').digest();
  // 48 bits of the digest, so the modulo bias is negligible for any realistic count
  return digest.readUIntBE(0, 6) % count;
}

export function inShard(relativePath: string, shard: Shard | null): boolean {
  return shard === null || shard.count === 1 || shardOf(relativePath, shard.count) === shard.index;
}

/** "batch-report.json", or "batch-report.2-of-8.json" for a shard. */
export function reportFileName(shard: Shard | null): string {
  return shard === null ? 'batch-report.json' : `batch-report.${shard.index}-of-${shard.count}.json`;
}
