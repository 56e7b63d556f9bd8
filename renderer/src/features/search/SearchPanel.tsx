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
  const result = typed ? search.data : undefined;
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
          {result.documents.length === 0
            ? t('search.none')
            : t('search.summary', { count: result.documents.length, pages })}
          {result.truncated && ` ${t('search.truncated')}`}
        </p>
      )}
      {typed && result && result.documents.length > 0 && (
        <SearchResults documents={result.documents} showCase={caseId === undefined} />
      )}
    </div>
  );
}
