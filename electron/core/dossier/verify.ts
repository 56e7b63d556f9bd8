import fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { DossierVerifyReport, VerifyProblem } from '../../../shared/domain/dossier';
import { AppError } from '../../../shared/errors';
import { toAppError } from '../vault/sqliteErrors';
import { isSafeZipPath, manifestSchema, MANIFEST_NAME, type DossierManifest } from './manifest';
import {
  hashZipEntry,
  readZipDirectory,
  readZipEntry,
  UnreadableEntry,
  type ZipEntry,
} from './zipReader';

/** A manifest larger than this is not one Casefile wrote. */
const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Re-hashes every file of a dossier ZIP against its manifest.json: each listed file must be
 * there with the SHA-256 (and size) the manifest gives, and nothing else may be in the ZIP but
 * the manifest. A missing or unreadable manifest is itself a problem. ok only when there is none.
 */
export async function verifyDossier(file: string): Promise<DossierVerifyReport> {
  let handle: FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT'
      ? new AppError('NOT_FOUND', 'The file does not exist')
      : new AppError('IO_ERROR', 'The file could not be read');
  }
  try {
    return await verifyOpen(handle);
  } catch (error) {
    // A folder, or a file that vanished or went unreadable while it was read.
    throw toAppError(error, new AppError('IO_ERROR', 'The file could not be read'));
  } finally {
    await handle.close();
  }
}

async function verifyOpen(handle: FileHandle): Promise<DossierVerifyReport> {
  const problems: VerifyProblem[] = [];
  const byName = new Map<string, ZipEntry>();
  for (const entry of await readZipDirectory(handle)) {
    // Folders some archivers add carry no content; a name that could climb out of the folder
    // it is unpacked into, or a second entry of one name, is reported and never read.
    if (entry.isDirectory && entry.size === 0 && isSafeZipPath(entry.name.slice(0, -1))) continue;
    if (!isSafeZipPath(entry.name) || byName.has(entry.name)) {
      problems.push({ kind: 'unexpected', file: entry.name });
      continue;
    }
    byName.set(entry.name, entry);
  }

  const manifest = await readManifest(handle, byName.get(MANIFEST_NAME));
  if (!manifest) {
    problems.push({ kind: 'manifest', file: MANIFEST_NAME });
    return { ok: false, checked: 0, problems };
  }

  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (listed.has(file.path) || file.path === MANIFEST_NAME) {
      problems.push({ kind: 'manifest', file: file.path });
      continue;
    }
    listed.add(file.path);
    const entry = byName.get(file.path);
    if (!entry) {
      problems.push({ kind: 'missing', file: file.path, expected: file.sha256 });
      continue;
    }
    const actual = await hashZipEntry(handle, entry).catch((error: unknown) => {
      if (error instanceof UnreadableEntry) return null;
      throw error;
    });
    if (!actual || actual.sha256 !== file.sha256 || actual.size !== file.size) {
      problems.push({
        kind: 'mismatch',
        file: file.path,
        expected: file.sha256,
        ...(actual ? { actual: actual.sha256 } : {}),
      });
    }
  }
  const bundle = manifest.files.find((file) => file.path === manifest.bundle.path);
  if (!bundle || bundle.sha256 !== manifest.bundle.sha256) {
    problems.push({ kind: 'manifest', file: manifest.bundle.path });
  }
  for (const name of byName.keys()) {
    if (name !== MANIFEST_NAME && !listed.has(name))
      problems.push({ kind: 'unexpected', file: name });
  }
  return { ok: problems.length === 0, checked: listed.size, problems };
}

async function readManifest(
  handle: FileHandle,
  entry: ZipEntry | undefined,
): Promise<DossierManifest | null> {
  if (!entry || entry.size > MANIFEST_MAX_BYTES) return null;
  const chunks: Uint8Array[] = [];
  try {
    await readZipEntry(handle, entry, (chunk) => chunks.push(chunk));
  } catch (error) {
    if (error instanceof UnreadableEntry) return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)));
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
