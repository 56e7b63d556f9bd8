import { expect, test } from '@playwright/test';
import {
  ELKIN_CASE,
  ELKIN_HEARING,
  ELKIN_PARTIES,
  ELKIN_TAGS,
  PASSPHRASE,
  WEAK_PASSPHRASE,
  WRONG_PASSPHRASE,
} from '../harness/testData';
import type { App } from './App';

/**
 * The lawyer's first session, in whatever language `app` shows: create a vault (after a weak
 * passphrase is refused), record a case with two parties and a hearing, find it in the list and
 * in upcoming deadlines, lock, fail once, unlock, and find everything again.
 */
export async function runMainFlow(
  app: App,
  /** Run after every step, on whatever screen the step ended on (e.g. "no raw keys shown"). */
  checkScreen: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const { page } = app;
  const step = (title: string, body: () => Promise<void>) =>
    test.step(title, async () => {
      await body();
      await checkScreen();
    });

  await step('refuses a weak passphrase with a clear reason', async () => {
    await expect(app.vault.createHeading).toBeVisible();
    await app.vault.create(WEAK_PASSPHRASE);
    await expect(app.vault.alert).toHaveText(app.t('passphrase.problem.common'));
    await expect(app.vault.newPassphrase).toBeFocused();
    await expect(app.vault.createHeading).toBeVisible();
  });

  await step('creates the vault with a strong passphrase', async () => {
    await app.vault.newPassphrase.fill(PASSPHRASE);
    await expect(page.getByText(app.t('passphrase.acceptable'))).toBeVisible();
    await app.vault.repeatPassphrase.fill(PASSPHRASE);
    await app.vault.createButton.click();
    await expect(app.cases.heading).toBeVisible();
    await expect(page.getByText(app.t('cases.list.empty'))).toBeVisible();
  });

  await step('creates a case with two parties and a hearing', async () => {
    await app.cases.newCaseLink.click();
    await app.caseForm.create({ ...ELKIN_CASE, tags: ELKIN_TAGS.join(', ') });
    const casePage = app.casePage(ELKIN_CASE.title);
    await casePage.expectShown();
    for (const party of ELKIN_PARTIES) await casePage.addParty(party);
    await casePage.addHearing(ELKIN_HEARING);
    await expect(casePage.party(ELKIN_PARTIES[0].name)).toContainText(
      app.t('parties.roles.accused'),
    );
    await expect(casePage.party(ELKIN_PARTIES[1].name)).toContainText(
      app.t('parties.roles.victim'),
    );
    await expect(casePage.hearing(ELKIN_HEARING.place)).toContainText(
      app.t('hearings.kinds.hearing'),
    );
  });

  await step('lists the case with its party count and next hearing', async () => {
    const list = await app.goToCases();
    await expect(list.caseLink(ELKIN_CASE.title)).toBeVisible();
    const card = page.getByRole('listitem').filter({ has: list.caseLink(ELKIN_CASE.title) });
    await expect(card).toContainText(app.t('cases.list.parties', { count: 2 }));
    await expect(card).toContainText(app.t('cases.status.open'));
  });

  await step('shows the hearing among upcoming deadlines, linked to its case', async () => {
    const upcoming = await app.goToUpcoming();
    await expect(upcoming.period).toHaveValue('30');
    const item = upcoming.item(ELKIN_CASE.title);
    await expect(item).toContainText(app.t('hearings.kinds.hearing'));
    await expect(item).toContainText(ELKIN_HEARING.place);
    await expect(upcoming.day(ELKIN_HEARING.at.slice(0, 10))).toContainText(ELKIN_CASE.title);
    await upcoming.caseLink(ELKIN_CASE.title).click();
    await app.casePage(ELKIN_CASE.title).expectShown();
  });

  await step('locks, and nothing of the case stays on screen', async () => {
    await app.lock();
    await app.vault.expectLocked();
    await expect(page.getByText(ELKIN_CASE.title)).toHaveCount(0);
    await expect(page.getByText(ELKIN_PARTIES[0].name)).toHaveCount(0);
    await expect(app.lockButton).toHaveCount(0);
  });

  await step('refuses a wrong passphrase with a clear error', async () => {
    await app.vault.unlock(WRONG_PASSPHRASE);
    await expect(app.vault.alert).toHaveText(app.t('errors.WRONG_PASSPHRASE'));
    await expect(app.vault.passphrase).toBeFocused();
    await expect(app.vault.unlockHeading).toBeVisible();
  });

  await step('unlocks with the right passphrase and shows the case again', async () => {
    await app.vault.unlock(PASSPHRASE);
    await expect(app.cases.heading).toBeVisible();
    await app.cases.open(ELKIN_CASE.title);
    const casePage = app.casePage(ELKIN_CASE.title);
    for (const party of ELKIN_PARTIES) await expect(casePage.party(party.name)).toBeVisible();
    await expect(casePage.hearing(ELKIN_HEARING.place)).toBeVisible();
    await expect(page.getByText(ELKIN_CASE.court)).toBeVisible();
  });
}
