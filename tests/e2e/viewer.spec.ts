import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { CaseId } from '../../shared/domain/ids';
import type { CasefileApi } from '../../shared/ipc/client';
import {
  CYRILLIC_TITLE,
  cyrillicPdf,
  ENGLISH_TITLE,
  englishPdf,
  encryptWithQpdf,
  greyPng,
  qpdfAvailable,
} from '../fixtures/pdfFixtures';
import {
  halfBlackTiff,
  LINKS_TITLE,
  LONG_TITLE,
  longPageText,
  longPdf,
  OUTSIDE_URL,
  pdfWithLinks,
  PROTOCOL_PAGES,
  PROTOCOL_TITLE,
  protocolPdf,
} from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ok, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { DocumentsSection } from './pages/DocumentsSection';
import { Viewer } from './pages/Viewer';

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-viewer-');
  caseId = await seedVaultWithElkinCase(harness.api);
});

test.afterEach(() => files.cleanup());

/** Imports files straight through the core and waits until the case lists them all. */
async function seedDocuments(
  api: CasefileApi,
  documents: { name: string; bytes: Uint8Array }[],
  pdfPassword?: string,
): Promise<void> {
  const paths = documents.map(({ name, bytes }) => {
    const file = path.join(files.dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  });
  ok(await api.documents.import({ caseId, paths, pdfPassword }));
  await expect
    .poll(async () => ok(await api.documents.list({ caseId })).length, { timeout: 30_000 })
    .toBe(documents.length);
}

async function openDocument(page: Page, title: string): Promise<{ app: App; viewer: Viewer }> {
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  await page.getByRole('button', { name: app.t('documents.openItem', { title }) }).click();
  const viewer = new Viewer(page, app.t);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return { app, viewer };
}

test('drop two PDFs on a case, watch the progress, open one, go to page 2, find a Russian word', async ({
  page,
  harness,
}) => {
  const protocol = path.join(files.dir, 'протокол допроса.pdf');
  const verdict = path.join(files.dir, 'приговор.pdf');
  fs.writeFileSync(protocol, await protocolPdf());
  fs.writeFileSync(verdict, await cyrillicPdf());
  await harness.openApp();
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  const documents = new DocumentsSection(page, app.t);

  const progressSeen = await documents.watchProgress();
  expect(await harness.dropFiles(documents.region, [protocol, verdict])).toBe(true);
  await documents.expectFinished(2, 0, 0);
  expect(await progressSeen(), 'the progress bar showed a value while importing').toBe(true);
  await expect(documents.document(PROTOCOL_TITLE)).toBeVisible();
  await expect(documents.document(CYRILLIC_TITLE)).toBeVisible();

  await page
    .getByRole('button', { name: app.t('documents.openItem', { title: PROTOCOL_TITLE }) })
    .click();
  const viewer = new Viewer(page, app.t);
  await viewer.waitForPages(2);
  await viewer.goToPage(2);
  await expect(viewer.textLayer(2)).toContainText(PROTOCOL_PAGES[1] ?? '');
  await viewer.findInput.fill('Автомобиль');
  await expect(viewer.highlights(2)).toHaveText(['автомобиль']);
  await expect(viewer.highlights(2)).toBeVisible();
  await expect(viewer.highlights(1)).toHaveCount(0);
  await expect(viewer.findStatus).toHaveText(viewer.t('viewer.matches', { current: 1, count: 1 }));
});

test('a Russian and Kazakh PDF: pages, page input, find with highlights, zoom and rotation', async ({
  page,
  harness,
}) => {
  await seedDocuments(harness.api, [{ name: 'verdict.pdf', bytes: await cyrillicPdf() }]);
  await harness.openApp();
  const { viewer } = await openDocument(page, CYRILLIC_TITLE);
  await viewer.waitForPages(2);
  await expect(viewer.textLayer(1)).toContainText('Приговор именем Республики Казахстан');
  // The text layer (selection, highlights) must lie exactly over the drawn page.
  const drawn = await viewer.pageView(1).locator('canvas').boundingBox();
  const layer = await viewer.textLayer(1).boundingBox();
  expect(Math.abs((drawn?.width ?? 0) - (layer?.width ?? -9))).toBeLessThan(2);
  expect(Math.abs((drawn?.x ?? 0) - (layer?.x ?? -9))).toBeLessThan(2);

  await viewer.goToPage(2);
  await expect(viewer.thumbnails.locator('[aria-current="page"]')).toHaveAccessibleName(
    viewer.t('viewer.goToPage', { page: 2 }),
  );
  await expect(viewer.textLayer(2)).toContainText('Сотталушы кінәлі деп танылды.');

  // Russian in another letter case, and ё found by typing е.
  await viewer.findInput.fill('ВИНОВНЫМ');
  await expect(viewer.highlights(1)).toHaveText(['виновным']);
  await expect(viewer.findStatus).toHaveText(viewer.t('viewer.matches', { current: 1, count: 1 }));
  await expect(viewer.pageInput).toHaveValue('1');
  await viewer.findInput.fill('елка');
  await expect(viewer.highlights(1)).toHaveText(['ёлка']);
  // Kazakh letters on page 2: the viewer moves there.
  await viewer.findInput.fill('кінәлі');
  await expect(viewer.highlights(2)).toHaveText(['кінәлі']);
  await expect(viewer.pageInput).toHaveValue('2');
  await viewer.findInput.fill('нет такого слова');
  await expect(viewer.findStatus).toHaveText(viewer.t('viewer.notFound'));

  const before = await viewer.pageView(1).boundingBox();
  await viewer.button('viewer.zoomIn').click();
  await expect
    .poll(async () => (await viewer.pageView(1).boundingBox())?.width ?? 0)
    .toBeGreaterThan((before?.width ?? 0) * 1.05);
  await viewer.toolbar.getByRole('combobox', { name: viewer.t('viewer.zoom') }).selectOption({
    label: viewer.t('viewer.zoomPresets.page-fit'),
  });
  await viewer.button('viewer.rotateClockwise').click();
  await expect
    .poll(async () => {
      const box = await viewer.pageView(1).boundingBox();
      return box ? box.width > box.height : false;
    })
    .toBe(true);
});

test('text from the text layer can be selected and copied', async ({ page, harness }) => {
  await seedDocuments(harness.api, [{ name: 'verdict.pdf', bytes: await cyrillicPdf() }]);
  await harness.openApp();
  const { viewer } = await openDocument(page, CYRILLIC_TITLE);
  await viewer.waitForPages(2);
  const line = viewer.textLayer(1).getByText('Приговор именем Республики Казахстан');
  await line.selectText();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('Приговор именем Республики Казахстан');
});

test('the keyboard alone pages, jumps, zooms and finds', async ({ page, harness }) => {
  await seedDocuments(harness.api, [{ name: 'indictment.pdf', bytes: await englishPdf() }]);
  await harness.openApp();
  const { viewer } = await openDocument(page, ENGLISH_TITLE);
  await viewer.waitForPages(3);
  await viewer.pages.focus();
  await page.keyboard.press('n');
  await expect(viewer.pageInput).toHaveValue('2');
  await page.keyboard.press('End');
  await expect(viewer.pageInput).toHaveValue('3');
  await page.keyboard.press('Home');
  await expect(viewer.pageInput).toHaveValue('1');
  await page.keyboard.press('Control+f');
  await expect(viewer.findInput).toBeFocused();
  await page.keyboard.type('burglary');
  await expect(viewer.highlights(2)).toHaveText(['burglary']);
  await page.keyboard.press('Escape');
  await expect(viewer.findInput).toHaveValue('');
  await expect(viewer.pages.locator('.highlight')).toHaveCount(0);
});

test('a 500-page volume opens without freezing, renders only what is in view, reaches page 500', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await seedDocuments(harness.api, [{ name: 'volume-1.pdf', bytes: await longPdf(500) }]);
  await harness.openApp();
  // The page records the longest stretch its main thread was busy while the viewer opens.
  await page.evaluate(() => {
    const state = { last: performance.now(), longest: 0 };
    (window as unknown as { __frameGaps: typeof state }).__frameGaps = state;
    const tick = () => {
      const now = performance.now();
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      setTimeout(tick, 20);
    };
    tick();
  });
  const { viewer } = await openDocument(page, LONG_TITLE);
  await viewer.waitForPages(500);
  await expect(viewer.textLayer(1)).toContainText(longPageText(1));
  const longest = await page.evaluate(
    () => (window as unknown as { __frameGaps: { longest: number } }).__frameGaps.longest,
  );
  // Generous for a shared 2-core machine; a viewer that lays out 500 pages at once takes seconds.
  expect(longest, 'longest main-thread stall while opening (ms)').toBeLessThan(1500);
  expect(await viewer.pages.locator('.page canvas').count()).toBeLessThan(15);
  expect(await viewer.thumbnails.getByRole('button').count()).toBeLessThan(30);

  await viewer.goToPage(500);
  await expect(viewer.textLayer(500)).toContainText(longPageText(500));
  await viewer.findInput.fill('номер 377:');
  await expect(viewer.highlights(377)).toHaveCount(1);
  await expect(viewer.pageInput).toHaveValue('377');
});

test('links inside a PDF open nothing outside the app; links to pages still work', async ({
  page,
  harness,
}) => {
  await seedDocuments(harness.api, [{ name: 'motion.pdf', bytes: await pdfWithLinks() }]);
  await harness.openApp();
  const { viewer } = await openDocument(page, LINKS_TITLE);
  await viewer.waitForPages(2);
  const popups: string[] = [];
  page.context().on('page', (opened) => popups.push(opened.url()));
  const outside = viewer.pageView(1).locator('.annotationLayer a').first();
  await expect(outside).toBeAttached();
  expect(await outside.getAttribute('href')).not.toContain(OUTSIDE_URL);
  await viewer.pageView(1).getByText('Visit the outside site').click({ force: true });
  await page.waitForTimeout(300);
  expect(popups).toEqual([]);
  expect(harness.requests.filter((url) => url.includes('example.org'))).toEqual([]);
  await expect(viewer.toolbar).toBeVisible();

  await viewer.pageView(1).locator('.annotationLayer a').nth(1).click();
  await expect(viewer.pageInput).toHaveValue('2');
});

test('an encrypted original asks for its password to be shown, and says when it is wrong', async ({
  page,
  harness,
}) => {
  test.skip(!qpdfAvailable(), 'qpdf is not installed: cannot make an encrypted PDF');
  const password = 'Қорғау-2026';
  const encrypted = encryptWithQpdf(await englishPdf(), password, 'owner-secret');
  await seedDocuments(harness.api, [{ name: 'sealed.pdf', bytes: encrypted }], password);
  await harness.openApp();
  const { viewer } = await openDocument(page, ENGLISH_TITLE);
  const dialog = page.getByRole('dialog', { name: viewer.t('viewer.password.title') });
  await dialog.getByLabel(viewer.t('viewer.password.label')).fill('wrong password');
  await dialog.getByRole('button', { name: viewer.t('viewer.password.submit') }).click();
  await expect(dialog.getByRole('alert')).toHaveText(viewer.t('viewer.password.wrong'));
  await dialog.getByLabel(viewer.t('viewer.password.label')).fill(password);
  await dialog.getByRole('button', { name: viewer.t('viewer.password.submit') }).click();
  await viewer.waitForPages(3);
  await expect(viewer.textLayer(1)).toContainText('IN THE DISTRICT COURT OF THE STATE');
});

test('locking while a document is open leaves nothing of it on screen', async ({
  page,
  harness,
}) => {
  await seedDocuments(harness.api, [{ name: 'verdict.pdf', bytes: await cyrillicPdf() }]);
  await harness.openApp();
  const { app, viewer } = await openDocument(page, CYRILLIC_TITLE);
  await viewer.waitForPages(2);
  await app.lockButton.click();
  await expect(page.locator('.pdfViewer')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Приговор');
  await expect(page.locator('canvas')).toHaveCount(0);
});

test('plain text and images open in the viewer too', async ({ page, harness }) => {
  const text = 'Объяснение свидетеля Ахметова: 14 мая я был дома.\nҚұрметті сот!';
  await seedDocuments(harness.api, [
    { name: 'statement.txt', bytes: new TextEncoder().encode(text) },
  ]);
  await harness.openApp();
  await openDocument(page, 'statement');
  await expect(page.locator('.text-view__text')).toHaveText(text);
});

/** Share of dark pixels in the left and right halves of what an element shows. */
async function darkHalves(page: Page, selector: string): Promise<[number, number]> {
  return page
    .locator(selector)
    .first()
    .evaluate(async (element) => {
      const canvas = document.createElement('canvas');
      let source: CanvasImageSource;
      if (element instanceof HTMLImageElement) {
        await element.decode();
        source = element;
        canvas.width = element.naturalWidth;
        canvas.height = element.naturalHeight;
      } else {
        source = element as HTMLCanvasElement;
        canvas.width = (element as HTMLCanvasElement).width;
        canvas.height = (element as HTMLCanvasElement).height;
      }
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) return [0, 0];
      context.drawImage(source, 0, 0);
      const share = (x0: number, x1: number) => {
        const { data } = context.getImageData(x0, 0, x1 - x0, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 64) dark += 1;
        return dark / (data.length / 4);
      };
      const middle = Math.floor(canvas.width / 2);
      return [share(0, middle), share(middle, canvas.width)];
    });
}

test('TIFF and PNG scans are shown as images', async ({ page, harness }) => {
  await seedDocuments(harness.api, [
    { name: 'scan-page.tiff', bytes: halfBlackTiff() },
    { name: 'photo.png', bytes: greyPng(64, 64) },
  ]);
  await harness.openApp();
  const { viewer } = await openDocument(page, 'scan-page');
  const tiff = page.getByRole('img', {
    name: viewer.t('viewer.imagePage', { title: 'scan-page', page: 1, count: 1 }),
  });
  await expect(tiff).toBeVisible();
  const [left, right] = await darkHalves(page, 'canvas.image-view__image');
  expect(left).toBeGreaterThan(0.95);
  expect(right).toBeLessThan(0.05);

  await page
    .getByRole('link', { name: viewer.t('viewer.backTo', { title: ELKIN_CASE.title }) })
    .click();
  await page
    .getByRole('button', { name: viewer.t('documents.openItem', { title: 'photo' }) })
    .click();
  await expect(page.getByRole('img', { name: 'photo' })).toBeVisible();
  expect(await page.locator('img.image-view__image').getAttribute('src')).toMatch(/^blob:/);
});

const SCANNED_RU = path.resolve(
  __dirname,
  '../../../shared/corpus/cyrillic/pdfjs_issue12963_ru_tax_form_scanned.pdf',
);

test('a real JBIG2 scan from the corpus is drawn (pdf.js decodes it with its bundled WebAssembly)', async ({
  page,
  harness,
}) => {
  test.skip(!fs.existsSync(SCANNED_RU), `${SCANNED_RU} is absent: the shared corpus is not here`);
  await seedDocuments(harness.api, [
    { name: 'tax-form.pdf', bytes: new Uint8Array(fs.readFileSync(SCANNED_RU)) },
  ]);
  // pdf.js reports an image decoder it could not start (e.g. WebAssembly refused by the CSP)
  // as a warning from its worker, which Chromium forwards to the page's console.
  const decoderWarnings: string[] = [];
  page.on('console', (message) => {
    if (/JBig2|Jpx|wasm|WebAssembly|ICC/i.test(message.text()))
      decoderWarnings.push(message.text());
  });
  await harness.openApp();
  const title = ok(await harness.api.documents.list({ caseId }))[0]?.title ?? '';
  const { viewer } = await openDocument(page, title);
  await viewer.waitForPages(8);
  const canvas = viewer.pageView(1).locator('canvas');
  // A scan whose images failed to decode renders as a blank white page.
  await expect
    .poll(
      () =>
        canvas.evaluate((element: HTMLCanvasElement) => {
          const context = element.getContext('2d');
          if (!context) return 0;
          const { data } = context.getImageData(0, 0, element.width, element.height);
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark += 1;
          return dark / (data.length / 4);
        }),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0.01);
  expect(decoderWarnings).toEqual([]);
});
