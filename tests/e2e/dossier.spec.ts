import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { CaseId } from '../../shared/domain/ids';
import type { CasefileApi } from '../../shared/ipc/client';
import {
  CYRILLIC_PAGES,
  CYRILLIC_TITLE,
  cyrillicPdf,
  ENGLISH_PAGES,
  ENGLISH_TITLE,
  encryptWithQpdf,
  englishPdf,
  qpdfAvailable,
} from '../fixtures/pdfFixtures';
import { PROTOCOL_PAGES, PROTOCOL_TITLE, protocolPdf } from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ok, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { DossierPage } from './pages/Dossier';
import { expectNoHorizontalOverflow, expectNoRawKeys } from './pages/screenChecks';

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-dossier-');
  caseId = await seedVaultWithElkinCase(harness.api);
});

test.afterEach(() => files.cleanup());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Imports files one by one (so the case lists them in this order) straight through the core. */
async function seedDocuments(
  api: CasefileApi,
  documents: { name: string; bytes: Uint8Array }[],
): Promise<void> {
  for (const [index, { name, bytes }] of documents.entries()) {
    const file = path.join(files.dir, name);
    fs.writeFileSync(file, bytes);
    ok(await api.documents.import({ caseId, paths: [file] }));
    await expect
      .poll(async () => ok(await api.documents.list({ caseId })).length, { timeout: 30_000 })
      .toBe(index + 1);
  }
}

/** Three documents of 3, 2 and 2 pages, imported in the order English, Cyrillic, protocol. */
async function seedThree(api: CasefileApi): Promise<void> {
  await seedDocuments(api, [
    { name: 'indictment.pdf', bytes: await englishPdf() },
    { name: 'приговор.pdf', bytes: await cyrillicPdf() },
    { name: 'протокол.pdf', bytes: await protocolPdf() },
  ]);
}

async function openBuilder(page: App['page']): Promise<{ app: App; dossier: DossierPage }> {
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  const dossier = new DossierPage(page, app.t);
  await dossier.open();
  return { app, dossier };
}

/** The text of every page, as poppler's pdftotext reads it (pages end with a form feed). */
function pageTexts(file: string): string[] {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.split('\f').slice(0, -1);
}

const pageWith = (texts: string[], line: string) =>
  texts.findIndex((text) => text.replace(/\s+/g, ' ').includes(line));

test('orders by drag and drop, button and keyboard, makes two sections, stamps and exports the PDF', async ({
  page,
  harness,
}) => {
  await seedThree(harness.api);
  await harness.openApp();
  const { dossier } = await openBuilder(page);

  // Every document is picked at first, in the case's order; none at all cannot be exported.
  await expect
    .poll(() => dossier.orderedTitles())
    .toEqual([ENGLISH_TITLE, CYRILLIC_TITLE, PROTOCOL_TITLE]);
  await page.getByRole('button', { name: 'Unpick all' }).click();
  await expect(page.getByText('Pick at least one document.')).toBeVisible();
  await expect(dossier.exportButton('pdf')).toBeDisabled();
  // By the document list's filters: only what they leave is picked.
  await page.getByRole('searchbox', { name: 'Find a document' }).fill('приговор');
  await page.getByRole('button', { name: 'Pick only the 1 shown' }).click();
  await expect.poll(() => dossier.orderedTitles()).toEqual([CYRILLIC_TITLE]);
  await expect(page.getByText('1 of 3 picked')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a document' }).fill('');
  await dossier.pickBox(ENGLISH_TITLE).check();
  await dossier.pickBox(ENGLISH_TITLE).uncheck();
  await page.getByRole('button', { name: 'Pick all documents' }).click();
  await expect
    .poll(() => dossier.orderedTitles())
    .toEqual([CYRILLIC_TITLE, ENGLISH_TITLE, PROTOCOL_TITLE]);
  await expect(dossier.exportButton('pdf')).toBeEnabled();

  // Drag the protocol onto the top of the first row, then one step down with the button.
  await dossier.dragBefore(PROTOCOL_TITLE, CYRILLIC_TITLE);
  await expect
    .poll(() => dossier.orderedTitles())
    .toEqual([PROTOCOL_TITLE, CYRILLIC_TITLE, ENGLISH_TITLE]);
  await dossier.moveButton(PROTOCOL_TITLE, 'down').click();
  await expect
    .poll(() => dossier.orderedTitles())
    .toEqual([CYRILLIC_TITLE, PROTOCOL_TITLE, ENGLISH_TITLE]);
  // The arrow keys on a handle move it too, and the handle keeps focus.
  await dossier.handle(PROTOCOL_TITLE).focus();
  await page.keyboard.press('ArrowUp');
  await expect
    .poll(() => dossier.orderedTitles())
    .toEqual([PROTOCOL_TITLE, CYRILLIC_TITLE, ENGLISH_TITLE]);
  await expect(dossier.handle(PROTOCOL_TITLE)).toBeFocused();

  // Two sections: the indictment alone in the second.
  await dossier.addSectionButton.click();
  await dossier.sectionTitleField(1).fill('Процессуальные документы');
  await dossier.sectionTitleField(2).fill('Доказательства');
  await expect(
    page.getByText('Section “Доказательства” has no documents', { exact: false }),
  ).toBeVisible();
  await dossier.sectionSelect(ENGLISH_TITLE).selectOption({ label: 'Доказательства' });
  expect(await dossier.sectionTitles('Процессуальные документы')).toEqual([
    PROTOCOL_TITLE,
    CYRILLIC_TITLE,
  ]);
  expect(await dossier.sectionTitles('Доказательства')).toEqual([ENGLISH_TITLE]);

  await dossier.stampPrefix.fill('ДЕЛО-7511-');
  await expect(dossier.firstStamp).toHaveText('ДЕЛО-7511-0001');

  const out = path.join(files.dir, 'Елкин.pdf');
  harness.answerSaveFile(out);
  await dossier.exportButton('pdf').click();
  await expect(dossier.doneMessage('pdf', 'Елкин.pdf')).toBeVisible({ timeout: 30_000 });
  await expect(dossier.resultDocuments).toHaveText('3');

  // The file: as many pages as the summary says, its hash, every page stamped in order, and
  // the documents in the chosen order after the generated pages.
  const bytes = new Uint8Array(fs.readFileSync(out));
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  await expect(dossier.resultPages).toHaveText(String(pages));
  await expect(dossier.resultSha256).toHaveText(sha256(bytes));
  const texts = pageTexts(out);
  expect(texts).toHaveLength(pages);
  texts.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toContain(`ДЕЛО-7511-${String(index + 1).padStart(4, '0')}`);
  });
  const protocol = pageWith(texts, PROTOCOL_PAGES[0]!);
  const verdict = pageWith(texts, CYRILLIC_PAGES[0]![0]!);
  const indictment = pageWith(texts, ENGLISH_PAGES[0]![0]!);
  expect(protocol).toBeGreaterThan(0); // after the cover and the inventory
  expect(verdict).toBe(protocol + PROTOCOL_PAGES.length);
  expect(indictment).toBe(verdict + CYRILLIC_PAGES.length);
  expect(pages).toBe(indictment + ENGLISH_PAGES.length);
  const generated = texts.slice(0, protocol).join('\n');
  expect(generated).toContain('Процессуальные документы');
  expect(generated).toContain('Доказательства');
});

test('exports a ZIP, verifies it, and names the original whose byte was changed', async ({
  page,
  harness,
}, testInfo) => {
  await seedThree(harness.api);
  await harness.openApp();
  const { app, dossier } = await openBuilder(page);

  const zip = path.join(files.dir, 'Елкин.zip');
  harness.answerSaveFile(zip);
  await dossier.exportButton('zip').click();
  await expect(dossier.doneMessage('zip', 'Елкин.zip')).toBeVisible({ timeout: 30_000 });
  await expect(dossier.resultSha256).toHaveText(sha256(new Uint8Array(fs.readFileSync(zip))));

  // From the case list, where anyone handed a ZIP can check it.
  await app.goToCases();
  harness.answerOpenDossier(zip);
  await dossier.verifyButton.click();
  await expect(dossier.verifiedMessage('Елкин.zip')).toBeVisible();
  await expect(dossier.problems).toHaveCount(0);
  await dossier.closeVerify();

  // One byte of one original changed, the ZIP rewritten: verify names that file and both hashes.
  const entries = unzipSync(new Uint8Array(fs.readFileSync(zip)));
  const original = Object.keys(entries).find(
    (name) => name.startsWith('originals/') && name.includes('протокол'),
  );
  expect(original, Object.keys(entries).join(', ')).toBeDefined();
  const before = entries[original!]!;
  const after = new Uint8Array(before);
  const middle = Math.floor(after.length / 2);
  after[middle] = (after[middle] ?? 0) ^ 0x01;
  const tampered = path.join(files.dir, 'tampered.zip');
  fs.writeFileSync(tampered, zipSync({ ...entries, [original!]: after }));

  await app.cases.open(ELKIN_CASE.title);
  await dossier.open();
  harness.answerOpenDossier(tampered);
  await dossier.verifyButton.click();
  const problem = dossier.problems.getByRole('listitem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText(original!);
  await expect(problem).toContainText(app.t('dossier.verify.problems.mismatch'));
  await expect(problem).toContainText(sha256(before));
  await expect(problem).toContainText(sha256(after));
  await expect(dossier.verifiedMessage('tampered.zip')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('dossier-verify-mismatch.png') });
});

/** A plain volume of `pages` pages in a standard font: quick to generate, import and copy. */
async function volumePdf(volume: number, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Volume ${volume}`);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page += 1) {
    doc
      .addPage([595, 842])
      .drawText(`Volume ${volume}, sheet ${page}`, { x: 50, y: 780, size: 14, font });
  }
  return doc.save();
}

test('cancels an export mid-way: the cancelled state shows and no file is left', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  const volumes = [];
  for (let volume = 1; volume <= 4; volume += 1) {
    volumes.push({ name: `volume-${volume}.pdf`, bytes: await volumePdf(volume, 250) });
  }
  await seedDocuments(harness.api, volumes);
  await harness.openApp();
  const { dossier } = await openBuilder(page);

  const out = path.join(files.dir, 'big.pdf');
  harness.answerSaveFile(out);
  await dossier.exportButton('pdf').click();
  await expect(dossier.progressBar).toBeVisible();
  await dossier.cancelButton.click();
  await expect(dossier.run.getByText('The export was cancelled. No file was written.')).toBeVisible(
    {
      timeout: 30_000,
    },
  );
  await expect(dossier.resultPages).toHaveCount(0);
  // Neither the file nor a partial one beside it.
  expect(fs.existsSync(out)).toBe(false);
  expect(fs.readdirSync(files.dir).filter((name) => name.startsWith('big'))).toEqual([]);
  // The export can start again once this one is closed.
  await dossier.closeRunButton.click();
  await expect(dossier.exportButton('pdf')).toBeEnabled();
});

test('an encrypted original without its password, or with a wrong one, is listed as excluded with the reason', async ({
  page,
  harness,
}) => {
  test.skip(!qpdfAvailable(), 'needs the qpdf command to encrypt the fixture');
  const password = 'сот-2024';
  await seedDocuments(harness.api, [{ name: 'indictment.pdf', bytes: await englishPdf() }]);
  const locked = path.join(files.dir, 'приговор-закрытый.pdf');
  fs.writeFileSync(locked, encryptWithQpdf(await cyrillicPdf(), password, 'owner-secret'));
  ok(await harness.api.documents.import({ caseId, paths: [locked], pdfPassword: password }));
  await expect
    .poll(async () => ok(await harness.api.documents.list({ caseId })).length, { timeout: 30_000 })
    .toBe(2);
  await harness.openApp();
  const { app: shown, dossier } = await openBuilder(page);

  harness.answerSaveFile(path.join(files.dir, 'first.pdf'));
  await dossier.exportButton('pdf').click();
  await expect(dossier.doneMessage('pdf', 'first.pdf')).toBeVisible({ timeout: 30_000 });
  await expect(dossier.resultDocuments).toHaveText('1');
  const excluded = page.getByRole('list', { name: shown.t('dossier.result.excludedList') });
  await expect(excluded.getByRole('listitem')).toHaveText(
    `${CYRILLIC_TITLE} — ${shown.t('dossier.result.reasons.encrypted')}`,
  );

  // The row now asks for the password; a wrong one reaches the core and comes back as wrong.
  const row = dossier.row(CYRILLIC_TITLE);
  await expect(row).toContainText(shown.t('dossier.doc.needsPassword.missing'));
  const field = page.getByLabel(shown.t('dossier.doc.passwordFor', { title: CYRILLIC_TITLE }));
  await expect(field).toHaveAttribute('type', 'password');
  await dossier.closeRunButton.click();
  await field.fill('не-тот-пароль');
  harness.answerSaveFile(path.join(files.dir, 'second.pdf'));
  await dossier.exportButton('pdf').click();
  await expect(dossier.doneMessage('pdf', 'second.pdf')).toBeVisible({ timeout: 30_000 });
  await expect(excluded.getByRole('listitem')).toHaveText(
    `${CYRILLIC_TITLE} — ${shown.t('dossier.result.reasons.password_wrong')}`,
  );
  await expect(row).toContainText(shown.t('dossier.doc.needsPassword.wrong'));
  // Emptied, no password is sent, and the document is listed as protected again.
  await field.fill('');
  harness.answerSaveFile(path.join(files.dir, 'third.pdf'));
  await dossier.closeRunButton.click();
  await dossier.exportButton('pdf').click();
  await expect(dossier.doneMessage('pdf', 'third.pdf')).toBeVisible({ timeout: 30_000 });
  await expect(excluded.getByRole('listitem')).toHaveText(
    `${CYRILLIC_TITLE} — ${shown.t('dossier.result.reasons.encrypted')}`,
  );
});

test('in Kazakh, the builder, its summary and the verify report are all translated and fit the window', async ({
  page,
  harness,
}, testInfo) => {
  await seedThree(harness.api);
  await harness.openApp();
  const app = new App(page, 'en');
  await app.switchLanguage('kk');
  await app.cases.open(ELKIN_CASE.title);
  const dossier = new DossierPage(page, app.t);
  await dossier.open();
  await dossier.addSectionButton.click();
  await dossier.sectionTitleField(2).fill('Дәлелдемелер');
  await dossier.sectionSelect(ENGLISH_TITLE).selectOption({ label: 'Дәлелдемелер' });
  await dossier.stampPrefix.fill('ІС-7511-');
  // The generated pages follow the UI language unless another is chosen.
  await expect(page.getByLabel(app.t('dossier.language'), { exact: true })).toHaveValue('kk');

  const zip = path.join(files.dir, 'іс.zip');
  harness.answerSaveFile(zip);
  await dossier.exportButton('zip').click();
  await expect(dossier.doneMessage('zip', 'іс.zip')).toBeVisible({ timeout: 30_000 });
  await expectNoRawKeys(page);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: testInfo.outputPath('dossier-kk.png'), fullPage: true });

  harness.answerOpenDossier(zip);
  await dossier.verifyButton.click();
  await expect(dossier.verifiedMessage('іс.zip')).toBeVisible();
  await expectNoRawKeys(page);
  await page.screenshot({ path: testInfo.outputPath('dossier-verify-kk.png') });
  expect(await app.missingKeys()).toEqual([]);
  expect(await page.evaluate(() => document.body.innerText), 'uninterpolated text').not.toContain(
    '{{',
  );
});
