import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';

export const fileExists = () =>
  new AppError('FILE_EXISTS', 'A file with this name already exists; nothing was overwritten');

/** Refuses a target that is not absolute or already exists, before any work is done for it. */
export function assertNewTarget(target: string): void {
  if (!path.isAbsolute(target)) throw new AppError('VALIDATION', 'The target path is not absolute');
  if (fs.existsSync(target)) throw fileExists();
}

/** The partial file an export writes beside its target, linked into place once complete. */
export const partialPathOf = (target: string) => `${target}.partial-${process.pid}`;

/**
 * Puts a finished, synced partial file at `target` without ever replacing a file: link()
 * fails atomically if the target appeared meanwhile (FILE_EXISTS); where links are impossible
 * (FAT, some network shares) it copies with COPYFILE_EXCL. The caller removes the partial file.
 */
export async function placeNewFile(partial: string, target: string): Promise<void> {
  try {
    await fsp.link(partial, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw fileExists();
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
      throw error;
    }
    if (fs.existsSync(target)) throw fileExists();
    await fsp.copyFile(partial, target, fs.constants.COPYFILE_EXCL);
    const handle = await fsp.open(target, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  syncDirectory(path.dirname(target));
}

function syncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a directory (Windows); the file itself is synced.
  }
}
