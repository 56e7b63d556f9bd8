import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../shared/domain/ids';
import { documentLink, noteDocSchema, noteDocText, type NoteDoc } from '../../shared/domain/note';
import {
  markdownFileName,
  markdownToNoteDoc,
  noteDocToMarkdown,
  titleForImport,
} from '../../renderer/src/features/notes/noteMarkdown';

const DOCUMENT = '0b6f1a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b' as DocumentId;

const MARKDOWN = [
  '# Допрос свидетеля',
  '',
  'Свидетель **Иванов** показал, что *14 мая* был дома.',
  '',
  '## Куәгердің жауабы',
  '',
  'Ол **үйде** болғанын *растады*: әғқңөұүһі ӘҒҚҢӨҰҮҺІ.',
  '',
  '- первое противоречие',
  '- екінші қайшылық',
  '',
  '1. ходатайство',
  '2. өтініш',
  '',
  '> Цитата из протокола',
  '',
  `См. [протокол, с. 3](${documentLink(DOCUMENT, 3)}).`,
  '',
].join('\n');

function nodesOfType(doc: NoteDoc, type: string): unknown[] {
  const found: unknown[] = [];
  const walk = (node: { type: string; content?: unknown[] }) => {
    if (node.type === type) found.push(node);
    for (const child of (node.content ?? []) as { type: string }[]) walk(child);
  };
  walk(doc);
  return found;
}

describe('note Markdown conversion', () => {
  it('reads headings, lists, marks, quotes and document links into a valid note document', () => {
    const doc = markdownToNoteDoc(MARKDOWN);
    expect(noteDocSchema.safeParse(doc).success).toBe(true);
    expect(doc.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'Допрос свидетеля' }],
    });
    expect(nodesOfType(doc, 'heading')).toHaveLength(2);
    expect(nodesOfType(doc, 'bulletList')).toHaveLength(1);
    expect(nodesOfType(doc, 'orderedList')).toHaveLength(1);
    expect(nodesOfType(doc, 'blockquote')).toHaveLength(1);
    const text = JSON.stringify(doc);
    expect(text).toContain('{"type":"bold"}],"text":"Иванов"');
    expect(text).toContain('{"type":"italic"}],"text":"растады"');
    expect(text).toContain(`"href":"${documentLink(DOCUMENT, 3)}"`);
    expect(noteDocText(doc)).toContain('әғқңөұүһі ӘҒҚҢӨҰҮҺІ');
  });

  it('writes the same Markdown back (round trip) and the same document again', () => {
    const doc = markdownToNoteDoc(MARKDOWN);
    const markdown = noteDocToMarkdown(doc);
    expect(markdown).toContain('# Допрос свидетеля\n');
    expect(markdown).toContain('## Куәгердің жауабы\n');
    expect(markdown).toContain('Свидетель **Иванов** показал, что *14 мая* был дома.');
    expect(markdown).toContain('- екінші қайшылық');
    expect(markdown).toContain('2. өтініш');
    expect(markdown).toContain('> Цитата из протокола');
    expect(markdown).toContain(`[протокол, с. 3](${documentLink(DOCUMENT, 3)})`);
    expect(markdownToNoteDoc(markdown)).toEqual(doc);
  });

  it('keeps a link made in the editor (with its empty target/rel attributes) as Markdown', () => {
    const doc: NoteDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'Хаттама, 7-б.',
              marks: [
                {
                  type: 'link',
                  attrs: { href: documentLink(DOCUMENT, 7), target: null, rel: null, class: null },
                },
              ],
            },
          ],
        },
      ],
    };
    expect(noteDocToMarkdown(doc)).toBe(`[Хаттама, 7-б.](${documentLink(DOCUMENT, 7)})\n`);
  });

  it('drops what a note cannot hold (a table) and keeps HTML as inert text', () => {
    const doc = markdownToNoteDoc(
      'Текст\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<img src="http://x/y.png">\n',
    );
    expect(noteDocSchema.safeParse(doc).success).toBe(true);
    expect(nodesOfType(doc, 'table')).toHaveLength(0);
    expect(JSON.stringify(doc)).not.toContain('"type":"image"');
  });

  it('reads a file with a BOM and Windows line ends; an empty file is an empty note', () => {
    const doc = markdownToNoteDoc('\uFEFF# Заголовок\r\n\r\nТекст\r\n');
    expect(doc.content?.[0]?.type).toBe('heading');
    expect(noteDocText(doc)).toBe('Заголовок\nТекст');
    expect(markdownToNoteDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('titles an import by its first heading, else by the file name', () => {
    expect(titleForImport(markdownToNoteDoc(MARKDOWN), 'x.md')).toBe('Допрос свидетеля');
    expect(titleForImport(markdownToNoteDoc('Просто текст'), 'Жазба.md')).toBe('Жазба');
  });

  it('suggests a file name without characters file systems refuse', () => {
    expect(markdownFileName('Допрос: 14/05 "Иванов"?')).toBe('Допрос 14 05 Иванов.md');
    expect(markdownFileName('...')).toBe('note.md');
  });
});
