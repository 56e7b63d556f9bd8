/**
 * Issue 7, must-show "Lock", in the renderer: with a case on screen, every way of locking —
 * the button, the keyboard shortcut, idle and suspend (driven through the real triggers of
 * electron/main/lock.ts against the harness's core, as main drives them) and panic — leaves
 * no case text in the page: not in document.body.innerText, not in the serialised DOM, and
 * not in the page's JavaScript heap once garbage is collected (the query cache was dropped).
 */
import { EventEmitter } from 'node:events';
import type { Page } from '@playwright/test';
import { idleTrigger, powerTrigger } from '../../electron/main/lock';
import { panicTrigger, type GlobalShortcuts } from '../../electron/main/panic';
import { PANIC_ACCELERATOR } from '../../shared/domain/lockShortcuts';
import { expect, test, type Harness } from './harness/fixtures';
import {
  ELKIN_CASE,
  ELKIN_HEARING,
  ELKIN_PARTIES,
  ok,
  PASSPHRASE,
  seedVaultWithElkinCase,
} from './harness/testData';
import { App } from './pages/App';

const NOTE_TITLE = 'Позиция защиты: алиби Елкина';
const NOTE_TEXT = 'Свидетель Жұмабекова видела подзащитного в Талгаре в 21:40';

/** Text that is on screen before the lock and must be nowhere in the page after it. */
const CASE_TEXT = [
  ELKIN_CASE.title,
  ELKIN_CASE.number,
  ELKIN_CASE.court,
  ELKIN_PARTIES[0].name,
  ELKIN_PARTIES[1].name,
  ELKIN_PARTIES[1].contact,
  ELKIN_HEARING.place,
  NOTE_TITLE,
];

type LockWay = (context: { page: Page; harness: Harness; app: App }) => Promise<void>;

const LOCK_WAYS: Record<string, LockWay> = {
  'the lock button': async ({ app }) => {
    await app.lockButton.click();
  },
  'the keyboard shortcut (Ctrl+Shift+L, physical key, any layout)': async ({ page }) => {
    await page.keyboard.press('Control+Shift+KeyL');
  },
  'suspend (powerMonitor event)': ({ harness }) => {
    const power = new EventEmitter();
    const dispose = powerTrigger(power)((reason) => harness.core.lock(reason));
    power.emit('suspend');
    dispose();
    return Promise.resolve();
  },
  'idle past autoLockMinutes (simulated OS idle clock)': async ({ harness }) => {
    ok(await harness.api.settings.update({ autoLockMinutes: 1 }));
    let idleSeconds = 0;
    const dispose = idleTrigger(
      { getSystemIdleTime: () => idleSeconds },
      {
        autoLockMinutes: async () => ok(await harness.api.settings.get()).autoLockMinutes,
        isUnlocked: async () => ok(await harness.api.vault.status()).state === 'unlocked',
        pollMs: 20,
      },
    )((reason) => harness.core.lock(reason));
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(ok(await harness.api.vault.status()).state, 'locked before the idle limit').toBe(
        'unlocked',
      );
      idleSeconds = 60;
      await expect.poll(async () => ok(await harness.api.vault.status()).state).toBe('locked');
    } finally {
      dispose();
    }
  },
  'the panic shortcut (global shortcut)': ({ harness }) => {
    const callbacks = new Map<string, () => void>();
    const shortcuts: GlobalShortcuts = {
      register: (accelerator, callback) => !!callbacks.set(accelerator, callback),
      unregister: (accelerator) => void callbacks.delete(accelerator),
    };
    let hidden = false;
    const dispose = panicTrigger(shortcuts, () => {
      hidden = true;
    })((reason) => harness.core.lock(reason));
    callbacks.get(PANIC_ACCELERATOR)?.();
    dispose();
    expect(hidden, 'the panic shortcut hides the window').toBe(true);
    return Promise.resolve();
  },
};

async function showCaseWithNote(page: Page, harness: Harness): Promise<App> {
  const caseId = await seedVaultWithElkinCase(harness.api);
  ok(
    await harness.api.notes.create({
      caseId,
      title: NOTE_TITLE,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: NOTE_TEXT }] }],
      },
    }),
  );
  await harness.openApp();
  const app = new App(page);
  await app.cases.open(ELKIN_CASE.title);
  const casePage = app.casePage(ELKIN_CASE.title);
  await casePage.expectShown();
  await expect(casePage.party(ELKIN_PARTIES[1].name)).toBeVisible();
  await expect(page.getByText(NOTE_TITLE).first()).toBeVisible();
  const before = await page.evaluate(() => document.body.innerText);
  for (const text of [ELKIN_CASE.title, ELKIN_PARTIES[0].name, NOTE_TITLE])
    expect(before, 'the case is on screen before the lock').toContain(text);
  return app;
}

/** The strings of the page's JS heap after a full garbage collection (Chromium DevTools protocol). */
async function heapStrings(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const snapshot = JSON.parse(chunks.join('')) as { strings: string[] };
    return snapshot.strings;
  } finally {
    await cdp.detach();
  }
}

for (const [name, lockBy] of Object.entries(LOCK_WAYS)) {
  test(`after locking by ${name}, no case text is left in the page`, async ({ page, harness }) => {
    const app = await showCaseWithNote(page, harness);

    await lockBy({ page, harness, app });

    await app.vault.expectLocked();
    expect(ok(await harness.api.vault.status()).state, 'the core is locked too').toBe('locked');
    const text = await page.evaluate(() => document.body.innerText);
    const dom = await page.evaluate(() => document.documentElement.outerHTML);
    for (const secret of CASE_TEXT) {
      expect(text, `visible text behind the lock screen: ${secret}`).not.toContain(secret);
      expect(dom, `DOM behind the lock screen: ${secret}`).not.toContain(secret);
    }
    // Routes answer VAULT_LOCKED to the page as well (the full table is an integration test).
    const answer = await page.evaluate(() => window.casefile?.cases.list());
    expect(answer).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
}

test('after a lock the page heap holds no case text: the query cache was dropped', async ({
  page,
  harness,
}) => {
  const app = await showCaseWithNote(page, harness);
  const before = await heapStrings(page);
  expect(
    before.some((value) => value.includes(ELKIN_PARTIES[1].name)),
    'the heap check can see case text while unlocked',
  ).toBe(true);

  harness.core.lock('idle');
  await app.vault.expectLocked();

  const after = await heapStrings(page);
  const left = CASE_TEXT.filter((secret) => after.some((value) => value.includes(secret)));
  expect(left, 'case text still in the renderer heap after the lock').toEqual([]);
});

test('unlocking after a panic lock shows the case again, fetched anew', async ({
  page,
  harness,
}) => {
  const app = await showCaseWithNote(page, harness);
  harness.core.lock('panic');
  await app.vault.expectLocked();
  await app.vault.unlock(PASSPHRASE);
  await app.cases.open(ELKIN_CASE.title);
  await expect(app.casePage(ELKIN_CASE.title).party(ELKIN_PARTIES[1].name)).toBeVisible();
});

test('the settings dialog shows the lock and panic shortcuts', async ({ page, harness }) => {
  await seedVaultWithElkinCase(harness.api);
  await harness.openApp();
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const shortcuts = dialog.getByRole('region', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Lock now');
  await expect(shortcuts).toContainText('Ctrl+Shift+L');
  await expect(shortcuts).toContainText('Panic: lock and hide the window');
  await expect(shortcuts).toContainText('Ctrl+Alt+Shift+L');
});

test('changes the passphrase from the settings: a wrong current one is refused, the new one unlocks', async ({
  page,
  harness,
}) => {
  const next = 'жаңа құпия сөз Алматы 2027';
  await seedVaultWithElkinCase(harness.api);
  // A few MiB, so the re-encryption takes several steps of SQLite's backup (1 MiB each).
  const filler = 'Показания свидетеля Жұмабекова, протокол допроса № '.repeat(380);
  for (let index = 0; index < 100; index += 1) {
    ok(
      await harness.api.cases.create({
        title: `Архив ${index}`,
        description: `${index} ${filler}`,
      }),
    );
  }
  await harness.openApp();
  const app = new App(page);
  await page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Change passphrase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change passphrase' });
  await dialog.getByLabel('Current passphrase', { exact: true }).fill('не та фраза совсем 2026');
  await dialog.getByLabel('New passphrase', { exact: true }).fill(next);
  await dialog.getByLabel('Repeat the new passphrase').fill(next);
  await dialog.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Wrong passphrase');

  await dialog.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  const seen = await recordProgress(page, 'Re-encrypting the vault');
  await dialog.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(dialog.getByRole('status')).toContainText('The passphrase was changed');
  // The bar moved with the pages re-encrypted: some value strictly between none and all.
  const values = await seen();
  expect(
    values.some(({ now, max }) => now > 0 && now < max),
    JSON.stringify(values),
  ).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();

  ok(await harness.api.vault.lock());
  expect((await harness.api.vault.unlock({ passphrase: PASSPHRASE })).ok).toBe(false);
  await app.vault.expectLocked();
  await app.vault.unlock(next);
  await expect(app.cases.caseLink(ELKIN_CASE.title)).toBeVisible();
});

/**
 * Every value a progress bar takes from now on, recorded in the page as it renders (the bar
 * may come and go faster than a poll could see).
 */
async function recordProgress(
  page: Page,
  label: string,
): Promise<() => Promise<{ now: number; max: number }[]>> {
  await page.evaluate((name) => {
    const values: { now: number; max: number }[] = [];
    (window as unknown as { progressSeen: typeof values }).progressSeen = values;
    new MutationObserver(() => {
      const bar = document.querySelector(`[role="progressbar"][aria-label="${name}"]`);
      const now = bar?.getAttribute('aria-valuenow');
      const max = bar?.getAttribute('aria-valuemax');
      if (now && max) values.push({ now: Number(now), max: Number(max) });
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, label);
  return () =>
    page.evaluate(
      () => (window as unknown as { progressSeen: { now: number; max: number }[] }).progressSeen,
    );
}
