import { useMutation } from '@tanstack/react-query';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import { api } from '../../api';
import { useNavigate, type Route } from '../../app/route';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../components/Link';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { formatImportDay, formatSize } from './formatDocument';
import { DocumentOcr } from '../ocr/DocumentOcr';

interface DocumentItemProps {
  document: DocumentSummary;
  editButtonRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  onRemove: () => void;
}

/** "Save original as…": the main process's save dialog, then the byte-exact copy. */
function useExportOriginal(document: DocumentSummary) {
  return useMutation({
    mutationFn: async () => {
      const { path } = await api.dialogs.saveFile({ suggestedName: document.originalName });
      if (path === null) return null;
      return api.documents.exportOriginal({ id: document.id, path });
    },
  });
}

/** A row's content; the list owns the row element (<li>), which it positions and measures. */
export function DocumentItem({ document, editButtonRef, onEdit, onRemove }: DocumentItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const exportOriginal = useExportOriginal(document);
  const viewer: Route = { name: 'document', caseId: document.caseId, id: document.id };
  const { title, pageCount, pagesWithText } = document;
  const withoutText = pageCount === null ? 0 : pageCount - pagesWithText;
  const facts = [
    t(`documents.types.${document.docType}`),
    document.docDate && formatDate(document.docDate, language),
    pageCount !== null && t('documents.pages', { count: pageCount }),
    withoutText > 0 && t('documents.withoutText', { count: withoutText }),
    formatSize(document.size, language),
    t('documents.importedOn', { date: formatImportDay(document.importedAt, language) }),
  ].filter((fact): fact is string => typeof fact === 'string' && fact.length > 0);

  return (
    <>
      <div className="item__body">
        <p className="document__title">
          <Link to={viewer} className="document__open">
            {title}
          </Link>
        </p>
        <p className="document__facts">{facts.join(' · ')}</p>
        <DocumentOcr document={document} />
        {document.tags.length > 0 && (
          <p className="document__tags">
            {document.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </p>
        )}
        <ErrorNotice error={exportOriginal.error} />
        {exportOriginal.data && (
          <p className="notice notice--info" role="status">
            {t('documents.exported')}
          </p>
        )}
      </div>
      <div className="item__actions">
        <Button
          variant="quiet"
          aria-label={t('documents.openItem', { title })}
          onClick={() => navigate(viewer)}
        >
          {t('documents.open')}
        </Button>
        <Button
          ref={editButtonRef}
          variant="quiet"
          aria-label={t('documents.editItem', { title })}
          onClick={onEdit}
        >
          {t('common.edit')}
        </Button>
        <Button
          variant="quiet"
          busy={exportOriginal.isPending}
          aria-label={t('documents.exportItem', { title })}
          onClick={() => exportOriginal.mutate()}
        >
          {t('documents.export')}
        </Button>
        <Button
          variant="quiet"
          aria-label={t('documents.removeItem', { title })}
          onClick={onRemove}
        >
          {t('common.remove')}
        </Button>
      </div>
    </>
  );
}
