import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, routeKeys, type RouteKey } from '../../shared/ipc/contract';
import { withoutUndefined } from '../../shared/ipc/dispatch';
import { expectOk, openCoreFixture, type CoreFixture } from '../support/coreFixture';
import { ROUTE_SAMPLES, SAMPLE_ID as uuid } from '../support/routeSamples';

/** One valid input per route (the same table the lock and fuzz tests use). */
const validInputs = ROUTE_SAMPLES;

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
