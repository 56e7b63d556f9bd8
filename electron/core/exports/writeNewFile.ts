import { createHash } from 'node:crypto';
import { exportOriginal, type ExportFileSystem } from '../documents/exportOriginal';
import type { PartialLedger } from './partialLedger';

/**
 * Writes bytes to a new file the save dialog chose, the way an original is exported: to a
 * partial file beside the target, synced and read back, then linked into place. Never overwrites
 * (FILE_EXISTS), and a full disk (DISK_FULL) or any other failure leaves no half-written file.
 */
export async function writeNewFile(
  target: string,
  bytes: Buffer,
  partials: PartialLedger,
  fileSystem?: ExportFileSystem,
): Promise<{ path: string; size: number }> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const written = await exportOriginal([bytes], target, sha256, partials, fileSystem);
  return { path: written.path, size: written.size };
}
