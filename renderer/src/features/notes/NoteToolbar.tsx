import { useEditorState, type Editor } from '@tiptap/react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDocumentLink } from '../../../../shared/domain/note';

interface NoteToolbarProps {
  editor: Editor;
  onLinkDocument: () => void;
  onOpenLink: (href: string) => void;
}

/** The active marks and blocks, read once per transaction rather than on every render. */
function useToolbarState(editor: Editor) {
  return useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading1: current.isActive('heading', { level: 1 }),
      heading2: current.isActive('heading', { level: 2 }),
      heading3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link') ? String(current.getAttributes('link').href ?? '') : null,
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
}

/**
 * Formatting buttons for the note editor: arrow keys move between them (as in a WAI-ARIA
 * toolbar), each toggle says whether it is on (aria-pressed) and names its shortcut.
 */
export function NoteToolbar({ editor, onLinkDocument, onOpenLink }: NoteToolbarProps) {
  const { t } = useTranslation();
  const state = useToolbarState(editor);
  const chain = () => editor.chain().focus();
  const documentLink = state.link && parseDocumentLink(state.link) ? state.link : null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const buttons = [
      ...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])'),
    ];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div
      className="note-toolbar"
      role="toolbar"
      aria-label={t('notes.toolbar.label')}
      onKeyDown={onKeyDown}
    >
      <ToolButton
        label={t('notes.toolbar.bold')}
        shortcut="Control+B"
        pressed={state.bold}
        onClick={() => chain().toggleBold().run()}
      >
        <b>B</b>
      </ToolButton>
      <ToolButton
        label={t('notes.toolbar.italic')}
        shortcut="Control+I"
        pressed={state.italic}
        onClick={() => chain().toggleItalic().run()}
      >
        <i>I</i>
      </ToolButton>
      <span className="note-toolbar__separator" aria-hidden="true" />
      {([1, 2, 3] as const).map((level) => (
        <ToolButton
          key={level}
          label={t(`notes.toolbar.heading${level}`)}
          shortcut={`Control+Alt+${level}`}
          pressed={state[`heading${level}`]}
          onClick={() => chain().toggleHeading({ level }).run()}
        >
          H{level}
        </ToolButton>
      ))}
      <span className="note-toolbar__separator" aria-hidden="true" />
      <ToolButton
        label={t('notes.toolbar.bulletList')}
        shortcut="Control+Shift+8"
        pressed={state.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      >
        •≡
      </ToolButton>
      <ToolButton
        label={t('notes.toolbar.orderedList')}
        shortcut="Control+Shift+7"
        pressed={state.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      >
        1≡
      </ToolButton>
      <ToolButton
        label={t('notes.toolbar.blockquote')}
        shortcut="Control+Shift+B"
        pressed={state.blockquote}
        onClick={() => chain().toggleBlockquote().run()}
      >
        ❝
      </ToolButton>
      <span className="note-toolbar__separator" aria-hidden="true" />
      <ToolButton label={t('notes.toolbar.link')} shortcut="Control+K" onClick={onLinkDocument}>
        §
      </ToolButton>
      <ToolButton
        label={t('notes.toolbar.openLink')}
        disabled={!documentLink}
        onClick={() => documentLink && onOpenLink(documentLink)}
      >
        ↗
      </ToolButton>
      <ToolButton
        label={t('notes.toolbar.removeLink')}
        disabled={!state.link}
        onClick={() => chain().extendMarkRange('link').unsetLink().run()}
      >
        ⊘
      </ToolButton>
      <span className="note-toolbar__separator" aria-hidden="true" />
      <ToolButton
        label={t('notes.toolbar.undo')}
        shortcut="Control+Z"
        disabled={!state.canUndo}
        onClick={() => chain().undo().run()}
      >
        ↶
      </ToolButton>
      <ToolButton
        label={t('notes.toolbar.redo')}
        shortcut="Control+Shift+Z"
        disabled={!state.canRedo}
        onClick={() => chain().redo().run()}
      >
        ↷
      </ToolButton>
    </div>
  );
}

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  /** Only toggles have a pressed state; actions leave it out. */
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="note-toolbar__button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      disabled={disabled}
      // Keeps the editor's selection: the command applies to what was selected, not to nothing.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
