import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, routeKeys, type RouteKey } from '../../shared/ipc/contract';
import { withoutUndefined } from '../../shared/ipc/dispatch';
import { expectOk, openCoreFixture, type CoreFixture } from '../support/coreFixture';

const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** One valid input per route; typed by RouteKey so a new route cannot be left out. */
const validInputs: Record<RouteKey, unknown> = {
  'settings.get': undefined,
  'settings.update': { language: 'kk' },
  'vault.status': undefined,
  'vault.create': { passphrase: 'a long enough passphrase' },
  'vault.unlock': { passphrase: 'a long enough passphrase' },
  'vault.lock': undefined,
  'vault.changePassphrase': {
    current: 'a long enough passphrase',
    next: 'another long passphrase',
  },
  'vault.backup': {
    out: '/home/lawyer/Копии/vault.casefile',
    passphrase: 'a long enough passphrase',
    newPassphrase: 'another long passphrase',
  },
  'vault.restore': {
    file: 'C:\\Users\\Әлиев\\vault.casefile',
    passphrase: 'a long enough passphrase',
  },
  'vault.check': { passphrase: 'a long enough passphrase' },
  'cases.list': { text: 'суд', statuses: ['open'], sort: 'title', direction: 'asc' },
  'cases.get': { id: uuid },
  'cases.create': { title: 'Дело', number: '1-2/2026', tags: ['ст. 274'] },
  'cases.update': { id: uuid, changes: { title: 'Дело', court: null } },
  'cases.archive': { id: uuid },
  'cases.unarchive': { id: uuid },
  'cases.delete': { id: uuid, confirm: true },
  'parties.add': { caseId: uuid, name: 'Әлиев Қ.', role: 'client' },
  'parties.update': { id: uuid, changes: { role: 'witness' } },
  'parties.remove': { id: uuid },
  'hearings.add': { caseId: uuid, at: '2027-01-15T10:00', kind: 'hearing' },
  'hearings.update': { id: uuid, changes: { done: true } },
  'hearings.remove': { id: uuid },
  'hearings.upcoming': { now: '2026-11-29T09:00', days: 30 },
  'documents.import': {
    caseId: uuid,
    paths: ['/home/lawyer/Дело/Приговор.pdf', 'C:\\Users\\Әлиев\\docs'],
    pdfPassword: 'пароль',
    metadata: { docType: 'verdict', tags: ['ст. 274'] },
  },
  'documents.list': { caseId: uuid },
  'documents.get': { id: uuid },
  'documents.update': { id: uuid, changes: { title: 'Приговор', docDate: null } },
  'documents.remove': { id: uuid, confirm: true },
  'documents.content': { id: uuid },
  'documents.verify': { id: uuid },
  'documents.exportOriginal': { id: uuid, path: '/home/lawyer/Приговор (копия).pdf' },
  'search.query': { query: 'суд приговор -"апелляция" date:2024-01..2024-06', limit: 20 },
  'search.snippets': { query: 'суд', documentId: uuid, pages: [1, 2] },
  'search.reindex': undefined,
  'dialogs.openDocuments': undefined,
  'dialogs.saveFile': { suggestedName: 'Приговор.pdf' },
  'jobs.cancel': { jobId: uuid },
  'audit.list': { caseId: uuid, actions: ['case.created'], limit: 10, cursor: 5 },
  'audit.verify': undefined,
  'documents.dependents': { id: uuid },
  'notes.list': { caseId: uuid },
  'notes.get': { id: uuid },
  'notes.create': { caseId: uuid, title: 'Позиция', doc: { type: 'doc', content: [] } },
  'notes.save': { id: uuid, title: 'Позиция' },
  'notes.remove': { id: uuid, confirm: true },
  'notes.history': { id: uuid },
  'notes.version': { id: uuid, versionId: 1 },
  'notes.restore': { id: uuid, versionId: 1 },
  'annotations.list': { documentId: uuid },
  'annotations.create': {
    documentId: uuid,
    page: 1,
    kind: 'highlight',
    rects: [{ x: 1, y: 2, width: 3, height: 4 }],
    quote: 'Сотталушы',
  },
  'annotations.update': { id: uuid, changes: { color: 'green', comment: null } },
  'annotations.remove': { id: uuid },
  'facts.list': { caseId: uuid },
  'facts.get': { id: uuid },
  'facts.create': {
    caseId: uuid,
    date: { kind: 'exact', date: '2024-05-14' },
    statement: 'Свидетель показал',
    source: { documentId: uuid, page: 2, quote: 'видел' },
  },
  'facts.update': { id: uuid, changes: { status: 'disputed', source: null } },
  'facts.remove': { id: uuid },
  'facts.exportCsv': { caseId: uuid, path: '/home/lawyer/Хронология.csv' },
  'dialogs.openText': { kind: 'markdown' },
  'exports.writeText': { path: '/home/lawyer/Позиция.md', text: '# Позиция' },
  'dossier.export': {
    options: { caseId: uuid, sections: [{ title: 'Материалы', documentIds: [uuid] }] },
    out: '/home/lawyer/Дело.zip',
    format: 'zip',
  },
  'dossier.verify': { path: '/home/lawyer/Дело.zip' },
  'dialogs.openDossier': undefined,
  'ocr.run': { caseId: uuid, langs: ['kaz', 'rus'] },
  'ocr.status': { caseId: uuid },
  'ocr.cancel': { documentId: uuid },
  'ocr.setLanguages': { documentId: uuid, languages: ['rus', 'eng'] },
  'ocr.pageWords': { documentId: uuid, pageNo: 1 },
};

// The dispatcher's own semantics: keys holding undefined count as absent.
const isInvalid = (key: RouteKey, input: unknown) =>
  !contract.routes[key].input.safeParse(withoutUndefined(input)).success;

/** Inputs a confused or hostile renderer might send: wrong types, extra keys, hostile strings. */
function malformedFor(key: RouteKey): fc.Arbitrary<unknown> {
  const valid = validInputs[key];
  const hostile = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      "'; DROP TABLE cases; --",
      '../../etc/passwd',
      '\u0000',
      'x'.repeat(100_000),
      -1,
      1e308,
      NaN,
    ),
  );
  const mutated =
    valid !== null && typeof valid === 'object'
      ? fc.oneof(
          fc
            .record({ field: fc.constantFrom(...Object.keys(valid)), value: hostile })
            .map(({ field, value }) => ({
              ...valid,
              [field]: value,
            })),
          fc
            .record({
              extra: fc.string({ minLength: 1 }).filter((name) => !(name in valid)),
              value: hostile,
            })
            .map(({ extra, value }) => ({ ...valid, [extra]: value })),
        )
      : hostile;
  return fc.oneof(hostile, mutated);
}

const aTitle = (title: unknown) => ({ title });

/** What a lawyer may legitimately type, and what must never be stored. Checked against the real schemas. */
const mustAccept: [RouteKey, unknown][] = [
  ['cases.create', aTitle('Дело № 2-1234/2026 (ст. 274 УК РК) — Әлиев Қ.')],
  ['cases.create', aTitle('Іс бойынша Ұлттық қауіпсіздік комитетінің қаулысы')],
  ['cases.create', aTitle('Медеуский районный суд г. Алматы '.repeat(8).trim())],
  ['cases.create', { title: 'X', tags: ['ст. 274 ч. 2 п. 3)', '#свобода_слова', 'O’Brien'] }],
  ['cases.create', { title: 'X', description: 'Строка 1\n\tСтрока 2\r\nҚазақша' }],
  ['cases.create', { title: 'X', openedOn: '2026-01-10', closedOn: '2026-01-10' }],
  ['cases.get', { id: uuid.toUpperCase() }],
  [
    'parties.add',
    {
      caseId: uuid,
      name: 'Жанар Қасымқызы',
      role: 'witness',
      contact: 'тел. +7 701 000 00 00\nул. Абая, 1',
    },
  ],
  ['hearings.add', { caseId: uuid, at: '2100-12-31T23:59', kind: 'deadline' }],
  ['cases.update', { id: uuid, changes: { court: undefined, title: 'Новое' } }],
];

const mustReject: [RouteKey, unknown][] = [
  ['search.query', { query: 'x'.repeat(4001) }],
  ['search.query', { query: 'суд', limit: 0 }],
  ['search.query', { query: 'суд', caseId: 'not-a-case' }],
  ['search.snippets', { query: 'суд', documentId: uuid, pages: [] }],
  ['search.snippets', { query: 'суд', documentId: uuid, pages: [0] }],
  ['cases.create', aTitle('')],
  ['cases.create', aTitle('   ')],
  ['cases.create', aTitle('\u200B\u00AD')],
  ['cases.create', aTitle('—')],
  ['cases.create', aTitle('Дело\u0000')],
  ['cases.create', aTitle('Дело\u0007')],
  ['cases.create', aTitle('2-1234/\u202E6202')],
  ['cases.create', aTitle('Дело \u2066скрыто\u2069')],
  ['cases.create', aTitle('x'.repeat(301))],
  ['cases.create', { title: 'X', tags: ['\u0000'] }],
  ['cases.create', { title: 'X', description: 'a\u202Eb' }],
  ['cases.create', { title: 'X', openedOn: '0000-01-01' }],
  ['cases.create', { title: 'X', openedOn: '9999-12-31' }],
  ['cases.create', { title: 'X', openedOn: '2026-02-30' }],
  ['cases.create', { title: 'X', openedOn: '2026-05-01', closedOn: '2026-04-30' }],
  ['cases.create', JSON.parse('{"title":"X","__proto__":{"polluted":true}}')],
  ['cases.create', { title: 'X', constructor: 'x' }],
  ['cases.get', { id: 'not-a-uuid' }],
  ['cases.delete', { id: uuid, confirm: 'yes' }],
  ['hearings.add', { caseId: uuid, at: '2026-12-01T09:30:00Z', kind: 'hearing' }],
  ['hearings.upcoming', { now: '9999-12-15T10:00', days: 30 }],
  ['hearings.upcoming', { now: '2026-12-15T10:00', days: 367 }],
  ['vault.create', { passphrase: 'x'.repeat(1025) }],
  ['documents.import', { caseId: uuid, paths: ['relative/file.pdf'] }],
  ['documents.import', { caseId: uuid, paths: ['/tmp/a\u0000.pdf'] }],
  ['documents.import', { caseId: uuid, paths: [] }],
  ['documents.remove', { id: uuid }],
  ['documents.exportOriginal', { id: uuid, path: '../escape.pdf' }],
];

describe('the contract at the trust boundary', () => {
  let fixture: CoreFixture;
  beforeAll(async () => {
    fixture = await openCoreFixture();
  });
  afterAll(() => fixture.dispose());

  it('has a valid example per route that its own schema accepts', () => {
    expect(Object.keys(validInputs).sort()).toEqual([...routeKeys].sort());
    for (const key of routeKeys) expect(isInvalid(key, validInputs[key]), key).toBe(false);
  });

  it.each(mustAccept)('accepts legitimate input to %s: %j', (key, input) => {
    expect(isInvalid(key, input)).toBe(false);
  });

  it.each(mustReject)('rejects %s input that must never be stored: %j', async (key, input) => {
    expect(await fixture.core.dispatch(key, input)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('rejects an unknown route with VALIDATION', async () => {
    for (const key of ['cases', 'cases.drop', '__proto__', 'constructor', 'vault.status ', '']) {
      expect(await fixture.core.dispatch(key, undefined)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });

  for (const key of routeKeys) {
    it(`rejects every malformed input to ${key} with VALIDATION and keeps working`, async () => {
      await fc.assert(
        fc.asyncProperty(malformedFor(key), async (input) => {
          // Checked here rather than as a filter, so shrunk counterexamples stay malformed too.
          fc.pre(isInvalid(key, input));
          const result = await fixture.core.dispatch(key, input);
          expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+|SqliteError|\/tmp\//);
        }),
        { numRuns: 60 },
      );
      // The vault is still open and serving after the barrage.
      expect(expectOk(await fixture.api.vault.status())).toEqual({ state: 'unlocked' });
      expect(Array.isArray(expectOk(await fixture.api.cases.list()))).toBe(true);
    });
  }
});
