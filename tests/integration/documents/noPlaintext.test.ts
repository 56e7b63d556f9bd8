import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseService } from '../../../electron/core/cases/caseService';
import { systemClock } from '../../../electron/core/clock';
import {
  createDocumentService,
  type DocumentService,
} from '../../../electron/core/documents/documentService';
import { VaultSession } from '../../../electron/core/vault/VaultSession';
import { caseFieldsSchema } from '../../../shared/domain/case';
import { documentMetadataSchema, type DocumentId } from '../../../shared/domain/document';
import { PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

/** Random per run, so no source file, cache or log could contain them by accident. */
const run = randomBytes(6).toString('hex');
const markers = {
  pdfBytes: `MARKER-PDF-BYTES-${run}`,
  textFile: `МАРКЕР-ТЕКСТ-ФАЙЛА-${run}`,
  pageText: `ҚҰПИЯ-БЕТ-${run}`,
  title: `MARKER-TITLE-${run}`,
  fileName: `MARKER-NAME-${run}`,
};

function leaks(files: string[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    for (const [name, marker] of Object.entries(markers)) {
      const encodings = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
      if (encodings.some((encoded) => bytes.includes(encoded))) hits.push(`${name} in ${file}`);
    }
  }
  return hits;
}

describe('document confidentiality at rest', () => {
  const { dir, cleanup } = makeTempDir();
  const vaultDir = path.join(dir, 'vault');
  const session = new VaultSession(path.join(vaultDir, 'casefile.vault'));
  let documents: DocumentService;
  const ids: DocumentId[] = [];
  const vaultFiles = () => fs.readdirSync(vaultDir).map((name) => path.join(vaultDir, name));

  beforeAll(() => {
    fs.mkdirSync(vaultDir);
    session.create(PASSPHRASE);
    const db = () => session.db();
    documents = createDocumentService(db, systemClock);
    const caseId = createCaseService(db, systemClock).create(
      caseFieldsSchema.parse({ title: 'Дело' }),
    ).id;
    // Repeated and spread over several chunks, as a real file's sensitive words would be.
    const pdf = Buffer.from(`%PDF-1.7\n${`(${markers.pdfBytes}) Tj\n`.repeat(60_000)}%%EOF\n`);
    const text = Buffer.from(`${markers.textFile}\n`.repeat(1000));
    for (const [bytes, mediaType] of [
      [pdf, 'application/pdf'],
      [text, 'text/plain'],
    ] as const) {
      const outcome = documents.importDocument({
        caseId,
        originalName: `${markers.fileName}.pdf`,
        bytes,
        mediaType,
        extraction: { pageCount: 2, title: markers.title, pages: [markers.pageText, ''] },
        metadata: documentMetadataSchema.parse({ description: markers.title, tags: [run] }),
      });
      if (outcome.duplicate) throw new Error('unexpected duplicate');
      ids.push(outcome.id);
    }
  });
  afterAll(() => {
    session.lock('manual');
    cleanup();
  });

  it('keeps the original bytes, page text and names out of the vault files while open (db, wal, shm)', () => {
    expect(vaultFiles().some((file) => file.endsWith('-wal'))).toBe(true);
    expect(leaks(vaultFiles())).toEqual([]);
  });

  it('keeps them out after locking, and the markers are really stored', () => {
    const [pdfId] = ids;
    if (!pdfId) throw new Error('nothing imported');
    expect(documents.readOriginal(pdfId).includes(markers.pdfBytes)).toBe(true);
    expect(documents.get(pdfId).title).toBe(markers.title);
    session.lock('manual');
    expect(leaks(vaultFiles())).toEqual([]);
    // The scanner itself finds a planted plaintext copy.
    const plant = path.join(vaultDir, 'plant.bin');
    fs.writeFileSync(plant, markers.pageText);
    expect(leaks([plant])).toEqual([`pageText in ${plant}`]);
    fs.rmSync(plant);
  });
});
