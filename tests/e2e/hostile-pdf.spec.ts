/**
 * Issue 7, must-show "Hostile PDFs", in the renderer: the built-in viewer (pdf.js in Chromium)
 * opens a PDF carrying JavaScript in every place a PDF can hold it, and one with the
 * CVE-2024-4367 FontMatrix trick. The lawyer reads, clicks the links and types in the form
 * field; no payload runs: the page title stays, the payload's global never appears, no dialog
 * or window opens, and no request leaves the app (the harness fails the test on any).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { CaseId } from '../../shared/domain/ids';
import {
  FONT_TRICK_TEXT,
  JS_PDF_TEXT,
  PWNED_TITLE,
  pdfWithFontMatrixTrick,
  pdfWithJavaScript,
} from '../fixtures/hostilePdfs';
import { makeTempDir } from '../support/tempDir';
import { expect, test, type Harness } from './harness/fixtures';
import { ELKIN_CASE, ok, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { Viewer } from './pages/Viewer';

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-hostile-');
  caseId = await seedVaultWithElkinCase(harness.api);
});
test.afterEach(() => files.cleanup());

async function seed(harness: Harness, name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(files.dir, name);
  fs.writeFileSync(file, bytes);
  ok(await harness.api.documents.import({ caseId, paths: [file] }));
  await expect
    .poll(async () => ok(await harness.api.documents.list({ caseId })).length, { timeout: 30_000 })
    .toBe(1);
  const [document] = ok(await harness.api.documents.list({ caseId }));
  return document?.title ?? '';
}

/** What a payload would have changed, read from the page. */
async function sideEffects(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    pwned: (globalThis as { __casefilePwned?: unknown }).__casefilePwned ?? null,
  }));
}

async function openInViewer(page: Page, harness: Harness, title: string): Promise<Viewer> {
  await harness.openApp();
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  await page.getByRole('button', { name: app.t('documents.openItem', { title }) }).click();
  const viewer = new Viewer(page, app.t);
  await viewer.waitForPages(1);
  return viewer;
}

function watchForEscapes(page: Page): { dialogs: string[]; popups: string[] } {
  const seen = { dialogs: [] as string[], popups: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on('page', (opened) => seen.popups.push(opened.url()));
  return seen;
}

test('a PDF with JavaScript actions, links and form scripts runs none of them in the viewer', async ({
  page,
  harness,
}) => {
  const title = await seed(harness, 'motion-js.pdf', await pdfWithJavaScript('/nonexistent'));
  const seen = watchForEscapes(page);
  const viewer = await openInViewer(page, harness, title);
  const before = await sideEffects(page);
  expect(before.title).not.toBe(PWNED_TITLE);

  const pageOne = viewer.pageView(1);
  await expect(viewer.textLayer(1)).toContainText(JS_PDF_TEXT);
  // pdf.js processed the annotations: the form field is drawn as an input.
  const field = pageOne.locator('.annotationLayer input, .annotationLayer textarea').first();
  await expect(field).toBeAttached();
  // Without scripting, pdf.js makes no anchor of a JavaScript link or a javascript: URI; any
  // anchor it does make must not carry one.
  const hrefs = await pageOne
    .locator('.annotationLayer a')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
  // Click where the two links are, as the lawyer would.
  for (const text of ['Click here to read the annex', 'Open the court website'])
    await viewer.textLayer(1).getByText(text).click({ force: true });
  // Focus, keystrokes and blur would fire the field's Fo/K/F/V actions if scripting ran.
  await field.click({ force: true });
  await field.pressSequentially('12', { delay: 20 });
  await field.press('Tab');
  await page.waitForTimeout(500);

  expect(await sideEffects(page)).toEqual(before);
  expect(seen).toEqual({ dialogs: [], popups: [] });
  await expect(viewer.toolbar).toBeVisible();
});

test('a PDF with the CVE-2024-4367 FontMatrix trick renders without running its payload', async ({
  page,
  harness,
}) => {
  const title = await seed(harness, 'font-trick.pdf', await pdfWithFontMatrixTrick('/nonexistent'));
  const seen = watchForEscapes(page);
  const viewer = await openInViewer(page, harness, title);
  const before = await sideEffects(page);

  await expect(viewer.textLayer(1)).toContainText(FONT_TRICK_TEXT);
  // Zooming re-renders the page, drawing the glyphs again.
  await viewer.button('viewer.zoomIn').click();
  await expect(viewer.pageView(1).locator('canvas')).toBeVisible();
  await page.waitForTimeout(500);

  expect(await sideEffects(page)).toEqual(before);
  expect(before.title).not.toBe(PWNED_TITLE);
  expect(seen).toEqual({ dialogs: [], popups: [] });
});
