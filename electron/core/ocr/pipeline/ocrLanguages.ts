import type Database from 'better-sqlite3-multiple-ciphers';
import type { DocumentLanguage } from '../../../../shared/domain/document';
import { parseOcrLangs, type OcrLang, type OcrLanguageChoice } from '../../../../shared/domain/ocr';
import { ensureDocumentRow } from './ocrQueue';

/**
 * `auto` by the document's language when the lawyer set one: a Kazakh court paper quotes
 * Russian, a Russian one rarely Kazakh; otherwise the default languages of the settings. Fewer
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
  return language && language !== 'other' ? BY_DOCUMENT_LANGUAGE[language] : [...defaults];
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
