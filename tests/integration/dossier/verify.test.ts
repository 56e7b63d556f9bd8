import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodeOf, expectOk, openCoreFixture } from '../../support/coreFixture';
import {
  dossierVault,
  exportDossier,
  manifestOf,
  optionsFor,
  readZip,
  sha256,
  type DossierVault,
  type ManifestJson,
} from './exportSupport';

let vault: DossierVault;
let fresh: string;
let manifest: ManifestJson;
let counter = 0;

beforeAll(async () => {
  vault = await dossierVault();
  fresh = path.join(vault.dir, 'fresh.zip');
  const { final } = await exportDossier(vault, {
    options: optionsFor(vault),
    out: fresh,
    format: 'zip',
  });
  expect(final.state).toBe('done');
  manifest = manifestOf(readZip(fresh));
});
afterAll(() => vault.dispose());

/** A copy of the fresh dossier with its entries changed by `edit`, written by fflate. */
function rewritten(edit: (entries: Record<string, Uint8Array>) => void): string {
  const entries = readZip(fresh);
  edit(entries);
  const file = path.join(vault.dir, `edited-${(counter += 1)}.zip`);
  fs.writeFileSync(file, zipSync(entries));
  return file;
}

const verify = async (file: string) => expectOk(await vault.api.dossier.verify({ path: file }));
const original = (index: number) =>
  manifest.files.filter((file) => file.kind === 'original')[index]!;

describe('dossier.verify', () => {
  it('passes a fresh dossier, checking every file the manifest lists', async () => {
    const report = await verify(fresh);
    expect(report).toEqual({ ok: true, checked: manifest.files.length, problems: [] });
    expect(manifest.files.map((file) => file.kind).sort()).toEqual(
      ['bundle', 'original', 'original', 'original', 'readme'].sort(),
    );
  });

  it('names exactly the original whose one byte was changed inside the ZIP', async () => {
    const target = original(1);
    let altered: Uint8Array = new Uint8Array();
    const file = rewritten((entries) => {
      altered = new Uint8Array(entries[target.path]!);
      altered[Math.floor(altered.length / 2)]! ^= 0x01;
      entries[target.path] = altered;
    });
    const report = await verify(file);
    expect(report.ok).toBe(false);
    expect(report.checked).toBe(manifest.files.length);
    expect(report.problems).toEqual([
      { kind: 'mismatch', file: target.path, expected: target.sha256, actual: sha256(altered) },
    ]);
  });

  it('catches a byte flipped in place in the stored data, without rewriting the ZIP', async () => {
    const target = original(0);
    const bytes = fs.readFileSync(fresh);
    const content = readZip(fresh)[target.path]!;
    // Originals are stored uncompressed, so their bytes sit in the ZIP as they are.
    const at = bytes.indexOf(Buffer.from(content.subarray(0, 64)));
    expect(at).toBeGreaterThan(0);
    bytes[at + Math.floor(content.length / 2)]! ^= 0x20;
    const file = path.join(vault.dir, 'flipped.zip');
    fs.writeFileSync(file, bytes);
    const report = await verify(file);
    expect(report.problems.map((problem) => [problem.kind, problem.file])).toEqual([
      ['mismatch', target.path],
    ]);
  });

  it('reads UTF-8 names that an archiver stored without the UTF-8 flag', async () => {
    const bytes = fs.readFileSync(fresh);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    let at = bytes.readUInt32LE(end + 16);
    for (let index = 0; index < bytes.readUInt16LE(end + 10); index += 1) {
      bytes.writeUInt16LE(bytes.readUInt16LE(at + 8) & ~0x800, at + 8);
      at +=
        46 +
        bytes.readUInt16LE(at + 28) +
        bytes.readUInt16LE(at + 30) +
        bytes.readUInt16LE(at + 32);
    }
    const file = path.join(vault.dir, 'unflagged.zip');
    fs.writeFileSync(file, bytes);
    expect(manifest.files.some((entry) => /[а-я]/i.test(entry.path))).toBe(true);
    expect(await verify(file)).toEqual({ ok: true, checked: manifest.files.length, problems: [] });
  });

  it('reports a missing file and an unexpected one', async () => {
    const gone = original(2);
    const file = rewritten((entries) => {
      delete entries[gone.path];
      entries['originals/004-extra.pdf'] = new TextEncoder().encode('%PDF-1.7 slipped in');
    });
    const report = await verify(file);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { kind: 'missing', file: gone.path, expected: gone.sha256 },
      { kind: 'unexpected', file: 'originals/004-extra.pdf' },
    ]);
  });

  it('reports, and never reads, an entry whose name climbs out of the folder', async () => {
    const file = rewritten((entries) => {
      entries['../../evil.sh'] = new TextEncoder().encode('rm -rf ~');
    });
    const report = await verify(file);
    expect(report.problems).toEqual([{ kind: 'unexpected', file: '../../evil.sh' }]);
  });

  it('reports a broken or missing manifest as a manifest problem', async () => {
    const notJson = rewritten((entries) => {
      entries['manifest.json'] = new TextEncoder().encode('{"format": "casefile-dossier", ');
    });
    expect(await verify(notJson)).toEqual({
      ok: false,
      checked: 0,
      problems: [{ kind: 'manifest', file: 'manifest.json' }],
    });
    const badPath = rewritten((entries) => {
      const edited = { ...manifest, files: [{ ...manifest.files[0]!, path: '../outside.pdf' }] };
      entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(edited));
    });
    expect((await verify(badPath)).problems).toEqual([{ kind: 'manifest', file: 'manifest.json' }]);
    const none = rewritten((entries) => {
      delete entries['manifest.json'];
    });
    expect((await verify(none)).ok).toBe(false);
  });

  it('refuses a file that is not a ZIP, and one that does not exist', async () => {
    const pdf = path.join(vault.dir, 'not-a-zip.zip');
    fs.writeFileSync(pdf, '%PDF-1.7\n'.repeat(100));
    expect(errorCodeOf(await vault.api.dossier.verify({ path: pdf }))).toBe('UNSUPPORTED_TYPE');
    const missing = path.join(vault.dir, 'nowhere.zip');
    expect(errorCodeOf(await vault.api.dossier.verify({ path: missing }))).toBe('NOT_FOUND');
  });
});

describe('dialogs.openDossier', () => {
  it('answers the dialog’s pick, and null where there is no dialog', async () => {
    expect(expectOk(await vault.api.dialogs.openDossier())).toEqual({ path: null });
    const withDialog = await openCoreFixture({
      dialogs: {
        openDocuments: () => Promise.resolve([]),
        saveFile: () => Promise.resolve(null),
        openText: () => Promise.resolve(null),
        openDossier: () => Promise.resolve('/home/lawyer/Дело.zip'),
        openBackup: () => Promise.resolve(null),
      },
    });
    try {
      expect(expectOk(await withDialog.api.dialogs.openDossier())).toEqual({
        path: '/home/lawyer/Дело.zip',
      });
    } finally {
      withDialog.dispose();
    }
  });
});
