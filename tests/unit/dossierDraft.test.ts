import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../shared/domain/ids';
import { dossierOptionsSchema } from '../../shared/domain/dossier';
import {
  addSection,
  canMoveBy,
  createDraft,
  draftProblems,
  dropDocument,
  keepExisting,
  moveBy,
  moveDocument,
  moveSection,
  orderWithinSections,
  pickedIds,
  removeSection,
  renameSection,
  setPicked,
  togglePicked,
  toSections,
  type DossierDraft,
} from '../../renderer/src/features/dossier/dossierDraft';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as DocumentId;
const [a, b, c, d, e] = [1, 2, 3, 4, 5].map(id) as [
  DocumentId,
  DocumentId,
  DocumentId,
  DocumentId,
  DocumentId,
];

/** Each section's documents, as letters, for readable expectations. */
function shape(draft: DossierDraft): string[][] {
  const letter = new Map([a, b, c, d, e].map((value, index) => [value, 'abcde'[index]!]));
  return draft.sections.map((section) => section.documentIds.map((value) => letter.get(value)!));
}

/** Two sections: [a, b, c] and [d, e]. */
function twoSections(): DossierDraft {
  let draft = createDraft([a, b, c, d, e]);
  draft = addSection(draft, 'Evidence');
  draft = moveDocument(draft, d, draft.sections[1]!.key, 0);
  return moveDocument(draft, e, draft.sections[1]!.key, 1);
}

describe('picking documents', () => {
  it('keeps picked documents in place, drops the unpicked and appends the new to the last section', () => {
    const draft = setPicked(twoSections(), [e, a, c]);
    expect(shape(draft)).toEqual([['a', 'c'], ['e']]);
    expect(shape(setPicked(draft, [b, a, c, e, d]))).toEqual([
      ['a', 'c'],
      ['e', 'b', 'd'],
    ]);
  });

  it('toggles one document and never picks it twice', () => {
    let draft = createDraft([a]);
    draft = togglePicked(draft, b, true);
    draft = togglePicked(draft, b, true);
    expect(pickedIds(draft)).toEqual([a, b]);
    expect(pickedIds(togglePicked(draft, a, false))).toEqual([b]);
  });

  it('forgets documents the case no longer has, and keeps the same draft when none went', () => {
    const draft = twoSections();
    expect(keepExisting(draft, new Set([a, b, c, d, e]))).toBe(draft);
    expect(shape(keepExisting(draft, new Set([a, c, e])))).toEqual([['a', 'c'], ['e']]);
  });
});

describe('ordering', () => {
  it('moves one step within a section and across the boundary into the neighbour', () => {
    const draft = twoSections();
    expect(shape(moveBy(draft, b, -1))).toEqual([
      ['b', 'a', 'c'],
      ['d', 'e'],
    ]);
    expect(shape(moveBy(draft, c, 1))).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
    expect(shape(moveBy(draft, d, -1))).toEqual([['a', 'b', 'c', 'd'], ['e']]);
  });

  it('cannot move the first up or the last down', () => {
    const draft = twoSections();
    expect(canMoveBy(draft, a, -1)).toBe(false);
    expect(canMoveBy(draft, e, 1)).toBe(false);
    expect(canMoveBy(draft, d, -1)).toBe(true);
    expect(moveBy(draft, a, -1)).toBe(draft);
  });

  it('drops a row below itself one place earlier, as the rows on screen read', () => {
    const draft = twoSections();
    const first = draft.sections[0]!.key;
    // Dropping a before the row at index 2 (c) lands between b and c.
    expect(shape(dropDocument(draft, a, first, 2))[0]).toEqual(['b', 'a', 'c']);
    // Dropping c before a (index 0) puts it first.
    expect(shape(dropDocument(draft, c, first, 0))[0]).toEqual(['c', 'a', 'b']);
    // Dropping at the end of another section.
    expect(shape(dropDocument(draft, a, draft.sections[1]!.key, 2))).toEqual([
      ['b', 'c'],
      ['d', 'e', 'a'],
    ]);
  });

  it('orders every section within itself by a given order', () => {
    const draft = orderWithinSections(twoSections(), [e, d, c, b, a]);
    expect(shape(draft)).toEqual([
      ['c', 'b', 'a'],
      ['e', 'd'],
    ]);
  });
});

describe('sections', () => {
  it('renames, swaps and removes sections; removed documents join the section before', () => {
    let draft = twoSections();
    const [first, second] = draft.sections.map((section) => section.key) as [string, string];
    draft = renameSection(draft, first, 'Procedural documents');
    expect(draft.sections[0]!.title).toBe('Procedural documents');
    expect(moveSection(draft, second, -1).sections.map((section) => section.key)).toEqual([
      second,
      first,
    ]);
    expect(shape(removeSection(draft, second))).toEqual([['a', 'b', 'c', 'd', 'e']]);
    expect(shape(removeSection(draft, first))).toEqual([['a', 'b', 'c', 'd', 'e']]);
    expect(removeSection(removeSection(draft, first), second)).toEqual(removeSection(draft, first));
  });

  it('never has a document in two sections after any operation', () => {
    let draft = twoSections();
    draft = moveDocument(draft, a, draft.sections[1]!.key, 0);
    draft = dropDocument(draft, a, draft.sections[0]!.key, 1);
    draft = moveBy(moveBy(draft, c, 1), c, 1);
    const ids = pickedIds(draft);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(5);
  });
});

describe('problems before export', () => {
  it('asks for at least one document', () => {
    expect(draftProblems(createDraft())).toEqual([{ kind: 'noDocuments' }]);
  });

  it('names an empty section and a document twice, which the schema refuses too', () => {
    const empty = addSection(createDraft([a]), 'Empty');
    expect(draftProblems(empty)).toEqual([{ kind: 'emptySection', sectionIndex: 1 }]);
    const twice: DossierDraft = {
      nextKey: 3,
      sections: [
        { key: 's1', title: 'One', documentIds: [a, b] },
        { key: 's2', title: 'Two', documentIds: [b] },
      ],
    };
    expect(draftProblems(twice)).toEqual([{ kind: 'duplicate', documentId: b }]);
    const caseId = '00000000-0000-4000-8000-000000000099';
    expect(dossierOptionsSchema.safeParse({ caseId, sections: toSections(twice) }).success).toBe(
      false,
    );
  });

  it('sends sections the schema accepts, titles trimmed', () => {
    let draft = twoSections();
    draft = renameSection(draft, draft.sections[1]!.key, '  Evidence  ');
    expect(draftProblems(draft)).toEqual([]);
    const sections = toSections(draft);
    expect(sections[1]).toEqual({ title: 'Evidence', documentIds: [d, e] });
    const caseId = '00000000-0000-4000-8000-000000000099';
    expect(dossierOptionsSchema.safeParse({ caseId, sections }).success).toBe(true);
  });
});
