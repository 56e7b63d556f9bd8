import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, routeKeys, type RouteKey } from '../../shared/ipc/contract';
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
};

const isInvalid = (key: RouteKey, input: unknown) =>
  !contract.routes[key].input.safeParse(input).success;

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
  return fc.oneof(hostile, mutated).filter((input) => isInvalid(key, input));
}

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
