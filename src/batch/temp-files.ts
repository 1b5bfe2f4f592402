// Temp files of writeFileAtomic ("NAME.json.<pid>.<8 hex>.tmp") that a killed run left beside its
// outputs. Only those belonging to this run's own targets are removed, so a shard never touches the
// in-flight files of another shard writing to the same volume.
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_NAME = /^(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;

/** The output a temp file was going to become, or null if the name is not one of ours. */
export function tempOwner(name: string): string | null {
  return TEMP_NAME.exec(name)?.[1] ?? null;
}

/** Removes the temp files of `targets` (absolute paths); returns how many were removed. */
export async function removeTempFiles(targets: Iterable<string>): Promise<number> {
  const byFolder = new Map<string, Set<string>>();
  for (const target of targets) {
    const folder = dirname(target);
    let names = byFolder.get(folder);
    if (!names) byFolder.set(folder, (names = new Set()));
    names.add(basename(target));
  }
  let removed = 0;
  for (const [folder, owners] of byFolder) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const owner = tempOwner(name);
      if (owner !== null && owners.has(owner)) {
        await rm(join(folder, name), { force: true });
        removed++;
      }
    }
  }
  return removed;
}
