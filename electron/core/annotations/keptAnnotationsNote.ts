import type { Annotation } from '../../../shared/domain/annotation';
import { NOTE_TITLE_MAX, type NoteDoc, type NoteNode } from '../../../shared/domain/note';
import type { Language } from '../../../shared/domain/settings';

/** The core writes this note itself, so it speaks the lawyer's language without the renderer. */
const TEXT: Record<
  Language,
  { title: (document: string) => string; page: (page: number) => string; comment: string }
> = {
  en: {
    title: (document) => `Annotations from «${document}»`,
    page: (page) => `Page ${page}`,
    comment: 'Comment:',
  },
  ru: {
    title: (document) => `Пометки из «${document}»`,
    page: (page) => `Страница ${page}`,
    comment: 'Комментарий:',
  },
  kk: {
    title: (document) => `«${document}» құжатындағы белгілер`,
    page: (page) => `${page}-бет`,
    comment: 'Түсініктеме:',
  },
};

/** Text with its line breaks as the editor's hard breaks. */
function lines(text: string): NoteNode[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line, index): NoteNode[] => [
      ...(index > 0 ? [{ type: 'hardBreak' }] : []),
      ...(line ? [{ type: 'text', text: line }] : []),
    ]);
}

/**
 * The note that keeps a deleted document's highlights and comments: per annotation its page (in
 * bold), the quoted words and the comment, each a paragraph.
 */
export function keptAnnotationsNote(
  documentTitle: string,
  annotations: readonly Annotation[],
  language: Language,
): { title: string; doc: NoteDoc } {
  const text = TEXT[language];
  const content: NoteNode[] = [];
  for (const annotation of annotations) {
    content.push({
      type: 'paragraph',
      content: [{ type: 'text', text: text.page(annotation.page), marks: [{ type: 'bold' }] }],
    });
    if (annotation.quote)
      content.push({ type: 'paragraph', content: lines(`«${annotation.quote}»`) });
    if (annotation.comment) {
      content.push({
        type: 'paragraph',
        content: [
          { type: 'text', text: text.comment, marks: [{ type: 'italic' }] },
          { type: 'text', text: ' ' },
          ...lines(annotation.comment),
        ],
      });
    }
  }
  const title = text.title(documentTitle);
  return {
    title: title.length > NOTE_TITLE_MAX ? `${title.slice(0, NOTE_TITLE_MAX - 1)}…` : title,
    doc: { type: 'doc', content },
  };
}
