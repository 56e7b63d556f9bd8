import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { SearchField } from './SearchField';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';

interface SearchPanelProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** Only this case; absent searches every case. */
  caseId?: CaseId;
  label: string;
  autoFocus?: boolean;
}

/** The search field with its results: the global search screen and every case page use it. */
export function SearchPanel({ query, onQueryChange, caseId, label, autoFocus }: SearchPanelProps) {
  const { t } = useTranslation();
  const search = useSearch(query, caseId);
  const typed = query.trim().length > 0;
  const answered = typed ? search.data : undefined;
  const result = answered?.result;
  const pages = result?.documents.reduce((sum, hit) => sum + hit.pages.length, 0) ?? 0;

  return (
    <div className="search-panel">
      <SearchField
        label={label}
        value={query}
        onChange={onQueryChange}
        error={typed ? search.error : null}
        autoFocus={autoFocus}
      />
      {typed && result && (
        <p className="search-panel__summary" role="status">
          {result.documents.length === 0 && result.items.length === 0
            ? t('search.none')
            : t('search.summary', { count: result.documents.length, pages })}
          {result.items.length > 0 &&
            ` · ${t('search.itemsFound', { count: result.items.length })}`}
          {result.truncated && ` ${t('search.truncated')}`}
        </p>
      )}
      {answered && (answered.result.documents.length > 0 || answered.result.items.length > 0) && (
        <SearchResults
          query={answered.query}
          documents={answered.result.documents}
          items={answered.result.items}
          showCase={caseId === undefined}
        />
      )}
    </div>
  );
}
