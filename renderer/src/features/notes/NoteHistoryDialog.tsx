import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useLanguage } from '../../i18n/useLanguage';
import { formatNoteTime } from './formatNoteTime';
import { NoteReadOnly } from './NoteReadOnly';
import { useNoteHistory, useNoteVersion } from './queries';

interface NoteHistoryDialogProps {
  noteId: NoteId;
  /** Saves pending edits, restores the version and puts it into the editor. */
  onRestore: (versionId: number) => Promise<void>;
  onClose: () => void;
}

/** The note's earlier versions, newest first: pick one to see it, restore it if it is the one. */
export function NoteHistoryDialog({ noteId, onRestore, onClose }: NoteHistoryDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useNoteHistory(noteId);
  const [chosen, setChosen] = useState<number | null>(null);
  const version = useNoteVersion(noteId, chosen);
  const restore = useMutation({ mutationFn: onRestore, onSuccess: onClose });
  const versions = history.data ?? [];

  return (
    <Dialog title={t('notes.history.title')} onClose={onClose}>
      <div className="note-history">
        <ErrorNotice error={history.error ?? restore.error} />
        {history.isPending && <p className="loading">{t('app.loading')}</p>}
        {history.isSuccess && versions.length === 0 && (
          <p className="muted">{t('notes.history.empty')}</p>
        )}
        {versions.length > 0 && (
          <ul className="note-history__list" aria-label={t('notes.history.listLabel')}>
            {versions.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="note-history__version"
                  aria-pressed={item.id === chosen}
                  onClick={() => setChosen(item.id)}
                >
                  <span className="note-history__time">
                    {t('notes.history.savedAt', { date: formatNoteTime(item.savedAt, language) })}
                  </span>
                  <span className="note-history__excerpt">{item.title}</span>
                  {item.excerpt && <span className="note-history__excerpt">{item.excerpt}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
        {versions.length > 0 && chosen === null && (
          <p className="muted">{t('notes.history.choose')}</p>
        )}
        <ErrorNotice error={version.error} />
        {version.data && (
          <div className="note-history__preview">
            <h3 className="note-history__preview-title">{version.data.title}</h3>
            <NoteReadOnly doc={version.data.doc} label={t('notes.history.preview')} />
          </div>
        )}
      </div>
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('notes.history.close')}</Button>
        <Button
          variant="primary"
          disabled={!version.data}
          busy={restore.isPending}
          onClick={() => chosen !== null && restore.mutate(chosen)}
        >
          {t('notes.history.restore')}
        </Button>
      </div>
    </Dialog>
  );
}
