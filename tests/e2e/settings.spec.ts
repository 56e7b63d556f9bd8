import { expect, test } from './harness/fixtures';
import { ok, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { expectNoRawKeys } from './pages/screenChecks';

test.beforeEach(async ({ harness }) => {
  await seedVaultWithElkinCase(harness.api);
});

test('changes the import size limit and the auto-lock time from the header and saves them in the core', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const app = new App(page);
  await expect(app.cases.heading).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const limit = dialog.getByLabel('Largest file to import (MB)');
  const autoLock = dialog.getByLabel('Auto-lock after inactivity (minutes)');
  await expect(limit).toHaveValue('1024');
  await expect(autoLock).toHaveValue('10');
  await expect(dialog.getByText('From 1 to 4096 MB. Larger files are not imported.')).toBeVisible();
  await expectNoRawKeys(page);
  await expect(dialog, 'no uninterpolated {{placeholders}}').not.toContainText('{{');

  await limit.fill('5000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter a whole number from 1 to 4096.')).toBeVisible();
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  expect(ok(await harness.api.settings.get()).maxImportMegabytes, 'nothing saved').toBe(1024);

  await limit.fill('64');
  await autoLock.fill('15');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(ok(await harness.api.settings.get())).toMatchObject({
    maxImportMegabytes: 64,
    autoLockMinutes: 15,
  });

  // Opened again, it shows what the core kept; Esc closes it without saving.
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await expect(limit).toHaveValue('64');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await app.lock();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Settings' })).toHaveCount(0);
});
