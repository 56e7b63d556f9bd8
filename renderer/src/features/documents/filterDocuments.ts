import type { DocumentSummary, DocumentType } from '../../../../shared/domain/document';
import { foldForMatch } from '../../../../shared/domain/text';

/**
 * The case page's document list, filtered and sorted in the renderer: a case's documents are
 * already all in memory (one `documents.list` answer), so nothing goes back to the core.
 */

export const DOCUMENT_SORT_KEYS = ['imported', 'title', 'date', 'type', 'pages', 'size'] as const;
export type DocumentSortKey = (typeof DOCUMENT_SORT_KEYS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/**
 * "missing" and "none" overlap on purpose: a fully scanned PDF has no text at all and also has
 * pages without a text layer, and a lawyer looking for what needs OCR wants it under both.
 */
export const TEXT_STATUSES = ['all', 'complete', 'missing', 'none'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export interface DocumentFilter {
  /** Words typed by the lawyer; every word must occur in the title, file name or a tag. */
  text: string;
  docType: DocumentType | null;
  /** ISO dates, inclusive; a set bound leaves out documents without a date. */
  from: string | null;
  to: string | null;
  tag: string | null;
  textStatus: TextStatus;
}

export interface DocumentSort {
  key: DocumentSortKey;
  direction: SortDirection;
}

export const NO_FILTER: DocumentFilter = {
  text: '',
  docType: null,
  from: null,
  to: null,
  tag: null,
  textStatus: 'all',
};

/** Import order, oldest first: the list as it was before sorting existed. */
export const DEFAULT_SORT: DocumentSort = { key: 'imported', direction: 'asc' };

export function isFiltering(filter: DocumentFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.docType !== null ||
    filter.from !== null ||
    filter.to !== null ||
    filter.tag !== null ||
    filter.textStatus !== 'all'
  );
}

function matchesTextStatus(document: DocumentSummary, status: TextStatus): boolean {
  const { pageCount, pagesWithText } = document;
  switch (status) {
    case 'all':
      return true;
    case 'complete':
      return pageCount !== null && pageCount > 0 && pagesWithText >= pageCount;
    case 'missing':
      return pageCount !== null && pagesWithText < pageCount;
    case 'none':
      return pageCount === null || pagesWithText === 0;
  }
}

/** A predicate for the filter; the typed words are folded once, not once per document. */
export function documentMatcher(filter: DocumentFilter): (document: DocumentSummary) => boolean {
  const words = foldForMatch(filter.text.trim()).split(/\s+/).filter(Boolean);
  return (document) => {
    if (filter.docType !== null && document.docType !== filter.docType) return false;
    if (filter.tag !== null && !document.tags.includes(filter.tag)) return false;
    if (filter.from !== null || filter.to !== null) {
      const date = document.docDate;
      if (date === null) return false;
      if (filter.from !== null && date < filter.from) return false;
      if (filter.to !== null && date > filter.to) return false;
    }
    if (!matchesTextStatus(document, filter.textStatus)) return false;
    if (words.length === 0) return true;
    const haystack = foldForMatch(
      [document.title, document.originalName, ...document.tags].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  };
}

/** Kazakh letters whose place differs from Unicode's default (root) collation order. */
const KAZAKH_TAILORING: Record<string, string> = {
  // U+FFFF has the highest primary weight in CLDR's root collation: "ы\uFFFF" sorts after every
  // word that starts with ы and before ь, which is where Kazakh puts І.
  і: 'ы\uFFFF',
  І: 'Ы\uFFFF',
  // Kazakh reads У, Ұ, Ү; the root order is У, Ү, Ұ.
  ұ: 'у\uFFFF',
  Ұ: 'У\uFFFF',
};
const KAZAKH_LETTERS = /[іІұҰ]/g;

/**
 * Compares names in the UI language's alphabet. Chromium ships no Kazakh collation (Intl falls
 * back to the root order, which puts І after И), so Kazakh titles are compared through a key
 * that moves І and Ұ to their places; where Intl does know Kazakh, the key changes nothing.
 */
export function titleComparer(language: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  if (language !== 'kk') return collator.compare;
  const key = (text: string) =>
    text.replace(KAZAKH_LETTERS, (letter) => KAZAKH_TAILORING[letter] ?? letter);
  return (a, b) => collator.compare(key(a), key(b));
}

export interface SortOptions {
  /** The UI language, for the title order. */
  language: string;
  /** The translated name of a type: types sort as the lawyer reads them. */
  typeLabel: (type: DocumentType) => string;
}

type Value = string | number | null;

/**
 * Sorted copy. Documents without the sorted value (no date, no page count) come last in both
 * directions; ties go by title, then by the order the core listed them in (import order).
 */
export function sortDocuments(
  documents: readonly DocumentSummary[],
  sort: DocumentSort,
  options: SortOptions,
): DocumentSummary[] {
  const compareTitles = titleComparer(options.language);
  const typeLabels = new Map<DocumentType, string>();
  const labelOf = (type: DocumentType) => {
    let label = typeLabels.get(type);
    if (label === undefined) typeLabels.set(type, (label = options.typeLabel(type)));
    return label;
  };
  const valueOf: Record<DocumentSortKey, (document: DocumentSummary) => Value> = {
    imported: (document) => document.importedAt,
    title: (document) => document.title,
    date: (document) => document.docDate,
    type: (document) => labelOf(document.docType),
    pages: (document) => document.pageCount,
    size: (document) => document.size,
  };
  const isText = sort.key === 'title' || sort.key === 'type';
  const of = valueOf[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compareValues = (x: string | number, y: string | number) =>
    isText ? compareTitles(String(x), String(y)) : x < y ? -1 : x > y ? 1 : 0;

  const indexed = documents.map((document, index) => ({ document, index, value: of(document) }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const order = sign * compareValues(a.value, b.value);
      if (order !== 0) return order;
    }
    // Same instant: the core's order is the import order, and it turns with the direction.
    if (sort.key === 'imported') return sign * (a.index - b.index);
    if (sort.key !== 'title') {
      const byTitle = compareTitles(a.document.title, b.document.title);
      if (byTitle !== 0) return byTitle;
    }
    return a.index - b.index;
  });
  return indexed.map(({ document }) => document);
}

/** The tags present in these documents, each once, in the UI language's order. */
export function tagsOf(documents: readonly DocumentSummary[], language: string): string[] {
  const tags = new Set<string>();
  for (const document of documents) for (const tag of document.tags) tags.add(tag);
  return [...tags].sort(titleComparer(language));
}

/** What the list shows: the matching documents in the chosen order. */
export function filterAndSortDocuments(
  documents: readonly DocumentSummary[],
  filter: DocumentFilter,
  sort: DocumentSort,
  options: SortOptions,
): DocumentSummary[] {
  return sortDocuments(documents.filter(documentMatcher(filter)), sort, options);
}
