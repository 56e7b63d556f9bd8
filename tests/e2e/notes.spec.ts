import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { CaseId } from '../../shared/domain/ids';
import {
  documentLink,
  noteDocText,
  plainTextToNoteDoc,
  type NoteDoc,
  type NoteNode,
} from '../../shared/domain/note';
import type { CasefileApi } from '../../shared/ipc/client';
import { PROTOCOL_PAGES, PROTOCOL_TITLE, protocolPdf } from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ok, PASSPHRASE, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { Notes } from './pages/Notes';
import { Viewer } from './pages/Viewer';

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-notes-');
  caseId = await seedVaultWithElkinCase(harness.api);
});

test.afterEach(() => files.cleanup());

async function openCase(page: Page): Promise<{ app: App; notes: Notes }> {
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  const notes = new Notes(page, app.t);
  await expect(notes.section).toBeVisible();
  return { app, notes };
}

async function onlyNote(api: CasefileApi) {
  const list = ok(await api.notes.list({ caseId }));
  expect(list).toHaveLength(1);
  return ok(await api.notes.get({ id: list[0]!.id }));
}

function find(doc: NoteNode, predicate: (node: NoteNode) => boolean): NoteNode[] {
  const found = predicate(doc) ? [doc] : [];
  for (const child of doc.content ?? []) found.push(...find(child, predicate));
  return found;
}

const HEADING = 'Куәгердің жауабы';
const BOLD = 'Жұмабекова Әйгерім';
const LAST_WORDS = ' показала: «үйде болдым», ғимарат жанында.';

test('a note typed in Russian and Kazakh survives a lock pressed the instant typing stops', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const { app, notes } = await openCase(page);
  await notes.createNote();
  await notes.titleInput.fill('Допрос потерпевшей');

  await notes.editor.click();
  await notes.tool('notes.toolbar.heading2').click();
  await expect(notes.tool('notes.toolbar.heading2')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type(HEADING);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Потерпевшая ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(BOLD);
  await expect(notes.tool('notes.toolbar.bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(LAST_WORDS);
  // No wait for the autosave's pause: the lock button itself must save the last keystrokes.
  await app.lockButton.click();
  await expect(app.vault.unlockButton).toBeVisible();
  await expect(page.getByText(BOLD)).toHaveCount(0);

  await app.vault.unlock(PASSPHRASE);
  const stored = await onlyNote(harness.api);
  expect(stored.title).toBe('Допрос потерпевшей');
  expect(find(stored.doc, (node) => node.type === 'heading')[0]).toMatchObject({
    attrs: { level: 2 },
    content: [{ type: 'text', text: HEADING }],
  });
  expect(
    find(stored.doc, (node) => node.marks?.some((mark) => mark.type === 'bold') ?? false),
  ).toEqual([{ type: 'text', text: BOLD, marks: [{ type: 'bold' }] }]);
  expect(noteDocText(stored.doc)).toBe(`${HEADING}\nПотерпевшая ${BOLD}${LAST_WORDS}`);

  // And the screen shows it all again.
  const reopened = await openCase(page);
  await reopened.notes.open('Допрос потерпевшей');
  await expect(reopened.notes.editor.getByRole('heading', { level: 2 })).toHaveText(HEADING);
  await expect(reopened.notes.editor.locator('strong')).toHaveText(BOLD);
  await expect(reopened.notes.editor).toContainText(LAST_WORDS.trim());
  expect(await app.missingKeys()).toEqual([]);
  // Tiptap's own <style> element is turned off (the CSP would refuse it); ours is a stylesheet.
  await expect(page.locator('style')).toHaveCount(0);
});

test('closing the window with an unsaved edit cancels that close and saves the edit first', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const { notes } = await openCase(page);
  await notes.createNote();
  await notes.editor.click();
  await page.keyboard.type('Последние слова перед закрытием — жабар алдында');
  // What the window's close does first (Electron cancels a close whose beforeunload is prevented).
  const closeCancelled = await page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(closeCancelled).toBe(true);
  await expect
    .poll(async () => noteDocText((await onlyNote(harness.api)).doc))
    .toBe('Последние слова перед закрытием — жабар алдында');
});

test('leaving the note right after typing saves it; a reload and reopen shows it; the list shows the excerpt', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const { notes } = await openCase(page);
  await notes.createNote();
  await notes.editor.click();
  await page.keyboard.type('Ходатайство о допросе эксперта — сарапшыны шақыру туралы өтініш');
  await notes.backLink.click();
  await expect(notes.noteLink(notes.t('notes.defaultTitle'))).toBeVisible();
  await expect(notes.section).toContainText('сарапшыны шақыру туралы өтініш');

  // Changed elsewhere meanwhile (the viewer appends page links): the note opens with that change.
  const saved = await onlyNote(harness.api);
  ok(
    await harness.api.notes.save({
      id: saved.id,
      doc: {
        ...saved.doc,
        content: [
          ...(saved.doc.content ?? []),
          ...plainTextToNoteDoc('Добавлено из просмотра').content!,
        ],
      },
    }),
  );
  await notes.open(notes.t('notes.defaultTitle'));
  await expect(notes.editor).toContainText('Добавлено из просмотра');
  await notes.backLink.click();

  await page.reload();
  const again = await openCase(page);
  await again.notes.open(notes.t('notes.defaultTitle'));
  await expect(again.notes.editor.locator('p')).toHaveText([
    'Ходатайство о допросе эксперта — сарапшыны шақыру туралы өтініш',
    'Добавлено из просмотра',
  ]);
  await expect(again.notes.status).toHaveText('');
});

test('the history shows the earlier text and restores it into the editor', async ({
  page,
  harness,
}) => {
  ok(
    await harness.api.notes.create({
      caseId,
      title: 'Позиция защиты',
      doc: plainTextToNoteDoc('Первая редакция: алиби подтверждено.'),
    }),
  );
  await harness.openApp();
  const { notes } = await openCase(page);
  await notes.open('Позиция защиты');
  await notes.editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Вторая редакция: екінші нұсқа.');
  await notes.waitSaved();

  await notes.action('notes.history.open').click();
  const versions = notes.dialog.getByRole('list', { name: notes.t('notes.history.listLabel') });
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await versions.getByRole('button').first().click();
  const preview = notes.dialog.getByRole('document', { name: notes.t('notes.history.preview') });
  await expect(preview).toHaveText('Первая редакция: алиби подтверждено.');
  await expect(preview).toHaveAttribute('contenteditable', 'false');
  await notes.dialog.getByRole('button', { name: notes.t('notes.history.restore') }).click();

  await expect(notes.dialog).toHaveCount(0);
  await expect(notes.editor).toHaveText('Первая редакция: алиби подтверждено.');
  await expect(page.getByText(notes.t('notes.history.restored'))).toBeVisible();
  const stored = await onlyNote(harness.api);
  expect(noteDocText(stored.doc)).toBe('Первая редакция: алиби подтверждено.');
  // The replaced text is kept too, so the restore can itself be undone.
  const history = ok(await harness.api.notes.history({ id: stored.id }));
  expect(history.map((version) => version.excerpt)).toContain('Вторая редакция: екінші нұсқа.');
});

test('a link to a document page opens the viewer on that page; other links stay inert', async ({
  page,
  harness,
}) => {
  const pdf = path.join(files.dir, 'протокол.pdf');
  fs.writeFileSync(pdf, await protocolPdf());
  ok(await harness.api.documents.import({ caseId, paths: [pdf] }));
  await expect
    .poll(async () => ok(await harness.api.documents.list({ caseId })).length, { timeout: 30_000 })
    .toBe(1);
  const [document] = ok(await harness.api.documents.list({ caseId }));
  const outside: NoteDoc = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'Внешняя ссылка',
            marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }],
          },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'См. ' }] },
    ],
  };
  ok(await harness.api.notes.create({ caseId, title: 'Ссылки', doc: outside }));
  await harness.openApp();
  const { app, notes } = await openCase(page);
  await notes.open('Ссылки');

  // A link from an imported file to the web leads nowhere: no navigation, no request.
  await notes.editor.getByText('Внешняя ссылка').click();
  await expect(notes.titleInput).toHaveValue('Ссылки');
  await expect(notes.editor.getByText('Внешняя ссылка')).toHaveAttribute('href', '');

  await notes.focusEnd();
  await page.keyboard.press('Control+K');
  await expect(notes.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(notes.dialog).toHaveCount(0);
  await notes.tool('notes.toolbar.link').click();
  await expect(notes.dialog.getByLabel(notes.t('notes.link.document'))).toHaveValue(document!.id);
  await notes.dialog.getByLabel(notes.t('notes.link.page')).fill('2');
  await notes.dialog.getByRole('button', { name: notes.t('notes.link.insert') }).click();
  const label = notes.t('notes.link.text', { title: PROTOCOL_TITLE, page: 2 });
  const link = notes.editor.getByText(label);
  await expect(link).toHaveAttribute('href', documentLink(document!.id, 2));
  await notes.waitSaved();

  await link.click();
  const viewer = new Viewer(page, app.t);
  await expect(page.getByRole('heading', { level: 1, name: PROTOCOL_TITLE })).toBeVisible();
  await viewer.waitForPages(PROTOCOL_PAGES.length);
  await expect(viewer.pageInput).toHaveValue('2');
  const stored = await onlyNote(harness.api);
  expect(JSON.stringify(stored.doc)).toContain(documentLink(document!.id, 2));
  expect(harness.requests.every((url) => !url.includes('example.org'))).toBe(true);
});

test('a Markdown file imports as a new note and the note exports back as Markdown', async ({
  page,
  harness,
}) => {
  const source = path.join(files.dir, 'позиция.md');
  fs.writeFileSync(
    source,
    '# Позиция по делу\n\n## Қорғау дәлелдері\n\n- алиби **подтверждено**\n- *куәгер* жоқ\n',
  );
  harness.answerOpenText(source);
  await harness.openApp();
  const { notes } = await openCase(page);
  await notes.importButton.click();
  await expect(notes.titleInput).toHaveValue('Позиция по делу');
  await expect(notes.editor.getByRole('heading', { level: 2 })).toHaveText('Қорғау дәлелдері');
  await expect(notes.editor.locator('li strong')).toHaveText('подтверждено');
  await expect(notes.editor.locator('li em')).toHaveText('куәгер');

  const target = path.join(files.dir, 'экспорт.md');
  harness.answerSaveFile(target);
  await notes.action('notes.exportMarkdown').click();
  await expect(page.getByText(notes.t('notes.exported'))).toBeVisible();
  expect(fs.readFileSync(target, 'utf8')).toBe(
    '# Позиция по делу\n\n## Қорғау дәлелдері\n\n- алиби **подтверждено**\n- *куәгер* жоқ\n',
  );
});

test('deleting a note asks first, then removes it from the case', async ({ page, harness }) => {
  ok(
    await harness.api.notes.create({ caseId, title: 'Черновик', doc: plainTextToNoteDoc('текст') }),
  );
  await harness.openApp();
  const { notes } = await openCase(page);
  await notes.open('Черновик');
  await notes.action('notes.delete').click();
  const confirm = page.getByRole('alertdialog', { name: notes.t('notes.deleteTitle') });
  await confirm.getByRole('button', { name: notes.t('common.cancel') }).click();
  await expect(notes.titleInput).toHaveValue('Черновик');
  await notes.action('notes.delete').click();
  await confirm.getByRole('button', { name: notes.t('notes.deleteConfirm') }).click();
  await expect(notes.section).toContainText(notes.t('notes.empty'));
  expect(ok(await harness.api.notes.list({ caseId }))).toEqual([]);
});
