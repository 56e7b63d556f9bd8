import { type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';

/** A search panel: the global search screen or a case page's "search this case". */
export class Search {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
    private readonly label: string,
  ) {}

  get field(): Locator {
    return this.page.getByRole('searchbox', { name: this.label, exact: true });
  }

  get panel(): Locator {
    return this.page.locator('.search-panel').filter({ has: this.field });
  }

  get summary(): Locator {
    return this.panel.getByRole('status');
  }

  get results(): Locator {
    return this.panel.getByRole('list', { name: this.t('search.results') });
  }

  pageHit(title: string, page: number): Locator {
    return this.results.getByRole('button', {
      name: this.t('search.openPage', { title, page }),
    });
  }

  async type(query: string): Promise<void> {
    await this.field.fill(query);
  }
}
