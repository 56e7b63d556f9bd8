import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * One path an import was given or found: a file to read (with its size when it was found, which
 * paces the import's read-ahead), or one that could not be listed.
 */
export type ExpandedPath =
  | { path: string; size: number; error?: undefined }
  | { path: string; size?: undefined; error: unknown };

const isHidden = (name: string) => name.startsWith('.');
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The files an import of `paths` covers, in a stable order: the given paths in their order, a
 * folder's entries sorted by name and walked depth-first. Hidden entries inside folders are
 * skipped (a path given explicitly is not). Symlinks are followed, but a folder already
 * walked (by device and inode) is not walked again, so a link loop ends.
 */
export async function expandPaths(
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<ExpandedPath[]> {
  const files: ExpandedPath[] = [];
  const seenDirs = new Set<string>();

  async function visit(file: string): Promise<void> {
    if (signal?.aborted) return;
    let stat;
    try {
      stat = await fs.stat(file);
    } catch (error) {
      files.push({ path: file, error });
      return;
    }
    if (!stat.isDirectory()) {
      files.push({ path: file, size: stat.size });
      return;
    }
    const key = `${stat.dev}:${stat.ino}`;
    if (seenDirs.has(key)) return;
    seenDirs.add(key);
    let names: string[];
    try {
      names = await fs.readdir(file);
    } catch (error) {
      files.push({ path: file, error });
      return;
    }
    for (const name of names.filter((entry) => !isHidden(entry)).sort(byName)) {
      await visit(path.join(file, name));
    }
  }

  for (const given of paths) await visit(given);
  return files;
}
