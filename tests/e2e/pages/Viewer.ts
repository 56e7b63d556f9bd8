import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';

/** The document viewer screen: its toolbar, find bar, thumbnails and pdf.js pages. */
export class Viewer {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: this.t('viewer.toolbar') });
  }

  get pages(): Locator {
    return this.page.getByRole('region', { name: this.t('viewer.pages') });
  }

  get pageInput(): Locator {
    return this.toolbar.getByRole('textbox', { name: this.t('viewer.pageNumber') });
  }

  get findInput(): Locator {
    return this.toolbar.getByRole('searchbox', { name: this.t('viewer.find') });
  }

  get findStatus(): Locator {
    return this.toolbar.getByRole('status');
  }

  get thumbnails(): Locator {
    return this.page.getByRole('navigation', { name: this.t('viewer.thumbnails') });
  }

  button(key: string): Locator {
    return this.toolbar.getByRole('button', { name: this.t(key), exact: true });
  }

  /** pdf.js's page element for page `n` (1-based), labelled by our translation. */
  pageView(n: number): Locator {
    return this.pages.locator(`.page[data-page-number="${n}"]`);
  }

  /** The text pdf.js laid over page `n` for selection and find. */
  textLayer(n: number): Locator {
    return this.pageView(n).locator('.textLayer');
  }

  async waitForPages(count: number): Promise<void> {
    await expect(this.toolbar).toContainText(this.t('viewer.ofPages', { count }));
    await expect(this.pageView(1).locator('canvas')).toBeVisible();
  }

  async goToPage(n: number): Promise<void> {
    await this.pageInput.fill(String(n));
    await this.pageInput.press('Enter');
    await expect(this.pageInput).toHaveValue(String(n));
  }

  /** Highlights pdf.js drew for the current find, on page `n`. */
  highlights(n: number): Locator {
    return this.textLayer(n).locator('.highlight');
  }
}
