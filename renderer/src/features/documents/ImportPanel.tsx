import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/domain/job';
import { ApiError } from '../../api';
import { Button } from '../../components/Button';
import { describeError } from '../../i18n/describeError';
import type { ImportSummary, RejectedFile } from './importSummary';
import { ProgressBar } from '../../components/ProgressBar';

interface ImportPanelProps {
  progress: ImportProgress;
  summary: ImportSummary;
  cancelling: boolean;
  onCancel: () => void;
  onClose: () => void;
  onEnterPassword: (file: RejectedFile) => void;
}

/** Codes a password can cure: the file is protected, or the last password was wrong. */
const needsPassword = (file: RejectedFile) =>
  file.code === 'PDF_ENCRYPTED' || file.code === 'PDF_PASSWORD_WRONG';

/** One batch import: its progress while it runs, then what became of every file. */
export function ImportPanel({
  progress,
  summary,
  cancelling,
  onCancel,
  onClose,
  onEnterPassword,
}: ImportPanelProps) {
  const { t } = useTranslation();
  const running = progress.state === 'running';
  const known = progress.total > 0;
  return (
    <div className="import-panel" role="region" aria-label={t('documents.import.title')}>
      {running ? (
        <>
          <ProgressBar
            label={t('documents.import.progressLabel')}
            completed={progress.completed}
            total={progress.total}
            valueText={t('documents.import.progress', {
              completed: progress.completed,
              total: progress.total,
            })}
          />
          <p className="import-panel__status">
            {known
              ? t('documents.import.progress', {
                  completed: progress.completed,
                  total: progress.total,
                })
              : t('documents.import.starting')}
          </p>
          {progress.current && (
            <p className="import-panel__current">
              {t('documents.import.current', { name: progress.current })}
            </p>
          )}
        </>
      ) : (
        <p className="import-panel__summary" role="status">
          {progress.state === 'cancelled' && `${t('documents.import.cancelled')} `}
          {progress.state === 'failed' &&
            // The reason when the batch says it (a full disk, a lock), else the generic line.
            `${progress.error ? t(`errors.${progress.error.code}`) : t('documents.import.failed')} `}
          {[
            t('documents.import.imported', { count: summary.imported }),
            t('documents.import.duplicates', { count: summary.duplicates }),
            t('documents.import.rejected', { count: summary.rejected.length }),
          ].join(', ')}
        </p>
      )}
      {summary.rejected.length > 0 && (
        <ul className="import-panel__rejected" aria-label={t('documents.import.rejectedList')}>
          {summary.rejected.map((file) => (
            <li key={file.path} className="import-panel__file">
              <span className="import-panel__name">{file.name}</span>
              <span className="import-panel__reason">
                {describeError(t, new ApiError(file.code, file.code))}
              </span>
              {needsPassword(file) && (
                <Button
                  variant="quiet"
                  aria-label={t('documents.password.openFor', { name: file.name })}
                  onClick={() => onEnterPassword(file)}
                >
                  {t('documents.password.open')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="import-panel__actions">
        {running ? (
          <Button busy={cancelling} onClick={onCancel}>
            {t('documents.import.cancel')}
          </Button>
        ) : (
          <Button onClick={onClose}>{t('documents.import.close')}</Button>
        )}
      </div>
    </div>
  );
}
