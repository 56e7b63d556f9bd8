import { useTranslation } from 'react-i18next';
import type { OcrDocumentStatus } from '../../../../shared/domain/ocr';
import { ProgressBar } from '../../components/ProgressBar';

/** A document's OCR state in words (colour is never the only signal), with a bar while it runs. */
export function OcrStatusLine({ status, title }: { status: OcrDocumentStatus; title: string }) {
  const { t } = useTranslation();
  const total = status.pagesDone + status.pagesFailed + status.pagesPending;
  const done = status.pagesDone + status.pagesFailed;
  const confidence = Math.round(status.confidence ?? 0);
  const text = {
    none: () => t('ocr.status.none'),
    pending: () => t('ocr.status.pending', { count: status.pagesPending }),
    running: () => t('ocr.status.running', { done: Math.min(done + 1, total), total }),
    done: () => t('ocr.status.done', { confidence }),
    partial: () => t('ocr.status.partial', { done: status.pagesDone, failed: status.pagesFailed }),
    failed: () => t('ocr.status.failed'),
  }[status.status]();
  return (
    <div className={`ocr-status ocr-status--${status.status}`} data-ocr-status={status.status}>
      <p className="document__facts" role={status.status === 'running' ? 'status' : undefined}>
        {text}
      </p>
      {(status.status === 'running' || status.status === 'pending') && (
        <ProgressBar
          label={t('ocr.progressLabel', { title })}
          completed={done}
          total={total}
          valueText={text}
        />
      )}
    </div>
  );
}
