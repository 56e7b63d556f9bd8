import { createHash, randomBytes } from 'node:crypto';
import { UNRECORDED } from '../../../electron/core/exports/partialLedger';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportOriginal } from '../../../electron/core/documents/exportOriginal';
import { CHUNK_SIZE } from '../../../shared/domain/document';
import { englishPdf } from '../../fixtures/pdfFixtures';
import { errorCodeOf, expectOk, type CoreFixture } from '../../support/coreFixture';
import { vaultWithDocuments } from '../../support/importedVault';

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A vault holding one document with `bytes` as its original. */
async function vaultWith(name: string, bytes: Uint8Array) {
  const vault = await vaultWithDocuments([{ name, bytes }]);
  fixtures.push(vault);
  const [id] = vault.ids;
  if (!id) throw new Error('not imported');
  const out = path.join(vault.dir, 'out');
  fs.mkdirSync(out);
  return { ...vault, id, out };
}

describe('exporting an original', () => {
  it('writes a byte-identical file with the same SHA-256 and leaves nothing else', async () => {
    const bytes = await englishPdf();
    const vault = await vaultWith('Приговор.pdf', bytes);
    const target = path.join(vault.out, 'Приговор (копия).pdf');

    const written = expectOk(
      await vault.api.documents.exportOriginal({ id: vault.id, path: target }),
    );

    expect(written).toEqual({ path: target, size: bytes.length, sha256: sha256(bytes) });
    expect(Buffer.compare(fs.readFileSync(target), Buffer.from(bytes))).toBe(0);
    expect(fs.readdirSync(vault.out)).toEqual(['Приговор (копия).pdf']);
    expect(expectOk(await vault.api.documents.get({ id: vault.id })).sha256).toBe(sha256(bytes));
  });

  it('round-trips a multi-chunk original', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(CHUNK_SIZE * 2 + 17)]);
    const vault = await vaultWith('big.pdf', bytes);
    const target = path.join(vault.out, 'big.pdf');
    const written = expectOk(
      await vault.api.documents.exportOriginal({ id: vault.id, path: target }),
    );
    expect(written.sha256).toBe(sha256(bytes));
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
  });

  it('never overwrites: FILE_EXISTS and the existing file untouched', async () => {
    const vault = await vaultWith('a.txt', Buffer.from('original text'));
    const target = path.join(vault.out, 'taken.txt');
    fs.writeFileSync(target, 'someone else’s file');

    const result = await vault.api.documents.exportOriginal({ id: vault.id, path: target });

    expect(errorCodeOf(result)).toBe('FILE_EXISTS');
    expect(fs.readFileSync(target, 'utf8')).toBe('someone else’s file');
    expect(fs.readdirSync(vault.out)).toEqual(['taken.txt']);
  });

  it('reports DISK_FULL and removes the partial file when the disk fills up', async () => {
    const target = path.join(fs.mkdtempSync(path.join(fixtureTmp(), 'full-')), 'out.pdf');
    const chunks = [Buffer.alloc(1000, 1), Buffer.alloc(1000, 2)];
    let writes = 0;
    const open: typeof fsp.open = async (...args) => {
      const handle = await fsp.open(...args);
      const write = handle.write.bind(handle) as (...rest: unknown[]) => Promise<unknown>;
      (handle as { write: unknown }).write = async (...rest: unknown[]) => {
        writes += 1;
        if (writes > 1) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        return write(...rest);
      };
      return handle;
    };

    await expect(
      exportOriginal(chunks, target, 'x'.repeat(64), UNRECORDED, { open }),
    ).rejects.toMatchObject({
      code: 'DISK_FULL',
    });
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
    fs.rmSync(path.dirname(target), { recursive: true });
  });

  it('answers NOT_FOUND for an unknown document and writes nothing', async () => {
    const vault = await vaultWith('a.txt', Buffer.from('text'));
    const result = await vault.api.documents.exportOriginal({
      id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      path: path.join(vault.out, 'x.txt'),
    });
    expect(errorCodeOf(result)).toBe('NOT_FOUND');
    expect(fs.readdirSync(vault.out)).toEqual([]);
  });
});

function fixtureTmp(): string {
  return fs.realpathSync(process.env.TMPDIR ?? '/tmp');
}
