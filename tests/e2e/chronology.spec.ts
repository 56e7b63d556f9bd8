import fs from 'node:fs';
import path from 'node:path';
import type { FactInputDraft } from '../../shared/domain/fact';
import type { CaseId, DocumentId, PartyId } from '../../shared/domain/ids';
import type { CasefileApi } from '../../shared/ipc/client';
import { PROTOCOL_TITLE, protocolPdf } from '../fixtures/viewerFixtures';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './harness/fixtures';
import { ELKIN_CASE, ELKIN_PARTIES, ok, seedVaultWithElkinCase } from './harness/testData';
import { App } from './pages/App';
import { Chronology } from './pages/Chronology';
import { Viewer } from './pages/Viewer';

const [ACCUSED, VICTIM] = ELKIN_PARTIES.map((party) => party.name) as [string, string];

let files: { dir: string; cleanup: () => void };
let caseId: CaseId;
let partyIds: Record<string, PartyId>;

test.beforeEach(async ({ harness }) => {
  files = makeTempDir('casefile-e2e-chronology-');
  caseId = await seedVaultWithElkinCase(harness.api);
  const detail = ok(await harness.api.cases.get({ id: caseId }));
  partyIds = Object.fromEntries(detail.parties.map((party) => [party.name, party.id]));
});

test.afterEach(() => files.cleanup());

async function seedFact(api: CasefileApi, fact: Omit<FactInputDraft, 'caseId'>) {
  return ok(await api.facts.create({ caseId, ...fact }));
}

async function seedProtocol(api: CasefileApi): Promise<DocumentId> {
  const file = path.join(files.dir, 'протокол.pdf');
  fs.writeFileSync(file, await protocolPdf());
  ok(await api.documents.import({ caseId, paths: [file] }));
  await expect
    .poll(async () => ok(await api.documents.list({ caseId })).length, { timeout: 30_000 })
    .toBe(1);
  const [document] = ok(await api.documents.list({ caseId }));
  return document!.id;
}

async function openChronology(app: App): Promise<Chronology> {
  await app.cases.open(ELKIN_CASE.title);
  await app.page.getByRole('link', { name: app.t('chronology.open') }).click();
  const chronology = new Chronology(app.page, app.t);
  await expect(chronology.heading).toBeVisible();
  return chronology;
}

test('facts of every precision, added in the dialog and through the API, read in date order', async ({
  page,
  harness,
}) => {
  await seedFact(harness.api, {
    date: { kind: 'undated' },
    statement: 'Свидетель слышал о долге от соседей',
    partyIds: [partyIds[VICTIM]!],
  });
  await seedFact(harness.api, {
    date: { kind: 'range', from: '2024-04-20', to: '2024-05-02' },
    statement: 'Переговоры о займе',
    partyIds: [partyIds[ACCUSED]!, partyIds[VICTIM]!],
    issues: ['заём'],
    status: 'disputed',
  });
  await seedFact(harness.api, {
    date: { kind: 'year', year: '2023' },
    statement: 'Стороны знакомы с 2023 года',
  });
  await harness.openApp();
  const app = new App(page, 'en');
  const chronology = await openChronology(app);

  await chronology.addFact({
    date: { exact: '2024-05-14' },
    statement: 'Елкин получил 2 000 000 тенге',
    people: [ACCUSED],
    issues: ['ст. 190 УК', 'заём'],
    status: 'undisputed',
    importance: 'key',
  });
  // Typed the way Russian documents write it; it becomes a month.
  await chronology.addFact({
    date: { typed: '05.2024' },
    statement: 'Расписка составлена в мае',
    people: [VICTIM],
    issues: ['alibi'],
  });
  await chronology.addFact({
    date: { from: '2024-06-01', to: '2024-06-30' },
    statement: 'Долг не возвращён в июне',
    people: [ACCUSED],
  });

  const inDateOrder = [
    'Стороны знакомы с 2023 года',
    'Переговоры о займе',
    'Расписка составлена в мае',
    'Елкин получил 2 000 000 тенге',
    'Долг не возвращён в июне',
    'Свидетель слышал о долге от соседей',
  ];
  await expect.poll(() => chronology.tableStatements()).toEqual(inDateOrder);
  // Each date at its own precision, nothing invented.
  await expect(chronology.row('Расписка').locator('td').first()).toHaveText('May 2024');
  await expect(chronology.row('Стороны').locator('td').first()).toHaveText('2023');
  await expect(chronology.row('Елкин получил').locator('td').first()).toHaveText('14 May 2024');
  await expect(chronology.row('Свидетель слышал').locator('td').first()).toHaveText('undated');

  // Reversed, undated facts still come last; sorting by statement is alphabetical.
  const dateHeader = chronology.table.getByRole('button', { name: 'Date', exact: true });
  await dateHeader.click();
  await expect(chronology.table.getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect
    .poll(() => chronology.tableStatements())
    .toEqual([...inDateOrder.slice(0, 5).reverse(), inDateOrder[5]]);
  await dateHeader.click();

  await chronology.filter('person').selectOption({ label: VICTIM });
  await expect
    .poll(() => chronology.tableStatements())
    .toEqual([
      'Переговоры о займе',
      'Расписка составлена в мае',
      'Свидетель слышал о долге от соседей',
    ]);
  await chronology.filter('person').selectOption({ label: app.t('chronology.filters.any') });
  await chronology.filter('issue').selectOption('заём');
  await expect
    .poll(() => chronology.tableStatements())
    .toEqual(['Переговоры о займе', 'Елкин получил 2 000 000 тенге']);
  await expect(page.getByRole('status').filter({ hasText: '2 of 6 facts shown' })).toBeVisible();

  // A date span keeps what overlaps it and leaves the undated out.
  await chronology.filter('issue').selectOption({ label: app.t('chronology.filters.any') });
  await chronology.filter('from').fill('2024-05-10');
  await chronology.filter('to').fill('2024-05-31');
  await expect
    .poll(() => chronology.tableStatements())
    .toEqual(['Расписка составлена в мае', 'Елкин получил 2 000 000 тенге']);
  await page.getByRole('button', { name: app.t('chronology.filters.clear') }).click();

  await chronology.viewButton('timeline').click();
  await expect(chronology.viewButton('timeline')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => chronology.timelineStatements()).toEqual(inDateOrder);
  const mayCard = chronology.timeline.getByRole('article').filter({ hasText: 'Расписка' });
  await expect(mayCard).toContainText('May 2024');
  await expect(mayCard.locator('.fact-card__precision')).toHaveText(
    app.t('chronology.dateKind.month'),
  );

  await chronology.viewButton('byPerson').click();
  await expect(chronology.group(VICTIM).getByRole('article')).toHaveCount(3);
  await expect(chronology.group(ACCUSED).locator('.fact-card__statement')).toHaveText([
    'Переговоры о займе',
    'Елкин получил 2 000 000 тенге',
    'Долг не возвращён в июне',
  ]);
  await chronology.viewButton('byIssue').click();
  await expect(chronology.group('заём').getByRole('article')).toHaveCount(2);
  await expect(chronology.group('alibi')).toContainText('Расписка составлена в мае');
  expect(await app.missingKeys()).toEqual([]);
});

test('the dialog tells what is wrong at each field, and edits and deletes a fact', async ({
  page,
  harness,
}) => {
  await seedFact(harness.api, {
    date: { kind: 'exact', date: '2024-05-14' },
    statement: 'Первоначальная формулировка',
  });
  await harness.openApp();
  const app = new App(page, 'en');
  const chronology = await openChronology(app);
  const dialog = chronology.factDialog;

  await page.getByRole('button', { name: app.t('chronology.addFact'), exact: true }).click();
  await dialog.fillDate({ from: '2024-06-10', to: '2024-06-01' });
  await dialog.saveButton.click();
  await expect(dialog.dialog.getByText(app.t('chronology.errors.rangeOrder'))).toBeVisible();
  await expect(dialog.dialog.getByText(app.t('chronology.errors.statement'))).toBeVisible();
  await expect(dialog.statement).toHaveAttribute('aria-invalid', 'true');
  await dialog.typedDate.fill('31.02.2024');
  await dialog.statement.fill('Что-то произошло');
  await dialog.saveButton.click();
  await expect(dialog.dialog.getByText(app.t('chronology.errors.date'))).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  await expect(chronology.rows).toHaveCount(1);

  await chronology.actionButton('Первоначальная', 'common.edit').click();
  await expect(dialog.statement).toHaveValue('Первоначальная формулировка');
  await expect(dialog.dateKind).toHaveValue('exact');
  await dialog.statement.fill('Уточнённая формулировка');
  await dialog.fillDate({ year: '2022' });
  await dialog.save();
  await expect(chronology.row('Уточнённая формулировка').locator('td').first()).toHaveText('2022');
  const [saved] = ok(await harness.api.facts.list({ caseId }));
  expect(saved).toMatchObject({ statement: 'Уточнённая формулировка', date: { kind: 'year' } });

  await chronology.actionButton('Уточнённая', 'chronology.delete').click();
  const confirm = page.getByRole('alertdialog', { name: app.t('chronology.deleteFact') });
  await expect(confirm.getByRole('button', { name: app.t('common.cancel') })).toBeFocused();
  await confirm.getByRole('button', { name: app.t('chronology.delete') }).click();
  await expect(page.getByText(app.t('chronology.empty'))).toBeVisible();
  await expect(
    page.getByRole('button', { name: app.t('chronology.addFact'), exact: true }),
  ).toBeFocused();
  expect(ok(await harness.api.facts.list({ caseId }))).toEqual([]);
});

test("a fact's source opens the viewer on its page; a deleted document is marked", async ({
  page,
  harness,
}) => {
  const documentId = await seedProtocol(harness.api);
  await seedFact(harness.api, {
    date: { kind: 'exact', date: '2024-05-14' },
    statement: 'Свидетель видел автомобиль у здания суда',
    source: { documentId, page: 2, quote: 'видел автомобиль у здания суда' },
  });
  await seedFact(harness.api, {
    date: { kind: 'month', month: '2024-04' },
    statement: 'Показания на слушании',
    sourceNote: 'показания в заседании 14 мая',
  });
  await harness.openApp();
  const app = new App(page, 'en');
  const chronology = await openChronology(app);

  await expect(chronology.row('Показания на слушании')).toContainText('показания в заседании');
  const link = chronology.sourceLink('Свидетель видел');
  await expect(link).toHaveText(`${PROTOCOL_TITLE}, p. 2`);
  await link.click();
  const viewer = new Viewer(page, app.t);
  await expect(page.getByRole('heading', { level: 1, name: PROTOCOL_TITLE })).toBeVisible();
  await viewer.waitForPages(2);
  await expect(viewer.pageInput).toHaveValue('2');

  ok(
    await harness.api.documents.remove({
      id: documentId,
      confirm: true,
      dependents: { annotations: 'delete', facts: 'keep' },
    }),
  );
  await page.getByRole('link', { name: app.t('nav.cases'), exact: true }).click();
  await openChronology(app);
  const row = chronology.row('Свидетель видел');
  await expect(row).toContainText(
    `${PROTOCOL_TITLE}, p. 2 (${app.t('chronology.source.deleted')})`,
  );
  await expect(row.getByRole('link')).toHaveCount(0);
});

test('exports the chronology as CSV to the chosen file and never overwrites it', async ({
  page,
  harness,
}) => {
  await seedFact(harness.api, {
    date: { kind: 'month', month: '2024-05' },
    statement: 'Расписка составлена, сумма 2 000 000 тенге',
    partyIds: [partyIds[ACCUSED]!],
    issues: ['заём'],
  });
  await seedFact(harness.api, { date: { kind: 'undated' }, statement: 'Слухи о долге' });
  const target = path.join(files.dir, 'хронология.csv');
  harness.answerSaveFile(target);
  await harness.openApp();
  const app = new App(page, 'en');
  const chronology = await openChronology(app);

  await chronology.exportButton.click();
  await expect(page.getByText('2 rows written to хронология.csv')).toBeVisible();
  const bytes = fs.readFileSync(target);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('Расписка составлена, сумма 2 000 000 тенге');
  expect(text).toContain(ACCUSED);
  expect(text.indexOf('Расписка')).toBeLessThan(text.indexOf('Слухи о долге'));

  await chronology.exportButton.click();
  await expect(page.getByRole('alert')).toHaveText(app.t('errors.FILE_EXISTS'));
  expect(fs.readFileSync(target)).toEqual(bytes);
});

test('a fact on the case page opens the chronology with that fact selected', async ({
  page,
  harness,
}) => {
  for (let day = 1; day <= 30; day += 1) {
    await seedFact(harness.api, {
      date: { kind: 'exact', date: `2024-04-${String(day).padStart(2, '0')}` },
      statement: `Событие апреля номер ${day}`,
    });
  }
  await seedFact(harness.api, {
    date: { kind: 'exact', date: '2023-01-05' },
    statement: 'Самое раннее событие',
  });
  await harness.openApp();
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  const section = page.getByRole('region', { name: /Chronology/ });
  await expect(section.getByRole('listitem')).toHaveCount(3);
  await section.getByRole('link', { name: /Самое раннее событие/ }).click();
  const chronology = new Chronology(page, app.t);
  await expect(chronology.heading).toBeVisible();
  const selected = chronology.row('Самое раннее событие');
  await expect(selected).toHaveAttribute('aria-current', 'true');
  await expect(selected).toBeInViewport();
});

test('a fact found by search opens a long, virtualised chronology scrolled to it', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  for (let index = 0; index < 240; index += 1) {
    const day = new Date(Date.UTC(2022, 0, 1 + index)).toISOString().slice(0, 10);
    await seedFact(harness.api, {
      date: { kind: 'exact', date: day },
      statement: `Рядовое событие номер ${index + 1}`,
    });
  }
  await seedFact(harness.api, {
    date: { kind: 'exact', date: '2022-07-15' },
    statement: 'Встреча в Мангистау',
  });
  await harness.openApp();
  const app = new App(page, 'en');
  await app.cases.open(ELKIN_CASE.title);
  await page.getByRole('searchbox', { name: app.t('search.inCaseLabel') }).fill('Мангистау');
  await page
    .getByRole('button', {
      name: app.t('search.openItem', {
        kind: app.t('search.itemKind.fact'),
        title: 'Встреча в Мангистау',
      }),
    })
    .click();
  const chronology = new Chronology(page, app.t);
  await expect(chronology.heading).toBeVisible();
  const selected = chronology.row('Встреча в Мангистау');
  await expect(selected).toHaveAttribute('aria-current', 'true');
  await expect(selected).toBeInViewport();
  // Virtualised: far fewer rows in the page than the 241 facts.
  expect(await chronology.rows.count()).toBeLessThan(100);
  await expect(chronology.table).toHaveAttribute('aria-rowcount', '242');
});
