import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { DocumentId } from '../../../../shared/domain/ids';
import { parseDocumentLink, type NoteDoc } from '../../../../shared/domain/note';
import { noteExtensions } from './noteExtensions';

interface NoteEditorCallbacks {
  /** Every change: the new document (immutable, so holding it costs nothing). */
  onChange: (doc: ProseMirrorNode) => void;
  onBlur: () => void;
  onFollowLink: (link: { id: DocumentId; page?: number }) => void;
  /** Ctrl/Cmd+K: the "link to a document page" dialog. */
  onLinkShortcut: () => void;
}

/**
 * The Tiptap editor of one note. `injectCSS: false`: Tiptap would add a <style> element, which
 * the CSP (style-src 'self') refuses; its few rules are in styles/notes.css instead.
 */
export function useNoteEditor(doc: NoteDoc, label: string, callbacks: NoteEditorCallbacks) {
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  return useEditor(
    {
      extensions: noteExtensions(),
      content: doc,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'note-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
        },
        // Only internal document links are ever followed; any other href is inert.
        handleClick: (_view, _pos, event) => {
          const anchor = event.target instanceof Element ? event.target.closest('a') : null;
          if (!anchor) return false;
          event.preventDefault();
          const link = parseDocumentLink(anchor.getAttribute('href') ?? '');
          if (!link) return false;
          latest.current.onFollowLink(link);
          return true;
        },
        handleKeyDown: (_view, event) => {
          if (
            !(event.ctrlKey || event.metaKey) ||
            event.altKey ||
            event.key.toLowerCase() !== 'k'
          ) {
            return false;
          }
          event.preventDefault();
          latest.current.onLinkShortcut();
          return true;
        },
      },
      onUpdate: ({ editor }) => latest.current.onChange(editor.state.doc),
      onBlur: () => latest.current.onBlur(),
    },
    [],
  );
}
