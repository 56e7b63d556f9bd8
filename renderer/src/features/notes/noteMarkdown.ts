import { getSchema, type JSONContent } from '@tiptap/core';
import { MarkdownManager } from '@tiptap/markdown';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { EMPTY_NOTE_DOC, NOTE_TITLE_MAX, type NoteDoc } from '../../../../shared/domain/note';
import { noteExtensions } from './noteExtensions';

/**
 * Markdown is only an exchange format (import a file, export a note); the note itself is stored
 * as the editor's document tree. Both directions go through the same extensions as the editor,
 * so what is imported is exactly what the editor can show.
 */
let converter: { manager: MarkdownManager; schema: Schema } | null = null;

function getConverter() {
  // Built on first use: the history preview and the editor never need it.
  if (!converter) {
    const extensions = noteExtensions();
    converter = { manager: new MarkdownManager({ extensions }), schema: getSchema(extensions) };
  }
  return converter;
}

export function noteDocToMarkdown(doc: NoteDoc): string {
  const markdown = getConverter().manager.serialize(doc);
  return markdown.endsWith('\n') ? markdown : `${markdown}\n`;
}

/**
 * A Markdown file as a note document. Whatever the note schema cannot hold (tables, images, raw
 * HTML it does not know) is dropped by the schema check rather than stored as a node the editor
 * would refuse later.
 */
export function markdownToNoteDoc(markdown: string): NoteDoc {
  const { manager, schema } = getConverter();
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = manager.parse(text);
  if (!parsed.content?.length) return EMPTY_NOTE_DOC;
  const node = ProseMirrorNode.fromJSON(schema, clampHeadings(parsed));
  node.check();
  return node.toJSON() as NoteDoc;
}

/** The note schema has three heading levels; `####` and deeper become level 3. */
function clampHeadings(node: JSONContent): JSONContent {
  const level: unknown = node.attrs?.level;
  const attrs =
    node.type === 'heading' && typeof level === 'number' && level > 3
      ? { ...node.attrs, level: 3 }
      : node.attrs;
  return {
    ...node,
    ...(attrs ? { attrs } : {}),
    ...(node.content ? { content: node.content.map(clampHeadings) } : {}),
  };
}

/** A title for an imported note: its first heading, else the file's name without extension. */
export function titleForImport(doc: NoteDoc, fileName: string): string {
  const heading = doc.content?.find((node) => node.type === 'heading');
  const fromHeading = (heading?.content ?? [])
    .map((child) => child.text ?? '')
    .join('')
    .trim();
  const fromName = fileName.replace(/\.(md|markdown|txt)$/i, '').trim();
  return (fromHeading || fromName || 'Markdown').slice(0, NOTE_TITLE_MAX);
}

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
const UNSAFE_IN_FILE_NAME = new Set('<>:"/\\|?*');

/** A file name for the save dialog: the title without characters file systems refuse. */
export function markdownFileName(title: string): string {
  const cleaned = [...title]
    .map((char) => (char.charCodeAt(0) < 0x20 || UNSAFE_IN_FILE_NAME.has(char) ? ' ' : char))
    .join('');
  const safe = cleaned
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  return `${safe || 'note'}.md`;
}
