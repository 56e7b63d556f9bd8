import { expect, test } from './harness/fixtures';
import {
  ELKIN_CASE,
  ELKIN_HEARING,
  ELKIN_PARTIES,
  ok,
  PASSPHRASE,
  seedVaultWithElkinCase,
  WRONG_PASSPHRASE,
} from './harness/testData';
import { App } from './pages/App';

test.beforeEach(async ({ harness }) => {
  await seedVaultWithElkinCase(harness.api);
});

test('unlocks with the right passphrase after a wrong one and shows the case', async ({
  page,
  harness,
}) => {
  ok(await harness.api.vault.lock());
  await harness.openApp();
  const app = new App(page);
  await app.vault.expectLocked();

  await app.vault.unlock(WRONG_PASSPHRASE);
  await expect(app.vault.alert).toHaveText(
    'Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.',
  );
  await expect(app.vault.passphrase).toBeFocused();
  await expect(app.vault.passphrase).toHaveAttribute('aria-invalid', 'true');

  await app.vault.unlock(PASSPHRASE);
  await app.cases.open(ELKIN_CASE.title);
  const casePage = app.casePage(ELKIN_CASE.title);
  for (const party of ELKIN_PARTIES) await expect(casePage.party(party.name)).toBeVisible();
  await expect(casePage.hearing(ELKIN_HEARING.place)).toBeVisible();
});

test('an idle lock from the core removes the open case from the page and says why', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const app = new App(page);
  await app.cases.open(ELKIN_CASE.title);

  harness.core.lock('idle');

  await app.vault.expectLocked();
  await expect(page.getByText('The vault was locked after a period of inactivity.')).toBeVisible();
  const html = await page.content();
  for (const secret of [ELKIN_CASE.title, ELKIN_PARTIES[0].name, ELKIN_HEARING.place]) {
    expect(html, 'case data left in the DOM behind the lock screen').not.toContain(secret);
  }
});

test('a VAULT_LOCKED answer brings up the lock screen even if the lock event never arrives', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const app = new App(page);
  await expect(app.cases.caseLink(ELKIN_CASE.title)).toBeVisible();

  harness.muteEvents();
  harness.core.lock('suspend');
  await app.navLink('nav.upcoming').click(); // its query is answered VAULT_LOCKED

  await app.vault.expectLocked();
  expect(await page.content()).not.toContain(ELKIN_CASE.title);
});

test('the lock button locks the core too, not just the screen', async ({ page, harness }) => {
  await harness.openApp();
  const app = new App(page);
  await app.lock();
  const status = ok(await harness.api.vault.status());
  expect(status.state).toBe('locked');
});
