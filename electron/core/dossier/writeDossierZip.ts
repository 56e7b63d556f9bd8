import fsp from 'node:fs/promises';
import type { DossierLanguage } from '../../../shared/domain/dossier';
import type { BundleOutput } from './bundle/bundleTypes';
import type { PlannedDocument } from './buildPlan';
import { createUniqueNames, safeOriginalName, suggestedDossierName } from './fileNames';
import {
  MANIFEST_NAME,
  ORIGINALS_FOLDER,
  README_NAME,
  type DossierManifest,
  type ManifestFile,
} from './manifest';
import { toOutputError } from '../exports/outputErrors';
import type { PartialLedger } from '../exports/partialLedger';
import { partialPathOf, placeNewFile } from '../exports/placeNewFile';
import { readmeText } from './readme';
import { createZipWriter } from './zipWriter';

export interface DossierZipInput {
  target: string;
  bundle: BundleOutput;
  documents: readonly PlannedDocument[];
  caseInfo: DossierManifest['case'];
  language: DossierLanguage;
  exportedAt: string;
  appVersion: string;
  /** The original's bytes chunk by chunk, checked against its intake SHA-256 on the way. */
  original: (document: PlannedDocument) => Iterable<Uint8Array>;
  signal: AbortSignal;
  /** Called after each original is packed. */
  onOriginal: (document: PlannedDocument) => void;
  partials: PartialLedger;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Writes the dossier ZIP — the bundle, every original (also those left out of the bundle), a
 * README and the manifest with every file's SHA-256 — to a partial file beside `target`, syncs
 * it and links it into place only if `target` still does not exist. Any failure or a cancel
 * removes the partial file. Returns the ZIP's own size and SHA-256.
 */
export async function writeDossierZip(
  input: DossierZipInput,
): Promise<{ size: number; sha256: string }> {
  const { signal } = input;
  const partial = partialPathOf(input.target);
  await fsp.rm(partial, { force: true });
  input.partials.begin(partial);
  try {
    const handle = await fsp.open(partial, 'wx', 0o600);
    let written: { size: number; sha256: string };
    try {
      written = await writeEntries(handle, input);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (signal.aborted) throw signal.reason;
    await placeNewFile(partial, input.target);
    return written;
  } catch (error) {
    // A folder that refuses the file is the lawyer's to change, not a damaged vault.
    throw toOutputError(error, error);
  } finally {
    await fsp.rm(partial, { force: true }).catch(() => undefined);
    input.partials.end(partial);
  }
}

async function writeEntries(
  handle: fsp.FileHandle,
  input: DossierZipInput,
): Promise<{ size: number; sha256: string }> {
  const { bundle, documents, signal } = input;
  const zip = createZipWriter(handle, new Date(input.exportedAt));
  const unique = createUniqueNames([MANIFEST_NAME, README_NAME, ORIGINALS_FOLDER]);
  const files: ManifestFile[] = [];

  const bundleName = unique(suggestedDossierName(input.caseInfo.title, 'pdf'));
  const bundleFile = await zip.add(bundleName, [bundle.bytes], { compress: false, signal });
  files.push({ path: bundleName, kind: 'bundle', ...bundleFile, document: null });

  const entryOf = new Map(bundle.entries.map((entry) => [entry.documentId as string, entry]));
  const exclusionOf = new Map(bundle.excluded.map((entry) => [entry.documentId, entry.reason]));
  const digits = Math.max(3, String(documents.length).length);
  const inFolder = createUniqueNames();
  for (const [index, document] of documents.entries()) {
    const number = String(index + 1).padStart(digits, '0');
    const name = inFolder(
      `${number}-${safeOriginalName(document.originalName, document.mediaType)}`,
    );
    const path = `${ORIGINALS_FOLDER}/${name}`;
    const compress = document.mediaType === 'text/plain';
    const written = await zip.add(path, input.original(document), { compress, signal });
    const entry = entryOf.get(document.id);
    files.push({
      path,
      kind: 'original',
      ...written,
      document: {
        documentId: document.id,
        originalName: document.originalName,
        title: document.title,
        docType: document.docType,
        docDate: document.docDate,
        mediaType: document.mediaType,
        firstPage: entry?.firstPage ?? null,
        lastPage: entry?.lastPage ?? null,
        excluded: exclusionOf.get(document.id) ?? null,
      },
    });
    input.onOriginal(document);
  }

  const readme = utf8(
    readmeText(input.language, {
      caseTitle: input.caseInfo.title,
      bundleName,
      exportedAt: input.exportedAt,
      appVersion: input.appVersion,
    }),
  );
  const readmeFile = await zip.add(README_NAME, [readme], { compress: true, signal });
  files.push({ path: README_NAME, kind: 'readme', ...readmeFile, document: null });

  const manifest: DossierManifest = {
    format: 'casefile-dossier',
    version: 1,
    exportedAt: input.exportedAt,
    appVersion: input.appVersion,
    language: input.language,
    case: input.caseInfo,
    bundle: {
      path: bundleName,
      sha256: bundleFile.sha256,
      pages: bundle.pages,
      documents: bundle.entries.filter((entry) => entry.firstPage !== null).length,
    },
    files,
  };
  const manifestBytes = utf8(`${JSON.stringify(manifest, null, 2)}\n`);
  await zip.add(MANIFEST_NAME, [manifestBytes], { compress: true, signal });
  return zip.end();
}
