import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { useNavigate } from '../../app/route';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../components/Link';
import { useLanguage } from '../../i18n/useLanguage';
import { formatNoteTime } from './formatNoteTime';
import { markdownToNoteDoc, titleForImport } from './noteMarkdown';
import { noteKeys, useNotes } from './queries';

/** A case's notes on its page: newest change first, a new note, a Markdown import. */
export function NotesSection({ caseId }: { caseId: CaseId }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notes = useNotes(caseId);
  const create = useMutation({
    mutationFn: async (source: 'new' | 'markdown') => {
      if (source === 'new') return api.notes.create({ caseId, title: t('notes.defaultTitle') });
      const file = await api.dialogs.openText({ kind: 'markdown' });
      if (!file) return null;
      const doc = markdownToNoteDoc(file.text);
      return api.notes.create({ caseId, title: titleForImport(doc, file.name), doc });
    },
    onSuccess: async (note) => {
      if (!note) return;
      queryClient.setQueryData(noteKeys.detail(note.id), note);
      await queryClient.invalidateQueries({ queryKey: noteKeys.list(caseId) });
      navigate({ name: 'note', caseId, id: note.id });
    },
  });
  const list = notes.data ?? [];

  return (
    <section className="panel case-section notes" aria-labelledby="notes-title">
      <h2 id="notes-title" className="panel__title">
        {t('notes.title')} <span className="count">{list.length}</span>
      </h2>
      <div className="notes__actions">
        <Button
          variant="primary"
          busy={create.isPending && create.variables === 'new'}
          onClick={() => create.mutate('new')}
        >
          {t('notes.new')}
        </Button>
        <Button
          busy={create.isPending && create.variables === 'markdown'}
          onClick={() => create.mutate('markdown')}
        >
          {t('notes.importMarkdown')}
        </Button>
      </div>
      <ErrorNotice error={notes.error ?? create.error} />
      {notes.isPending && <p className="loading">{t('app.loading')}</p>}
      {notes.isSuccess && list.length === 0 && <p className="muted">{t('notes.empty')}</p>}
      {list.length > 0 && (
        <ul className="notes__list" aria-label={t('notes.listLabel')}>
          {list.map((note) => (
            <li key={note.id} className="notes__item">
              <Link
                to={{ name: 'note', caseId, id: note.id }}
                className="notes__link"
                aria-label={t('notes.open', { title: note.title })}
              >
                {note.title}
              </Link>
              {note.excerpt && <p className="notes__excerpt">{note.excerpt}</p>}
              <p className="notes__meta">
                {t('notes.updated', { date: formatNoteTime(note.updatedAt, language) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
