import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { SearchPanel } from './SearchPanel';

/** The search box of a case page: this case's documents only. */
export function CaseSearch({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  return (
    <section className="panel case-section case-search" aria-labelledby="case-search-title">
      <h2 id="case-search-title" className="panel__title">
        {t('search.inCase')}
      </h2>
      <SearchPanel
        query={query}
        onQueryChange={setQuery}
        caseId={caseId}
        label={t('search.inCaseLabel')}
      />
    </section>
  );
}
