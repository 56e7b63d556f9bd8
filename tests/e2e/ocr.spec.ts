import fs from 'node:fs';
import path from 'node:path';
import type { CaseId } from '../../shared/domain/ids';
import { SCAN_WORDS, scannedPdf } from '../integration/ocr/support/generatedScan';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ok, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { DocumentsSection } from './pages/DocumentsSection';
import { Search } from './pages/Search';
import { expectNoRawKeys } from './pages/screenChecks';

/**
 * OCR in the document list (issue 8): a scanned PDF (a generated Russian and Kazakh page, put
 * back into a PDF as a picture only) shows that its text is not recognised; "Run OCR…" with a
 * language choice reads it through the real core (tesseract.js with the shipped trained data);
 * the row follows the job to "recognised, mean confidence N %", and the page's words are then
 * found by search.
 */

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-ocr-');
  caseId = await seedVaultWithElkinCase(harness.api);
});

test.afterEach(() => files.cleanup());

test('runs OCR on a scanned PDF from its row and shows the status until it is recognised', async ({
  page,
  harness,
}) => {
  // Recognising one page takes a few seconds alone, much longer on a busy 2-core machine.
  test.setTimeout(300_000);
  const scan = path.join(files.dir, 'скан-приговора.pdf');
  fs.writeFileSync(scan, (await scannedPdf()).pdf);
  ok(
    await harness.api.documents.import({
      caseId,
      paths: [scan],
      metadata: { title: 'Скан приговора' },
    }),
  );
  await harness.core.idle();

  await harness.openApp();
  const app = new App(page);
  await app.cases.open(ELKIN_CASE.title);
  const documents = new DocumentsSection(page, app.t);
  const row = documents.rows.filter({ hasText: 'Скан приговора' });
  // An import queues the pages without text; this harness has no background OCR, so they wait.
  await expect(row).toContainText(app.t('ocr.status.pending', { count: 1 }));
  await row
    .getByRole('button', { name: app.t('ocr.stopItem', { title: 'Скан приговора' }) })
    .click();
  await expect(row).not.toContainText(app.t('ocr.status.pending', { count: 1 }));

  await row
    .getByRole('button', { name: app.t('ocr.runItem', { title: 'Скан приговора' }) })
    .click();
  const dialog = page.getByRole('dialog', {
    name: app.t('ocr.dialogTitle', { title: 'Скан приговора' }),
  });
  await expect(dialog).toBeVisible();
  const languages = dialog.getByLabel(app.t('ocr.languages'));
  await expect(languages).toHaveValue('auto');
  await languages.selectOption('kaz+rus');
  await expectNoRawKeys(page);
  await dialog.getByRole('button', { name: app.t('ocr.start') }).click();
  await expect(dialog).toBeHidden();

  // Queued or running (with its progress bar), then done with a mean confidence.
  await expect(
    row.locator(
      '[data-ocr-status="pending"], [data-ocr-status="running"], [data-ocr-status="done"]',
    ),
  ).toBeVisible();
  await expect(row.locator('[data-ocr-status="done"]')).toBeVisible({ timeout: 240_000 });
  const doneText = await row.locator('[data-ocr-status="done"]').innerText();
  const confidence = Number(/(\d+)\s*%/u.exec(doneText)?.[1]);
  expect(confidence).toBeGreaterThan(50);
  expect(doneText).toContain(app.t('ocr.status.done', { confidence }));
  // The page now has text: the list no longer counts it as "without text layer".
  await expect(row).not.toContainText(app.t('documents.withoutText', { count: 1 }));

  // The choice is the document's: the dialog opens on it next time.
  await row
    .getByRole('button', { name: app.t('ocr.runItem', { title: 'Скан приговора' }) })
    .click();
  await expect(dialog.getByLabel(app.t('ocr.languages'))).toHaveValue('kaz+rus');
  await dialog.getByRole('button', { name: app.t('common.cancel') }).click();

  // Recognised text is searchable like any page, and the viewer marks the hit on the scan
  // from the stored word boxes (pdf.js has no text layer there).
  const found = ok(await harness.api.search.query({ query: SCAN_WORDS.slice(0, 3).join(' ') }));
  expect(found.documents.map((document) => document.title)).toContain('Скан приговора');
  await app.navLink('nav.search').click();
  const search = new Search(page, app.t, app.t('search.allCases'));
  await search.type('прокурору');
  await search.pageHit('Скан приговора', 1).click();
  const hits = page.locator('.ocr-hit');
  await expect(hits.first()).toBeVisible({ timeout: 30_000 });
  expect((await hits.first().getAttribute('data-ocr-hit'))?.toLowerCase()).toContain('прокурору');
  // The mark sits on the page: inside it, and of a word's size.
  const box = await hits.first().boundingBox();
  const pageBox = await page.locator('.pdfViewer .page').first().boundingBox();
  expect(box && pageBox).toBeTruthy();
  expect(box!.x).toBeGreaterThan(pageBox!.x);
  expect(box!.x + box!.width).toBeLessThan(pageBox!.x + pageBox!.width);
  expect(box!.width).toBeGreaterThan(box!.height);
  expect(box!.height).toBeLessThan(pageBox!.height / 20);
});

test('the default OCR languages are a setting, saved when chosen', async ({ page, harness }) => {
  await harness.openApp();
  const app = new App(page);
  await page.getByRole('button', { name: app.t('settings.open') }).click();
  const dialog = page.getByRole('dialog', { name: app.t('settings.title') });
  const select = dialog.getByLabel(app.t('ocr.settingLabel'));
  await expect(select).toHaveValue('rus+kaz+eng');
  await select.selectOption('kaz');
  await expect(
    dialog.getByRole('status').filter({ hasText: app.t('ocr.settingSaved') }),
  ).toBeVisible();
  expect(ok(await harness.api.settings.get()).ocrLanguages).toEqual(['kaz']);
});
