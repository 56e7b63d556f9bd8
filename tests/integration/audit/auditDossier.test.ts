import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishPdf } from '../../fixtures/pdfFixtures';
import { expectOk } from '../../support/coreFixture';
import { vaultWithDocuments } from '../../support/importedVault';
import { exportDossier } from '../dossier/exportSupport';
import { allEntries } from './auditSupport';

let fixture: Awaited<ReturnType<typeof vaultWithDocuments>>;

beforeEach(async () => {
  fixture = await vaultWithDocuments([{ name: 'обвинение.pdf', bytes: await englishPdf() }]);
});
afterEach(() => fixture.dispose());

describe('dossier export in the audit log', () => {
  it('records a finished export with its format, counts and hash; nothing for a refused one', async () => {
    const documentId = fixture.ids[0]!;
    const { caseId } = expectOk(await fixture.api.documents.get({ id: documentId }));
    const options = { caseId, sections: [{ title: 'Материалы', documentIds: [documentId] }] };
    const out = path.join(fixture.dir, 'досье.zip');
    const { final } = await exportDossier(fixture, { options, out, format: 'zip' });
    expect(final.state).toBe('done');

    const exported = (await allEntries(fixture.api)).filter(
      (entry) => entry.action === 'dossier.exported',
    );
    expect(exported).toMatchObject([
      {
        caseId,
        documentId: null,
        detail: {
          format: 'zip',
          documents: 1,
          pages: final.result!.pages,
          sha256: final.result!.sha256,
        },
      },
    ]);
    // The same target again is refused before any job: no second entry.
    expect(fs.existsSync(out)).toBe(true);
    expect((await fixture.api.dossier.export({ options, out, format: 'zip' })).ok).toBe(false);
    await fixture.core.idle();
    expect(
      (await allEntries(fixture.api)).filter((entry) => entry.action === 'dossier.exported'),
    ).toHaveLength(1);
  });
});
