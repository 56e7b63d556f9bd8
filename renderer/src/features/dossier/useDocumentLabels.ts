import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** The line under a document's title in the builder: type, date and pages, translated. */
export function useDocumentLabels() {
  const { t } = useTranslation();
  const language = useLanguage();
  return {
    meta: (document: DocumentSummary): string =>
      [
        t(`documents.types.${document.docType}`),
        document.docDate ? formatDate(document.docDate, language) : t('dossier.doc.undated'),
        document.pageCount === null ? null : t('dossier.doc.pages', { count: document.pageCount }),
      ]
        .filter(Boolean)
        .join(' · '),
  };
}
