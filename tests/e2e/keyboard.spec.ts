import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ELKIN_PARTIES, seedCase, seedVault } from './harness/testData';
import { App } from './pages/App';
import { tabTo } from './pages/keyboard';

test.beforeEach(async ({ harness }) => {
  await seedVault(harness.api);
});

test('creates a case using only the keyboard (Tab, typing, arrow keys and Enter)', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const app = new App(page);
  await expect(app.cases.heading).toBeFocused(); // each screen starts at its heading

  await app.cases.startNewCaseWithKeyboard();
  await page.keyboard.press('Tab');
  await expect(app.caseForm.field('title')).toBeFocused();
  await page.keyboard.type('Бекова Д. — трудовой спор');
  await page.keyboard.press('Tab');
  await expect(app.caseForm.field('number')).toBeFocused();
  await page.keyboard.type('2-777/2026');
  await page.keyboard.press('Tab');
  await expect(app.caseForm.status).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.caseForm.status).toHaveValue('appeal');

  await tabTo(page, app.caseForm.createButton);
  await page.keyboard.press('Enter');

  const casePage = app.casePage('Бекова Д. — трудовой спор');
  await expect(casePage.heading).toBeFocused();
  await expect(page.getByText('No. 2-777/2026').first()).toBeVisible();
  await expect(page.locator('.case-header').getByText('On appeal', { exact: true })).toBeVisible();
});

test('an empty title is refused with a message, and Enter in a field submits the form', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const app = new App(page);
  await app.cases.startNewCaseWithKeyboard();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Give the case a title.');
  await expect(app.caseForm.field('title')).toBeFocused();
  await page.keyboard.type('Оспанов Н.');
  await page.keyboard.press('Enter');
  await expect(app.casePage('Оспанов Н.').heading).toBeFocused();
});

test('the delete dialog keeps focus inside, starts on Cancel and closes with Escape', async ({
  page,
  harness,
}) => {
  await seedCase(harness.api, ELKIN_CASE);
  await harness.openApp();
  const app = new App(page);
  await tabTo(page, app.cases.caseLink(ELKIN_CASE.title));
  await page.keyboard.press('Enter');
  const casePage = app.casePage(ELKIN_CASE.title);
  await expect(casePage.heading).toBeFocused();

  const deleteButton = casePage.button('cases.page.delete');
  await tabTo(page, deleteButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Delete this case?' });
  const cancel = dialog.getByRole('button', { name: 'Cancel' });
  const confirm = dialog.getByRole('button', { name: 'Delete permanently' });
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cancel).toBeFocused(); // wrapped around, never out to the page behind
  await page.keyboard.press('Shift+Tab');
  await expect(confirm).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteButton).toBeFocused(); // back where the lawyer was
  await casePage.expectShown();
});

test('focus goes into each edit form and comes back to where the lawyer was', async ({
  page,
  harness,
}) => {
  await seedCase(harness.api, ELKIN_CASE, { parties: ELKIN_PARTIES });
  await harness.openApp();
  const app = new App(page);
  await app.cases.open(ELKIN_CASE.title);
  const casePage = app.casePage(ELKIN_CASE.title);

  await casePage.button('cases.page.edit').click();
  await expect(app.caseForm.field('title')).toBeFocused(); // the Edit button has gone
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(casePage.button('cases.page.edit')).toBeFocused();

  const [accused, victim] = ELKIN_PARTIES;
  const editAccused = page.getByRole('button', { name: `Edit party: ${accused.name}` });
  await editAccused.click();
  const partyForm = page.getByRole('form', { name: 'Edit party' });
  await expect(partyForm.getByLabel('Full name or organisation', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(partyForm).toBeHidden();
  await expect(editAccused).toBeFocused(); // back on the party just edited

  await page.getByRole('button', { name: `Remove party: ${victim.name}` }).click();
  await page
    .getByRole('alertdialog', { name: 'Remove this party?' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(casePage.party(victim.name)).toHaveCount(0);
  await expect(casePage.parties.getByRole('button', { name: 'Add party' })).toBeFocused();
});

test('unlocks with the keyboard alone: the passphrase field has focus and Enter submits', async ({
  page,
  harness,
}) => {
  await harness.api.vault.lock();
  await harness.openApp();
  const app = new App(page);
  await expect(app.vault.passphrase).toBeFocused();
  await page.keyboard.type('тихий берег Иртыша 2026');
  await page.keyboard.press('Enter');
  await expect(app.cases.heading).toBeFocused();
});
