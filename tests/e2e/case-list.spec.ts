import type { CaseId } from '../../shared/domain/ids';
import { expect, test } from './harness/fixtures';
import { ok, seedCase, seedVault } from './harness/testData';
import { App } from './pages/App';

const ELKIN = 'Елкин С. А. — мошенничество';
const IVANOVA = 'Иванова против ТОО «Береке»';
const AKHMETOV = 'Ахметов Қ. — административное дело';
const SEITKALI = 'Сейтқали Ә. — наследство';

test.beforeEach(async ({ harness }) => {
  await seedVault(harness.api);
  await seedCase(harness.api, { title: ELKIN, number: '2-101/2024', status: 'open' });
  await seedCase(
    harness.api,
    { title: IVANOVA, number: '2-055/2024', status: 'appeal', tags: ['гражданское'] },
    { parties: [{ name: 'Жұмабекова Әйгерім', role: 'client' }] },
  );
  await seedCase(harness.api, { title: AKHMETOV, number: '3-010/2023', status: 'closed' });
  const archived: CaseId = await seedCase(harness.api, { title: SEITKALI, number: '2-300/2022' });
  ok(await harness.api.cases.archive({ id: archived }));
  await harness.openApp();
});

test('filters as you type, ignoring case and ё: "ёлкин" finds "Елкин"', async ({ page }) => {
  const list = new App(page).cases;
  await expect(list.summary).toHaveText('4 cases shown');

  await list.search.pressSequentially('ёлкин');
  await list.expectTitles([ELKIN]);
  await expect(list.summary).toHaveText('1 case shown');

  await list.search.fill('ЖҰМАБЕКОВА');
  await list.expectTitles([IVANOVA]); // found by a party's name, Kazakh letters and all

  await list.search.fill('гражданское');
  await list.expectTitles([IVANOVA]); // found by a tag

  await list.search.fill('нет такого дела');
  await expect(page.getByText('No case matches this search.')).toBeVisible();

  await list.search.fill('');
  await expect(list.summary).toHaveText('4 cases shown');
});

test('sorts by title and by number in either direction', async ({ page }) => {
  const list = new App(page).cases;
  await list.sortBy('title');
  await expect(list.direction).toHaveValue('asc'); // titles read A→Z unless asked otherwise
  await list.expectTitles([AKHMETOV, ELKIN, IVANOVA, SEITKALI]);

  await list.sortBy('title', 'desc');
  await list.expectTitles([SEITKALI, IVANOVA, ELKIN, AKHMETOV]);

  await list.sortBy('number', 'asc');
  await list.expectTitles([IVANOVA, ELKIN, SEITKALI, AKHMETOV]);
});

test('status chips show how many cases each status has and filter the list when pressed', async ({
  page,
}) => {
  const list = new App(page).cases;
  await expect(list.chip('open')).toHaveText(/Open\s*1/);
  await expect(list.chip('appeal')).toHaveText(/On appeal\s*1/);
  await expect(list.chip('closed')).toHaveText(/Closed\s*1/);
  await expect(list.chip('archived')).toHaveText(/Archived\s*1/);

  await list.chip('open').click();
  await expect(list.chip('open')).toHaveAttribute('aria-pressed', 'true');
  await list.expectTitles([ELKIN]);

  await list.chip('appeal').click();
  await list.sortBy('title');
  await list.expectTitles([ELKIN, IVANOVA]);

  await list.chip('open').click();
  await list.expectTitles([IVANOVA]);

  await page.getByRole('button', { name: 'Show all statuses' }).click();
  await expect(list.summary).toHaveText('4 cases shown');

  // Counts follow the search: only Akhmetov's status is left.
  await list.search.fill('ахметов');
  await expect(list.chip('closed')).toHaveText(/Closed\s*1/);
  await expect(list.chip('open')).toHaveText(/Open\s*0/);
});
