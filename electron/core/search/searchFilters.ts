import type { CaseId } from '../../../shared/domain/ids';
import type { QueryFilters } from './query';

export interface SqlCondition {
  /** Conditions on `documents d`, joined by AND; '1' when there are none. */
  where: string;
  params: string[];
}

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * The query's filters and the search box's scope as SQL on `documents d`. Only bound parameters
 * carry values; the SQL text depends on how many there are, never on what they say.
 */
export function filtersToSql(filters: QueryFilters, scope: CaseId | undefined): SqlCondition {
  const where: string[] = [];
  const params: string[] = [];
  const oneOf = (column: string, values: readonly string[]) => {
    if (values.length === 0) return;
    where.push(`${column} IN (${placeholders(values)})`);
    params.push(...values);
  };
  if (scope !== undefined) oneOf('d.case_id', [scope]);
  oneOf('d.case_id', filters.caseIds);
  oneOf('d.doc_type', filters.types);
  oneOf('d.language', filters.languages);
  for (const tag of filters.tags) {
    where.push('EXISTS (SELECT 1 FROM document_tags t WHERE t.document_id = d.id AND t.tag = ?)');
    params.push(tag);
  }
  // A date filter leaves out undated documents: nothing says they fall in the range.
  if (filters.date?.from !== undefined) {
    where.push('d.doc_date >= ?');
    params.push(filters.date.from);
  }
  if (filters.date?.to !== undefined) {
    where.push('d.doc_date <= ?');
    params.push(filters.date.to);
  }
  return { where: where.length === 0 ? '1' : where.join(' AND '), params };
}

/**
 * The join on `documents d` that `filter` needs, or none when it holds no condition: a
 * `search_rows` row's document always exists (the cascade deletes its rows with it), and looking
 * it up for every matched row costs a third of a common word's query.
 */
export const documentsJoin = (filter: SqlCondition): string =>
  filter.where === '1' ? '' : 'JOIN documents d ON d.id = r.document_id';

/** Filters that only a document can satisfy (a case, a note or a fact has no type or date). */
export const hasDocumentFilters = (filters: QueryFilters): boolean =>
  filters.types.length > 0 ||
  filters.languages.length > 0 ||
  filters.tags.length > 0 ||
  filters.date !== null;
