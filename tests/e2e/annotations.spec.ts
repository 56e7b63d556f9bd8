import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AnnotationRect } from '../../shared/domain/annotation';
import type { CaseId, DocumentId } from '../../shared/domain/ids';
import { documentLink, noteDocText } from '../../shared/domain/note';
import type { CasefileApi } from '../../shared/ipc/client';
import { CYRILLIC_TITLE, cyrillicPdf, ENGLISH_TITLE, englishPdf } from '../fixtures/pdfFixtures';
import { LONG_TITLE, longPdf, PROTOCOL_TITLE, protocolPdf } from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ok, seedVaultWithElkinCase } from './harness/testData';
import { Annotations } from './pages/Annotations';
import { App } from './pages/App';
import { DocumentsSection } from './pages/DocumentsSection';
import { Viewer } from './pages/Viewer';

/** Page 2 of the protocol: «Свидетель показал, что видел автомобиль у здания суда.» */
const WORDS = 'видел автомобиль у здания суда';

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-annotations-');
  caseId = await seedVaultWithElkinCase(harness.api);
});

test.afterEach(() => files.cleanup());

async function importPdf(api: CasefileApi, name: string, bytes: Uint8Array): Promise<DocumentId> {
  const file = path.join(files.dir, name);
  fs.writeFileSync(file, bytes);
  const before = ok(await api.documents.list({ caseId })).length;
  ok(await api.documents.import({ caseId, paths: [file] }));
  await expect
    .poll(async () => ok(await api.documents.list({ caseId })).length, { timeout: 30_000 })
    .toBe(before + 1);
  const added = ok(await api.documents.list({ caseId })).find((doc) => doc.originalName === name);
  if (!added) throw new Error(`${name} was not imported`);
  return added.id;
}

async function openDocument(page: Page, title: string) {
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  await page.getByRole('button', { name: app.t('documents.openItem', { title }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const viewer = new Viewer(page, app.t);
  return { app, viewer, annotations: new Annotations(viewer) };
}

const list = async (api: CasefileApi, documentId: DocumentId) =>
  ok(await api.annotations.list({ documentId }));

test('a highlighted Russian sentence stays on its words after reopening, at 200% and turned', async ({
  page,
  harness,
}) => {
  const documentId = await importPdf(harness.api, 'protocol.pdf', await protocolPdf());
  await harness.openApp();
  const { app, viewer, annotations } = await openDocument(page, PROTOCOL_TITLE);
  await viewer.waitForPages(2);
  await viewer.goToPage(2);

  await annotations.selectText(2, WORDS);
  await expect(annotations.selectionToolbar).toBeVisible();
  await annotations.highlightButton('green').click();
  await expect(annotations.selectionToolbar).toBeHidden();
  await annotations.expectHighlightOver(2, WORDS);
  await expect(annotations.highlights(2)).toHaveAttribute('data-color', 'green');
  await expect(annotations.highlights(1)).toHaveCount(0);

  const [stored] = await list(harness.api, documentId);
  expect(stored).toMatchObject({ page: 2, kind: 'highlight', color: 'green', quote: WORDS });
  // One line of text: one box, in page units (an A4 page is 595 × 842).
  expect(stored?.rects).toHaveLength(1);
  const rect = stored?.rects[0] as AnnotationRect;
  expect(rect.x).toBeGreaterThan(50);
  expect(rect.x + rect.width).toBeLessThan(595);
  expect(rect.y).toBeGreaterThan(40);
  expect(rect.y + rect.height).toBeLessThan(80);

  // Reopen the document: the highlight is read back from the vault.
  await page
    .getByRole('link', { name: app.t('viewer.backTo', { title: ELKIN_CASE.title }) })
    .click();
  await page
    .getByRole('button', { name: app.t('documents.openItem', { title: PROTOCOL_TITLE }) })
    .click();
  await viewer.waitForPages(2);
  await viewer.goToPage(2);
  await annotations.expectHighlightOver(2, WORDS);
  const atAuto = await annotations.highlightBox(2);

  await viewer.toolbar.getByRole('combobox', { name: app.t('viewer.zoom') }).selectOption('100');
  await annotations.expectHighlightOver(2, WORDS);
  const at100 = await annotations.highlightBox(2);
  await viewer.toolbar.getByRole('combobox', { name: app.t('viewer.zoom') }).selectOption('200');
  await expect
    .poll(async () => (await annotations.highlightBox(2)).width)
    .toBeGreaterThan(at100.width * 1.9);
  await annotations.expectHighlightOver(2, WORDS);
  expect(atAuto.width).toBeGreaterThan(0);

  // Turned clockwise the line runs downwards: the highlight is tall and narrow, still on it.
  await viewer.button('viewer.rotateClockwise').click();
  await expect
    .poll(async () => {
      const box = await annotations.highlightBox(2);
      return box.height > box.width;
    })
    .toBe(true);
  await annotations.expectHighlightOver(2, WORDS);
  await viewer.button('viewer.rotateClockwise').click();
  await expect
    .poll(async () => {
      const box = await annotations.highlightBox(2);
      return box.width > box.height;
    })
    .toBe(true);
  await annotations.expectHighlightOver(2, WORDS);
});

test('a highlight made turned at 200% is stored where the words are on the upright page', async ({
  page,
  harness,
}) => {
  const documentId = await importPdf(harness.api, 'protocol.pdf', await protocolPdf());
  await harness.openApp();
  const { app, viewer, annotations } = await openDocument(page, PROTOCOL_TITLE);
  await viewer.waitForPages(2);
  await viewer.toolbar.getByRole('combobox', { name: app.t('viewer.zoom') }).selectOption('200');
  await viewer.button('viewer.rotateCounterClockwise').click();
  await viewer.goToPage(2);
  await expect
    .poll(async () => {
      const box = await viewer.pageView(2).boundingBox();
      return box ? box.width > box.height : false;
    })
    .toBe(true);
  await annotations.selectText(2, WORDS);
  await annotations.highlightButton('yellow').click();
  await annotations.expectHighlightOver(2, WORDS);

  // Upright, the stored rect is the words' box in page units (an A4 page is 595 units wide).
  await viewer.button('viewer.rotateClockwise').click();
  await viewer.toolbar.getByRole('combobox', { name: app.t('viewer.zoom') }).selectOption('100');
  await annotations.expectHighlightOver(2, WORDS);
  const words = await annotations.wordsBox(2, WORDS);
  const layer = await viewer.pageView(2).locator('.annotation-layer').boundingBox();
  if (!layer) throw new Error('page 2 is not shown');
  const unit = layer.width / 595;
  const [stored] = await list(harness.api, documentId);
  const rect = stored?.rects[0] as AnnotationRect;
  expect(Math.abs(rect.x * unit - (words.x - layer.x))).toBeLessThan(1.5);
  expect(Math.abs(rect.y * unit - (words.y - layer.y))).toBeLessThan(1.5);
  expect(Math.abs(rect.width * unit - words.width)).toBeLessThan(1.5);
  expect(Math.abs(rect.height * unit - words.height)).toBeLessThan(1.5);
});

test('a highlight is commented, selected by a click, recoloured and deleted', async ({
  page,
  harness,
}) => {
  const documentId = await importPdf(harness.api, 'protocol.pdf', await protocolPdf());
  await harness.openApp();
  const { viewer, annotations } = await openDocument(page, PROTOCOL_TITLE);
  await viewer.waitForPages(2);
  await viewer.goToPage(2);

  await annotations.selectText(2, 'Свидетель показал');
  await annotations.toolbarButton('annotations.comment').click();
  await expect(annotations.commentField).toBeFocused();
  await annotations.commentField.fill('Ключевое показание — проверить по видеозаписи');
  await annotations.editor
    .getByRole('button', { name: viewer.t('annotations.saveComment') })
    .click();
  await expect
    .poll(async () => (await list(harness.api, documentId))[0]?.comment)
    .toBe('Ключевое показание — проверить по видеозаписи');
  await expect(annotations.panelItems).toHaveCount(1);
  await expect(annotations.panelItems.first()).toContainText('Свидетель показал');

  // A click elsewhere on the page lets go of it; a click on the highlighted words selects it.
  const box = await annotations.highlightBox(2);
  await page.mouse.click(box.x + box.width + 40, box.y + 200);
  await expect(annotations.editor).toBeHidden();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(annotations.editor).toBeVisible();
  await expect(annotations.highlights(2)).toHaveClass(/annotation-highlight--selected/);

  await annotations.editorColor('pink').click();
  await expect(annotations.highlights(2)).toHaveAttribute('data-color', 'pink');
  expect((await list(harness.api, documentId))[0]?.color).toBe('pink');

  await annotations.editor.getByRole('button', { name: viewer.t('annotations.remove') }).click();
  await expect(annotations.highlights(2)).toHaveCount(0);
  await expect.poll(async () => (await list(harness.api, documentId)).length).toBe(0);
});

test('a sticky comment is pinned where the page was clicked, edited and deleted', async ({
  page,
  harness,
}) => {
  const documentId = await importPdf(harness.api, 'protocol.pdf', await protocolPdf());
  await harness.openApp();
  const { viewer, annotations } = await openDocument(page, PROTOCOL_TITLE);
  await viewer.waitForPages(2);

  await annotations.commentModeButton.click();
  await expect(annotations.commentModeButton).toHaveAttribute('aria-pressed', 'true');
  const pageBox = await viewer.pageView(1).locator('.annotation-layer').boundingBox();
  if (!pageBox) throw new Error('page 1 is not shown');
  const at = { x: pageBox.x + pageBox.width * 0.6, y: pageBox.y + pageBox.height * 0.3 };
  await page.mouse.click(at.x, at.y);
  const dialog = page.getByRole('dialog', {
    name: viewer.t('annotations.newComment', { page: 1 }),
  });
  await dialog
    .getByLabel(viewer.t('annotations.commentLabel'))
    .fill('Подпись свидетеля отсутствует');
  await dialog.getByRole('button', { name: viewer.t('annotations.addComment') }).click();
  await expect(dialog).toBeHidden();
  await expect(annotations.commentModeButton).toHaveAttribute('aria-pressed', 'false');

  const pin = annotations.pins(1);
  await expect(pin).toHaveCount(1);
  await expect(pin).toHaveAccessibleName(
    viewer.t('annotations.pinLabel', { comment: 'Подпись свидетеля отсутствует' }),
  );
  const pinBox = await pin.boundingBox();
  expect(Math.abs((pinBox?.x ?? 0) + (pinBox?.width ?? 0) / 2 - at.x)).toBeLessThan(2);
  expect(Math.abs((pinBox?.y ?? 0) + (pinBox?.height ?? 0) / 2 - at.y)).toBeLessThan(2);
  const [stored] = await list(harness.api, documentId);
  expect(stored).toMatchObject({
    kind: 'comment',
    page: 1,
    comment: 'Подпись свидетеля отсутствует',
  });
  expect(stored?.point?.x).toBeCloseTo(595 * 0.6, -0.5);
  expect(stored?.point?.y).toBeCloseTo(842 * 0.3, -0.5);

  // Open it from the page and edit it.
  await page.mouse.click(pageBox.x + 20, pageBox.y + 20);
  await expect(annotations.editor).toBeHidden();
  await pin.click();
  await expect(annotations.commentField).toHaveValue('Подпись свидетеля отсутствует');
  await annotations.commentField.fill('Подпись свидетеля есть, но неразборчива');
  await annotations.editor
    .getByRole('button', { name: viewer.t('annotations.saveComment') })
    .click();
  await expect(pin).toHaveAccessibleName(
    viewer.t('annotations.pinLabel', { comment: 'Подпись свидетеля есть, но неразборчива' }),
  );
  expect((await list(harness.api, documentId))[0]?.comment).toBe(
    'Подпись свидетеля есть, но неразборчива',
  );
  // A sticky comment cannot be emptied, only deleted.
  await annotations.commentField.fill('  ');
  await expect(
    annotations.editor.getByRole('button', { name: viewer.t('annotations.saveComment') }),
  ).toBeDisabled();
  await annotations.editor.getByRole('button', { name: viewer.t('annotations.remove') }).click();
  await expect(pin).toHaveCount(0);
  await expect.poll(async () => (await list(harness.api, documentId)).length).toBe(0);
});

test('the case and document lists open each annotation on its page', async ({ page, harness }) => {
  test.setTimeout(90_000);
  const documentId = await importPdf(harness.api, 'volume.pdf', await longPdf(12));
  // Each page's line is drawn at y = 780 from the bottom: 842 − 780 − 14 from the top.
  const line = { x: 50, y: 46, width: 200, height: 16 };
  const highlight = ok(
    await harness.api.annotations.create({
      documentId,
      page: 9,
      kind: 'highlight',
      color: 'blue',
      rects: [line],
      quote: 'Лист дела номер 9',
    }),
  );
  const comment = ok(
    await harness.api.annotations.create({
      documentId,
      page: 11,
      kind: 'comment',
      point: { x: 400, y: 600 },
      comment: 'Нет подписи следователя',
    }),
  );
  await harness.openApp();
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  const viewer = new Viewer(page, app.t);
  const annotations = new Annotations(viewer);
  await expect(annotations.caseSection.getByRole('listitem')).toHaveCount(2);
  await annotations.caseSection
    .getByRole('button')
    .filter({ hasText: 'Нет подписи следователя' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();
  await expect(viewer.pageInput).toHaveValue('11');
  await expect(annotations.pins(11)).toBeInViewport();
  await expect(annotations.pins(11)).toHaveAttribute('aria-pressed', 'true');
  await expect(annotations.panel.locator('[aria-current="true"]')).toContainText(
    'Нет подписи следователя',
  );

  // From the viewer's own list: to page 9, the highlight in view and marked.
  await annotations.panel.getByRole('button').filter({ hasText: 'Лист дела номер 9' }).click();
  await expect(viewer.pageInput).toHaveValue('9');
  await expect(annotations.highlights(9)).toHaveClass(/annotation-highlight--selected/);
  await expect(annotations.highlights(9).locator('.annotation-highlight__rect')).toBeInViewport();
  await expect(annotations.editor).toBeVisible();
  expect(highlight.id).not.toBe(comment.id);

  // Back on the case page, the highlight opens page 9 of the viewer.
  await page
    .getByRole('link', { name: app.t('viewer.backTo', { title: ELKIN_CASE.title }) })
    .click();
  await annotations.caseSection
    .getByRole('button')
    .filter({ hasText: 'Лист дела номер 9' })
    .click();
  await expect(viewer.pageInput).toHaveValue('9');
  await expect(annotations.highlights(9).locator('.annotation-highlight__rect')).toBeInViewport();
});

test('"Link in note" appends a link to the page to a new note, then to the same note', async ({
  page,
  harness,
}) => {
  const documentId = await importPdf(harness.api, 'protocol.pdf', await protocolPdf());
  await harness.openApp();
  const { viewer, annotations } = await openDocument(page, PROTOCOL_TITLE);
  await viewer.waitForPages(2);
  await viewer.goToPage(2);

  await annotations.selectText(2, WORDS);
  await annotations.toolbarButton('annotations.linkInNote').click();
  const dialog = page.getByRole('dialog', { name: viewer.t('annotations.linkTitle', { page: 2 }) });
  await dialog.getByLabel(viewer.t('annotations.linkNewNoteTitle')).fill('Показания Ахметова');
  await dialog.getByRole('button', { name: viewer.t('annotations.linkSubmit') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Показания Ахметова' })).toBeVisible();

  const [summary] = ok(await harness.api.notes.list({ caseId }));
  expect(summary?.title).toBe('Показания Ахметова');
  const note = ok(await harness.api.notes.get({ id: summary!.id }));
  const href = documentLink(documentId, 2);
  expect(JSON.stringify(note.doc)).toContain(href);
  expect(noteDocText(note.doc)).toContain(`${PROTOCOL_TITLE}, p. 2`);
  // No highlight is made for a link.
  expect(await list(harness.api, documentId)).toHaveLength(0);

  // The existing note is offered first; a second link goes after the first.
  await viewer.goToPage(1);
  await annotations.selectText(1, 'Протокол допроса');
  await annotations.toolbarButton('annotations.linkInNote').click();
  const second = page.getByRole('dialog', { name: viewer.t('annotations.linkTitle', { page: 1 }) });
  await expect(second.getByRole('radio', { name: 'Показания Ахметова' })).toBeChecked();
  await second.getByRole('button', { name: viewer.t('annotations.linkSubmit') }).click();
  await expect(second).toBeHidden();
  const updated = ok(await harness.api.notes.get({ id: summary!.id }));
  const text = JSON.stringify(updated.doc);
  expect(text.indexOf(documentLink(documentId, 1))).toBeGreaterThan(text.indexOf(href));
  expect(ok(await harness.api.notes.list({ caseId }))).toHaveLength(1);
});

test('"Create fact" highlights the selection and opens the fact form with its source', async ({
  page,
  harness,
}) => {
  const documentId = await importPdf(harness.api, 'protocol.pdf', await protocolPdf());
  await harness.openApp();
  const { viewer, annotations } = await openDocument(page, PROTOCOL_TITLE);
  await viewer.waitForPages(2);
  await viewer.goToPage(2);
  await annotations.selectText(2, WORDS);
  await annotations.toolbarButton('annotations.createFact').click();
  const dialog = page.getByRole('dialog', { name: viewer.t('chronology.newFact') });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(WORDS);
  const [highlight] = await list(harness.api, documentId);
  expect(highlight).toMatchObject({ kind: 'highlight', page: 2, quote: WORDS });
  await expect(annotations.highlights(2)).toHaveCount(1);
});

test('deleting a document asks what becomes of its annotations and facts, and does it', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000);
  const api = harness.api;
  const protocol = await importPdf(api, 'protocol.pdf', await protocolPdf());
  const verdict = await importPdf(api, 'verdict.pdf', await cyrillicPdf());
  await importPdf(api, 'indictment.pdf', await englishPdf());
  const line = [{ x: 50, y: 46, width: 300, height: 16 }];
  const annotate = async (documentId: DocumentId, quote: string, comment?: string) =>
    ok(
      await api.annotations.create({
        documentId,
        page: 1,
        kind: 'highlight',
        rects: line,
        quote,
        ...(comment ? { comment } : {}),
      }),
    );
  const factOn = async (documentId: DocumentId, statement: string) =>
    ok(
      await api.facts.create({
        caseId,
        date: { kind: 'exact', date: '2024-05-14' },
        statement,
        source: { documentId, page: 1, quote: 'г. Алматы' },
      }),
    );
  await annotate(protocol, 'Протокол допроса свидетеля', 'Допрос без адвоката');
  ok(
    await api.annotations.create({
      documentId: protocol,
      page: 2,
      kind: 'comment',
      point: { x: 300, y: 300 },
      comment: 'Сверить с видеозаписью',
    }),
  );
  await factOn(protocol, 'Свидетель допрошен в Алматы');
  await annotate(verdict, 'Приговор именем Республики Казахстан');
  await factOn(verdict, 'Вынесен приговор');

  await harness.openApp();
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  const documents = new DocumentsSection(page, app.t);
  const annotations = new Annotations(new Viewer(page, app.t));
  await expect(annotations.caseSection.getByRole('listitem')).toHaveCount(3);
  const t = app.t;

  // Nothing hangs on the indictment: a plain question.
  let dialog = await documents.askToRemove(ENGLISH_TITLE);
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  await dialog.getByRole('button', { name: t('common.remove') }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.document(ENGLISH_TITLE)).toHaveCount(0);

  // The protocol: keep its annotations as a note (the preselected choice), delete its fact.
  dialog = await documents.askToRemove(PROTOCOL_TITLE);
  const annotationsGroup = dialog.getByRole('group', {
    name: t('documents.removeDependents.annotations', { count: 2 }),
  });
  const factsGroup = dialog.getByRole('group', {
    name: t('documents.removeDependents.facts', { count: 1 }),
  });
  await expect(
    annotationsGroup.getByRole('radio', {
      name: t('documents.removeDependents.annotationsKeepAsNote'),
    }),
  ).toBeChecked();
  await expect(
    factsGroup.getByRole('radio', { name: t('documents.removeDependents.factsKeep') }),
  ).toBeChecked();
  await factsGroup
    .getByRole('radio', { name: t('documents.removeDependents.factsDelete') })
    .check();
  await dialog.getByRole('button', { name: t('common.remove') }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.document(PROTOCOL_TITLE)).toHaveCount(0);
  await expect(annotations.caseSection.getByRole('listitem')).toHaveCount(1);

  expect(ok(await api.annotations.list({ caseId })).map((a) => a.documentId)).toEqual([verdict]);
  expect(ok(await api.facts.list({ caseId })).map((fact) => fact.statement)).toEqual([
    'Вынесен приговор',
  ]);
  const notes = ok(await api.notes.list({ caseId }));
  expect(notes).toHaveLength(1);
  const kept = noteDocText(ok(await api.notes.get({ id: notes[0]!.id })).doc);
  expect(kept).toContain('Протокол допроса свидетеля');
  expect(kept).toContain('Допрос без адвоката');
  expect(kept).toContain('Сверить с видеозаписью');

  // The verdict: delete its annotation, keep its fact with the source marked deleted.
  dialog = await documents.askToRemove(CYRILLIC_TITLE);
  await dialog
    .getByRole('radio', { name: t('documents.removeDependents.annotationsDelete') })
    .check();
  await dialog.getByRole('button', { name: t('common.remove') }).click();
  await expect(dialog).toBeHidden();
  await expect(annotations.caseSection).toContainText(t('annotations.emptyCase'));

  expect(ok(await api.annotations.list({ caseId }))).toHaveLength(0);
  expect(ok(await api.notes.list({ caseId }))).toHaveLength(1);
  const [fact] = ok(await api.facts.list({ caseId }));
  expect(fact?.statement).toBe('Вынесен приговор');
  expect(fact?.source).toMatchObject({ documentId: null, documentTitle: CYRILLIC_TITLE, page: 1 });
});
