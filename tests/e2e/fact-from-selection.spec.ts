import fs from 'node:fs';
import path from 'node:path';
import type { CaseId, DocumentId } from '../../shared/domain/ids';
import { PROTOCOL_PAGES, PROTOCOL_TITLE, protocolPdf } from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ELKIN_PARTIES, ok, seedVaultWithElkinCase } from './harness/testData';
import { Annotations } from './pages/Annotations';
import { App } from './pages/App';
import { Chronology } from './pages/Chronology';
import { Viewer } from './pages/Viewer';

/** The whole Russian sentence on page 2 of the protocol. */
const SENTENCE = PROTOCOL_PAGES[1]!;
const WITNESS = ELKIN_PARTIES[1].name;

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-fact-selection-');
  caseId = await seedVaultWithElkinCase(harness.api);
});

test.afterEach(() => files.cleanup());

test('a Russian sentence selected in a PDF becomes a dated fact whose source opens its page', async ({
  page,
  harness,
}) => {
  const api = harness.api;
  const file = path.join(files.dir, 'протокол.pdf');
  fs.writeFileSync(file, await protocolPdf());
  ok(await api.documents.import({ caseId, paths: [file] }));
  await expect
    .poll(async () => ok(await api.documents.list({ caseId })).length, { timeout: 30_000 })
    .toBe(1);
  const documentId: DocumentId = ok(await api.documents.list({ caseId }))[0]!.id;
  // Facts already in the chronology, before, after and without a date.
  for (const fact of [
    { date: { kind: 'month', month: '2024-04' }, statement: 'Договор займа заключён' },
    { date: { kind: 'exact', date: '2024-06-03' }, statement: 'Иск подан в суд' },
    { date: { kind: 'undated' }, statement: 'Слухи о долге среди соседей' },
  ] as const) {
    ok(await api.facts.create({ caseId, ...fact }));
  }

  await harness.openApp();
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  await page
    .getByRole('button', { name: app.t('documents.openItem', { title: PROTOCOL_TITLE }) })
    .click();
  const viewer = new Viewer(page, app.t);
  const annotations = new Annotations(viewer);
  await viewer.waitForPages(2);
  await viewer.goToPage(2);

  await annotations.selectText(2, SENTENCE);
  await expect(annotations.selectionToolbar).toBeVisible();
  await annotations.toolbarButton('annotations.createFact').click();
  const chronology = new Chronology(page, app.t);
  const dialog = chronology.factDialog;
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.dialog.locator('blockquote')).toHaveText(SENTENCE);
  await expect(dialog.dialog).toContainText(`${PROTOCOL_TITLE} p. 2`);
  // "Create fact" highlighted the sentence on the page.
  await expect(annotations.highlights(2)).toHaveCount(1);
  await annotations.expectHighlightOver(2, SENTENCE);
  await dialog.fill({
    date: { typed: '14.05.2024' },
    statement: 'Свидетель видел автомобиль у здания суда',
    people: [WITNESS],
    issues: ['alibi'],
  });
  await dialog.save();

  const [highlight] = ok(await api.annotations.list({ documentId }));
  const created = ok(await api.facts.list({ caseId })).find((fact) =>
    fact.statement.startsWith('Свидетель видел'),
  );
  expect(created).toMatchObject({
    date: { kind: 'exact', date: '2024-05-14' },
    issues: ['alibi'],
    source: { documentId, page: 2, quote: SENTENCE, annotationId: highlight!.id },
  });
  expect(created?.partyIds).toHaveLength(1);

  await page
    .getByRole('link', { name: app.t('viewer.backTo', { title: ELKIN_CASE.title }) })
    .click();
  await page.getByRole('link', { name: app.t('chronology.open') }).click();
  await expect(chronology.heading).toBeVisible();
  await expect
    .poll(() => chronology.tableStatements())
    .toEqual([
      'Договор займа заключён',
      'Свидетель видел автомобиль у здания суда',
      'Иск подан в суд',
      'Слухи о долге среди соседей',
    ]);
  const row = chronology.row('Свидетель видел');
  await expect(row.locator('td').first()).toHaveText('14 May 2024');
  await expect(row).toContainText(WITNESS);

  await chronology.sourceLink('Свидетель видел').click();
  await expect(page.getByRole('heading', { level: 1, name: PROTOCOL_TITLE })).toBeVisible();
  await viewer.waitForPages(2);
  await expect(viewer.pageInput).toHaveValue('2');
  await expect(viewer.pageView(2)).toBeInViewport();
  await annotations.expectHighlightOver(2, SENTENCE);
});
