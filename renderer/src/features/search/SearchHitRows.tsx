import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DocumentHit, ItemHit, PageHit } from '../../../../shared/domain/search';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Snippet } from './Snippet';
import { fetchSnippets, snippetsKey, usePageSnippets } from './usePageSnippets';

export function DocumentRow(props: { hit: DocumentHit; showCase: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { hit } = props;
  return (
    <button type="button" className="search-hit__document" onClick={props.onOpen}>
      <span className="search-hit__title">{hit.title}</span>
      <span className="search-hit__facts">
        {[
          props.showCase ? hit.caseTitle : null,
          t(`documents.types.${hit.docType}`),
          hit.docDate ? formatDate(hit.docDate, language) : null,
          t('search.pagesFound', { count: hit.pages.length }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
    </button>
  );
}

/**
 * One matching page; a page that came without its snippet asks for its document's missing
 * snippets (one request per document, shared by its rows) when it is rendered, i.e. in view.
 */
export function PageRow(props: {
  query: string;
  hit: DocumentHit;
  page: PageHit;
  onOpen: (terms: readonly string[]) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { hit, page, query } = props;
  const missing = page.snippet.length === 0;
  const fetched = usePageSnippets(query, hit, missing).data?.get(page.page);
  const snippet = missing ? (fetched?.snippet ?? []) : page.snippet;
  // A click before the snippet arrived still opens the viewer with the words marked.
  const termsOnOpen = async () => {
    if (!missing || fetched) return fetched?.terms ?? page.terms;
    const snippets = await queryClient.fetchQuery({
      queryKey: snippetsKey(query, hit.documentId),
      queryFn: () => fetchSnippets(query, hit),
    });
    return snippets.find((one) => one.page === page.page)?.terms ?? page.terms;
  };
  return (
    <button
      type="button"
      className="search-hit__page"
      aria-label={t('search.openPage', { title: hit.title, page: page.page })}
      aria-busy={missing && fetched === undefined}
      onClick={() => void termsOnOpen().then(props.onOpen, () => props.onOpen(page.terms))}
    >
      <span className="search-hit__page-number">{t('search.page', { page: page.page })}</span>
      {snippet.length > 0 ? (
        <Snippet parts={snippet} />
      ) : (
        <span className="snippet snippet--pending" />
      )}
    </button>
  );
}

export function ItemRow(props: { item: ItemHit; showCase: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  const { item } = props;
  const kind = t(`search.itemKind.${item.kind}`);
  return (
    <button
      type="button"
      className={`search-hit__item search-hit__item--${item.kind}`}
      aria-label={t('search.openItem', { kind, title: item.title })}
      onClick={props.onOpen}
    >
      <span className="search-hit__item-head">
        <span className="search-hit__kind">{kind}</span>
        <span className="search-hit__title">{item.title}</span>
        {props.showCase && item.kind !== 'case' && (
          <span className="search-hit__facts">{item.caseTitle}</span>
        )}
        {item.page !== null && (
          <span className="search-hit__page-number">{t('search.page', { page: item.page })}</span>
        )}
      </span>
      <Snippet parts={item.snippet} />
    </button>
  );
}
