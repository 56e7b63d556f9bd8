import fs from 'node:fs';
import path from 'node:path';
import { englishPdf, ENGLISH_TITLE } from '../fixtures/pdfFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { seedVault } from './harness/testData';
import { App } from './pages/App';
import { DocumentsSection } from './pages/DocumentsSection';
import { expectNoRawKeys } from './pages/screenChecks';

const CASE_TITLE = 'Дело Абенова — журнал действий';

let files: { dir: string; cleanup: () => void };

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-audit-');
  await seedVault(harness.api);
  await harness.openApp();
});
test.afterEach(() => files.cleanup());

test('a case created and a document imported appear in the case’s activity and in the vault’s log with an intact chain', async ({
  page,
  harness,
}) => {
  const app = new App(page);
  await app.cases.newCaseLink.click();
  await app.caseForm.create({ title: CASE_TITLE });
  await app.casePage(CASE_TITLE).expectShown();

  const documents = new DocumentsSection(page, app.t);
  const file = path.join(files.dir, 'indictment.pdf');
  fs.writeFileSync(file, await englishPdf());
  await documents.importPaths(harness, [file]);
  await documents.expectFinished(1, 0, 0);

  await page.getByRole('button', { name: app.t('audit.open'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: app.t('audit.caseTitle') });
  const entries = dialog
    .getByRole('list', { name: app.t('audit.listLabel') })
    .getByRole('listitem');
  await expect(entries).toHaveCount(2);
  // Newest first: the import, then the case's creation.
  await expect(entries.nth(0)).toContainText(app.t('audit.actions.document.imported'));
  await expect(entries.nth(0)).toContainText(ENGLISH_TITLE);
  await expect(entries.nth(1)).toContainText(app.t('audit.actions.case.created'));
  await expectNoRawKeys(page);

  await dialog.getByLabel(app.t('audit.filterLabel'), { exact: true }).selectOption('case.created');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(app.t('audit.actions.case.created'));
  await dialog.getByRole('button', { name: app.t('audit.close') }).click();
  await expect(dialog).toBeHidden();

  await page
    .getByRole('banner')
    .getByRole('button', { name: app.t('settings.open') })
    .click();
  await page.getByRole('button', { name: app.t('audit.openVault'), exact: true }).click();
  const vaultLog = page.getByRole('dialog', { name: app.t('audit.vaultTitle') });
  await expect(vaultLog.getByRole('status')).toHaveText(app.t('audit.chainIntact', { count: 2 }));
  const vaultEntries = vaultLog
    .getByRole('list', { name: app.t('audit.listLabel') })
    .getByRole('listitem');
  await expect(vaultEntries).toHaveCount(2);
  // The vault-wide log names the case each entry is about.
  await expect(vaultEntries.nth(1)).toContainText(CASE_TITLE);
});
