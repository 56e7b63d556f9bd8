import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appendPageLink } from '../../../../shared/domain/note';
import type { CaseId, DocumentId, NoteId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { noteKeys, useNotes } from '../notes/queries';

interface LinkInNoteDialogProps {
  caseId: CaseId;
  documentId: DocumentId;
  page: number;
  /** The link's text in the note, e.g. the document's title and the page. */
  label: string;
  onClose: () => void;
  onLinked: (noteTitle: string) => void;
}

const NEW_NOTE = 'new';

/**
 * Appends a link to this page to a note of the case, or to a new note. The note is read fresh
 * right before saving, so an edit made elsewhere a moment ago is kept.
 */
export function LinkInNoteDialog({
  caseId,
  documentId,
  page,
  label,
  onClose,
  onLinked,
}: LinkInNoteDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notes = useNotes(caseId);
  const [choice, setChoice] = useState<NoteId | typeof NEW_NOTE | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const groupName = useId();
  const chosen = choice ?? notes.data?.[0]?.id ?? NEW_NOTE;
  const link = useMutation({
    mutationFn: async () => {
      const note =
        chosen === NEW_NOTE
          ? await api.notes.create({ caseId, title: newTitle.trim() })
          : await api.notes.get({ id: chosen });
      const saved = await api.notes.save({
        id: note.id,
        doc: appendPageLink(note.doc, { documentId, page, label }),
      });
      return saved;
    },
    onSuccess: async (note) => {
      await queryClient.invalidateQueries({ queryKey: noteKeys.all });
      onLinked(note.title);
    },
  });
  const ready = chosen !== NEW_NOTE || newTitle.trim() !== '';

  return (
    <Dialog title={t('annotations.linkTitle', { page })} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) link.mutate();
        }}
      >
        <ErrorNotice error={notes.error} />
        <fieldset className="link-in-note__choices">
          <legend>{t('annotations.linkPick')}</legend>
          {notes.data?.map((note) => (
            <label key={note.id} className="radio">
              <input
                type="radio"
                name={groupName}
                checked={chosen === note.id}
                onChange={() => setChoice(note.id)}
              />
              {note.title}
            </label>
          ))}
          <label className="radio">
            <input
              type="radio"
              name={groupName}
              checked={chosen === NEW_NOTE}
              onChange={() => setChoice(NEW_NOTE)}
            />
            {t('annotations.linkNewNote')}
          </label>
        </fieldset>
        {chosen === NEW_NOTE && (
          <Field label={t('annotations.linkNewNoteTitle')} required>
            {(control) => (
              <input
                {...control}
                value={newTitle}
                onChange={(event) => setNewTitle(event.target.value)}
              />
            )}
          </Field>
        )}
        <ErrorNotice error={link.error} />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={link.isPending} disabled={!ready}>
            {t('annotations.linkSubmit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
