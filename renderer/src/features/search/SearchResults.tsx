import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationId, FactId, NoteId } from '../../../../shared/domain/ids';
import type { DocumentHit, ItemHit, PageHit } from '../../../../shared/domain/search';
import { useNavigate, useRoute, type Route } from '../../app/route';
import { DocumentRow, ItemRow, PageRow } from './SearchHitRows';

type Row =
  | { kind: 'itemsHeading' }
  | { kind: 'item'; item: ItemHit }
  | { kind: 'document'; hit: DocumentHit }
  | { kind: 'page'; hit: DocumentHit; page: PageHit };

function rowsOf(items: readonly ItemHit[], documents: readonly DocumentHit[]): Row[] {
  return [
    ...(items.length > 0 ? [{ kind: 'itemsHeading' as const }] : []),
    ...items.map((item) => ({ kind: 'item' as const, item })),
    ...documents.flatMap((hit) => [
      { kind: 'document' as const, hit },
      ...hit.pages.map((page) => ({ kind: 'page' as const, hit, page })),
    ]),
  ];
}

/** Where a note, comment, fact or case found by search opens. */
function routeOfItem(item: ItemHit): Route {
  switch (item.kind) {
    case 'case':
      return { name: 'case', id: item.caseId };
    case 'note':
      return { name: 'note', caseId: item.caseId, id: item.id as NoteId };
    case 'annotation':
      return item.documentId === null
        ? { name: 'case', id: item.caseId }
        : {
            name: 'document',
            caseId: item.caseId,
            id: item.documentId,
            page: item.page ?? undefined,
            annotationId: item.id as AnnotationId,
          };
    case 'fact':
      return { name: 'chronology', caseId: item.caseId, factId: item.id as FactId };
  }
}

interface SearchResultsProps {
  /** The query these results answer (for the snippets of pages further down). */
  query: string;
  documents: readonly DocumentHit[];
  items: readonly ItemHit[];
  /** On a case page the case is known: its title is not repeated on every result. */
  showCase: boolean;
}

/**
 * Notes, facts, comments and cases that match, then hits grouped by document, each matching page
 * under it with its snippet; one click opens the viewer on that page with the matched words
 * marked. Virtualised: a broad query over a large vault yields thousands of pages.
 */
export function SearchResults({ query, documents, items, showCase }: SearchResultsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const route = useRoute();
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = rowsOf(items, documents);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'page' ? 64 : 56),
    overscan: 8,
  });
  const back = route.name === 'search' ? route : undefined;

  const open = (hit: DocumentHit, page?: PageHit, terms?: readonly string[]) =>
    navigate({
      name: 'document',
      caseId: hit.caseId,
      id: hit.documentId,
      page: page?.page,
      highlight: terms ? [...terms] : undefined,
      back,
    });

  const render = (row: Row) => {
    switch (row.kind) {
      case 'itemsHeading':
        return <h3 className="search-results__heading">{t('search.items')}</h3>;
      case 'item':
        return (
          <ItemRow
            item={row.item}
            showCase={showCase}
            onOpen={() => navigate(routeOfItem(row.item))}
          />
        );
      case 'document':
        return <DocumentRow hit={row.hit} showCase={showCase} onOpen={() => open(row.hit)} />;
      case 'page':
        return (
          <PageRow
            query={query}
            hit={row.hit}
            page={row.page}
            onOpen={(terms) => open(row.hit, row.page, terms)}
          />
        );
    }
  };

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
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={`search-results__row search-results__row--${row.kind}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {render(row)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
