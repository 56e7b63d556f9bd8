import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { unzipSync } from 'fflate';
import type { DossierOptionsInput, DossierProgress } from '../../../shared/domain/dossier';
import type { DocumentId } from '../../../shared/domain/ids';
import { cyrillicPdf, englishPdf, greyPng } from '../../fixtures/pdfFixtures';
import { expectOk, type CoreFixture } from '../../support/coreFixture';
import { vaultWithDocuments } from '../../support/importedVault';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface DossierVault extends CoreFixture {
  caseId: string;
  documentIds: DocumentId[];
}

/**
 * A vault whose case has three documents with hostile original names: an English PDF (3 pages),
 * a Russian/Kazakh PDF (3 pages) and a PNG scan, dated so that date order differs from import.
 */
export async function dossierVault(): Promise<DossierVault> {
  const fixture = await vaultWithDocuments([
    // A backslash is a legal character in a Linux file name, and a path separator on Windows.
    { name: '..\\..\\etc\\passwd indictment.pdf', bytes: await englishPdf() },
    { name: 'Приговор суда ‮fdp.exe', bytes: await cyrillicPdf() },
    { name: 'CON.png', bytes: greyPng(40, 30) },
  ]);
  const documentIds = fixture.ids.map((id) => {
    if (!id) throw new Error('A fixture document was not imported');
    return id;
  });
  const dates = ['2024-05-14', '2024-03-01', null];
  for (const [index, id] of documentIds.entries()) {
    expectOk(
      await fixture.api.documents.update({ id, changes: { docDate: dates[index] ?? null } }),
    );
  }
  const caseId = expectOk(await fixture.api.documents.get({ id: documentIds[0]! })).caseId;
  return { ...fixture, caseId, documentIds };
}

export const optionsFor = (
  vault: DossierVault,
  overrides: Partial<DossierOptionsInput> = {},
): DossierOptionsInput => ({
  caseId: vault.caseId,
  sections: [{ title: 'Материалы дела', documentIds: vault.documentIds }],
  ...overrides,
});

/**
 * Starts an export through the route and waits for its final event. `onEvent` sees each event
 * as the core emits it (synchronously), so a test can cancel at a chosen moment.
 */
export async function exportDossier(
  fixture: CoreFixture,
  input: { options: DossierOptionsInput; out: string; format: 'pdf' | 'zip' },
  onEvent?: (event: DossierProgress, jobId: string) => void,
): Promise<{ jobId: string; events: DossierProgress[]; final: DossierProgress }> {
  const events: DossierProgress[] = [];
  let jobId = '';
  const stop = fixture.core.subscribe('dossier.progress', (payload) => {
    const event = payload as DossierProgress;
    events.push(event);
    onEvent?.(event, jobId);
  });
  try {
    jobId = expectOk(await fixture.api.dossier.export(input)).jobId;
    await fixture.core.idle();
  } finally {
    stop();
  }
  const mine = events.filter((event) => event.jobId === jobId);
  const final = mine.at(-1);
  if (!final) throw new Error('The export emitted no event');
  return { jobId, events: mine, final };
}

/** The ZIP's entries by name (fflate's reader, independent of Casefile's own). */
export function readZip(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}

export interface ManifestJson {
  case: { title: string; parties: { name: string; role: string }[] };
  bundle: { path: string; sha256: string; pages: number; documents: number };
  appVersion: string;
  exportedAt: string;
  language: string;
  files: {
    path: string;
    kind: string;
    sha256: string;
    size: number;
    document: null | {
      documentId: string;
      originalName: string;
      title: string;
      firstPage: number | null;
      lastPage: number | null;
      excluded: string | null;
    };
  }[];
}

export const manifestOf = (entries: Record<string, Uint8Array>): ManifestJson =>
  JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as ManifestJson;
