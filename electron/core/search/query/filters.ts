import {
  DOCUMENT_LANGUAGES,
  DOCUMENT_TYPES,
  type DocumentLanguage,
  type DocumentType,
} from '../../../../shared/domain/document';
import { caseIdSchema } from '../../../../shared/domain/ids';
import { querySyntaxError, type DateRange, type QueryFilters } from './queryAst';

export const FILTER_NAMES = ['case', 'type', 'tag', 'lang', 'date'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export function isFilterName(name: string): name is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(name);
}

export function emptyFilters(): QueryFilters {
  return { caseIds: [], types: [], tags: [], languages: [], date: null };
}

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

const pushOnce = <T>(list: T[], value: T): void => {
  if (!list.includes(value)) list.push(value);
};

/** Adds one `name:value` to `filters`; `position` is where the value starts, for errors. */
export function applyFilter(
  filters: QueryFilters,
  name: FilterName,
  rawValue: string,
  position: number,
): void {
  const value = rawValue.trim();
  const bad = (what: string) => querySyntaxError(position, 'bad_filter_value', `${name}: ${what}`);
  if (value === '') throw bad('empty value');
  switch (name) {
    case 'case': {
      const parsed = caseIdSchema.safeParse(value);
      if (!parsed.success) throw bad('not a case id');
      pushOnce(filters.caseIds, parsed.data);
      return;
    }
    case 'type': {
      const type = value.toLowerCase();
      if (!includes<DocumentType>(DOCUMENT_TYPES, type)) throw bad('unknown document type');
      pushOnce(filters.types, type);
      return;
    }
    case 'lang': {
      const language = value.toLowerCase();
      if (!includes<DocumentLanguage>(DOCUMENT_LANGUAGES, language)) throw bad('unknown language');
      pushOnce(filters.languages, language);
      return;
    }
    case 'tag':
      pushOnce(filters.tags, value);
      return;
    case 'date':
      // Two date ranges would silently intersect, possibly to nothing: ask for one.
      if (filters.date !== null)
        throw querySyntaxError(position, 'duplicate_filter', 'date: given twice');
      filters.date = parseDateRange(value, position);
      return;
  }
}

const BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Bound {
  first: string;
  last: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A year, year-month or full date, as the first and last day it covers; null if not a date. */
function parseBound(text: string): Bound | null {
  const match = BOUND.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  const y = pad(year, 4);
  if (match[2] === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const m = `${y}-${pad(month, 2)}`;
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) return { first: `${m}-01`, last: `${m}-${pad(lastDay, 2)}` };
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return null;
  return { first: `${m}-${pad(day, 2)}`, last: `${m}-${pad(day, 2)}` };
}

/** `2020`, `2020-03`, `2020-03-15`, `A..B`, `..B`, `A..`: inclusive, month and year expanded. */
export function parseDateRange(value: string, position: number): DateRange {
  const bad = (at: number, what: string) =>
    querySyntaxError(at, 'bad_filter_value', `date: ${what}`);
  const separator = value.indexOf('..');
  if (separator === -1) {
    const bound = parseBound(value);
    if (bound === null) throw bad(position, 'not a date');
    return { from: bound.first, to: bound.last };
  }
  const fromText = value.slice(0, separator);
  const toText = value.slice(separator + 2);
  if (fromText === '' && toText === '') throw bad(position, 'a range needs at least one end');
  const from = fromText === '' ? undefined : parseBound(fromText);
  const to = toText === '' ? undefined : parseBound(toText);
  if (from === null) throw bad(position, 'not a date');
  if (to === null) throw bad(position + separator + 2, 'not a date');
  const range: DateRange = {};
  if (from !== undefined) range.from = from.first;
  if (to !== undefined) range.to = to.last;
  if (range.from !== undefined && range.to !== undefined && range.from > range.to)
    throw bad(position + separator + 2, 'the range ends before it starts');
  return range;
}
