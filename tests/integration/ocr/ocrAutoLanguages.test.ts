import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { languagesFor } from '../../../electron/core/ocr/pipeline/ocrLanguages';
import { applyCipher } from '../../../electron/core/vault/pragmas';
import { DEFAULT_OCR_LANGS } from '../../../shared/domain/ocr';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';
import { importFiles, ocrCoreOptions, writeTemp } from './support/ocrCore';
import { renderTextPng } from './support/ocrTestData';

/**
 * `auto` languages: the document's language when set, else the script of its pages read so far
 * (stored in the vault, so the choice holds after a restart), else the settings' defaults.
 */

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

const KAZAKH_PAGE =
  'Сотталушы Әлиев Қ. өзіне тағылған айыпты толық мойындамады және сот отырысында ' +
  'куәгерлердің жауаптары бір-біріне қайшы келетінін көрсетті. Сот үкімі заңды күшіне енген жоқ.';

describe('OCR languages on auto', () => {
  it('follow the script of the pages already read, then the document language', async () => {
    const fixture = await openCoreFixture(ocrCoreOptions({ background: false }));
    fixtures.push(fixture);
    const caseId = expectOk(await fixture.api.cases.create({ title: 'Тілдер' })).id;
    const png = await renderTextPng(['Хаттама']);
    const [id] = await importFiles(fixture.core, fixture.api, caseId, [
      writeTemp(fixture.dir, 'scan.png', png),
    ]);
    const db = new Database(fixture.vaultPath);
    try {
      applyCipher(db, PASSPHRASE);
      // Nothing read yet: the defaults.
      expect(languagesFor(db, id!, DEFAULT_OCR_LANGS)).toEqual([...DEFAULT_OCR_LANGS]);
      // A first page read (with the defaults) in Kazakh: Kazakh and Russian for the rest.
      db.prepare(
        `INSERT INTO document_pages (document_id, page_no, text, text_source)
         VALUES (?, 1, ?, 'ocr')
         ON CONFLICT (document_id, page_no) DO UPDATE SET text = excluded.text, text_source = 'ocr'`,
      ).run(id, KAZAKH_PAGE);
      expect(languagesFor(db, id!, DEFAULT_OCR_LANGS)).toEqual(['kaz', 'rus']);
      // The lawyer's document language wins over the guess.
      db.prepare(`UPDATE documents SET language = 'en' WHERE id = ?`).run(id);
      expect(languagesFor(db, id!, DEFAULT_OCR_LANGS)).toEqual(['eng']);
    } finally {
      db.close();
    }
  }, 60_000);
});
