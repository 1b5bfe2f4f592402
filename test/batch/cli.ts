// Runs the built CLI (bin/ → dist/) as a user would, for the batch and export end-to-end tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve('bin/plan-extract.js');
export const CORPUS_FILES = readdirSync('corpus')
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => resolve('corpus', name));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function start(args: string[], cwd: string): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolveDone) => {
    child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function cli(args: string[], cwd: string): Promise<CliResult> {
  return start(args, cwd).done;
}

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A PNG signature and pseudo-random bytes: a mislabelled image, deterministic across runs. */
export function binaryBlob(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  let state = 12345;
  for (let i = 8; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16 & 0xff;
  }
  return bytes;
}

/**
 * A folder of good and broken inputs: the corpus, a duplicate in a subfolder, an empty file and a
 * binary blob. Returns the relative paths of the good ones and the expected code of each broken one.
 */
export function mixedFolder(root: string): { good: string[]; broken: Record<string, string> } {
  mkdirSync(join(root, 'in/sub'), { recursive: true });
  const good: string[] = [];
  for (const file of CORPUS_FILES) {
    const name = file.split('/').pop()!;
    copyFileSync(file, join(root, 'in', name));
    good.push(name);
  }
  copyFileSync(CORPUS_FILES[1]!, join(root, 'in/sub/duplicate.txt'));
  good.push('sub/duplicate.txt');
  writeFileSync(join(root, 'in/empty.txt'), '');
  writeFileSync(join(root, 'in/sub/blob.txt'), binaryBlob(4096));
  return { good: good.sort(), broken: { 'empty.txt': 'E_EMPTY', 'sub/blob.txt': 'E_UNSUPPORTED_FORMAT' } };
}

/** Every file under `dir`, as POSIX paths relative to it. */
export function listFiles(dir: string, under = ''): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) names.push(...listFiles(dir, path));
    else names.push(path);
  }
  return names.sort();
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
