import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { OcrDocumentStatus } from '../../../../shared/domain/ocr';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OcrStatusLine } from './OcrStatusLine';
import { useOcrStatus, useStopOcr } from './queries';
import { RunOcrDialog } from './RunOcrDialog';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png']);

/** Whether OCR concerns this document at all: it has scanned pages, is a photo, or was read. */
function concernsOcr(document: DocumentSummary, status: OcrDocumentStatus | undefined): boolean {
  if (status && status.status !== 'none') return true;
  if (IMAGE_TYPES.has(document.mediaType)) return true;
  return document.pageCount !== null && document.pagesWithText < document.pageCount;
}

/**
 * One row's OCR: its status (none / queued / running with progress / done with mean confidence /
 * failed), "Run OCR…" with a language choice, and "Stop OCR" while pages are queued.
 */
export function DocumentOcr({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const statuses = useOcrStatus(document.caseId);
  const status = statuses.data?.documents.find((entry) => entry.documentId === document.id);
  const stop = useStopOcr(document.id);
  const [choosing, setChoosing] = useState(false);
  if (!concernsOcr(document, status)) return null;
  const active = status?.status === 'pending' || status?.status === 'running';
  const { title } = document;
  return (
    <div className="document__ocr">
      {status && <OcrStatusLine status={status} title={title} />}
      {!status && statuses.isSuccess && (
        <p className="document__facts" data-ocr-status="none">
          {t('ocr.status.none')}
        </p>
      )}
      <div className="document__ocr-actions">
        {active ? (
          <Button
            variant="quiet"
            busy={stop.isPending}
            aria-label={t('ocr.stopItem', { title })}
            onClick={() => stop.mutate()}
          >
            {t('ocr.stop')}
          </Button>
        ) : (
          <Button
            variant="quiet"
            aria-label={t('ocr.runItem', { title })}
            onClick={() => setChoosing(true)}
          >
            {t('ocr.run')}
          </Button>
        )}
      </div>
      <ErrorNotice error={stop.error} />
      {choosing && (
        <RunOcrDialog
          documentId={document.id}
          title={title}
          current={status?.languages}
          onClose={() => setChoosing(false)}
        />
      )}
    </div>
  );
}
