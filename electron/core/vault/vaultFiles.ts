import fs from 'node:fs';
import path from 'node:path';

/** Owner-only: the vault is encrypted anyway, but no other account needs to read it. */
export const OWNER_ONLY = 0o600;

const SIDECARS = ['', '-wal', '-shm', '-journal'];

/**
 * A work file and the journal files SQLite may keep beside it. Quiet: it runs on failure paths,
 * where its own error (e.g. the folder is gone) must not replace the one being reported.
 */
export function removeWithSidecars(file: string): void {
  for (const suffix of SIDECARS) {
    try {
      fs.rmSync(`${file}${suffix}`, { force: true });
    } catch {
      // Nothing more can be removed from a folder that cannot be written.
    }
  }
}

/** A rename or a new file is only durable once its directory entry is on disk (POSIX). */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const handle = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

export function syncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Work files a crash can leave beside the vault: creation and rekey copies (all encrypted). */
export const workFileOf = (file: string, purpose: 'creating' | 'rekey') =>
  `${file}.${purpose}-${process.pid}.tmp`;

const siblingsMatching = (file: string, pattern: RegExp) => {
  const dir = path.dirname(file);
  const base = path.basename(file);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(`${base}.`) && pattern.test(name.slice(base.length + 1)))
    .map((name) => path.join(dir, name));
};

/** Removes what an interrupted create, passphrase change or restore left behind. */
export function removeStaleWorkFiles(file: string): void {
  for (const stale of siblingsMatching(
    file,
    /^(creating|rekey|restoring|restore-previous)-\d+\.tmp(-wal|-shm|-journal)?$/,
  )) {
    fs.rmSync(stale, { force: true });
  }
}

/** Pre-upgrade backups, oldest first: `<vault>.v<version>-<time>.bak`. */
export function listBackups(file: string): string[] {
  return siblingsMatching(file, /^v\d+-[\dTZ-]+\.bak$/).sort();
}

/** Moves `from` to `to` only if `to` does not exist, so a create can never clobber a vault. */
export function moveIntoPlace(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
    fs.rmSync(from);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    if (fs.existsSync(to)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    fs.renameSync(from, to);
  }
  syncDirectory(path.dirname(to));
}
