import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES } from '../../../electron/core/dossier/fileNames';
import { isSafeZipPath } from '../../../electron/core/dossier/manifest';
import { encryptWithQpdf, englishPdf, qpdfAvailable } from '../../fixtures/pdfFixtures';
import { expectOk } from '../../support/coreFixture';
import {
  dossierVault,
  exportDossier,
  manifestOf,
  optionsFor,
  readZip,
  sha256,
  type DossierVault,
} from './exportSupport';

let vault: DossierVault;
beforeEach(async () => {
  vault = await dossierVault();
});
afterEach(() => vault.dispose());

describe('dossier.export (ZIP)', () => {
  it('packs the bundle, every original, a README and a manifest whose hashes match the vault', async () => {
    expectOk(
      await vault.api.parties.add({
        caseId: vault.caseId,
        name: 'Әлиев Қ.',
        role: 'accused',
      }),
    );
    const out = path.join(vault.dir, 'Досье.zip');
    const { final, events } = await exportDossier(vault, {
      options: optionsFor(vault, { language: 'ru' }),
      out,
      format: 'zip',
    });
    expect(final.state).toBe('done');
    // Packing reports each original after the bundle's own steps.
    const packed = events.filter((event) => vault.documentIds.length && event.current !== null);
    expect(packed.length).toBeGreaterThanOrEqual(vault.documentIds.length);
    expect(final.result!.sha256).toBe(sha256(fs.readFileSync(out)));
    expect(final.result!.format).toBe('zip');

    const entries = readZip(out);
    const manifest = manifestOf(entries);
    expect(Object.keys(entries).sort()).toEqual(
      [...manifest.files.map((file) => file.path), 'manifest.json'].sort(),
    );
    expect(manifest.case.title).toBe('Дело Елкина');
    expect(manifest.case.parties).toEqual([{ name: 'Әлиев Қ.', role: 'accused' }]);
    expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.language).toBe('ru');
    expect(Number.isNaN(Date.parse(manifest.exportedAt))).toBe(false);

    // Every file's hash and size is that of the bytes in the ZIP.
    for (const file of manifest.files) {
      expect(isSafeZipPath(file.path)).toBe(true);
      expect(sha256(entries[file.path]!)).toBe(file.sha256);
      expect(entries[file.path]!.length).toBe(file.size);
    }
    // The bundle is the PDF the job reported, with its pages.
    const bundle = manifest.files.find((file) => file.kind === 'bundle')!;
    expect(bundle.path).toBe('Дело Елкина.pdf');
    expect(manifest.bundle).toMatchObject({
      path: bundle.path,
      sha256: bundle.sha256,
      pages: final.result!.pages,
    });

    // Each original: the vault's bytes and intake SHA-256, under a safe, numbered name.
    const originals = manifest.files.filter((file) => file.kind === 'original');
    expect(originals.map((file) => file.document!.documentId)).toEqual(vault.documentIds);
    for (const [index, file] of originals.entries()) {
      const id = vault.documentIds[index]!;
      const detail = expectOk(await vault.api.documents.get({ id }));
      const content = expectOk(await vault.api.documents.content({ id }));
      expect(file.sha256).toBe(detail.sha256);
      expect(Buffer.from(entries[file.path]!).equals(Buffer.from(content.bytes))).toBe(true);
      expect(file.path).toMatch(new RegExp(`^originals/00${index + 1}-`));
      expect(Buffer.byteLength(file.path.slice('originals/'.length))).toBeLessThanOrEqual(
        MAX_NAME_BYTES,
      );
      expect(file.document!.originalName).toBe(detail.originalName);
      const entry = final.result!.entries[index]!;
      expect([file.document!.firstPage, file.document!.lastPage]).toEqual([
        entry.firstPage,
        entry.lastPage,
      ]);
      expect(file.document!.excluded).toBeNull();
    }
    // The hostile original names became plain names in the one folder.
    expect(originals.map((file) => file.path)).toEqual([
      'originals/001-passwd indictment.pdf',
      'originals/002-Приговор суда fdp.exe',
      'originals/003-_CON.png',
    ]);

    const readme = new TextDecoder().decode(entries['README.txt']);
    expect(readme).toContain('sha256sum');
    expect(readme).toContain('casefile verify-export');
    expect(readme).toContain('контрольная сумма SHA-256');
    expect(fs.readdirSync(vault.dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('writes the README in Kazakh when the dossier is in Kazakh', async () => {
    const out = path.join(vault.dir, 'Іс.zip');
    const { final } = await exportDossier(vault, {
      options: optionsFor(vault, { language: 'kk' }),
      out,
      format: 'zip',
    });
    expect(final.state).toBe('done');
    const readme = new TextDecoder().decode(readZip(out)['README.txt']);
    expect(readme).toContain('бақылау сомасы');
    expect(readme).not.toContain('контрольная');
  });

  it.skipIf(!qpdfAvailable())(
    'keeps an encrypted original left out of the bundle in the ZIP, with the reason (needs qpdf to encrypt the fixture)',
    async () => {
      const file = path.join(vault.dir, 'закрытый.pdf');
      fs.writeFileSync(file, encryptWithQpdf(await englishPdf(), 'секрет', 'owner-pass'));
      expectOk(await vault.api.documents.import({ caseId: vault.caseId, paths: [file] }));
      await vault.core.idle();
      const documents = expectOk(await vault.api.documents.list({ caseId: vault.caseId }));
      const locked = documents.find((document) => document.originalName === 'закрытый.pdf')!;
      const out = path.join(vault.dir, 'with-locked.zip');
      const { final } = await exportDossier(vault, {
        options: optionsFor(vault, {
          sections: [{ title: '', documentIds: [...vault.documentIds, locked.id] }],
        }),
        out,
        format: 'zip',
      });
      expect(final.state).toBe('done');
      // No password was given: left out of the bundle as encrypted, and the ZIP records it.
      expect(final.result!.excluded).toEqual([
        { documentId: locked.id, title: locked.title, reason: 'encrypted' },
      ]);
      const reason = 'encrypted';
      const entries = readZip(out);
      const original = manifestOf(entries).files.find(
        (entry) => entry.document?.documentId === locked.id,
      )!;
      expect(original.document).toMatchObject({
        excluded: reason,
        firstPage: null,
        lastPage: null,
      });
      expect(original.sha256).toBe(locked.sha256);
      expect(sha256(entries[original.path]!)).toBe(locked.sha256);
    },
  );

  it('stops when cancelled while packing and leaves no file behind', async () => {
    const out = path.join(vault.dir, 'cancelled.zip');
    let cancelled = false;
    const { final } = await exportDossier(
      vault,
      { options: optionsFor(vault), out, format: 'zip' },
      (event, jobId) => {
        // The bundle is done: the originals are being packed into the partial ZIP.
        if (!cancelled && event.state === 'running' && event.completed > vault.documentIds.length) {
          cancelled = true;
          void vault.api.jobs.cancel({ jobId: jobId });
        }
      },
    );
    expect(cancelled).toBe(true);
    expect(final.state).toBe('cancelled');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(vault.dir).filter((name) => name.includes('.partial-'))).toEqual([]);
  });
});
