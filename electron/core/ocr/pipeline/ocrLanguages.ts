import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentLanguage } from '../../../../shared/domain/document';
import { parseOcrLangs, type OcrLang, type OcrLanguageChoice } from '../../../../shared/domain/ocr';
import { ensureDocumentRow } from './ocrQueue';
import { languagesOfScript } from './scriptLanguages';

/**
 * `auto` by the document's language when the lawyer set one: a Kazakh court paper quotes
 * Russian, a Russian one rarely Kazakh; otherwise by the script of its pages read so far
 * (scriptLanguages.ts), and the settings' default languages until there are some. Fewer
 * languages read faster and confuse fewer look-alike letters.
 */
const BY_DOCUMENT_LANGUAGE: Record<Exclude<DocumentLanguage, 'other'>, OcrLang[]> = {
  kk: ['kaz', 'rus'],
  ru: ['rus', 'eng'],
  en: ['eng'],
};

export function storedChoice(db: Database.Database, documentId: string): OcrLanguageChoice {
  const spelled = db
    .prepare('SELECT languages FROM ocr_documents WHERE document_id = ?')
    .pluck()
    .get(documentId) as string | undefined;
  return (spelled && spelled !== 'auto' && parseOcrLangs(spelled)) || 'auto';
}

/** The languages a document's pages are read with now. */
export function languagesFor(
  db: Database.Database,
  documentId: string,
  defaults: readonly OcrLang[],
): OcrLang[] {
  const choice = storedChoice(db, documentId);
  if (choice !== 'auto') return choice;
  const language = db
    .prepare('SELECT language FROM documents WHERE id = ?')
    .pluck()
    .get(documentId) as DocumentLanguage | null | undefined;
  if (language && language !== 'other') return BY_DOCUMENT_LANGUAGE[language];
  return languagesOfReadPages(db, documentId) ?? [...defaults];
}

/**
 * `auto` without a document language: the script of the pages already read (with the defaults)
 * picks the languages for the rest. Read from the vault, so it holds after a restart too.
 */
function languagesOfReadPages(db: Database.Database, documentId: string): OcrLang[] | null {
  const texts = db
    .prepare(
      `SELECT text FROM document_pages
        WHERE document_id = ? AND text_source = 'ocr' ORDER BY page_no LIMIT 3`,
    )
    .pluck()
    .all(documentId) as string[];
  return languagesOfScript(texts.join('\n'));
}

export function storeChoice(
  db: Database.Database,
  documentId: string,
  choice: OcrLanguageChoice,
  now: string,
): void {
  ensureDocumentRow(db, documentId, now);
  db.prepare('UPDATE ocr_documents SET languages = ?, updated_at = ? WHERE document_id = ?').run(
    choice === 'auto' ? 'auto' : choice.join('+'),
    now,
    documentId,
  );
}
