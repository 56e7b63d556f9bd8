import { useMutation } from '@tanstack/react-query';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorContent, type Editor } from '@tiptap/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { DocumentId } from '../../../../shared/domain/ids';
import {
  documentLink,
  parseDocumentLink,
  type Note,
  type NoteDoc,
} from '../../../../shared/domain/note';
import { api } from '../../api';
import { useNavigate } from '../../app/route';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { NoteChanges } from './autosave';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { DocumentLinkDialog } from './DocumentLinkDialog';
import { NoteHistoryDialog } from './NoteHistoryDialog';
import { markdownFileName, noteDocToMarkdown } from './noteMarkdown';
import { NoteToolbar } from './NoteToolbar';
import { useNoteStored } from './queries';
import { SaveStatus } from './SaveStatus';
import { useNoteAutosave } from './useNoteAutosave';
import { useNoteEditor } from './useNoteEditor';

type OpenDialog = 'link' | 'history' | 'delete' | null;

/** The note's title, editor, save status and actions; every edit is autosaved. */
export function NoteWorkspace({ note }: { note: Note }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const stored = useNoteStored();
  const [title, setTitle] = useState(note.title);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Through React Query so a VAULT_LOCKED answer reaches the lock signal like any other call.
  const { mutateAsync: saveNote } = useMutation({
    mutationFn: (input: Parameters<typeof api.notes.save>[0]) => api.notes.save(input),
  });
  const save = useCallback(
    async (changes: NoteChanges<ProseMirrorNode>) => {
      const saved = await saveNote({
        id: note.id,
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.doc ? { doc: changes.doc.toJSON() as NoteDoc } : {}),
      });
      stored(saved);
    },
    [note.id, saveNote, stored],
  );
  const { autosave, status } = useNoteAutosave(save);

  const editor = useNoteEditor(note.doc, t('notes.editorLabel'), {
    onChange: (doc) => {
      setNotice(null);
      autosave.change({ doc });
    },
    onBlur: () => void autosave.flush(),
    onFollowLink: (link) => followLink(link),
    onLinkShortcut: () => setDialog('link'),
  });

  function followLink(link: { id: DocumentId; page?: number }) {
    navigate({ name: 'document', caseId: note.caseId, id: link.id, page: link.page });
  }

  const changeTitle = (value: string) => {
    setTitle(value);
    // An empty title is not saved (the core requires one); the old one stays until it is filled.
    if (value.trim()) autosave.change({ title: value });
  };

  const exportMarkdown = useMutation({
    mutationFn: async (current: Editor) => {
      await autosave.flush();
      const { path } = await api.dialogs.saveFile({ suggestedName: markdownFileName(title) });
      if (!path) return null;
      const text = noteDocToMarkdown(current.getJSON() as NoteDoc);
      return api.exports.writeText({ path, text });
    },
    onSuccess: (written) => setNotice(written ? t('notes.exported') : null),
  });

  const restore = async (versionId: number) => {
    await autosave.flush();
    const restored = await api.notes.restore({ id: note.id, versionId });
    autosave.discard();
    editor.commands.setContent(restored.doc, { emitUpdate: false });
    setTitle(restored.title);
    stored(restored);
    setNotice(t('notes.history.restored'));
  };

  const insertLink = (document: DocumentSummary, page: number) => {
    setDialog(null);
    const href = documentLink(document.id, page);
    if (editor.state.selection.empty) {
      const text = t('notes.link.text', { title: document.title, page });
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
  };

  return (
    <article className="note" aria-label={title}>
      {/* The screen's heading for the outline and screen readers; the editable title is the input. */}
      <h1 className="visually-hidden">{title}</h1>
      <div className="note__header">
        <label className="visually-hidden" htmlFor="note-title">
          {t('notes.titleLabel')}
        </label>
        <input
          id="note-title"
          className="note__title"
          value={title}
          maxLength={300}
          aria-invalid={!title.trim() || undefined}
          aria-describedby={!title.trim() ? 'note-title-error' : undefined}
          onChange={(event) => changeTitle(event.target.value)}
          onBlur={() => void autosave.flush()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              editor.commands.focus('start');
            }
          }}
        />
        <SaveStatus status={status} onRetry={() => void autosave.flush()} />
      </div>
      {!title.trim() && (
        <p id="note-title-error" className="field__error" role="alert">
          {t('notes.titleRequired')}
        </p>
      )}
      <div className="note__actions">
        <Button onClick={() => setDialog('history')}>{t('notes.history.open')}</Button>
        <Button busy={exportMarkdown.isPending} onClick={() => exportMarkdown.mutate(editor)}>
          {t('notes.exportMarkdown')}
        </Button>
        <Button variant="danger" onClick={() => setDialog('delete')}>
          {t('notes.delete')}
        </Button>
      </div>
      <ErrorNotice error={exportMarkdown.error} />
      {notice && (
        <p className="notice notice--info" role="status">
          {notice}
        </p>
      )}
      <div className="note-editor">
        <NoteToolbar
          editor={editor}
          onLinkDocument={() => setDialog('link')}
          onOpenLink={(href) => {
            const link = parseDocumentLink(href);
            if (link) followLink(link);
          }}
        />
        <EditorContent editor={editor} />
      </div>
      {dialog === 'link' && (
        <DocumentLinkDialog
          caseId={note.caseId}
          onInsert={insertLink}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'history' && (
        <NoteHistoryDialog noteId={note.id} onRestore={restore} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && (
        <DeleteNoteDialog
          caseId={note.caseId}
          id={note.id}
          title={title}
          autosave={autosave}
          onCancel={() => setDialog(null)}
        />
      )}
    </article>
  );
}
