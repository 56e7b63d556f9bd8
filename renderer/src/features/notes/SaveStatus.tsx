import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/describeError';
import type { AutosaveStatus } from './autosave';

/** Where the note's autosave stands, announced politely; a failure offers to try again. */
export function SaveStatus({ status, onRetry }: { status: AutosaveStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`note-status note-status--${status.state}`}>
      <span role="status" className="note-status__text">
        {status.state === 'pending' && t('notes.status.pending')}
        {status.state === 'saving' && t('notes.status.saving')}
        {status.state === 'saved' && t('notes.status.saved')}
        {status.state === 'failed' &&
          t('notes.status.failed', { reason: describeError(t, status.error) })}
      </span>
      {status.state === 'failed' && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('notes.status.retry')}
        </button>
      )}
    </div>
  );
}
