import type { Locator, Page } from '@playwright/test';
import type { TFunction } from 'i18next';

export class UpcomingPage {
  constructor(
    private readonly page: Page,
    private readonly t: TFunction,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('upcoming.title') });
  }

  get period(): Locator {
    return this.page.getByLabel(this.t('upcoming.range'), { exact: true });
  }

  /** The day's group, found by its `YYYY-MM-DD`. */
  day(isoDate: string): Locator {
    return this.page.locator('section.day-group').filter({
      has: this.page.locator(`time[datetime="${isoDate}"]`),
    });
  }

  /** One agenda line, found by the case it belongs to. */
  item(caseTitle: string): Locator {
    return this.page.getByRole('listitem').filter({
      has: this.page.getByRole('link', { name: caseTitle, exact: true }),
    });
  }

  caseLink(caseTitle: string): Locator {
    return this.page.getByRole('link', { name: caseTitle, exact: true });
  }

  get emptyMessage(): Locator {
    return this.page.getByText(this.t('upcoming.empty'));
  }
}
