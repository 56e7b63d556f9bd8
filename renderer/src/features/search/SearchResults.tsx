import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentHit, PageHit } from '../../../../shared/domain/search';
import { useNavigate, useRoute } from '../../app/route';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Snippet } from './Snippet';

type Row =
  { kind: 'document'; hit: DocumentHit } | { kind: 'page'; hit: DocumentHit; page: PageHit };

function rowsOf(documents: readonly DocumentHit[]): Row[] {
  return documents.flatMap((hit) => [
    { kind: 'document' as const, hit },
    ...hit.pages.map((page) => ({ kind: 'page' as const, hit, page })),
  ]);
}

interface SearchResultsProps {
  documents: readonly DocumentHit[];
  /** On a case page the case is known: its title is not repeated on every result. */
  showCase: boolean;
}

/**
 * Hits grouped by document, each matching page under it with its snippet; one click opens the
 * viewer on that page with the matched words marked. Virtualised: a broad query over a large
 * vault yields thousands of pages.
 */
export function SearchResults({ documents, showCase }: SearchResultsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const route = useRoute();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = rowsOf(documents);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'document' ? 56 : 64),
    overscan: 8,
  });

  const open = (hit: DocumentHit, page?: PageHit) =>
    navigate({
      name: 'document',
      caseId: hit.caseId,
      id: hit.documentId,
      page: page?.page,
      highlight: page?.terms,
      back: route.name === 'search' ? route : undefined,
    });

  return (
    <div ref={scrollRef} className="search-results">
      <ul
        className="search-results__list"
        aria-label={t('search.results')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const { hit } = row;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={`search-results__row search-results__row--${row.kind}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'document' ? (
                <button type="button" className="search-hit__document" onClick={() => open(hit)}>
                  <span className="search-hit__title">{hit.title}</span>
                  <span className="search-hit__facts">
                    {[
                      showCase ? hit.caseTitle : null,
                      t(`documents.types.${hit.docType}`),
                      hit.docDate ? formatDate(hit.docDate, language) : null,
                      t('search.pagesFound', { count: hit.pages.length }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </button>
              ) : (
                <button
                  type="button"
                  className="search-hit__page"
                  aria-label={t('search.openPage', { title: hit.title, page: row.page.page })}
                  onClick={() => open(hit, row.page)}
                >
                  <span className="search-hit__page-number">
                    {t('search.page', { page: row.page.page })}
                  </span>
                  <Snippet parts={row.page.snippet} />
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
