import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/Heading';
import { useNavigate } from '../../app/route';
import { SearchPanel } from './SearchPanel';

/** Search across every case; the query lives in the route, so "back" from a hit keeps it. */
export function SearchScreen({ query }: { query: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="screen search-screen">
      <ScreenHeading>{t('search.title')}</ScreenHeading>
      <SearchPanel
        query={query}
        onQueryChange={(next) => navigate({ name: 'search', query: next })}
        label={t('search.allCases')}
        autoFocus
      />
    </div>
  );
}
