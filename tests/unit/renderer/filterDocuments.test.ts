import { describe, expect, it } from 'vitest';
import type { DocumentSummary, DocumentType } from '../../../shared/domain/document';
import type { CaseId, DocumentId } from '../../../shared/domain/ids';
import {
  documentMatcher,
  filterAndSortDocuments,
  isFiltering,
  NO_FILTER,
  sortDocuments,
  tagsOf,
  titleComparer,
  type DocumentFilter,
  type DocumentSort,
} from '../../../renderer/src/features/documents/filterDocuments';

let serial = 0;

function doc(fields: Partial<DocumentSummary> & { title: string }): DocumentSummary {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}` as DocumentId,
    caseId: '00000000-0000-4000-8000-000000000000' as CaseId,
    docType: 'other',
    docDate: null,
    language: null,
    originalName: `${fields.title}.pdf`,
    mediaType: 'application/pdf',
    size: 1000,
    sha256: 'a'.repeat(64),
    pageCount: 1,
    pagesWithText: 1,
    tags: [],
    importedAt: `2026-03-01T10:00:${String(serial % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  };
}

const filter = (changes: Partial<DocumentFilter>): DocumentFilter => ({ ...NO_FILTER, ...changes });
const titles = (documents: readonly DocumentSummary[]) => documents.map(({ title }) => title);
const TYPE_LABELS: Partial<Record<DocumentType, string>> = { verdict: 'Verdict', motion: 'Motion' };
const typeLabel = (type: DocumentType) => TYPE_LABELS[type] ?? type;
const sorted = (documents: DocumentSummary[], sort: DocumentSort, language = 'en') =>
  titles(sortDocuments(documents, sort, { language, typeLabel }));

describe('documentMatcher', () => {
  const elkin = doc({
    title: 'Протокол допроса Ёлкина',
    originalName: 'dopros-01.pdf',
    tags: ['свидетель', 'Қарағанды'],
  });
  const verdict = doc({ title: 'Сот үкімі', originalName: 'ukim.pdf', docType: 'verdict' });
  const matches = (changes: Partial<DocumentFilter>) =>
    titles([elkin, verdict].filter(documentMatcher(filter(changes))));

  it('finds words in the title, the original file name and the tags, in any order', () => {
    expect(matches({ text: 'допроса протокол' })).toEqual([elkin.title]);
    expect(matches({ text: 'DOPROS-01' })).toEqual([elkin.title]);
    expect(matches({ text: 'свидетель' })).toEqual([elkin.title]);
    expect(matches({ text: 'протокол үкімі' })).toEqual([]);
  });

  it('folds case and ё→е, and keeps Kazakh letters distinct', () => {
    expect(matches({ text: 'елкина' })).toEqual([elkin.title]);
    expect(matches({ text: 'ЁЛКИНА' })).toEqual([elkin.title]);
    expect(matches({ text: 'қарағанды' })).toEqual([elkin.title]);
    expect(matches({ text: 'ҮКІМІ' })).toEqual([verdict.title]);
    expect(matches({ text: 'укими' }), 'ү and і are not у and и').toEqual([]);
  });

  it('narrows by type and by tag', () => {
    expect(matches({ docType: 'verdict' })).toEqual([verdict.title]);
    expect(matches({ tag: 'Қарағанды' })).toEqual([elkin.title]);
    expect(matches({ tag: 'Қарағанды', docType: 'verdict' })).toEqual([]);
  });

  it('keeps dates inside an inclusive range and leaves out undated documents once a bound is set', () => {
    const march = doc({ title: 'march', docDate: '2026-03-10' });
    const april = doc({ title: 'april', docDate: '2026-04-01' });
    const undated = doc({ title: 'undated' });
    const all = [march, april, undated];
    const within = (from: string | null, to: string | null) =>
      titles(all.filter(documentMatcher(filter({ from, to }))));
    expect(within(null, null)).toEqual(['march', 'april', 'undated']);
    expect(within('2026-03-10', null)).toEqual(['march', 'april']);
    expect(within(null, '2026-03-10')).toEqual(['march']);
    expect(within('2026-03-11', '2026-04-01')).toEqual(['april']);
    expect(within('2026-05-01', null)).toEqual([]);
  });

  it('tells documents with a full text layer from scanned pages and from no text at all', () => {
    const full = doc({ title: 'full', pageCount: 3, pagesWithText: 3 });
    const partly = doc({ title: 'partly', pageCount: 3, pagesWithText: 1 });
    const scanned = doc({ title: 'scanned', pageCount: 2, pagesWithText: 0 });
    const image = doc({ title: 'image', pageCount: null, pagesWithText: 0 });
    const all = [full, partly, scanned, image];
    const withStatus = (textStatus: DocumentFilter['textStatus']) =>
      titles(all.filter(documentMatcher(filter({ textStatus }))));
    expect(withStatus('all')).toEqual(['full', 'partly', 'scanned', 'image']);
    expect(withStatus('complete')).toEqual(['full']);
    expect(withStatus('missing')).toEqual(['partly', 'scanned']);
    expect(withStatus('none')).toEqual(['scanned', 'image']);
  });

  it('says whether any filter is set (blank text is no filter)', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering(filter({ text: '   ' }))).toBe(false);
    expect(isFiltering(filter({ text: 'a' }))).toBe(true);
    expect(isFiltering(filter({ textStatus: 'none' }))).toBe(true);
    expect(isFiltering(filter({ to: '2026-01-01' }))).toBe(true);
  });
});

describe('sortDocuments', () => {
  it('keeps the core’s import order by default and reverses it on request', () => {
    const first = doc({ title: 'b', importedAt: '2026-03-01T10:00:00.000Z' });
    const sameInstant = doc({ title: 'a', importedAt: '2026-03-01T10:00:00.000Z' });
    const later = doc({ title: 'c', importedAt: '2026-03-02T10:00:00.000Z' });
    const list = [first, sameInstant, later];
    expect(sorted(list, { key: 'imported', direction: 'asc' })).toEqual(['b', 'a', 'c']);
    expect(sorted(list, { key: 'imported', direction: 'desc' })).toEqual(['c', 'a', 'b']);
  });

  it('sorts titles by the Russian alphabet (ё with е), numbers by value, case ignored', () => {
    const list = ['Том 10', 'ёж', 'Жалоба', 'Том 2', 'Ель', 'апелляция'].map((title) =>
      doc({ title }),
    );
    expect(sorted(list, { key: 'title', direction: 'asc' }, 'ru')).toEqual([
      'апелляция',
      'ёж',
      'Ель',
      'Жалоба',
      'Том 2',
      'Том 10',
    ]);
    expect(sorted(list, { key: 'title', direction: 'desc' }, 'ru')[0]).toBe('Том 10');
  });

  it('puts Kazakh І after Ы and Ұ before Ү', () => {
    const list = ['Іс', 'Ымырт', 'Үкім', 'Ұсыныс', 'Уақыт', 'Ию', 'Ьа'].map((title) =>
      doc({ title }),
    );
    expect(sorted(list, { key: 'title', direction: 'asc' }, 'kk')).toEqual([
      'Ию',
      'Уақыт',
      'Ұсыныс',
      'Үкім',
      'Ымырт',
      'Іс',
      'Ьа',
    ]);
  });

  it('sorts by date, page count and size with missing values last in both directions', () => {
    const old = doc({ title: 'old', docDate: '2025-01-01', pageCount: 10, size: 50 });
    const undated = doc({ title: 'undated', pageCount: null, size: 10 });
    const recent = doc({ title: 'recent', docDate: '2026-01-01', pageCount: 2, size: 900 });
    const list = [old, undated, recent];
    expect(sorted(list, { key: 'date', direction: 'asc' })).toEqual(['old', 'recent', 'undated']);
    expect(sorted(list, { key: 'date', direction: 'desc' })).toEqual(['recent', 'old', 'undated']);
    expect(sorted(list, { key: 'pages', direction: 'asc' })).toEqual(['recent', 'old', 'undated']);
    expect(sorted(list, { key: 'pages', direction: 'desc' })).toEqual(['old', 'recent', 'undated']);
    expect(sorted(list, { key: 'size', direction: 'desc' })).toEqual(['recent', 'old', 'undated']);
  });

  it('sorts types by their translated names and breaks ties by title', () => {
    const list = [
      doc({ title: 'z', docType: 'verdict' }),
      doc({ title: 'y', docType: 'motion' }),
      doc({ title: 'x', docType: 'verdict' }),
    ];
    expect(sorted(list, { key: 'type', direction: 'asc' })).toEqual(['y', 'x', 'z']);
    expect(sorted(list, { key: 'type', direction: 'desc' })).toEqual(['x', 'z', 'y']);
  });

  it('does not reorder its input', () => {
    const list = [doc({ title: 'b' }), doc({ title: 'a' })];
    sortDocuments(list, { key: 'title', direction: 'asc' }, { language: 'en', typeLabel });
    expect(titles(list)).toEqual(['b', 'a']);
  });
});

describe('titleComparer', () => {
  it('agrees with a full Kazakh collation where Intl has one (Node’s ICU does)', () => {
    const words = ['ы', 'і', 'Ыс', 'Іс', 'ь', 'у', 'ұ', 'ү', 'Ұл', 'Үй', 'Ул', 'қ', 'к', 'ә', 'а'];
    const full = new Intl.Collator('kk', { sensitivity: 'base', numeric: true });
    expect(full.resolvedOptions().locale).toBe('kk');
    expect([...words].sort(titleComparer('kk'))).toEqual([...words].sort(full.compare));
  });

  it('gives the Kazakh order even over a collator that only knows the root order', () => {
    const words = ['Іс', 'Ыс', 'Үй', 'Ұл', 'Ьа', 'Ия'];
    // 'und' is the root order, which is all Chromium's Intl has for Kazakh.
    const root = new Intl.Collator('und', { sensitivity: 'base', numeric: true });
    expect([...words].sort(root.compare)).toEqual(['Ия', 'Іс', 'Үй', 'Ұл', 'Ыс', 'Ьа']);
    expect([...words].sort(titleComparer('kk'))).toEqual(['Ия', 'Ұл', 'Үй', 'Ыс', 'Іс', 'Ьа']);
  });
});

describe('tagsOf and filterAndSortDocuments', () => {
  it('lists each tag once in the UI language’s order', () => {
    const list = [doc({ title: 'a', tags: ['Іс', 'ы'] }), doc({ title: 'b', tags: ['ы', 'а'] })];
    expect(tagsOf(list, 'kk')).toEqual(['а', 'ы', 'Іс']);
  });

  it('filters, then sorts', () => {
    const list = [
      doc({ title: 'b', tags: ['x'] }),
      doc({ title: 'c' }),
      doc({ title: 'a', tags: ['x'] }),
    ];
    const shown = filterAndSortDocuments(
      list,
      filter({ tag: 'x' }),
      { key: 'title', direction: 'asc' },
      { language: 'en', typeLabel },
    );
    expect(titles(shown)).toEqual(['a', 'b']);
  });
});
