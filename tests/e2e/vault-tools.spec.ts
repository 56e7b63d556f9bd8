import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ok, PASSPHRASE, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { expectNoRawKeys } from './pages/screenChecks';

let dir: string;
test.beforeEach(async ({ harness }) => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-e2e-backup-'));
  await seedVaultWithElkinCase(harness.api);
});
test.afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('backs up, checks and restores the vault from the settings', async ({ page, harness }) => {
  await harness.openApp();
  const app = new App(page);
  await expect(app.cases.heading).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Backup and check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backup, restore and check' });
  await expect(dialog).toBeVisible();
  await expectNoRawKeys(page);

  // Backup: the save dialog's answer is where the encrypted copy goes.
  const out = path.join(dir, 'backup.casefile');
  harness.answerSaveFile(out);
  const backup = dialog.getByRole('region', { name: 'Back up the vault' });
  await backup.getByLabel('Vault passphrase').fill(PASSPHRASE);
  await backup.getByRole('button', { name: 'Choose a file and back up' }).click();
  await expect(backup.getByText(`Backup written to ${out}.`)).toBeVisible();
  const bytes = fs.readFileSync(out);
  expect(bytes.includes(Buffer.from(ELKIN_CASE.title, 'utf8')), 'no plaintext case title').toBe(
    false,
  );

  // Check vault: the report says what was verified.
  const check = dialog.getByRole('region', { name: 'Check the vault' });
  await check.getByLabel('Vault passphrase').fill(PASSPHRASE);
  await check.getByRole('button', { name: 'Check vault' }).click();
  await expect(
    check.getByText(/^No problems found: \d+ pages and 0 documents verified\.$/),
  ).toBeVisible();

  // A case made after the backup is gone once the backup is restored.
  ok(await harness.api.cases.create({ title: 'Дело после копии' }));
  const restore = dialog.getByRole('region', { name: 'Restore from a backup' });
  await restore.getByLabel('Backup file').fill(out);
  await restore.getByLabel("The backup's passphrase").fill(PASSPHRASE);
  await restore.getByRole('button', { name: 'Restore…' }).click();
  await restore.getByRole('button', { name: 'Replace the vault' }).click();
  await expect(dialog).toBeHidden();
  const titles = ok(await harness.api.cases.list()).map((item) => item.title);
  expect(titles).toEqual([ELKIN_CASE.title]);
});

test('a wrong backup passphrase is refused and the vault stays as it was', async ({
  page,
  harness,
}) => {
  const out = path.join(dir, 'backup.casefile');
  const { jobId } = ok(await harness.api.vault.backup({ out, passphrase: PASSPHRASE }));
  await harness.core.idle();
  expect(jobId).toBeTruthy();
  ok(await harness.api.cases.create({ title: 'Дело после копии' }));

  await harness.openApp();
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Backup and check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backup, restore and check' });
  const restore = dialog.getByRole('region', { name: 'Restore from a backup' });
  await restore.getByLabel('Backup file').fill(out);
  await restore.getByLabel("The backup's passphrase").fill('совсем не та фраза 123');
  await restore.getByRole('button', { name: 'Restore…' }).click();
  await restore.getByRole('button', { name: 'Replace the vault' }).click();
  await expect(restore.getByRole('alert')).toHaveText(
    'Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.',
  );
  const titles = ok(await harness.api.cases.list()).map((item) => item.title);
  expect(titles.sort()).toEqual([ELKIN_CASE.title, 'Дело после копии'].sort());
});

test('restores a backup from the lock screen and opens the vault on it', async ({
  page,
  harness,
}) => {
  const out = path.join(dir, 'backup.casefile');
  ok(await harness.api.vault.backup({ out, passphrase: PASSPHRASE }));
  await harness.core.idle();
  ok(await harness.api.cases.create({ title: 'Дело после копии' }));
  ok(await harness.api.vault.lock());

  await harness.openApp();
  await page.getByRole('button', { name: 'Restore from a backup instead' }).click();
  const restore = page.getByRole('region', { name: 'Restore from a backup' });
  // Picked with the file dialog, which answers while the vault is locked.
  harness.answerOpenBackup(out);
  await restore.getByRole('button', { name: 'Choose…' }).click();
  await expect(restore.getByLabel('Backup file')).toHaveValue(out);
  await restore.getByLabel("The backup's passphrase").fill(PASSPHRASE);
  await restore.getByRole('button', { name: 'Restore…' }).click();
  await restore.getByRole('button', { name: 'Replace the vault' }).click();
  const app = new App(page);
  await expect(app.cases.heading).toBeVisible();
  await expect(page.getByText(ELKIN_CASE.title)).toBeVisible();
  await expect(page.getByText('Дело после копии')).toHaveCount(0);
});
