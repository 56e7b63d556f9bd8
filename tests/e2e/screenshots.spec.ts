import fs from 'node:fs';
import path from 'node:path';
import { PROTOCOL_TITLE, protocolPdf } from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test, type Harness } from './harness/fixtures';
import {
  almatyDateTime,
  ELKIN_CASE,
  ELKIN_HEARING,
  ELKIN_PARTIES,
  ELKIN_TAGS,
  ok,
  seedCase,
  seedVault,
  WEAK_PASSPHRASE,
} from './harness/testData';
import { App } from './pages/App';
import { Viewer } from './pages/Viewer';
import { expectNoHorizontalOverflow, expectNoRawKeys } from './pages/screenChecks';

/**
 * Screens a person looks at after a change (tests/e2e/__screenshots__/); the checks catch what a
 * glance could miss: raw keys, missing keys, text overflowing the window.
 */
const SHOTS = path.join(__dirname, '__screenshots__');
const shot = (name: string) => path.join(SHOTS, name);

async function expectClean(app: App): Promise<void> {
  await expectNoRawKeys(app.page);
  await expectNoHorizontalOverflow(app.page);
  expect(await app.missingKeys()).toEqual([]);
}

test('create-vault screen refusing a weak passphrase (English)', async ({ page, harness }) => {
  await harness.openApp();
  const app = new App(page, 'en');
  await app.vault.fillNewPassphrase(WEAK_PASSPHRASE);
  await app.vault.createButton.click();
  await expect(app.vault.alert).toBeVisible();
  await expectClean(app);
  await page.screenshot({ path: shot('create-vault-en.png'), fullPage: true });
});

test.describe('with a vault of cases', () => {
  test.beforeEach(async ({ harness }) => {
    await seedVault(harness.api);
    await seedCase(
      harness.api,
      {
        ...ELKIN_CASE,
        tags: [...ELKIN_TAGS],
        openedOn: '2024-11-04',
        description: 'Ходатайство о переквалификации подано 12.11.2024.\nЖдём ответа прокуратуры.',
      },
      {
        parties: [...ELKIN_PARTIES, { name: 'Прокуратура Медеуского района', role: 'prosecutor' }],
        hearings: [
          ELKIN_HEARING,
          { at: almatyDateTime(-1, '18:00'), kind: 'deadline', place: 'Канцелярия суда' },
          { at: almatyDateTime(12, '09:00'), kind: 'filing', place: 'Алматинский городской суд' },
        ],
      },
    );
    await seedCase(harness.api, {
      title: 'Иванова против ТОО «Береке»',
      number: '2-055/2024',
      court: 'Специализированный межрайонный экономический суд г. Алматы',
      status: 'appeal',
    });
    await seedCase(harness.api, {
      title: 'Ахметов Қ. — әкімшілік іс',
      number: '3-010/2023',
      status: 'closed',
    });
    ok(await harness.api.settings.update({ language: 'ru' }));
  });

  test('case page with Cyrillic parties (Russian)', async ({ page, harness }) => {
    await harness.openApp();
    const app = new App(page, 'ru');
    await app.cases.open(ELKIN_CASE.title);
    await expectClean(app);
    await page.screenshot({ path: shot('case-page.png'), fullPage: true });
  });

  test('case list (Kazakh)', async ({ page, harness }) => {
    await harness.openApp();
    const app = new App(page, 'ru');
    await app.switchLanguage('kk');
    await expect(app.cases.heading).toBeVisible();
    await expectClean(app);
    await page.screenshot({ path: shot('case-list-kk.png'), fullPage: true });
  });

  test('unlock screen after a wrong passphrase (Kazakh)', async ({ page, harness }) => {
    ok(await harness.api.settings.update({ language: 'kk' }));
    ok(await harness.api.vault.lock());
    await harness.openApp();
    const app = new App(page, 'kk');
    await app.vault.unlock('қате құпия фраза');
    await expect(app.vault.alert).toBeVisible();
    await expectClean(app);
    await page.screenshot({ path: shot('unlock-kk.png'), fullPage: true });
  });

  test('upcoming deadlines with an overdue one (Russian)', async ({ page, harness }) => {
    await harness.openApp();
    const app = new App(page, 'ru');
    await app.goToUpcoming();
    await expect(page.getByText('Просрочено').first()).toBeVisible();
    await expectClean(app);
    await page.screenshot({ path: shot('upcoming-ru.png'), fullPage: true });
  });

  test('new-case form refusing an empty title, and the delete dialog (English)', async ({
    page,
    harness,
  }) => {
    ok(await harness.api.settings.update({ language: 'en' }));
    await harness.openApp();
    const app = new App(page, 'en');
    await app.cases.newCaseLink.click();
    await app.caseForm.createButton.click();
    await expect(page.getByRole('alert')).toHaveText('Give the case a title.');
    await expectClean(app);
    await page.screenshot({ path: shot('new-case-en.png'), fullPage: true });

    await app.goToCases();
    await app.cases.open(ELKIN_CASE.title);
    await app.casePage(ELKIN_CASE.title).askToDelete();
    await page.screenshot({ path: shot('delete-dialog-en.png') });
  });
});

/** A vault with Elkin's case holding the two-page Russian protocol, imported through the core. */
async function seedProtocolCase(api: Harness['api']): Promise<void> {
  await seedVault(api);
  const caseId = await seedCase(api, ELKIN_CASE);
  const { dir, cleanup } = makeTempDir('casefile-e2e-shot-');
  try {
    const file = path.join(dir, 'протокол.pdf');
    fs.writeFileSync(file, await protocolPdf());
    ok(await api.documents.import({ caseId, paths: [file] }));
    await expect.poll(async () => ok(await api.documents.list({ caseId })).length).toBe(1);
  } finally {
    cleanup();
  }
}

test('document viewer finding a Russian word (Russian)', async ({ page, harness }) => {
  await seedProtocolCase(harness.api);
  ok(await harness.api.settings.update({ language: 'ru' }));
  await harness.openApp();
  const app = new App(page, 'ru');
  await app.cases.open(ELKIN_CASE.title);
  await page
    .getByRole('button', { name: app.t('documents.openItem', { title: PROTOCOL_TITLE }) })
    .click();
  const viewer = new Viewer(page, app.t);
  await viewer.waitForPages(2);
  await viewer.findInput.fill('автомобиль');
  await expect(viewer.highlights(2)).toHaveCount(1);
  await expectClean(app);
  await page.screenshot({ path: shot('viewer-ru.png') });
});

test('search across cases with an inflected word (Russian)', async ({ page, harness }) => {
  await seedProtocolCase(harness.api);
  ok(await harness.api.settings.update({ language: 'ru' }));
  await harness.openApp();
  const app = new App(page, 'ru');
  await app.navLink('nav.search').click();
  await page.getByRole('searchbox', { name: app.t('search.allCases') }).fill('автомобилем');
  await expect(page.locator('.snippet__hit')).toHaveText(['автомобиль']);
  await expectClean(app);
  await page.screenshot({ path: shot('search-ru.png') });
});
