import { EditorContent, useEditor } from '@tiptap/react';
import type { NoteDoc } from '../../../../shared/domain/note';
import { noteExtensions } from './noteExtensions';

/** A note document shown, not edited (an earlier version in the history). */
export function NoteReadOnly({ doc, label }: { doc: NoteDoc; label: string }) {
  const editor = useEditor(
    {
      extensions: noteExtensions(),
      content: doc,
      editable: false,
      injectCSS: false,
      immediatelyRender: true,
      editorProps: {
        attributes: { class: 'note-editor__content', role: 'document', 'aria-label': label },
      },
    },
    [doc],
  );
  return (
    <div
      className="note-editor note-editor--readonly"
      // Links in a preview lead nowhere: it is a look at the past, not a way to the viewer.
      onClickCapture={(event) => {
        if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
      }}
    >
      <EditorContent editor={editor} />
    </div>
  );
}
