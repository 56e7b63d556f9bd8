import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain';
import type { BackupProgress } from '../../../shared/domain/backup';
import type { DossierProgress } from '../../../shared/domain/dossier';
import type { CaseId, DocumentId, NoteId } from '../../../shared/domain/ids';
import type { ImportProgress } from '../../../shared/domain/job';
import { noteDocText, plainTextToNoteDoc } from '../../../shared/domain/note';
import type { Result } from '../../../shared/errors';
import { cyrillicPdf, englishPdf } from '../../fixtures/pdfFixtures';
import { errorCodeOf, expectOk, PASSPHRASE } from '../../support/coreFixture';
import { openSessionCore, type SessionCore } from '../../support/sessionCore';
import { fillUp, mountTmpfs, unmount } from '../../support/smallMounts';
import { makeTempDir } from '../../support/tempDir';

/**
 * Issue 7 "Disk faults": a full disk or an unwritable folder during import, note saving, export
 * (dossier PDF and ZIP, an original, the chronology CSV, a note as text) and backup gives a typed
 * error and leaves the vault as it was, with no file left behind.
 */

/** A PDF with 1.5 MB of incompressible attachment: an import that needs many new pages. */
async function bulkyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Exhibit 12: photographs of the scene', { x: 50, y: 700, size: 12, font });
  await doc.attach(randomBytes(1_500_000), 'exhibit.bin', { mimeType: 'application/octet-stream' });
  return doc.save();
}

interface VaultState {
  cases: number;
  documents: string[];
  notes: string[];
  facts: string[];
  auditEntries: number;
}

let core: SessionCore;
let caseId: CaseId;
let noteId: NoteId;
let documentIds: DocumentId[];
const { dir, cleanup } = makeTempDir('casefile-disk-faults-');

async function importFiles(paths: string[]): Promise<ImportProgress> {
  let last: ImportProgress | null = null;
  const stop = core.subscribe('jobs.progress', (payload) => (last = payload as ImportProgress));
  try {
    expectOk(await core.api.documents.import({ caseId, paths }));
    await core.idle();
  } finally {
    stop();
  }
  if (!last) throw new Error('The import emitted no event');
  return last;
}

/** What a lawyer would call "the vault as it was", plus SQLite's and the audit log's own checks. */
async function vaultState(): Promise<VaultState> {
  const db = core.session.db();
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const audit = verifyAuditChain(db);
  expect(audit.ok).toBe(true);
  const notes = expectOk(await core.api.notes.list({ caseId }));
  return {
    cases: expectOk(await core.api.cases.list({})).length,
    documents: expectOk(await core.api.documents.list({ caseId }))
      .map((document) => document.sha256)
      .sort(),
    notes: await Promise.all(
      notes.map(async (note) =>
        noteDocText(expectOk(await core.api.notes.get({ id: note.id })).doc),
      ),
    ),
    facts: expectOk(await core.api.facts.list({ caseId }))
      .map((fact) => fact.statement)
      .sort(),
    auditEntries: audit.entries,
  };
}

/** Starts a job route and waits for its last event on `event`. */
async function finalEvent<P extends { jobId: string; state: string }>(
  event: string,
  start: () => Promise<Result<{ jobId: string }>>,
): Promise<P> {
  const events: P[] = [];
  const stop = core.subscribe(event, (payload) => events.push(payload as P));
  try {
    const { jobId } = expectOk(await start());
    await core.idle();
    const final = events.filter((progress) => progress.jobId === jobId).at(-1);
    if (!final) throw new Error(`No ${event} event`);
    return final;
  } finally {
    stop();
  }
}

/**
 * Every way the app writes a file the lawyer chose, each answering its error code (or 'ok').
 * `withDossierPdf: false` leaves out the bundle PDF where it would repeat what the original and
 * the CSV already show (all three end in exportOriginal's open and write), to keep the file fast.
 */
async function writeEverything(
  folder: string,
  { withDossierPdf = true } = {},
): Promise<Record<string, string>> {
  const target = (name: string) => path.join(folder, name);
  const codeOf = (result: Result<unknown>) => errorCodeOf(result) ?? 'ok';
  const options = { caseId, sections: [{ title: 'Материалы', documentIds }] };
  const dossier = async (format: 'pdf' | 'zip') => {
    const final = await finalEvent<DossierProgress>('dossier.progress', () =>
      core.api.dossier.export({ options, out: target(`досье.${format}`), format }),
    );
    return final.state === 'done' ? 'ok' : (final.error?.code ?? final.state);
  };
  const backup = await finalEvent<BackupProgress>('backup.progress', () =>
    core.api.vault.backup({ out: target('копия.vault'), passphrase: PASSPHRASE }),
  );
  return {
    ...(withDossierPdf ? { dossierPdf: await dossier('pdf') } : {}),
    dossierZip: await dossier('zip'),
    original: codeOf(
      await core.api.documents.exportOriginal({
        id: documentIds[0]!,
        path: target('оригинал.pdf'),
      }),
    ),
    chronologyCsv: codeOf(
      await core.api.facts.exportCsv({ caseId, path: target('хронология.csv') }),
    ),
    noteText: codeOf(
      await core.api.exports.writeText({ path: target('заметка.md'), text: 'Позиция защиты' }),
    ),
    backup: backup.state === 'done' ? 'ok' : (backup.error?.code ?? backup.state),
  };
}

const everyWrite = (code: string, backup = code, withDossierPdf = true) => ({
  ...(withDossierPdf ? { dossierPdf: code } : {}),
  dossierZip: code,
  original: code,
  chronologyCsv: code,
  noteText: code,
  backup,
});

// A backup into a folder that refuses it says so, like the exports (not IO_ERROR, whose message
// speaks of the vault file).
const BACKUP_UNWRITABLE = 'NOT_WRITABLE';

beforeAll(async () => {
  core = openSessionCore(path.join(dir, 'vault', 'casefile.vault'));
  expectOk(await core.api.vault.create({ passphrase: PASSPHRASE }));
  caseId = expectOk(await core.api.cases.create({ title: 'Дело Тлеубаева' })).id;
  const incoming = path.join(dir, 'incoming');
  fs.mkdirSync(incoming);
  const files: [string, Uint8Array][] = [
    ['приговор.pdf', await cyrillicPdf()],
    ['indictment.pdf', await englishPdf()],
  ];
  for (const [name, bytes] of files) fs.writeFileSync(path.join(incoming, name), bytes);
  const imported = await importFiles(files.map(([name]) => path.join(incoming, name)));
  documentIds = imported.results.map((result) => {
    if (result.outcome !== 'imported') throw new Error(`${result.name} was not imported`);
    return result.documentId;
  });
  noteId = expectOk(
    await core.api.notes.create({
      caseId,
      title: 'Позиция',
      doc: plainTextToNoteDoc('Свидетель Әлиев видел подсудимого в 21:40.'),
    }),
  ).id;
  for (const statement of ['Задержание у дома 14', 'Допрос свидетеля Қасымова']) {
    expectOk(
      await core.api.facts.create({
        caseId,
        date: { kind: 'exact', date: '2024-03-01' },
        statement,
      }),
    );
  }
  // The writes work where there is room: the failures below are the disk's, not the fixture's.
  const roomy = path.join(dir, 'roomy');
  fs.mkdirSync(roomy);
  expect(await writeEverything(roomy)).toEqual(everyWrite('ok'));
}, 120_000);

afterAll(() => {
  core.close();
  cleanup();
});

describe('a vault that cannot grow (SQLITE_FULL, as on a full disk)', () => {
  it('fails an import with DISK_FULL and a note save with DISK_FULL, and keeps the vault as it was', async () => {
    const before = await vaultState();
    const db = core.session.db();
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    try {
      const incoming = path.join(dir, 'incoming-full');
      fs.mkdirSync(incoming);
      fs.writeFileSync(path.join(incoming, 'new-exhibit.pdf'), await bulkyPdf());
      const progress = await importFiles([path.join(incoming, 'new-exhibit.pdf')]);
      expect(progress.state).toBe('failed');
      expect(progress.error?.code).toBe('DISK_FULL');

      const longText = 'Показания свидетеля записаны дословно. '.repeat(20_000);
      const saved = await core.api.notes.save({ id: noteId, doc: plainTextToNoteDoc(longText) });
      expect(errorCodeOf(saved)).toBe('DISK_FULL');
    } finally {
      db.pragma('max_page_count = 4294967294');
    }
    expect(await vaultState()).toEqual(before);
  }, 60_000);
});

// Mounting happens in beforeAll, never while the file is collected, so a run that filters these
// tests out leaves no mount behind.
const NO_TMPFS = 'needs a tmpfs mount: root with CAP_SYS_ADMIN on Linux';

describe('output files on a full file system (a 1 MiB tmpfs, filled up)', () => {
  const mount = path.join(dir, 'full-disk');
  let mounted = false;
  beforeAll(() => {
    mounted = mountTmpfs(mount, { sizeKiB: 1024 });
  });
  afterAll(() => mounted && unmount(mount));

  it('answers DISK_FULL for every export and the backup, leaves no file and the vault as it was', async ({
    skip,
  }) => {
    if (!mounted) skip(NO_TMPFS);
    fillUp(mount);
    const before = await vaultState();
    expect(await writeEverything(mount)).toEqual(everyWrite('DISK_FULL'));
    expect(fs.readdirSync(mount).sort()).toEqual(['filler', 'filler-tail']);
    const after = await vaultState();
    expect({ ...after, auditEntries: before.auditEntries }).toEqual(before);
  }, 120_000);
});

describe('output files in a folder that cannot be written', () => {
  it('answers NOT_WRITABLE when the chosen folder is gone (a USB stick pulled after the dialog)', async () => {
    const gone = path.join(dir, 'unplugged');
    const before = await vaultState();
    expect(await writeEverything(gone, { withDossierPdf: false })).toEqual(
      everyWrite('NOT_WRITABLE', BACKUP_UNWRITABLE, false),
    );
    expect(fs.existsSync(gone)).toBe(false);
    const after = await vaultState();
    expect({ ...after, auditEntries: before.auditEntries }).toEqual(before);
  }, 120_000);

  // Root ignores permission bits, so as root the read-only folder is a read-only mount (EROFS);
  // as any other user it is a folder without write permission (EACCES).
  const readOnly = path.join(dir, 'read-only');
  const asRoot = process.getuid?.() === 0;
  let ready = false;
  beforeAll(() => {
    if (asRoot) ready = mountTmpfs(readOnly, { sizeKiB: 64, readOnly: true });
    else {
      fs.mkdirSync(readOnly);
      fs.chmodSync(readOnly, 0o500);
      ready = true;
    }
  });
  afterAll(() => {
    if (asRoot && ready) unmount(readOnly);
    else if (!asRoot) fs.chmodSync(readOnly, 0o700);
  });

  it(`answers NOT_WRITABLE in a read-only folder (${asRoot ? 'read-only tmpfs, as root' : 'mode 0500'}) and leaves it empty`, async ({
    skip,
  }) => {
    if (!ready) skip(NO_TMPFS);
    // The folder really refuses a write: otherwise this test would prove nothing.
    expect(() => fs.writeFileSync(path.join(readOnly, 'probe'), 'x')).toThrow();
    const before = await vaultState();
    expect(await writeEverything(readOnly, { withDossierPdf: false })).toEqual(
      everyWrite('NOT_WRITABLE', BACKUP_UNWRITABLE, false),
    );
    expect(fs.readdirSync(readOnly)).toEqual([]);
    const after = await vaultState();
    expect({ ...after, auditEntries: before.auditEntries }).toEqual(before);
  }, 120_000);
});
