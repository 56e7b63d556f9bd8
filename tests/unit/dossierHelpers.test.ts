import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/domain/document';
import type { CaseId, DocumentId } from '../../shared/domain/ids';
import {
  addSection,
  createDraft,
  moveDocument,
} from '../../renderer/src/features/dossier/dossierDraft';
import { dossierFileName } from '../../renderer/src/features/dossier/dossierFileName';
import {
  buildOptions,
  defaultSettings,
  invalidFields,
} from '../../renderer/src/features/dossier/dossierOptions';
import { sortedIds } from '../../renderer/src/features/dossier/sortPicked';
import { estimatePages, stampRange } from '../../renderer/src/features/dossier/stampPreview';

const caseId = '00000000-0000-4000-8000-000000000099' as CaseId;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as DocumentId;

function doc(n: number, fields: Partial<DocumentSummary>): DocumentSummary {
  return {
    id: id(n),
    caseId,
    title: `Document ${n}`,
    docType: 'other',
    docDate: null,
    language: null,
    originalName: `${n}.pdf`,
    mediaType: 'application/pdf',
    size: 1000,
    sha256: '0'.repeat(64),
    pageCount: 1,
    pagesWithText: 1,
    tags: [],
    importedAt: `2026-01-0${n}T10:00:00.000Z`,
    updatedAt: `2026-01-0${n}T10:00:00.000Z`,
    ...fields,
  };
}

describe('the suggested file name', () => {
  it('is the case title with the format as extension', () => {
    expect(dossierFileName('Елкин С. А. — мошенничество, ст. 190 УК РК', 'pdf', 'досье')).toBe(
      'Елкин С. А. — мошенничество, ст. 190 УК РК.pdf',
    );
    expect(dossierFileName('Иванов v. ТОО «Альфа»', 'zip', 'dossier')).toBe(
      'Иванов v. ТОО «Альфа».zip',
    );
  });

  it('cannot climb out of the folder or hold what file systems refuse', () => {
    const name = dossierFileName('../../etc/passwd: "x"?*|<>\u0007', 'pdf', 'dossier');
    // eslint-disable-next-line no-control-regex -- control characters are what must not remain
    expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('falls back to the translated stem, avoids Windows device names and bounds the length', () => {
    expect(dossierFileName(' ... ', 'pdf', 'досье')).toBe('досье.pdf');
    expect(dossierFileName('CON', 'zip', 'dossier')).toBe('_CON.zip');
    expect(dossierFileName('Ә'.repeat(400), 'pdf', 'dossier').length).toBeLessThanOrEqual(124);
  });
});

describe('the stamp preview', () => {
  const stamp = {
    prefix: 'ДЕЛО-7511-',
    start: 1,
    digits: 4,
    position: 'bottom-right',
    fontSize: 9,
  } as const;

  it('prints the first and the last stamp as the core will', () => {
    expect(stampRange(stamp, 42)).toEqual({ first: 'ДЕЛО-7511-0001', last: 'ДЕЛО-7511-0042' });
    expect(stampRange({ ...stamp, start: 98, digits: 2 }, 5)).toEqual({
      first: 'ДЕЛО-7511-98',
      last: 'ДЕЛО-7511-102',
    });
  });

  it('counts document pages, a cover and the inventory, and says when it only estimates', () => {
    const documents = [
      { mediaType: 'application/pdf', pageCount: 3 },
      { mediaType: 'image/png', pageCount: null },
    ] as const;
    const bare = { cover: false, inventory: false, chronology: false, notes: false };
    expect(estimatePages(documents, bare)).toEqual({ pages: 4, exact: true });
    expect(estimatePages(documents, { ...bare, cover: true, inventory: true })).toEqual({
      pages: 6,
      exact: false,
    });
    expect(estimatePages([{ mediaType: 'application/pdf', pageCount: null }], bare).exact).toBe(
      false,
    );
  });
});

describe('one-click orders', () => {
  const documents = [
    doc(1, { title: 'Ходатайство', docType: 'motion', docDate: '2024-05-02' }),
    doc(2, { title: 'Акт', docType: 'evidence', docDate: null }),
    doc(3, { title: 'Жалоба', docType: 'appeal', docDate: '2024-01-10' }),
  ];
  const options = { language: 'ru', typeLabel: (type: string) => type };

  it('sorts by date oldest first with undated last, by title in the alphabet, by type', () => {
    expect(sortedIds(documents, 'date', options)).toEqual([id(3), id(1), id(2)]);
    expect(sortedIds(documents, 'title', options)).toEqual([id(2), id(3), id(1)]);
    expect(sortedIds(documents, 'type', options)).toEqual([id(3), id(2), id(1)]);
  });
});

describe('the export options', () => {
  it('send passwords only for picked documents and only when typed', () => {
    let draft = createDraft([id(1), id(2)]);
    draft = addSection(draft, 'Evidence');
    draft = moveDocument(draft, id(2), draft.sections[1]!.key, 0);
    const passwords = new Map([
      [id(1), 'secret'],
      [id(2), ''],
      [id(3), 'not picked'],
    ]);
    const options = buildOptions(caseId, draft, defaultSettings('kk'), passwords);
    expect(options.passwords).toEqual([{ documentId: id(1), password: 'secret' }]);
    expect(options.language).toBe('kk');
    expect(options.sections).toEqual([
      { title: '', documentIds: [id(1)] },
      { title: 'Evidence', documentIds: [id(2)] },
    ]);
    expect(options).not.toHaveProperty('preparedBy');
    expect(invalidFields(options)).toEqual([]);
  });

  it('name the stamp fields the schema refuses', () => {
    const settings = defaultSettings('ru');
    const draft = createDraft([id(1)]);
    const options = buildOptions(
      caseId,
      draft,
      {
        ...settings,
        stamp: { ...settings.stamp, prefix: 'ДЕЛО\u0007', digits: 9, fontSize: Number.NaN },
      },
      new Map(),
    );
    expect(invalidFields(options).sort()).toEqual(['digits', 'fontSize', 'prefix']);
  });
});
