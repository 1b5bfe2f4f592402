// Where one input's output goes: OUTDIR/<relative path>.json, and nowhere else. A relative name that is
// absolute or climbs out ("../../etc/x", "/etc/x", "C:\\x") is refused here; a symlink inside OUTDIR
// that leads out, or a target that is an input, is refused just before writing (checkWriteTarget).
import { realpathSync } from 'node:fs';
import { realpath, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { isInside } from './inputs.js';

export type OutputPath = { ok: true; path: string; relative: string } | { ok: false; reason: string };

const WINDOWS_ABSOLUTE = /^(?:[a-zA-Z]:|[\\/]{2})/;

/** The output file for an input at `relative` (a POSIX path) under `outdir`. */
export function outputPathFor(outdir: string, relative: string): OutputPath {
  if (relative === '') return { ok: false, reason: 'empty relative path' };
  if (relative.includes('\0')) return { ok: false, reason: 'NUL in the path' };
  if (relative.startsWith('/') || isAbsolute(relative) || WINDOWS_ABSOLUTE.test(relative)) {
    return { ok: false, reason: `absolute path "${relative}"` };
  }
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) {
    return { ok: false, reason: `"${relative}" has an empty, "." or ".." segment` };
  }
  const root = resolve(outdir);
  const path = join(root, ...segments) + '.json';
  if (!isInside(path, root) || path === root) return { ok: false, reason: `"${relative}" leaves the output folder` };
  return { ok: true, path, relative: `${relative}.json` };
}

/**
 * Checked once the target's folder exists: its real location must be inside the real OUTDIR (a
 * symlinked subfolder must not lead out) and the target must not be one of the inputs.
 */
export async function checkWriteTarget(
  target: string,
  realOutdir: string,
  protectedInputs: ReadonlySet<string>,
): Promise<string | null> {
  let realFolder: string;
  try {
    realFolder = await realpath(dirname(target));
  } catch (error) {
    return unresolvable(error);
  }
  return refusalFor(realFolder, target, realOutdir, protectedInputs);
}

/** The same for a batch worker's thread, which has nothing to do while it waits. */
export function checkWriteTargetSync(target: string, realOutdir: string, protectedInputs: ReadonlySet<string>): string | null {
  let realFolder: string;
  try {
    realFolder = realpathSync(dirname(target));
  } catch (error) {
    return unresolvable(error);
  }
  return refusalFor(realFolder, target, realOutdir, protectedInputs);
}

function unresolvable(error: unknown): string {
  return `cannot resolve the output folder: ${(error as Error).message}`;
}

function refusalFor(realFolder: string, target: string, realOutdir: string, protectedInputs: ReadonlySet<string>): string | null {
  if (!isInside(realFolder, realOutdir)) return `the output folder leads outside ${realOutdir} (through a symlink)`;
  const realTarget = realFolder + (realFolder.endsWith(sep) ? '' : sep) + basename(target);
  if (protectedInputs.has(realTarget)) return 'the output would overwrite an input file';
  return null;
}

/**
 * Removes the output an earlier run wrote for an input that now fails (it no longer describes the
 * input), but only where writing is allowed: never through a symlink out of OUTDIR, never an input.
 */
export async function removeStaleOutput(
  target: { output: string; realOutdir: string; protectedInputs: string[] },
): Promise<void> {
  const refusal = await checkWriteTarget(target.output, target.realOutdir, new Set(target.protectedInputs));
  if (refusal === null) await rm(target.output, { force: true }).catch(() => undefined);
}
