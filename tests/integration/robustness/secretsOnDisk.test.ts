import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../../electron/core/createCore';
import type { DossierProgress } from '../../../shared/domain/dossier';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import type { ImportProgress } from '../../../shared/domain/job';
import { plainTextToNoteDoc } from '../../../shared/domain/note';
import { createClient, type CasefileApi } from '../../../shared/ipc/client';
import { expectOk, PASSPHRASE } from '../../support/coreFixture';
import { filesUnder, findMarkers, markerEncodings } from '../../support/markerScan';
import { makeTempDir } from '../../support/tempDir';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../workers/pdfTextWorkerPath';

/**
 * Issue 7 "Secrets on disk": 20 distinct random markers — 10 inside imported documents
 * (Russian, Kazakh and Latin text and titles), 10 in notes, annotation comments and facts —
 * go through import, search, a dossier export and lock, through the same core the app and the
 * e2e harness run (real PDF worker, real bundle worker). Then no marker is in any file of the
 * app's data folder (vault, WAL, SHM, settings), of the OS temp dir or /dev/shm, nor in anything
 * the core logged, in any encoding a writer could have used. The export the lawyer chose must
 * hold them: that proves the markers went all the way through.
 *
 * The app keeps no log directory: the main process reports to stderr (createCore's
 * `onUnexpected`), so the "log" here is every console call and unexpected-error report made
 * while the test ran.
 */

const DEJAVU = path.resolve(__dirname, '../../../resources/fonts/DejaVuSans.ttf');
const run = randomBytes(5).toString('hex');
/** The run id spelled in an alphabet, so each marker is one word of that script. */
const spell = (alphabet: string, salt: number) =>
  [...`${run}${salt.toString(16)}`].map((digit) => [...alphabet][parseInt(digit, 16)]).join('');
const RU = 'абвгдежзиклмнопр';
const KK = 'әғқңөұүһіӘҒҚҢӨҰҮ';
const LATIN = 'QWXZJKVYHBGFDSRT';

const markers = {
  docRuTitle: `Протокол${spell(RU, 1)}`,
  docRu1: `Свидетель${spell(RU, 2)}`,
  docRu2: `Обыск${spell(RU, 3)}`,
  docRu3: `Адрес${spell(RU, 4)}`,
  docKkTitle: `Үкім${spell(KK, 5)}`,
  docKk1: `Куәгер${spell(KK, 6)}`,
  docKk2: `Қала${spell(KK, 7)}`,
  docLatinTitle: `Exhibit${spell(LATIN, 8)}`,
  docLatin1: `Account${spell(LATIN, 9)}`,
  docLatin2: `Informant${spell(LATIN, 10)}`,
  noteRu: `Тактика${spell(RU, 11)}`,
  noteKk: `Жоспар${spell(KK, 12)}`,
  noteLatin: `Strategy${spell(LATIN, 13)}`,
  noteTitle: `Позиция${spell(RU, 14)}`,
  commentRu: `Противоречие${spell(RU, 15)}`,
  commentKk: `Қайшылық${spell(KK, 16)}`,
  commentLatin: `Alibi${spell(LATIN, 17)}`,
  factRu: `Задержание${spell(RU, 18)}`,
  factKk: `Тергеу${spell(KK, 19)}`,
  factLatin: `Meeting${spell(LATIN, 20)}`,
} as const;
type MarkerName = keyof typeof markers;
/** The run id as each alphabet spells it: every marker holds one (a fast first pass). */
const RUN_SPELLINGS = [RU, KK, LATIN].map((alphabet) => spell(alphabet, 0).slice(0, run.length));
const DOCUMENT_MARKERS = Object.keys(markers).filter((name) => name.startsWith('doc'));

/** A PDF whose Info title and page text carry markers (DejaVu Sans for Cyrillic and Kazakh). */
async function markerPdf(title: string, lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  const font = await doc.embedFont(fs.readFileSync(DEJAVU), { subset: true });
  const page = doc.addPage([595, 842]);
  lines.forEach((line, index) =>
    page.drawText(line, { x: 50, y: 780 - index * 24, size: 13, font }),
  );
  // No object streams: the Info dictionary stays readable in the file, so the scanner's control
  // run over the source files sees what a plaintext copy of an original would look like.
  return doc.save({ useObjectStreams: false });
}

const { dir, cleanup } = makeTempDir('casefile-secrets-');
const appData = path.join(dir, 'appdata');
const incoming = path.join(dir, 'incoming');
const exported = path.join(dir, 'chosen-by-lawyer', 'досье.pdf');
const started = Date.now() - 2000;
const logged: string[] = [];
let core: Core;
let api: CasefileApi;
let caseId: CaseId;

function scanAppAndTemp(): string[] {
  const skip = [incoming, path.dirname(exported)];
  const files = [
    ...filesUnder(appData),
    ...filesUnder(os.tmpdir(), { skip, since: started }),
    ...filesUnder('/dev/shm', { since: started }),
  ];
  expect(files.some((file) => file.startsWith(path.join(appData, 'vault')))).toBe(true);
  return findMarkers(files, markers, RUN_SPELLINGS);
}

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
  fs.mkdirSync(incoming, { recursive: true });
  fs.mkdirSync(path.dirname(exported), { recursive: true });
  core = createCore({
    vaultPath: path.join(appData, 'vault', 'casefile.vault'),
    settingsPath: path.join(appData, 'settings.json'),
    pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
    onUnexpected: (route, error) => logged.push(`${route} ${String(error)}`),
  });
  api = createClient(core.dispatch);
  expectOk(await api.vault.create({ passphrase: PASSPHRASE }));
  expectOk(await api.settings.update({ language: 'ru' }));
  caseId = expectOk(await api.cases.create({ title: 'Дело о защите' })).id;

  const sources: [string, Uint8Array][] = [
    [
      'протокол.pdf',
      await markerPdf(markers.docRuTitle, [
        `Протокол допроса: ${markers.docRu1}`,
        `Обыск проведён, ${markers.docRu2}`,
        `Проживает: ${markers.docRu3}`,
      ]),
    ],
    [
      'үкім.pdf',
      await markerPdf(markers.docKkTitle, [`Куәгер ${markers.docKk1}`, `Қала ${markers.docKk2}`]),
    ],
    [
      'exhibit.pdf',
      await markerPdf(markers.docLatinTitle, [
        `Bank account ${markers.docLatin1}`,
        `Informant ${markers.docLatin2}`,
      ]),
    ],
  ];
  for (const [name, bytes] of sources) fs.writeFileSync(path.join(incoming, name), bytes);
  let last: ImportProgress | null = null;
  const stop = core.subscribe('jobs.progress', (payload) => (last = payload as ImportProgress));
  expectOk(
    await api.documents.import({
      caseId,
      paths: sources.map(([name]) => path.join(incoming, name)),
    }),
  );
  await core.idle();
  stop();
  const documentIds = ((last as ImportProgress | null)?.results ?? []).map((result) => {
    if (result.outcome !== 'imported') throw new Error(`${result.name} was not imported`);
    return result.documentId;
  });
  expect(documentIds).toHaveLength(3);

  await writeCaseWork(documentIds);
  const events: DossierProgress[] = [];
  const stopExport = core.subscribe('dossier.progress', (payload) =>
    events.push(payload as DossierProgress),
  );
  expectOk(
    await api.dossier.export({
      options: {
        caseId,
        sections: [{ title: 'Материалы', documentIds }],
        include: { cover: true, inventory: true, chronology: true, notes: true, annotations: true },
      },
      out: exported,
      format: 'pdf',
    }),
  );
  await core.idle();
  stopExport();
  expect(events.at(-1)?.state).toBe('done');
}, 120_000);

async function writeCaseWork(documentIds: DocumentId[]): Promise<void> {
  const note = expectOk(
    await api.notes.create({
      caseId,
      title: markers.noteTitle,
      doc: plainTextToNoteDoc(`Линия защиты: ${markers.noteRu}\nҚорғау: ${markers.noteKk}`),
    }),
  );
  // A second save keeps the first state as a version: history is on disk too.
  expectOk(
    await api.notes.save({
      id: note.id,
      doc: plainTextToNoteDoc(
        `Линия защиты: ${markers.noteRu}\nҚорғау: ${markers.noteKk}\n${markers.noteLatin}`,
      ),
    }),
  );
  const comments = [markers.commentRu, markers.commentKk, markers.commentLatin];
  for (const [index, comment] of comments.entries()) {
    expectOk(
      await api.annotations.create({
        documentId: documentIds[index]!,
        page: 1,
        kind: 'comment',
        point: { x: 400, y: 100 },
        comment,
      }),
    );
  }
  for (const statement of [markers.factRu, markers.factKk, markers.factLatin]) {
    expectOk(
      await api.facts.create({ caseId, date: { kind: 'exact', date: '2024-05-14' }, statement }),
    );
  }
}

afterAll(() => {
  core.close();
  vi.restoreAllMocks();
  cleanup();
});

describe('secrets on disk after import, notes, annotations, facts and a dossier export', () => {
  it('stores every marker: search finds each one in the vault', async () => {
    for (const [name, marker] of Object.entries(markers)) {
      const result = expectOk(await api.search.query({ query: marker }));
      const found = result.documents.length + result.items.length;
      expect(found, `${name} is searchable`).toBeGreaterThan(0);
    }
  });

  it('puts every document, note and fact marker into the exported dossier the lawyer chose', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', exported, '-'], { encoding: 'utf8' });
    const missing = (Object.keys(markers) as MarkerName[]).filter(
      (name) => !name.startsWith('comment') && !text.includes(markers[name]),
    );
    expect(missing).toEqual([]);
  });

  it('leaves no marker in the app data (vault, WAL, SHM, settings), the temp dirs or the log while unlocked', () => {
    expect(fs.existsSync(path.join(appData, 'vault', 'casefile.vault-wal'))).toBe(true);
    expect(scanAppAndTemp()).toEqual([]);
    expect(logged.filter((line) => Object.values(markers).some((m) => line.includes(m)))).toEqual(
      [],
    );
  });

  it('leaves no marker anywhere after locking', async () => {
    expectOk(await api.vault.lock());
    expect(scanAppAndTemp()).toEqual([]);
    expect(logged.filter((line) => Object.values(markers).some((m) => line.includes(m)))).toEqual(
      [],
    );
  });

  it('would see a marker that was there: the source files, and a planted copy in each encoding', () => {
    // The lawyer's own source files carry the document titles in their Info dictionaries.
    const titles = {
      docRuTitle: markers.docRuTitle,
      docKkTitle: markers.docKkTitle,
      docLatinTitle: markers.docLatinTitle,
    };
    expect(findMarkers(filesUnder(incoming), titles, RUN_SPELLINGS)).toHaveLength(3);
    expect(DOCUMENT_MARKERS).toHaveLength(10);
    const plant = path.join(appData, 'planted.bin');
    for (const [name, marker] of Object.entries(markers)) {
      for (const form of markerEncodings(marker)) {
        fs.writeFileSync(plant, Buffer.concat([randomBytes(64), form, randomBytes(64)]));
        expect(findMarkers([plant], { [name]: marker }, RUN_SPELLINGS)).toEqual([
          `${name} in ${plant}`,
        ]);
      }
    }
    fs.rmSync(plant);
  });
});
