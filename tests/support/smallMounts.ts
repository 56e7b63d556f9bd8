import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * A real full or read-only file system for output files, without a loop device: a tiny tmpfs.
 * Only root with CAP_SYS_ADMIN may mount one (this build machine and its CI run tests as root in
 * a VM); elsewhere `mountTmpfs` answers false and the tests that need it skip, saying why.
 */
export function mountTmpfs(dir: string, options: { sizeKiB: number; readOnly?: boolean }): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  fs.mkdirSync(dir, { recursive: true });
  const flags = [`size=${options.sizeKiB}k`, 'mode=0700', ...(options.readOnly ? ['ro'] : [])];
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', flags.join(','), 'tmpfs', dir], {
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

/** Lazy unmount: a file a failed test left open does not keep the mount (or the test) alive. */
export function unmount(dir: string): void {
  execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
}

/** Writes into `dir` until the file system answers ENOSPC: nothing more fits after this. */
export function fillUp(dir: string): void {
  const block = Buffer.alloc(4096, 0x5a);
  const fd = fs.openSync(`${dir}/filler`, 'w');
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
  // A partial last block may still fit in byte-sized writes.
  const byte = Buffer.alloc(1);
  const tail = fs.openSync(`${dir}/filler-tail`, 'w');
  try {
    for (;;) fs.writeSync(tail, byte);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(tail);
  }
}
