import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { CaseSortKey, CaseStatus } from '../../../shared/domain/case';
import { tabTo } from './keyboard';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class CaseListPage {
  constructor(
    private readonly page: Page,
    private readonly t: TFunction,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('cases.list.title') });
  }

  get newCaseLink(): Locator {
    return this.page.getByRole('link', { name: this.t('nav.newCase'), exact: true });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.t('cases.list.search') });
  }

  get sort(): Locator {
    return this.page.getByLabel(this.t('cases.list.sort'), { exact: true });
  }

  get direction(): Locator {
    return this.page.getByLabel(this.t('cases.list.direction'), { exact: true });
  }

  get summary(): Locator {
    return this.page.getByRole('status');
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: this.t('cases.list.title') });
  }

  /** A status chip; its accessible name is the status followed by its count. */
  chip(status: CaseStatus): Locator {
    return this.page
      .getByRole('group', { name: this.t('cases.list.statusFilter') })
      .getByRole('button', {
        name: new RegExp(`^${escapeRegExp(this.t(`cases.status.${status}`))}\\s*\\d+$`),
      });
  }

  caseLink(title: string): Locator {
    return this.page.getByRole('link', { name: title, exact: true });
  }

  /** Titles in the order shown. */
  titles(): Promise<string[]> {
    return this.list.getByRole('listitem').getByRole('link').allInnerTexts();
  }

  async sortBy(key: CaseSortKey, direction?: 'asc' | 'desc'): Promise<void> {
    await this.sort.selectOption(key);
    if (direction) await this.direction.selectOption(direction);
  }

  async expectTitles(titles: string[]): Promise<void> {
    await expect(this.list.getByRole('listitem').getByRole('link')).toHaveText(titles);
  }

  /** Tabs to "New case", presses Enter, and checks the form's screen starts at its heading. */
  async startNewCaseWithKeyboard(): Promise<void> {
    await tabTo(this.page, this.newCaseLink);
    await this.page.keyboard.press('Enter');
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.t('cases.create.title') }),
    ).toBeFocused();
  }

  async open(title: string): Promise<void> {
    await this.caseLink(title).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
}
