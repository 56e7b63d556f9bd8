import { expect, test } from './harness/fixtures';
import {
  almatyDateTime,
  ELKIN_CASE,
  ELKIN_HEARING,
  ELKIN_PARTIES,
  seedCase,
  seedVaultWithElkinCase,
} from './harness/testData';
import { App } from './pages/App';

test.beforeEach(async ({ harness }) => {
  await seedVaultWithElkinCase(harness.api);
  await harness.openApp();
});

test('archives a case and restores it from the archive', async ({ page }) => {
  const app = new App(page);
  await app.cases.open(ELKIN_CASE.title);
  const casePage = app.casePage(ELKIN_CASE.title);

  await casePage.button('cases.page.archive').click();
  await expect(
    page.getByText('This case is archived. Restore it to work on it again.'),
  ).toBeVisible();
  await expect(page.locator('.case-header').getByText('Archived', { exact: true })).toBeVisible();

  const list = await app.goToCases();
  await list.chip('archived').click();
  await list.expectTitles([ELKIN_CASE.title]);
  await list.open(ELKIN_CASE.title);

  await casePage.button('cases.page.unarchive').click();
  await expect(casePage.button('cases.page.archive')).toBeVisible();
  await expect(page.locator('.case-header').getByText('Open', { exact: true })).toBeVisible();
});

test('deletes a case only after it is confirmed in the dialog', async ({ page, harness }) => {
  const app = new App(page);
  await app.cases.open(ELKIN_CASE.title);
  const casePage = app.casePage(ELKIN_CASE.title);

  let dialog = await casePage.askToDelete();
  await expect(dialog).toContainText(ELKIN_CASE.title);
  await expect(dialog).toContainText('This cannot be undone.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await casePage.expectShown();

  dialog = await casePage.askToDelete();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await casePage.expectShown();

  dialog = await casePage.askToDelete();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect(app.cases.heading).toBeVisible();
  await expect(app.cases.caseLink(ELKIN_CASE.title)).toHaveCount(0);
  await expect(page.getByText('No cases yet.')).toBeVisible();
  const listed = await harness.api.cases.list({});
  expect(listed.ok && listed.value).toEqual([]);
});

test('edits the case details, a party and a hearing, and removes them', async ({ page }) => {
  const app = new App(page);
  await app.cases.open(ELKIN_CASE.title);
  let casePage = app.casePage(ELKIN_CASE.title);

  await casePage.button('cases.page.edit').click();
  const renamed = 'Елкин С. А. — приговор обжалован';
  await app.caseForm.fill({
    title: renamed,
    status: 'appeal',
    jurisdiction: 'Республика Казахстан',
  });
  await app.caseForm.saveButton.click();
  casePage = app.casePage(renamed);
  await casePage.expectShown();
  await expect(page.getByText('Республика Казахстан')).toBeVisible();
  await expect(page.locator('.case-header').getByText('On appeal', { exact: true })).toBeVisible();

  const [accused, victim] = ELKIN_PARTIES;
  await page.getByRole('button', { name: `Edit party: ${accused.name}` }).click();
  const partyForm = page.getByRole('form', { name: 'Edit party' });
  await partyForm.getByLabel('Role', { exact: true }).selectOption('client');
  await partyForm.getByRole('button', { name: 'Save' }).click();
  await expect(casePage.party(accused.name)).toContainText('Client');

  await page.getByRole('button', { name: `Remove party: ${victim.name}` }).click();
  const removeParty = page.getByRole('alertdialog', { name: 'Remove this party?' });
  await removeParty.getByRole('button', { name: 'Remove' }).click();
  await expect(casePage.party(victim.name)).toHaveCount(0);

  const hearing = casePage.hearing(ELKIN_HEARING.place);
  await hearing.getByRole('button', { name: /^Edit: / }).click();
  const hearingForm = page.getByRole('form', { name: 'Edit hearing or deadline' });
  await hearingForm.getByLabel('Type', { exact: true }).selectOption('deadline');
  await hearingForm.getByLabel('Date and time', { exact: true }).fill(almatyDateTime(5, '18:00'));
  await hearingForm.getByRole('button', { name: 'Save' }).click();
  await expect(casePage.hearing(ELKIN_HEARING.place)).toContainText('Deadline');

  await casePage.hearing(ELKIN_HEARING.place).getByRole('checkbox').check();
  await expect(casePage.hearing(ELKIN_HEARING.place).getByRole('checkbox')).toBeChecked();

  await casePage
    .hearing(ELKIN_HEARING.place)
    .getByRole('button', { name: /^Remove: / })
    .click();
  await page
    .getByRole('alertdialog', { name: 'Remove this entry?' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect(page.getByText('No hearings or deadlines yet.')).toBeVisible();
});

test('marks a missed deadline as overdue, on the case page and in upcoming deadlines', async ({
  page,
  harness,
}) => {
  await seedCase(
    harness.api,
    { title: 'Срок апелляции пропущен?' },
    {
      hearings: [
        { at: almatyDateTime(-2, '17:00'), kind: 'deadline', place: 'Алматинский городской суд' },
      ],
    },
  );
  const app = new App(page);
  await page.reload();
  const upcoming = await app.goToUpcoming();
  await expect(page.getByText('1 overdue item')).toBeVisible();
  await expect(upcoming.item('Срок апелляции пропущен?')).toContainText('Overdue');
  await expect(upcoming.item(ELKIN_CASE.title)).not.toContainText('Overdue');

  await upcoming.period.selectOption('7');
  await expect(upcoming.item(ELKIN_CASE.title)).toBeVisible();
  await upcoming.caseLink('Срок апелляции пропущен?').click();
  await expect(app.casePage('Срок апелляции пропущен?').hearing('Алматинский')).toContainText(
    'Overdue',
  );
});
