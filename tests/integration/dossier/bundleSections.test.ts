import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../electron/core/dossier/bundle/buildBundle';
import { readBundleFonts, resolveFontDir } from '../../../electron/core/dossier/bundle/bundleFonts';
import { englishPdf } from '../../fixtures/pdfFixtures';
import { doc, plan, readBack } from './bundleSupport';

/**
 * Chronology and notes as generated pages after the documents: listed in the inventory with
 * their pages, linked, bookmarked and stamped; comments burned in as text annotations.
 */

const FONTS = readBundleFonts(resolveFontDir(path.resolve(__dirname, '../../../electron')));

describe('chronology, notes and comments', () => {
  it('adds the chronology and notes pages, listed, linked, bookmarked and stamped', async () => {
    const english = await englishPdf();
    const longNote = Array.from(
      { length: 120 },
      (_, index) => `Абзац ${index + 1}: свидетель Ахметов показал, что Әлібек был дома.`,
    ).join('\n');
    const output = await buildBundle(
      plan({
        language: 'ru',
        include: { cover: true, inventory: true, chronology: true, notes: true, annotations: true },
        sections: [
          {
            title: '',
            documents: [
              doc('e', 'Протокол допроса', {
                annotations: [
                  {
                    page: 2,
                    color: 'blue',
                    kind: 'comment',
                    rects: [],
                    point: { x: 120, y: 140 },
                    comment: 'Противоречит показаниям на с. 3 — Қарама-қайшы',
                  },
                ],
              }),
            ],
          },
        ],
        chronology: [
          {
            date: '14.05.2024',
            statement: 'Задержание Ахметова А.',
            source: 'Протокол задержания',
            status: 'подтверждён',
            importance: 'ключевой',
          },
          {
            date: 'без даты',
            statement: 'Встреча в кафе',
            source: null,
            status: 'спорный',
            importance: 'обычный',
          },
        ],
        notes: [
          { title: 'Позиция защиты', text: longNote },
          { title: 'Вопросы к эксперту', text: 'Өлшеу әдісі қандай?' },
        ],
      }),
      () => Promise.resolve(english),
      FONTS,
      () => undefined,
    );
    const back = await readBack(output.bytes);
    // Cover, inventory, 3 document pages, 1 chronology page, the notes over several pages.
    // The inventory names them too: look after it.
    const after = (text: string) =>
      back.pages.findIndex((page, index) => index > 1 && page.text.includes(text));
    const chronology = after('Хронология событий');
    const notes = after('Позиция защиты');
    expect(chronology).toBe(5);
    expect(notes).toBe(6);
    expect(output.pages - notes).toBeGreaterThan(1);
    expect(back.pages).toHaveLength(output.pages);
    expect(back.pages[chronology]!.items.map((item) => item.str)).toEqual(
      expect.arrayContaining([
        '14.05.2024',
        'Задержание Ахметова А.',
        'Источник: Протокол задержания · подтверждён · ключевой',
        'без даты',
      ]),
    );
    expect(back.pages.at(-1)!.text).toContain('Өлшеу әдісі қандай?');
    // The comment on the document's second page, as a note a viewer opens.
    expect(back.pages[3]!.notes).toEqual(['Противоречит показаниям на с. 3 — Қарама-қайшы']);
    expect(back.pages[2]!.notes).toEqual([]);
    // Inventory: the document, then the chronology and the notes with their page ranges, linked.
    const inventory = back.pages[1]!;
    expect(inventory.links).toEqual([2, chronology, notes]);
    expect(inventory.items.map((item) => item.str)).toEqual(
      expect.arrayContaining(['3–5', String(chronology + 1), `${notes + 1}–${output.pages}`]),
    );
    expect(back.outline.map((item) => [item.title, item.page])).toEqual([
      ['Титульный лист', 0],
      ['Опись документов', 1],
      ['Документы', 2],
      ['Хронология событий', chronology],
      ['Заметки', notes],
    ]);
    back.pages.forEach((page, index) => {
      expect(page.items.map((item) => item.str)).toContain(
        `ДЕЛО-7511-${String(index + 1).padStart(4, '0')}`,
      );
    });
  });
});
