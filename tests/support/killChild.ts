// Child process of the kill test (issue 7): opens a vault through the real core and loops over
// random operations until the parent SIGKILLs it. A `done` line is written only after the
// operation's route has returned (its transaction committed, its export file linked into place);
// a `pending` line before an edit names the value it may leave behind if killed mid-way.
// Lines go out with a synchronous write so a kill cannot lose one that was written.
//
// argv: vaultPath passphrase seed fixturesDir workDir
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core/createCore';
import type { DossierProgress } from '../../shared/domain/dossier';
import type { CaseId, DocumentId, FactId, NoteId } from '../../shared/domain/ids';
import type { ImportProgress } from '../../shared/domain/job';
import { noteDocText, plainTextToNoteDoc } from '../../shared/domain/note';
import { createClient } from '../../shared/ipc/client';
import type { Result } from '../../shared/errors';
import { PDF_TEXT_WORKER, TSX_EXEC_ARGV } from '../integration/workers/pdfTextWorkerPath';
import type { KillLine } from './killLines';
import { seededRandom } from './seededRandom';

const [vaultPath, passphrase, seedText, fixturesDir, workDir] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const random = seededRandom(Number(seedText));
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const say = (line: KillLine) => fs.writeSync(1, `${JSON.stringify(line)}\n`);
const ok = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

// An async main, not top-level await: tsx compiles this file as CommonJS.
async function main(): Promise<never> {
  const core = createCore({
    vaultPath,
    pdfWorker: { path: PDF_TEXT_WORKER, execArgv: TSX_EXEC_ARGV },
  });
  const api = createClient(core.dispatch);
  const imports = new Map<string, ImportProgress>();
  const exports = new Map<string, DossierProgress>();
  core.subscribe('jobs.progress', (payload) => {
    const event = payload as ImportProgress;
    imports.set(event.jobId, event);
  });
  core.subscribe('dossier.progress', (payload) => {
    const event = payload as DossierProgress;
    exports.set(event.jobId, event);
  });

  ok(await api.vault.unlock({ passphrase }));
  const cases: CaseId[] = ok(await api.cases.list({})).map((item) => item.id);
  const documents = new Map<CaseId, DocumentId[]>();
  for (const caseId of cases) {
    documents.set(
      caseId,
      ok(await api.documents.list({ caseId })).map((item) => item.id),
    );
  }
  const notes: NoteId[] = [];
  const facts: FactId[] = [];
  const fixtures = fs.readdirSync(fixturesDir).map((name) => path.join(fixturesDir, name));
  const inbox = path.join(workDir, 'in');
  const outbox = path.join(workDir, 'out');
  fs.mkdirSync(inbox, { recursive: true });
  fs.mkdirSync(outbox, { recursive: true });
  say({ t: 'ready' });

  const words = ['свидетель', 'Әлиев', 'witness', 'сот', 'үкім', 'протокол', 'alibi', 'Қарағанды'];
  const sentence = (n: number) => Array.from({ length: n }, () => random.pick(words)).join(' ');
  const documentsOf = (caseId: CaseId) => documents.get(caseId) ?? [];
  const caseWithDocuments = () => cases.find((caseId) => documentsOf(caseId).length > 0);

  let counter = 0;
  const operations: Record<string, () => Promise<void>> = {
    async createCase() {
      const title = `Дело ${sentence(2)} ${counter}`;
      const { id } = ok(await api.cases.create({ title }));
      cases.push(id);
      say({ t: 'done', kind: 'case', id, sha: sha(title) });
    },
    async importPdf() {
      const caseId = random.pick(cases);
      // A comment after %%EOF makes each copy a distinct file (same bytes twice is a duplicate).
      const bytes = Buffer.concat([
        fs.readFileSync(random.pick(fixtures)),
        Buffer.from(`\n%kill ${seedText} ${counter}\n`),
      ]);
      const file = path.join(inbox, `${counter}-документ.pdf`);
      fs.writeFileSync(file, bytes);
      const { jobId } = ok(await api.documents.import({ caseId, paths: [file] }));
      await core.idle();
      const result = imports.get(jobId)?.results[0];
      if (result?.outcome !== 'imported') throw new Error(`import: ${JSON.stringify(result)}`);
      documents.set(caseId, [...documentsOf(caseId), result.documentId]);
      say({ t: 'done', kind: 'document', id: result.documentId, sha: sha(bytes) });
    },
    async createNote() {
      const text = sentence(random.int(5, 400));
      const note = ok(
        await api.notes.create({
          caseId: random.pick(cases),
          title: `Заметка ${counter}`,
          doc: plainTextToNoteDoc(text),
        }),
      );
      notes.push(note.id);
      say({ t: 'done', kind: 'note', id: note.id, sha: sha(noteDocText(note.doc)) });
    },
    async editNote() {
      if (notes.length === 0) return operations.createNote!();
      const id = random.pick(notes);
      const doc = plainTextToNoteDoc(sentence(random.int(5, 2000)));
      say({ t: 'pending', kind: 'note', id, sha: sha(noteDocText(doc)) });
      const note = ok(await api.notes.save({ id, doc }));
      say({ t: 'done', kind: 'note', id, sha: sha(noteDocText(note.doc)) });
    },
    async createFact() {
      const statement = sentence(random.int(3, 30));
      const fact = ok(
        await api.facts.create({
          caseId: random.pick(cases),
          date: {
            kind: 'exact',
            date: `20${10 + random.int(0, 15)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          },
          statement,
        }),
      );
      facts.push(fact.id);
      say({ t: 'done', kind: 'fact', id: fact.id, sha: sha(fact.statement) });
    },
    async editFact() {
      if (facts.length === 0) return operations.createFact!();
      const id = random.pick(facts);
      const statement = sentence(random.int(3, 30));
      say({ t: 'pending', kind: 'fact', id, sha: sha(statement) });
      const fact = ok(await api.facts.update({ id, changes: { statement } }));
      say({ t: 'done', kind: 'fact', id, sha: sha(fact.statement) });
    },
    async annotate() {
      const caseId = caseWithDocuments();
      if (!caseId) return operations.importPdf!();
      const comment = sentence(random.int(2, 20));
      const annotation = ok(
        await api.annotations.create({
          documentId: random.pick(documentsOf(caseId)),
          page: 1,
          kind: 'comment',
          point: { x: random.int(10, 500), y: random.int(10, 700) },
          comment,
        }),
      );
      say({ t: 'done', kind: 'annotation', id: annotation.id, sha: sha(comment) });
    },
    async exportDossier() {
      const caseId = caseWithDocuments();
      if (!caseId) return operations.importPdf!();
      const format = random.pick(['pdf', 'zip'] as const);
      const out = path.join(outbox, `${counter}-досье.${format}`);
      const { jobId } = ok(
        await api.dossier.export({
          options: {
            caseId,
            sections: [{ title: 'Материалы', documentIds: documentsOf(caseId) }],
            include: {
              cover: true,
              inventory: true,
              chronology: true,
              notes: true,
              annotations: false,
            },
          },
          out,
          format,
        }),
      );
      await core.idle();
      const final = exports.get(jobId);
      if (final?.state !== 'done') throw new Error(`export: ${JSON.stringify(final?.error)}`);
      say({ t: 'done', kind: 'export', id: out, sha: sha(fs.readFileSync(out)) });
    },
    async exportCsv() {
      const out = path.join(outbox, `${counter}-хронология.csv`);
      ok(await api.facts.exportCsv({ caseId: random.pick(cases), path: out }));
      say({ t: 'done', kind: 'export', id: out, sha: sha(fs.readFileSync(out)) });
    },
  };

  // Weighted so that every kind of write is frequent and the slow exports are not too rare.
  const plan = [
    ...Array<string>(3).fill('importPdf'),
    ...Array<string>(3).fill('editNote'),
    ...Array<string>(2).fill('createNote'),
    ...Array<string>(2).fill('createFact'),
    'editFact',
    'annotate',
    'createCase',
    ...Array<string>(2).fill('exportDossier'),
    'exportCsv',
  ];
  for (;;) {
    counter += 1;
    await operations[random.pick(plan)]!();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`kill child failed: ${String(error)}\n`);
  process.exit(1);
});
