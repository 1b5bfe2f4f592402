// End-to-end tests run the compiled CLI (bin/ → dist/). Build once before the run when any
// source file is newer than the build, so `npm test` is right after an edit too.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync('dist/bundle/main.js').mtimeMs;
  } catch {
    built = 0;
  }
  if (newestMtime('src') > built) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
