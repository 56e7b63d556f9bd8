import fs from 'node:fs';
import path from 'node:path';
import type { DocumentMetadataInput, DocumentSummary } from '../../shared/domain/document';
import type { CaseId } from '../../shared/domain/ids';
import {
  CYRILLIC_TITLE,
  cyrillicPdf,
  ENGLISH_TITLE,
  englishPdf,
  NOT_A_PDF,
  pdfWithScannedPage,
} from '../fixtures/pdfFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test, type Harness } from './harness/fixtures';
import { ELKIN_CASE, ok, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { DocumentsSection } from './pages/DocumentsSection';
import { expectNoRawKeys } from './pages/screenChecks';

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-list-');
  caseId = await seedVaultWithElkinCase(harness.api);
});

test.afterEach(() => files.cleanup());

async function openCase(app: App): Promise<DocumentsSection> {
  await app.cases.open(ELKIN_CASE.title);
  const documents = new DocumentsSection(app.page, app.t);
  await expect(documents.region).toBeVisible();
  return documents;
}

/** Imports straight through the core (no page) and waits for the job to finish. */
async function seedImport(
  harness: Harness,
  paths: string[],
  metadata?: DocumentMetadataInput,
): Promise<void> {
  ok(await harness.api.documents.import({ caseId, paths, ...(metadata ? { metadata } : {}) }));
  await harness.core.idle();
}

function writeFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(files.dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

/** Eight bytes of PNG signature are all it takes to be an image: no text layer, no page count. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const BULK = 1990;
const KAZAKH_TITLES = ['Ымырт', 'Іс қағазы', 'Үкім', 'Ұсыныс', 'Ауыл'];

/**
 * 2000 documents: 1990 small text files in one import call, then a few that differ by type,
 * tag, date and text layer. Text files skip the PDF worker, so this takes seconds.
 */
async function seedLargeCase(harness: Harness): Promise<DocumentSummary[]> {
  const bulk = Array.from({ length: BULK }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    return writeFile(`bulk/Материал ${number}.txt`, `Материал дела № ${number}\n`);
  });
  await seedImport(harness, bulk);
  await seedImport(harness, [writeFile('Протокол допроса Ёлкина.txt', 'Протокол допроса')], {
    docType: 'protocol',
    docDate: '2024-05-14',
  });
  await seedImport(
    harness,
    ['one', 'two', 'three'].map((word) => writeFile(`Приговор ${word}.txt`, `Приговор ${word}`)),
    { docType: 'verdict', tags: ['апелляция'] },
  );
  await seedImport(
    harness,
    KAZAKH_TITLES.map((title) => writeFile(`${title}.txt`, title)),
    { tags: ['қазақша'] },
  );
  await seedImport(harness, [writeFile('scan.pdf', await pdfWithScannedPage())]);
  await seedImport(harness, [writeFile('photo.png', PNG)]);
  return ok(await harness.api.documents.list({ caseId }));
}

test('drops a folder on the case: overlay, progress, summary, and both PDFs listed', async ({
  page,
  harness,
}) => {
  const batch = path.join(files.dir, 'from-prosecutor');
  writeFile('from-prosecutor/indictment.pdf', await englishPdf());
  writeFile('from-prosecutor/verdict-ru-kk.pdf', await cyrillicPdf());
  writeFile('from-prosecutor/docket.pdf', NOT_A_PDF);
  await harness.openApp();
  const app = new App(page);
  const documents = await openCase(app);
  await expect(documents.region).toContainText(app.t('documents.drop.hint'));

  expect(await harness.dragFilesOver(documents.region, [batch]), 'the zone accepts files').toBe(
    true,
  );
  await expect(documents.dropOverlay).toBeVisible();
  const progressSeen = await documents.watchProgress();
  expect(await harness.dropFiles(documents.region, [batch])).toBe(true);
  await expect(documents.dropOverlay).toBeHidden();

  await documents.expectFinished(2, 0, 1);
  expect(await progressSeen(), 'the progress bar showed a value while importing').toBe(true);
  await expect(documents.rejected('docket.pdf')).toContainText(app.t('errors.UNSUPPORTED_TYPE'));
  await expect(documents.rows).toHaveCount(2);
  await expect(documents.document(ENGLISH_TITLE)).toBeVisible();
  await expect(documents.document(CYRILLIC_TITLE)).toBeVisible();

  // Dropped again, the same files are duplicates: the drop and the button share one import.
  await documents.panel.getByRole('button', { name: app.t('documents.import.close') }).click();
  await harness.dropFiles(documents.list, [
    path.join(batch, 'indictment.pdf'),
    path.join(batch, 'verdict-ru-kk.pdf'),
  ]);
  await documents.expectFinished(0, 2, 0);

  // Files dropped outside the zone are refused, so the browser never opens them instead of the app.
  expect(await harness.dropFiles(page.getByRole('banner'), [batch])).toBe(true);
  await expect(page).toHaveURL(`${harness.origin}/`);
  await expect(documents.rows).toHaveCount(2);

  // A drop of things with no path on disk (dragged out of another app) imports nothing and says so.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'attachment.pdf'));
    document
      .querySelector('section.documents')
      ?.dispatchEvent(
        new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
  });
  await expect(documents.region.getByRole('alert')).toHaveText(app.t('documents.drop.noPaths'));

  await documents.open(ENGLISH_TITLE);
  await expect(documents.region, 'Open leaves the case page for the viewer').toBeHidden();
  expect(await app.missingKeys()).toEqual([]);
});

test('2000 documents: a bounded number of rows, scrolled to the end, filtered and sorted', async ({
  page,
  harness,
}) => {
  const seeded = await seedLargeCase(harness);
  const total = seeded.length;
  expect(total).toBe(BULK + 1 + 3 + KAZAKH_TITLES.length + 2);
  await harness.openApp();
  const app = new App(page);
  const documents = await openCase(app);

  await expect(documents.region.getByRole('heading', { level: 2 })).toContainText(String(total));
  await expect(documents.rowAt(1)).toContainText('Материал 0001');
  await expect(documents.rowAt(1)).toHaveAttribute('aria-setsize', String(total));
  const rendered = await documents.rows.count();
  expect(rendered, 'only the rows near the visible part are in the page').toBeLessThan(60);

  await documents.scrollToEnd(total);
  const last = seeded.at(-1);
  expect(last?.title).toBe('photo');
  await expect(documents.rowAt(total)).toContainText('photo');
  expect(await documents.rows.count()).toBeLessThan(60);

  await documents.filterByText('ЕЛКИНА допроса');
  await documents.expectShown(1, total);
  await expect(documents.rows).toHaveCount(1);
  await expect(documents.rows).toContainText('Протокол допроса Ёлкина');
  await documents.filterByText('');

  await documents.filterByType('verdict');
  await documents.expectShown(3, total);
  await documents.filterByType('all');

  await documents.filterByTag('қазақша');
  await documents.expectShown(KAZAKH_TITLES.length, total);
  await documents.sortBy('title', 'asc');
  // English UI: the root alphabet (Ү before Ұ, І next to И).
  expect(await documents.renderedTitles()).toEqual([
    'Ауыл',
    'Іс қағазы',
    'Үкім',
    'Ұсыныс',
    'Ымырт',
  ]);
  await app.switchLanguage('kk');
  const kazakh = new DocumentsSection(page, app.t);
  // Kazakh UI: У Ұ Ү … Ы І, whatever Chromium's own Intl knows about Kazakh.
  await expect
    .poll(() => kazakh.renderedTitles())
    .toEqual(['Ауыл', 'Ұсыныс', 'Үкім', 'Ымырт', 'Іс қағазы']);
  await kazakh.sortBy('title', 'desc');
  await expect
    .poll(() => kazakh.renderedTitles())
    .toEqual(['Іс қағазы', 'Ымырт', 'Үкім', 'Ұсыныс', 'Ауыл']);
  await app.switchLanguage('en');
  await documents.filterByTag('');

  await documents.filterByTextStatus('missing');
  await documents.expectShown(1, total);
  await expect(documents.rows).toContainText('scan');
  await documents.filterByTextStatus('none');
  await documents.expectShown(1, total);
  await expect(documents.rows).toContainText('photo');
  await documents.filterByTextStatus('complete');
  await documents.expectShown(total - 2, total);
  await documents.filterByTextStatus('all');

  await documents.filterByDates('2024-05-01', '2024-05-31');
  await documents.expectShown(1, total);
  await expect(documents.rows).toContainText('Протокол допроса Ёлкина');

  await documents.filterByText('nothing is called this');
  await expect(documents.region).toContainText(app.t('documents.filter.noMatches'));
  await expect(documents.list).toHaveCount(0);
  await documents.clearFilters();
  await expect(documents.rowAt(1)).toHaveAttribute('aria-setsize', String(total));

  // Newest first by import date: the last document imported heads the list.
  await documents.sortBy('imported', 'desc');
  await expect(documents.rowAt(1)).toContainText('photo');
  await expectNoRawKeys(page);
  expect(await app.missingKeys()).toEqual([]);
});

test('edits a document inside the virtual list: the row grows into the form and back', async ({
  page,
  harness,
}) => {
  await seedImport(
    harness,
    Array.from({ length: 150 }, (_, index) =>
      writeFile(`Справка ${String(index + 1).padStart(3, '0')}.txt`, `Справка ${index + 1}`),
    ),
  );
  await harness.openApp();
  const app = new App(page);
  const documents = await openCase(app);
  await documents.scrollToEnd(150);
  const title = 'Справка 150';
  await expect(documents.document(title)).toBeVisible();

  await documents.edit(title, { title: 'Справка о судимости', docType: 'evidence' });
  await expect(documents.document('Справка о судимости')).toContainText(
    app.t('documents.types.evidence'),
  );
  const heights = await documents.list.evaluate((list) =>
    [...list.querySelectorAll('li')].map((row) => row.getBoundingClientRect().height),
  );
  expect(Math.max(...heights), 'no row keeps the edit form’s height').toBeLessThan(200);
});
