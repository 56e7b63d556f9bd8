import fs from 'node:fs';
import path from 'node:path';
import type { CaseId } from '../../shared/domain/ids';
import type { Language } from '../../shared/domain/settings';
import {
  CYRILLIC_TITLE,
  cyrillicPdf,
  EMPTY_FILE,
  encryptWithQpdf,
  ENGLISH_TITLE,
  englishPdf,
  NOT_A_PDF,
  qpdfAvailable,
} from '../fixtures/pdfFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, PASSPHRASE, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { DocumentsSection } from './pages/DocumentsSection';
import { expectNoRawKeys } from './pages/screenChecks';

const PDF_PASSWORD = 'Қорғау-2026';

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

/** A folder as a lawyer gets it from the other side: two real PDFs and two that are not. */
async function writeBatch(): Promise<string> {
  const batch = path.join(files.dir, 'from-prosecutor');
  fs.mkdirSync(batch);
  fs.writeFileSync(path.join(batch, 'indictment.pdf'), await englishPdf());
  fs.writeFileSync(path.join(batch, 'verdict-ru-kk.pdf'), await cyrillicPdf());
  fs.writeFileSync(path.join(batch, 'docket.pdf'), NOT_A_PDF);
  fs.writeFileSync(path.join(batch, 'blank.pdf'), EMPTY_FILE);
  return batch;
}

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-docs-');
  caseId = await seedVaultWithElkinCase(harness.api);
  await harness.openApp();
});

test.afterEach(() => files.cleanup());

async function openCase(app: App): Promise<DocumentsSection> {
  await app.cases.open(ELKIN_CASE.title);
  const documents = new DocumentsSection(app.page, app.t);
  await expect(documents.region).toContainText(app.t('documents.empty'));
  return documents;
}

const LANGUAGES: { language: Language; documentsHeading: string; rejectedWord: string }[] = [
  { language: 'en', documentsHeading: 'Documents', rejectedWord: 'rejected' },
  { language: 'ru', documentsHeading: 'Документы', rejectedWord: 'отклонено' },
];

for (const { language, documentsHeading, rejectedWord } of LANGUAGES) {
  test(`imports a folder in ${language}: progress, a summary with translated reasons, and the list`, async ({
    page,
    harness,
  }) => {
    const app = new App(page, 'en');
    if (language !== 'en') await app.switchLanguage(language);
    const documents = await openCase(app);
    await expect(
      page.getByRole('heading', { name: new RegExp(`^${documentsHeading}`) }),
    ).toBeVisible();

    const progressSeen = await documents.watchProgress();
    await documents.importPaths(harness, [await writeBatch()]);
    await documents.expectFinished(2, 0, 2);
    await expect(documents.summary).toContainText(rejectedWord);
    expect(await progressSeen(), 'the progress bar showed a value while importing').toBe(true);

    await expect(documents.rejected('docket.pdf')).toContainText(app.t('errors.UNSUPPORTED_TYPE'));
    await expect(documents.rejected('blank.pdf')).toContainText(app.t('errors.EMPTY_FILE'));
    await expect(documents.list.getByRole('listitem')).toHaveCount(2);
    await expect(documents.document(ENGLISH_TITLE)).toContainText(
      app.t('documents.pages', { count: 3 }),
    );
    await expect(documents.document(CYRILLIC_TITLE)).toContainText(
      app.t('documents.pages', { count: 2 }),
    );
    await expect(documents.document(ENGLISH_TITLE)).toContainText(app.t('documents.types.other'));

    await expectNoRawKeys(page);
    expect(await app.missingKeys()).toEqual([]);
  });
}

test('asks for an encrypted PDF’s password, refuses a wrong one, then imports it', async ({
  page,
  harness,
}) => {
  test.skip(!qpdfAvailable(), 'qpdf is not installed, so no encrypted fixture can be made');
  const app = new App(page);
  const documents = await openCase(app);
  const encrypted = path.join(files.dir, 'sealed.pdf');
  fs.writeFileSync(encrypted, encryptWithQpdf(await englishPdf(), PDF_PASSWORD, 'owner-secret'));

  await documents.importPaths(harness, [encrypted]);
  await documents.expectFinished(0, 0, 1);
  await expect(documents.rejected('sealed.pdf')).toContainText(app.t('errors.PDF_ENCRYPTED'));

  const dialog = await documents.askForPassword('sealed.pdf');
  await documents.submitPassword(dialog, 'not the password');
  await expect(dialog.getByRole('alert')).toHaveText(app.t('errors.PDF_PASSWORD_WRONG'));
  await expect(
    dialog.getByLabel(app.t('documents.password.label'), { exact: true }),
    'the password is not kept in the field',
  ).toHaveValue('');

  await documents.submitPassword(dialog, PDF_PASSWORD);
  await expect(dialog).toBeHidden();
  await documents.expectFinished(1, 0, 0);
  await expect(documents.document(ENGLISH_TITLE)).toContainText(
    app.t('documents.pages', { count: 3 }),
  );
});

test('edits a document’s title and type, saves its original, and removes it only after confirmation', async ({
  page,
  harness,
}) => {
  const app = new App(page);
  const documents = await openCase(app);
  const original = await englishPdf();
  const source = path.join(files.dir, 'indictment.pdf');
  fs.writeFileSync(source, original);
  await documents.importPaths(harness, [source]);
  await documents.expectFinished(1, 0, 0);

  const renamed = 'Обвинительный акт — Елкин С. А.';
  await documents.edit(ENGLISH_TITLE, { title: renamed, docType: 'indictment' });
  await expect(documents.document(renamed)).toContainText(app.t('documents.types.indictment'));
  await expect(documents.document(ENGLISH_TITLE)).toHaveCount(0);

  const saved = path.join(files.dir, 'saved-copy.pdf');
  await documents.saveOriginal(harness, renamed, saved);
  await expect(documents.document(renamed).getByRole('status')).toHaveText(
    app.t('documents.exported'),
  );
  expect(Buffer.compare(fs.readFileSync(saved), Buffer.from(original)), 'byte-identical').toBe(0);
  await documents.saveOriginal(harness, renamed, saved);
  await expect(documents.document(renamed).getByRole('alert')).toHaveText(
    app.t('errors.FILE_EXISTS'),
  );

  let dialog = await documents.askToRemove(renamed);
  await expect(dialog).toContainText(renamed);
  await dialog.getByRole('button', { name: app.t('common.cancel') }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.document(renamed)).toBeVisible();

  dialog = await documents.askToRemove(renamed);
  await dialog.getByRole('button', { name: app.t('common.remove') }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.region).toContainText(app.t('documents.empty'));
  const listed = await harness.api.documents.list({ caseId });
  expect(listed.ok && listed.value).toEqual([]);
});

test('cancels a long import: what was stored stays, the rest is not imported', async ({
  page,
  harness,
}) => {
  const app = new App(page);
  const documents = await openCase(app);
  const batch = path.join(files.dir, 'bundle');
  fs.mkdirSync(batch);
  const english = await englishPdf();
  for (let index = 0; index < 60; index++) {
    // One trailing comment line each: distinct bytes, so none is a duplicate of another.
    const bytes = Buffer.concat([Buffer.from(english), Buffer.from(`%copy ${index}\n`)]);
    fs.writeFileSync(path.join(batch, `exhibit-${String(index).padStart(2, '0')}.pdf`), bytes);
  }

  await documents.importPaths(harness, [batch]);
  await expect(documents.progressBar).toHaveAttribute('aria-valuemax', '60');
  await documents.panel
    .getByRole('button', { name: app.t('documents.import.cancel'), exact: true })
    .click();
  await expect(documents.summary).toContainText(app.t('documents.import.cancelled'));
  const listed = await harness.api.documents.list({ caseId });
  const stored = listed.ok ? listed.value.length : -1;
  expect(stored).toBeLessThan(60);
  await expect(documents.summary).toContainText(documents.summaryText(stored, 0, 0));
  await expect(documents.list.getByRole('listitem')).toHaveCount(stored);
});

test('locking drops the import panel with everything else', async ({ page, harness }) => {
  const app = new App(page);
  const documents = await openCase(app);
  await documents.importPaths(harness, [await writeBatch()]);
  await documents.expectFinished(2, 0, 2);

  await app.lock();
  await expect(page.getByText('docket.pdf')).toHaveCount(0);
  await expect(page.getByText(ENGLISH_TITLE)).toHaveCount(0);

  await app.vault.unlock(PASSPHRASE);
  await app.cases.open(ELKIN_CASE.title);
  await expect(documents.document(ENGLISH_TITLE)).toBeVisible();
  await expect(documents.panel, 'the finished import is not shown again').toHaveCount(0);
});
