import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactInputDraft } from '../../../shared/domain/fact';
import { CYRILLIC_TITLE, ENGLISH_TITLE } from '../../fixtures/pdfFixtures';
import { errorCodeOf, expectOk } from '../../support/coreFixture';
import { openCaseVault, type CaseVault } from '../notes/caseVault';

let vault: CaseVault;
beforeAll(async () => {
  vault = await openCaseVault();
}, 60_000);
afterAll(() => vault.dispose());

async function removeAllFacts(): Promise<void> {
  for (const fact of expectOk(await vault.api.facts.list({ caseId: vault.caseId }))) {
    expectOk(await vault.api.facts.remove({ id: fact.id }));
  }
}

describe('facts', () => {
  it('keeps a fact’s source document, page, quote and highlight, with people and issues', async () => {
    const { api } = vault;
    const highlight = expectOk(
      await api.annotations.create({
        documentId: vault.verdict,
        page: 2,
        kind: 'highlight',
        rects: [{ x: 50, y: 60, width: 200, height: 14 }],
        quote: 'Сотталушы кінәлі деп танылды.',
      }),
    );
    const fact = expectOk(
      await api.facts.create({
        caseId: vault.caseId,
        date: { kind: 'exact', date: '2024-05-14' },
        statement: 'Суд признал подсудимого виновным',
        source: {
          documentId: vault.verdict,
          page: 2,
          quote: 'Сотталушы кінәлі деп танылды.',
          annotationId: highlight.id,
        },
        partyIds: [vault.parties.defendant, vault.parties.witness, vault.parties.defendant],
        issues: ['ст. 274 УК', 'alibi', 'alibi'],
        status: 'disputed',
        importance: 'key',
      }),
    );
    expect(fact).toMatchObject({
      caseId: vault.caseId,
      date: { kind: 'exact', date: '2024-05-14' },
      statement: 'Суд признал подсудимого виновным',
      source: {
        documentId: vault.verdict,
        documentTitle: CYRILLIC_TITLE,
        page: 2,
        quote: 'Сотталушы кінәлі деп танылды.',
        annotationId: highlight.id,
      },
      sourceNote: null,
      // In the order the case lists its parties; issues alphabetically, each once.
      partyIds: [vault.parties.witness, vault.parties.defendant],
      issues: ['alibi', 'ст. 274 УК'],
      status: 'disputed',
      importance: 'key',
    });
    expect(expectOk(await api.facts.get({ id: fact.id }))).toEqual(fact);

    // The live title follows a rename of the document.
    expectOk(
      await api.documents.update({ id: vault.verdict, changes: { title: 'Приговор (копия)' } }),
    );
    expect(expectOk(await api.facts.get({ id: fact.id })).source?.documentTitle).toBe(
      'Приговор (копия)',
    );
    expectOk(await api.documents.update({ id: vault.verdict, changes: { title: CYRILLIC_TITLE } }));
    expectOk(await api.annotations.remove({ id: highlight.id }));
    // Deleting the highlight leaves the fact and its quote; only the link to the highlight goes.
    expect(expectOk(await api.facts.get({ id: fact.id })).source).toMatchObject({
      documentId: vault.verdict,
      quote: 'Сотталушы кінәлі деп танылды.',
      annotationId: null,
    });
    await removeAllFacts();
  });

  it('lists the chronology by the first day each date covers, undated last', async () => {
    const { api, clock } = vault;
    const add = async (date: FactInputDraft['date'], statement: string) => {
      clock.advanceMinutes(1);
      return expectOk(await api.facts.create({ caseId: vault.caseId, date, statement })).statement;
    };
    await add({ kind: 'undated' }, 'undated');
    await add({ kind: 'year', year: '2024' }, 'year 2024');
    await add({ kind: 'exact', date: '2024-05-14' }, '14 May');
    await add({ kind: 'month', month: '2024-05' }, 'May');
    await add({ kind: 'range', from: '2023-12-30', to: '2024-01-02' }, 'New Year');
    await add({ kind: 'exact', date: '2024-01-01' }, '1 January');
    await add({ kind: 'exact', date: '1999-02-01' }, '1999');
    const list = expectOk(await api.facts.list({ caseId: vault.caseId }));
    expect(list.map((fact) => fact.statement)).toEqual([
      '1999',
      'New Year',
      // Same first day: the one that ends sooner first.
      '1 January',
      'year 2024',
      'May',
      '14 May',
      'undated',
    ]);
    expect(list.find((fact) => fact.statement === 'New Year')?.date).toEqual({
      kind: 'range',
      from: '2023-12-30',
      to: '2024-01-02',
    });
    expect(expectOk(await api.facts.list({ caseId: vault.otherCaseId }))).toEqual([]);
    await removeAllFacts();
  });

  it('updates every field, clears the source and replaces people and issues', async () => {
    const { api } = vault;
    const fact = expectOk(
      await api.facts.create({
        caseId: vault.caseId,
        date: { kind: 'undated' },
        statement: 'Черновик',
        source: { documentId: vault.indictment, page: 3, quote: 'Signed by the prosecutor' },
        partyIds: [vault.parties.witness],
        issues: ['alibi'],
      }),
    );
    expect(fact).toMatchObject({ status: 'unverified', importance: 'normal' });
    expect(fact.source?.documentTitle).toBe(ENGLISH_TITLE);
    const updated = expectOk(
      await api.facts.update({
        id: fact.id,
        changes: {
          date: { kind: 'month', month: '2024-03' },
          statement: 'Обвинительный акт подписан',
          sourceNote: 'Показания на заседании 14 мая',
          partyIds: [vault.parties.defendant],
          issues: [],
          status: 'undisputed',
          importance: 'high',
        },
      }),
    );
    expect(updated).toMatchObject({
      date: { kind: 'month', month: '2024-03' },
      statement: 'Обвинительный акт подписан',
      source: { documentId: vault.indictment, page: 3, quote: 'Signed by the prosecutor' },
      sourceNote: 'Показания на заседании 14 мая',
      partyIds: [vault.parties.defendant],
      issues: [],
      status: 'undisputed',
      importance: 'high',
    });
    const cleared = expectOk(
      await api.facts.update({ id: fact.id, changes: { source: null, sourceNote: null } }),
    );
    expect(cleared).toMatchObject({ source: null, sourceNote: null, statement: updated.statement });
    await removeAllFacts();
  });

  it('refuses a person or a source document from another case, and malformed facts', async () => {
    const { api } = vault;
    const base = {
      caseId: vault.caseId,
      date: { kind: 'year', year: '2024' },
      statement: 'Факт',
    } as const;
    const refused = await api.facts.create({ ...base, partyIds: [vault.parties.otherCase] });
    expect(errorCodeOf(refused)).toBe('VALIDATION');
    expect(refused.ok ? '' : refused.error.message).toMatch(/not a party of this case/);
    const foreignSource = await api.facts.create({
      ...base,
      source: { documentId: vault.otherDocument, page: 1 },
    });
    expect(errorCodeOf(foreignSource)).toBe('VALIDATION');
    expect(foreignSource.ok ? '' : foreignSource.error.message).toMatch(/another case/);
    expect(
      errorCodeOf(
        await api.facts.create({ ...base, source: { documentId: vault.verdict, page: 9 } }),
      ),
    ).toBe('VALIDATION');
    const codeOf = async (input: unknown) =>
      errorCodeOf(await api.facts.create(input as FactInputDraft));
    expect(await codeOf({ ...base, statement: ' ... ' })).toBe('VALIDATION');
    expect(await codeOf({ ...base, date: { kind: 'exact', date: '2024-02-30' } })).toBe(
      'VALIDATION',
    );
    expect(
      await codeOf({ ...base, date: { kind: 'range', from: '2024-05-02', to: '2024-05-01' } }),
    ).toBe('VALIDATION');
    expect(await codeOf({ ...base, status: 'maybe' })).toBe('VALIDATION');
    expect(await codeOf({ ...base, partyIds: ['not-a-uuid'] })).toBe('VALIDATION');
    expect(await codeOf({ ...base, caseId: '0f8fad5b-d9cb-469f-a165-70867728950e' })).toBe(
      'NOT_FOUND',
    );
    // A refused update changes nothing, not even half of it.
    const fact = expectOk(await api.facts.create({ ...base, partyIds: [vault.parties.witness] }));
    const update = await api.facts.update({
      id: fact.id,
      changes: { statement: 'Изменено', partyIds: [vault.parties.otherCase] },
    });
    expect(errorCodeOf(update)).toBe('VALIDATION');
    expect(expectOk(await api.facts.get({ id: fact.id }))).toEqual(fact);
    expect(errorCodeOf(await api.facts.get({ id: '0f8fad5b-d9cb-469f-a165-70867728950e' }))).toBe(
      'NOT_FOUND',
    );
    await removeAllFacts();
    expect(errorCodeOf(await api.facts.remove({ id: fact.id }))).toBe('NOT_FOUND');
  });
});
