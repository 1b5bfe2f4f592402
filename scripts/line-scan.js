#!/usr/bin/env node
// The bench's anchor for text speed: the least a reader of a text plan does — read the bytes, decode
// them, split the lines, test one regex per line (does it open an item: "一、", "（一）", "1."). What
// plan-extract does beyond this is the price of its output; the bench prints the ratio.
//
//   node scripts/line-scan.js FILE     prints { lines, items }
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ITEM = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/;

/** Lines and item-opening lines of the UTF-8 file at `path`. */
export function scanLines(path) {
  const text = readFileSync(path, 'utf8');
  let lines = 0;
  let items = 0;
  for (const line of text.split('\n')) {
    lines++;
    if (ITEM.test(line)) items++;
  }
  return { lines, items };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) {
    process.stderr.write('usage: node scripts/line-scan.js FILE\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(scanLines(process.argv[2]))}\n`);
}
