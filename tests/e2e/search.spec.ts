import fs from 'node:fs';
import path from 'node:path';
import type { CaseId } from '../../shared/domain/ids';
import type { CasefileApi } from '../../shared/ipc/client';
import { CYRILLIC_TITLE, cyrillicPdf } from '../fixtures/pdfFixtures';
import { PROTOCOL_TITLE, protocolPdf } from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ok, seedCase, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { Search } from './pages/Search';
import { Viewer } from './pages/Viewer';

const OTHER_CASE = { title: 'Ахметова Ә. — әкімшілік іс' } as const;

let files: { dir: string; cleanup: () => void };
let elkinId: CaseId;

test.beforeEach(() => {
  files = makeTempDir('casefile-e2e-search-');
});
test.afterEach(() => files.cleanup());

async function importInto(api: CasefileApi, caseId: CaseId, name: string, bytes: Uint8Array) {
  const file = path.join(files.dir, name);
  fs.writeFileSync(file, bytes);
  const before = ok(await api.documents.list({ caseId })).length;
  ok(await api.documents.import({ caseId, paths: [file] }));
  await expect
    .poll(async () => ok(await api.documents.list({ caseId })).length, { timeout: 20_000 })
    .toBe(before + 1);
}

test.beforeEach(async ({ harness }) => {
  const elkin = await seedVaultWithElkinCase(harness.api);
  elkinId = elkin;
  const other = await seedCase(harness.api, OTHER_CASE);
  await importInto(harness.api, elkin, 'протокол.pdf', await protocolPdf());
  await importInto(harness.api, other, 'приговор.pdf', await cyrillicPdf());
  await harness.openApp();
});

test('an inflected Russian word finds the page across cases; a click opens the viewer there with the word marked', async ({
  page,
}) => {
  const app = new App(page, 'en');
  await app.navLink('nav.search').click();
  const search = new Search(page, app.t, app.t('search.allCases'));
  await expect(search.field).toBeFocused();

  // The page says "автомобиль"; the lawyer types another case of it.
  await search.type('автомобилем');
  const hit = search.pageHit(PROTOCOL_TITLE, 2);
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText(['автомобиль']);
  await expect(search.results).toContainText(ELKIN_CASE.title);

  await hit.click();
  const viewer = new Viewer(page, app.t);
  await viewer.waitForPages(2);
  await expect(viewer.pageInput).toHaveValue('2');
  await expect(viewer.highlights(2)).toHaveText(['автомобиль']);
  await expect(viewer.findInput).toHaveValue('автомобиль');

  // Back leads to the search, with the query and its results still there.
  await page.getByRole('link', { name: app.t('viewer.backToSearch') }).click();
  await expect(search.field).toHaveValue('автомобилем');
  await expect(search.pageHit(PROTOCOL_TITLE, 2)).toBeVisible();
});

test('Kazakh forms, filters and a malformed query with its position', async ({ page }) => {
  const app = new App(page, 'en');
  await app.navLink('nav.search').click();
  const search = new Search(page, app.t, app.t('search.allCases'));

  await search.type('үкімі');
  await expect(search.pageHit(CYRILLIC_TITLE, 2)).toBeVisible();
  await expect(search.pageHit(CYRILLIC_TITLE, 2).locator('mark')).toHaveText(['үкім']);

  await search.type('үкім lang:en');
  await expect(search.summary).toHaveText(app.t('search.none'));

  await search.type('"суд');
  await expect(search.panel.getByRole('alert')).toHaveText(app.t('errors.QUERY_SYNTAX'));
  await expect(search.panel.locator('.search-field__caret')).toBeVisible();
});

test('the search box of a case page finds only that case', async ({ page }) => {
  const app = new App(page, 'en');
  await app.cases.open(OTHER_CASE.title);
  const search = new Search(page, app.t, app.t('search.inCaseLabel'));
  await search.type('автомобиль');
  await expect(search.summary).toHaveText(app.t('search.none'));
  await search.type('виновным');
  await expect(search.pageHit(CYRILLIC_TITLE, 1)).toBeVisible();
});

test('documents beyond the first screenful get their page snippets as they scroll into view', async ({
  page,
  harness,
}) => {
  const caseId = elkinId;
  for (let i = 1; i <= 14; i += 1)
    await importInto(
      harness.api,
      caseId,
      `постановление-${String(i).padStart(2, '0')}.txt`,
      new TextEncoder().encode(`Постановление № ${i}. Суд отклонил ходатайство защиты.`),
    );
  const app = new App(page, 'en');
  await app.navLink('nav.search').click();
  const search = new Search(page, app.t, app.t('search.allCases'));
  await search.type('ходатайства');
  await expect(search.summary).toContainText('14');
  // Only the first ten came with snippets; the last rows ask for theirs when they are shown.
  await search.results.evaluate((list) => list.parentElement?.scrollTo(0, 1e6));
  const last = search.results
    .getByRole('button', { name: /^Open “постановление-\d\d” at page 1$/ })
    .last();
  await expect(last.locator('mark')).toHaveText(['ходатайство']);
});

test('a note and an annotation comment found by search open where they are', async ({
  page,
  harness,
}) => {
  const caseId = elkinId;
  const note = ok(
    await harness.api.notes.create({
      caseId: caseId,
      title: 'Тактика защиты',
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Истребовать видеозапись с камер наблюдения.' }],
          },
        ],
      },
    }),
  );
  const protocol = ok(await harness.api.documents.list({ caseId: caseId })).find(
    (document) => document.title === PROTOCOL_TITLE,
  );
  ok(
    await harness.api.annotations.create({
      documentId: protocol!.id,
      page: 2,
      kind: 'comment',
      point: { x: 100, y: 100 },
      comment: 'Противоречит показаниям потерпевшего',
    }),
  );
  const app = new App(page, 'en');
  await app.navLink('nav.search').click();
  const search = new Search(page, app.t, app.t('search.allCases'));

  await search.type('наблюдением');
  const noteHit = search.results.getByRole('button', {
    name: app.t('search.openItem', { kind: app.t('search.itemKind.note'), title: note.title }),
  });
  await expect(noteHit.locator('mark')).toHaveText(['наблюдения']);
  await noteHit.click();
  await expect(
    page.getByRole('textbox', { name: app.t('notes.titleLabel'), exact: true }),
  ).toHaveValue(note.title);

  await app.navLink('nav.search').click();
  await search.type('потерпевшему');
  await search.results
    .getByRole('button', {
      name: app.t('search.openItem', {
        kind: app.t('search.itemKind.annotation'),
        title: PROTOCOL_TITLE,
      }),
    })
    .click();
  const viewer = new Viewer(page, app.t);
  await viewer.waitForPages(2);
  await expect(viewer.pageInput).toHaveValue('2');
});
