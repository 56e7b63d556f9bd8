import { expect, type Page } from '@playwright/test';
import { catalogKeys } from '../harness/catalog';

const KEY_LIKE = /\b[a-z]+\.[a-zA-Z_.]+\b/g;

/**
 * Fails if the screen shows a catalog key instead of its text (e.g. "cases.list.title"),
 * which is what i18next renders for a key it cannot find.
 */
export async function expectNoRawKeys(page: Page): Promise<void> {
  const keys = catalogKeys();
  const text = await page.evaluate(() => document.body.innerText);
  const raw = [...text.matchAll(KEY_LIKE)]
    .map((match) => match[0].replace(/\.+$/, ''))
    .filter((candidate) => keys.has(candidate));
  expect(raw, 'catalog keys shown as text').toEqual([]);
}

/** Nothing wider than the window: long Kazakh and Russian words must wrap, not overflow. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in pixels').toBeLessThanOrEqual(0);
}
