import type { Language } from '../../shared/domain/settings';
import { expect, test } from './harness/fixtures';
import { App } from './pages/App';
import { runMainFlow } from './pages/mainFlow';
import { expectNoHorizontalOverflow, expectNoRawKeys } from './pages/screenChecks';

/** Words written out here, not taken from the catalogs, so a wrong catalog cannot pass. */
const LANGUAGES: {
  language: Language;
  name: string;
  createTitle: string;
  casesHeading: string;
  partiesHeading: string;
  accused: string;
  lock: string;
}[] = [
  {
    language: 'ru',
    name: 'Russian',
    createTitle: 'Создание хранилища',
    casesHeading: 'Дела',
    partiesHeading: 'Участники',
    accused: 'Обвиняемый',
    lock: 'Заблокировать',
  },
  {
    language: 'kk',
    name: 'Kazakh',
    createTitle: 'Қойма құру',
    casesHeading: 'Істер',
    partiesHeading: 'Қатысушылар',
    accused: 'Айыпталушы',
    lock: 'Құлыптау',
  },
];

for (const words of LANGUAGES) {
  test(`runs the whole flow in ${words.name}, switched with the language selector, with no missing or raw keys`, async ({
    page,
    harness,
  }) => {
    await harness.openApp();
    const app = new App(page, 'en');
    await app.switchLanguage(words.language);
    await expect(page.getByRole('heading', { level: 1, name: words.createTitle })).toBeVisible();

    await runMainFlow(app, async () => {
      await expectNoRawKeys(page);
      await expectNoHorizontalOverflow(page);
    });

    await expect(
      page.getByRole('heading', { name: new RegExp(`^${words.partiesHeading}`) }),
    ).toBeVisible();
    await expect(page.getByText(words.accused, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: words.lock })).toBeVisible();
    await page.getByRole('link', { name: words.casesHeading, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: words.casesHeading })).toBeVisible();
    expect(await app.missingKeys()).toEqual([]);
    const settings = await harness.api.settings.get();
    expect(settings.ok && settings.value.language, 'the choice is saved').toBe(words.language);
  });
}

test.describe('with a Russian system language', () => {
  test.use({ systemLocale: 'ru-RU' });

  test('starts in Russian when no language was chosen yet', async ({ page, harness }) => {
    await harness.openApp();
    await expect(page.getByRole('heading', { level: 1, name: 'Создание хранилища' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

test('remembers the chosen language, so the lock screen speaks it after a restart', async ({
  page,
  harness,
}) => {
  await harness.openApp();
  const app = new App(page, 'en');
  await app.switchLanguage('kk');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Қойма құру' })).toBeVisible();
  await expect(app.languageSelect).toHaveValue('kk');
});
