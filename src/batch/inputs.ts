// Which files a batch reads: the input arguments (files, folders, globs) expanded into one list in a
// deterministic order (arguments in order, then names sorted by code unit, depth first), each with the
// path relative to the common base of all inputs that its output mirrors (OUTDIR/<relative>.json).
// The physical tree is walked first; symlinked folders afterwards, each real folder once: a folder
// already walked (a loop, or a second way to it) is noted and skipped, so a symlink loop cannot walk
// forever and a file keeps the path of its real location when a link also reaches it. A FIFO, socket
// or device is never read (a read that never ends would block a worker for good): it is listed apart,
// so the report can show it as skipped with its reason.
import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/** Every extension a reader handles; folders are filtered to these unless --include says otherwise. */
export const DEFAULT_INCLUDE = ['**/*.{md,markdown,mdown,mkd,txt,text,docx,doc,pdf,html,htm,xhtml}'];

export interface InputFile {
  /** absolute path as walked (through symlinks, not resolved) */
  absolute: string;
  /** the file with every symlink resolved; used to refuse writing over an input */
  real: string;
  /** the input argument joined with the path under it: what reports and PlanFile.source.path show */
  display: string;
  /** POSIX path relative to the common base of all inputs */
  relative: string;
  /** position in the walk, counting files and specials together */
  order: number;
}

/** What a non-regular input is, as the report names it. */
export type SpecialKind = 'FIFO' | 'socket' | 'device';

export interface SpecialFile extends InputFile {
  kind: SpecialKind;
}

export type NoticeReason = 'symlink-loop' | 'already-walked' | 'output-folder' | 'unreadable' | 'no-match';

export interface WalkNotice {
  path: string;
  reason: NoticeReason;
  detail?: string;
}

export interface InputSelection {
  files: InputFile[];
  /** FIFOs, sockets and devices that would have been inputs, in walk order; never read */
  specials: SpecialFile[];
  notices: WalkNotice[];
  /** absolute folder the relative paths start from */
  base: string;
}

export interface InputOptions {
  /** patterns a file under a folder or glob must match (default DEFAULT_INCLUDE) */
  include?: string[];
  /** patterns that drop a file or prune a folder, anywhere */
  exclude?: string[];
  /** folders never walked into (the output folder), compared by device and inode */
  skipFolders?: string[];
  cwd?: string;
}

type Root =
  | { kind: 'folder'; arg: string; absolute: string }
  | { kind: 'file'; arg: string; absolute: string; special: SpecialKind | null }
  | { kind: 'glob'; arg: string; absolute: string; base: string; pattern: string };

type Matcher = (path: string) => boolean;

const NEVER: Matcher = () => false;

function matcherOf(patterns: string[] | undefined): Matcher | null {
  if (!patterns || patterns.length === 0) return null;
  const options = { dot: false, nocase: true };
  // a pattern without a slash ("*.pdf", "草稿") matches the name at any depth, one with a slash the
  // whole path under the root (picomatch's own `basename` option applies to every pattern, so split)
  const byName = patterns.filter((pattern) => !pattern.includes('/'));
  const byPath = patterns.filter((pattern) => pattern.includes('/'));
  const name = byName.length > 0 ? picomatch(byName, options) : NEVER;
  const path = byPath.length > 0 ? picomatch(byPath, options) : NEVER;
  return (candidate) => path(candidate) || name(candidate.slice(candidate.lastIndexOf('/') + 1));
}

function specialKind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): SpecialKind | null {
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  return info.isCharacterDevice() || info.isBlockDevice() ? 'device' : null;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

async function classify(arg: string, cwd: string): Promise<Root> {
  const absolute = resolve(cwd, arg);
  try {
    const info = await stat(absolute);
    return info.isDirectory() ? { kind: 'folder', arg, absolute } : { kind: 'file', arg, absolute, special: specialKind(info) };
  } catch {
    const scan = picomatch.scan(arg);
    if (scan.isGlob) {
      const base = scan.base === '' ? '.' : scan.base;
      return { kind: 'glob', arg, absolute: resolve(cwd, base), base, pattern: scan.glob };
    }
    // a missing file stays in the list so the report shows it as failed (E_NOT_FOUND), not silently gone
    return { kind: 'file', arg, absolute, special: null };
  }
}

/** The deepest folder containing every root (a file root counts by its folder). */
export function commonBase(folders: string[]): string {
  const first = folders[0];
  if (first === undefined) return resolve('.');
  let parts = first.split(sep);
  for (const folder of folders.slice(1)) {
    const other = folder.split(sep);
    let same = 0;
    while (same < parts.length && same < other.length && parts[same] === other[same]) same++;
    parts = parts.slice(0, same);
  }
  const joined = parts.join(sep);
  return joined === '' ? sep : joined;
}

function folderKey(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}

interface WalkState {
  visited: Set<string>;
  skip: Set<string>;
  notices: WalkNotice[];
  seen: Set<string>;
  files: InputFile[];
  specials: SpecialFile[];
  base: string;
  /** symlinked folders met during the walk, entered after the physical tree */
  links: { root: WalkRoot; folder: string; ancestors: string[] }[];
}

interface WalkRoot {
  /** absolute folder the walk starts from */
  folder: string;
  /** the argument text the display path starts with */
  display: string;
  /** keep a file whose path relative to `folder` matches */
  keep: Matcher;
  /** drop a file or prune a folder whose path relative to `folder` matches */
  drop: Matcher;
}

function addFile(state: WalkState, absolute: string, real: string, display: string, special: SpecialKind | null = null): void {
  if (state.seen.has(absolute)) return;
  state.seen.add(absolute);
  const order = state.files.length + state.specials.length;
  const file = { absolute, real, display, relative: toPosix(relative(state.base, absolute)), order };
  if (special) state.specials.push({ ...file, kind: special });
  else state.files.push(file);
}

async function walkFolder(state: WalkState, root: WalkRoot, folder: string, realFolder: string, ancestors: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    state.notices.push({ path: folder, reason: 'unreadable', detail: (error as Error).message });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // hidden names (.git, .DS_Store) are never inputs, as with dot: false in the patterns
    if (entry.name.startsWith('.')) continue;
    const absolute = join(folder, entry.name);
    const under = toPosix(relative(root.folder, absolute));
    if (root.drop(under)) continue;
    let isFile = entry.isFile();
    let special = specialKind(entry);
    let real = join(realFolder, entry.name);
    if (entry.isDirectory()) {
      await enterFolder(state, root, absolute, ancestors);
      continue;
    }
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(absolute);
        if (target.isDirectory()) {
          state.links.push({ root, folder: absolute, ancestors });
          continue;
        }
        isFile = target.isFile();
        special = specialKind(target);
        real = await realpath(absolute);
      } catch {
        // a dangling link: listed if it looks like an input, so the report says E_NOT_FOUND
        isFile = true;
      }
    }
    if ((isFile || special) && root.keep(under)) {
      addFile(state, absolute, real, join(root.display, under), special);
    }
  }
}

async function enterFolder(state: WalkState, root: WalkRoot, folder: string, ancestors: string[]): Promise<void> {
  let key: string;
  let real: string;
  try {
    key = folderKey(await stat(folder));
    real = await realpath(folder);
  } catch (error) {
    state.notices.push({ path: folder, reason: 'unreadable', detail: (error as Error).message });
    return;
  }
  if (state.skip.has(key)) {
    state.notices.push({ path: folder, reason: 'output-folder' });
    return;
  }
  if (state.visited.has(key)) {
    state.notices.push({ path: folder, reason: ancestors.includes(key) ? 'symlink-loop' : 'already-walked', detail: real });
    return;
  }
  state.visited.add(key);
  await walkFolder(state, root, folder, real, [...ancestors, key]);
}

async function skipKeys(folders: string[] | undefined): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const folder of folders ?? []) {
    try {
      keys.add(folderKey(await stat(folder)));
    } catch {
      // not created yet: nothing inside it can be an input
    }
  }
  return keys;
}

async function realOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** Expands the input arguments into the files a batch reads. */
export async function selectInputs(args: string[], options: InputOptions = {}): Promise<InputSelection> {
  const cwd = options.cwd ?? process.cwd();
  const roots: Root[] = [];
  for (const arg of args) roots.push(await classify(arg, cwd));
  const base = commonBase(roots.map((root) => (root.kind === 'file' ? dirname(root.absolute) : root.absolute)));
  const state: WalkState = {
    visited: new Set(),
    skip: await skipKeys(options.skipFolders),
    notices: [],
    seen: new Set(),
    files: [],
    specials: [],
    base,
    links: [],
  };
  const include = matcherOf(options.include) ?? matcherOf(DEFAULT_INCLUDE) ?? NEVER;
  const exclude = matcherOf(options.exclude) ?? NEVER;
  for (const root of roots) {
    const before = state.files.length + state.specials.length;
    if (root.kind === 'file') {
      // a file named on the command line is read whatever its extension; --exclude still applies
      if (!exclude(toPosix(root.arg)) && !exclude(toPosix(relative(base, root.absolute)))) {
        addFile(state, root.absolute, await realOf(root.absolute), root.arg, root.special);
      }
      continue;
    }
    const walkRoot: WalkRoot =
      root.kind === 'folder'
        ? { folder: root.absolute, display: root.arg, keep: include, drop: exclude }
        : {
            folder: root.absolute,
            display: root.base,
            keep: picomatch(root.pattern, { dot: false, nocase: true }),
            drop: exclude,
          };
    await enterFolder(state, walkRoot, root.absolute, []);
    for (let link = state.links.shift(); link; link = state.links.shift()) {
      await enterFolder(state, link.root, link.folder, link.ancestors);
    }
    if (state.files.length + state.specials.length === before) state.notices.push({ path: root.arg, reason: 'no-match' });
  }
  return { files: state.files, specials: state.specials, notices: state.notices, base };
}

/** True when `path` is `folder` or lies inside it (both absolute). */
export function isInside(path: string, folder: string): boolean {
  if (!isAbsolute(path) || !isAbsolute(folder)) return false;
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
