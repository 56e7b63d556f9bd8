import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationInput } from '../../../shared/domain/annotation';
import type { DocumentId } from '../../../shared/domain/ids';
import { CYRILLIC_TITLE, ENGLISH_TITLE } from '../../fixtures/pdfFixtures';
import { errorCodeOf, expectOk } from '../../support/coreFixture';
import { openCaseVault, type CaseVault } from '../notes/caseVault';

let vault: CaseVault;
beforeAll(async () => {
  vault = await openCaseVault();
}, 60_000);
afterAll(() => vault.dispose());

type Draft = Omit<AnnotationInput, 'color' | 'rects'> &
  Partial<Pick<AnnotationInput, 'color' | 'rects'>>;

const highlight = (documentId: DocumentId, page: number, y: number, quote: string): Draft => ({
  documentId,
  page,
  kind: 'highlight',
  rects: [
    { x: 50.25, y, width: 210.5, height: 14 },
    { x: 50.25, y: y + 24, width: 120, height: 14 },
  ],
  quote,
});

describe('annotations', () => {
  it('stores a highlight with its exact geometry, quote and comment, in the document’s case', async () => {
    const { api } = vault;
    const created = expectOk(
      await api.annotations.create({
        ...highlight(vault.verdict, 2, 61.5, 'Сотталушы кінәлі деп танылды.'),
        color: 'green',
        comment: 'Ключевой вывод суда',
      }),
    );
    expect(created).toMatchObject({
      caseId: vault.caseId,
      documentId: vault.verdict,
      documentTitle: CYRILLIC_TITLE,
      page: 2,
      kind: 'highlight',
      color: 'green',
      point: null,
      quote: 'Сотталушы кінәлі деп танылды.',
      comment: 'Ключевой вывод суда',
    });
    // Geometry comes back unrounded: what the viewer scales to any zoom.
    expect(created.rects).toEqual([
      { x: 50.25, y: 61.5, width: 210.5, height: 14 },
      { x: 50.25, y: 85.5, width: 120, height: 14 },
    ]);
    expectOk(await api.annotations.remove({ id: created.id }));
  });

  it('lists a document’s annotations by page, then top to bottom, and a case’s with titles', async () => {
    const { api } = vault;
    const low = expectOk(await api.annotations.create(highlight(vault.verdict, 1, 300, 'ниже')));
    const high = expectOk(await api.annotations.create(highlight(vault.verdict, 1, 40, 'выше')));
    const second = expectOk(
      await api.annotations.create(highlight(vault.verdict, 2, 10, 'стр. 2')),
    );
    const sticky = expectOk(
      await api.annotations.create({
        documentId: vault.verdict,
        page: 1,
        kind: 'comment',
        point: { x: 500, y: 120 },
        comment: 'Проверить дату',
      }),
    );
    const english = expectOk(
      await api.annotations.create(highlight(vault.indictment, 2, 60, 'burglary')),
    );
    const byDocument = expectOk(await api.annotations.list({ documentId: vault.verdict }));
    expect(byDocument.map((a) => a.id)).toEqual([high.id, sticky.id, low.id, second.id]);
    expect(sticky).toMatchObject({ rects: [], point: { x: 500, y: 120 }, color: 'yellow' });

    const byCase = expectOk(await api.annotations.list({ caseId: vault.caseId }));
    expect(byCase.map((a) => [a.documentTitle, a.id])).toEqual([
      [CYRILLIC_TITLE, high.id],
      [CYRILLIC_TITLE, sticky.id],
      [CYRILLIC_TITLE, low.id],
      [CYRILLIC_TITLE, second.id],
      [ENGLISH_TITLE, english.id],
    ]);
    expect(expectOk(await api.annotations.list({ caseId: vault.otherCaseId }))).toEqual([]);
    for (const a of byCase) expectOk(await api.annotations.remove({ id: a.id }));
  });

  it('changes colour and comment, and clears a highlight’s comment', async () => {
    const { api, clock } = vault;
    const created = expectOk(
      await api.annotations.create({
        ...highlight(vault.verdict, 1, 40, 'Приговор'),
        comment: 'x',
      }),
    );
    clock.advanceMinutes(1);
    const recoloured = expectOk(
      await api.annotations.update({ id: created.id, changes: { color: 'pink' } }),
    );
    expect(recoloured).toMatchObject({ color: 'pink', comment: 'x' });
    expect(recoloured.updatedAt > created.updatedAt).toBe(true);
    const cleared = expectOk(
      await api.annotations.update({ id: created.id, changes: { comment: null } }),
    );
    expect(cleared).toMatchObject({ color: 'pink', comment: null, quote: 'Приговор' });
    expectOk(await api.annotations.remove({ id: created.id }));
    expect(errorCodeOf(await api.annotations.remove({ id: created.id }))).toBe('NOT_FOUND');
  });

  it('refuses malformed annotations with typed errors', async () => {
    const { api } = vault;
    const codeOf = async (input: unknown) =>
      errorCodeOf(await api.annotations.create(input as AnnotationInput));
    // A highlight covers an area; a comment has a point and words.
    expect(await codeOf({ ...highlight(vault.verdict, 1, 1, 'q'), rects: [] })).toBe('VALIDATION');
    expect(
      await codeOf({ documentId: vault.verdict, page: 1, kind: 'comment', comment: 'no point' }),
    ).toBe('VALIDATION');
    expect(
      await codeOf({
        documentId: vault.verdict,
        page: 1,
        kind: 'comment',
        point: { x: 1, y: 1 },
        comment: '  ',
      }),
    ).toBe('VALIDATION');
    expect(await codeOf({ ...highlight(vault.verdict, 1, 1, 'q'), color: 'black' })).toBe(
      'VALIDATION',
    );
    expect(
      await codeOf({
        ...highlight(vault.verdict, 1, 1, 'q'),
        rects: [{ x: Number.NaN, y: 0, width: 1, height: 1 }],
      }),
    ).toBe('VALIDATION');
    // The verdict has two pages.
    const beyond = await api.annotations.create(highlight(vault.verdict, 3, 1, 'q'));
    expect(errorCodeOf(beyond)).toBe('VALIDATION');
    expect(beyond.ok ? '' : beyond.error.message).toContain('no page 3');
    expect(
      await codeOf(highlight('0f8fad5b-d9cb-469f-a165-70867728950e' as DocumentId, 1, 1, 'q')),
    ).toBe('NOT_FOUND');
    expect(
      errorCodeOf(await api.annotations.list({ documentId: vault.verdict, caseId: vault.caseId })),
    ).toBe('VALIDATION');
    const sticky = expectOk(
      await api.annotations.create({
        documentId: vault.verdict,
        page: 1,
        kind: 'comment',
        point: { x: 1, y: 1 },
        comment: 'текст',
      }),
    );
    // A sticky comment without text would be an invisible pin: delete it instead.
    expect(
      errorCodeOf(await api.annotations.update({ id: sticky.id, changes: { comment: null } })),
    ).toBe('VALIDATION');
    expectOk(await api.annotations.remove({ id: sticky.id }));
  });
});
