import { afterEach, describe, expect, it } from 'vitest';
import { cyrillicPdf } from '../../fixtures/pdfFixtures';
import { errorCodeOf, expectOk, type CoreFixture } from '../../support/coreFixture';
import { vaultWithDocuments } from '../../support/importedVault';

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

async function vaultWith(files: { name: string; bytes: Uint8Array }[]) {
  const vault = await vaultWithDocuments(files);
  fixtures.push(vault);
  return vault;
}

describe('documents.content (what the viewer shows)', () => {
  it('hands out the stored original byte for byte, with its media type', async () => {
    const pdf = await cyrillicPdf();
    const text = new TextEncoder().encode('Объяснение свидетеля.\nҚұрметті сот!\n');
    const vault = await vaultWith([
      { name: 'приговор.pdf', bytes: pdf },
      { name: 'объяснение.txt', bytes: text },
    ]);
    const [pdfId, textId] = vault.ids;
    if (!pdfId || !textId) throw new Error('both files should have been imported');

    const shownPdf = expectOk(await vault.api.documents.content({ id: pdfId }));
    expect(shownPdf.mediaType).toBe('application/pdf');
    expect(Buffer.compare(Buffer.from(shownPdf.bytes), Buffer.from(pdf))).toBe(0);
    const shownText = expectOk(await vault.api.documents.content({ id: textId }));
    expect(shownText.mediaType).toBe('text/plain');
    expect(new TextDecoder().decode(shownText.bytes)).toBe(
      'Объяснение свидетеля.\nҚұрметті сот!\n',
    );
  });

  it('answers NOT_FOUND for an unknown document, VALIDATION for a malformed id', async () => {
    const vault = await vaultWith([]);
    const unknown = '0b7a1f2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(errorCodeOf(await vault.api.documents.content({ id: unknown }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await vault.core.dispatch('documents.content', { id: '../x' }))).toBe(
      'VALIDATION',
    );
  });

  it('gives nothing once the vault is locked', async () => {
    const vault = await vaultWith([{ name: 'приговор.pdf', bytes: await cyrillicPdf() }]);
    const [id] = vault.ids;
    if (!id) throw new Error('not imported');
    expectOk(await vault.api.vault.lock());
    expect(errorCodeOf(await vault.api.documents.content({ id }))).toBe('VAULT_LOCKED');
  });
});
