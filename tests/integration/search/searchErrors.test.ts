import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearchVault, type SearchVault } from './searchVault';

describe('search errors through dispatch', () => {
  let vault: SearchVault;

  beforeAll(async () => {
    vault = await openSearchVault();
    const caseId = await vault.createCase('Дело');
    await vault.importFile(caseId, 'a.txt', 'Суд вынес приговор; DROP TABLE documents; -- 1=1');
  }, 30_000);
  afterAll(() => vault.dispose());

  it.each([
    ['суд "приговор', 4, 'unclosed_quote'],
    ['(суд OR приговор', 0, 'unbalanced_paren'],
    ['суд OR', 4, 'dangling_operator'],
    ['-приговор', 0, 'only_negative'],
    ['type:memo суд', 5, 'bad_filter_value'],
  ])('answers %j with QUERY_SYNTAX at %i (%s)', async (query, position, reason) => {
    const result = await vault.api.search.query({ query });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'QUERY_SYNTAX', details: { position, reason } },
    });
  });

  it('never turns SQL-looking or random input into an SQL or internal error', async () => {
    const sqlish = fc.constantFrom(
      "'; DROP TABLE documents; --",
      '" OR 1=1 --',
      'text:* OR stems:*',
      'NEAR(a b, -1)',
      'суд AND NOT приговор',
      '\0',
      '{text stems}: суд',
      '*',
      '^суд',
      'case:1 OR 1=1',
      'date:2024..2020',
    );
    const query = fc.oneof(
      sqlish,
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(fc.oneof(sqlish, fc.string({ maxLength: 5 })), { maxLength: 6 })
        .map((parts) => parts.join(' ')),
    );
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(query, async (input) => {
        const result = await vault.api.search.query({ query: input });
        codes.add(result.ok ? 'ok' : result.error.code);
        if (!result.ok) expect(result.error.code).toBe('QUERY_SYNTAX');
      }),
      { numRuns: 400 },
    );
    expect(codes).toEqual(new Set(['ok', 'QUERY_SYNTAX']));
    // The table the input named is still there.
    expect((await vault.titles('приговор')).length).toBe(1);
  });
});
