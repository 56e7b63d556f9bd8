import fs from 'node:fs';
import path from 'node:path';
import type { CaseId, DocumentId, PartyId } from '../../../shared/domain/ids';
import type { ImportProgress } from '../../../shared/domain/job';
import { cyrillicPdf, englishPdf } from '../../fixtures/pdfFixtures';
import { expectOk, openCoreFixture, type CoreFixture } from '../../support/coreFixture';
import { manualClock, type ManualClock } from '../../support/manualClock';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../workers/pdfTextWorkerPath';

/**
 * A real vault holding one case with two parties and two generated PDFs (Cyrillic, 2 pages;
 * English, 3 pages) imported through the real job, plus a second case with its own party and
 * document: what annotations and facts hang on, and what they must not cross into.
 */
export interface CaseVault extends CoreFixture {
  clock: ManualClock;
  caseId: CaseId;
  otherCaseId: CaseId;
  parties: { witness: PartyId; defendant: PartyId; otherCase: PartyId };
  /** Cyrillic PDF (title from its Info dictionary), 2 pages. */
  verdict: DocumentId;
  /** English PDF, 3 pages. */
  indictment: DocumentId;
  /** A document of the other case. */
  otherDocument: DocumentId;
  importFile(caseId: CaseId, name: string, bytes: Uint8Array): Promise<DocumentId>;
}

export async function openCaseVault(): Promise<CaseVault> {
  const clock = manualClock();
  const fixture = await openCoreFixture({
    clock,
    pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
  });
  const { api, core } = fixture;
  let last: ImportProgress | null = null;
  core.subscribe('jobs.progress', (payload) => (last = payload as ImportProgress));
  let counter = 0;
  const importFile = async (caseId: CaseId, name: string, bytes: Uint8Array) => {
    counter += 1;
    const folder = path.join(fixture.dir, `in-${counter}`);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, name), bytes);
    expectOk(await api.documents.import({ caseId, paths: [path.join(folder, name)] }));
    await core.idle();
    const result = last?.results.at(-1);
    if (result?.outcome !== 'imported') throw new Error(`${name} was not imported`);
    return result.documentId;
  };

  const caseId = expectOk(await api.cases.create({ title: 'Дело Нурланова' })).id;
  const otherCaseId = expectOk(await api.cases.create({ title: 'Другое дело' })).id;
  const party = async (id: CaseId, name: string) =>
    expectOk(await api.parties.add({ caseId: id, name, role: 'witness' })).id;
  const parties = {
    witness: await party(caseId, 'Ахметов Қайрат'),
    defendant: await party(caseId, 'Нурланов, Ерлан "Ержан"'),
    otherCase: await party(otherCaseId, 'Посторонний'),
  };
  const verdict = await importFile(caseId, 'verdict.pdf', await cyrillicPdf());
  const indictment = await importFile(caseId, 'indictment.pdf', await englishPdf());
  const otherDocument = await importFile(otherCaseId, 'other.pdf', await englishPdf());
  return {
    ...fixture,
    clock,
    caseId,
    otherCaseId,
    parties,
    verdict,
    indictment,
    otherDocument,
    importFile,
  };
}
