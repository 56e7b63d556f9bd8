import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/settings';
import { translator } from '../harness/catalog';
import { CaseFormPage } from './CaseFormPage';
import { CaseListPage } from './CaseListPage';
import { CasePage } from './CasePage';
import { UpcomingPage } from './UpcomingPage';
import { VaultScreens } from './VaultScreens';

/** The whole window: header, and the screen under it, in the language currently shown. */
export class App {
  t: TFunction;

  constructor(
    readonly page: Page,
    public language: Language = 'en',
  ) {
    this.t = translator(language);
  }

  get languageSelect(): Locator {
    return this.page.getByRole('banner').getByLabel(this.t('header.language'), { exact: true });
  }

  get lockButton(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: this.t('header.lock') });
  }

  navLink(key: 'nav.cases' | 'nav.upcoming' | 'nav.search'): Locator {
    return this.page
      .getByRole('navigation', { name: this.t('nav.label') })
      .getByRole('link', { name: this.t(key), exact: true });
  }

  async switchLanguage(language: Language): Promise<void> {
    await this.languageSelect.selectOption(language);
    this.language = language;
    this.t = translator(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
    await expect(this.vault.unlockButton).toBeVisible();
  }

  async goToCases(): Promise<CaseListPage> {
    await this.navLink('nav.cases').click();
    await expect(this.cases.heading).toBeVisible();
    return this.cases;
  }

  async goToUpcoming(): Promise<UpcomingPage> {
    await this.navLink('nav.upcoming').click();
    await expect(this.upcoming.heading).toBeVisible();
    return this.upcoming;
  }

  get vault(): VaultScreens {
    return new VaultScreens(this.page, this.t);
  }

  get cases(): CaseListPage {
    return new CaseListPage(this.page, this.t);
  }

  get caseForm(): CaseFormPage {
    return new CaseFormPage(this.page, this.t);
  }

  casePage(title: string): CasePage {
    return new CasePage(this.page, this.t, title);
  }

  get upcoming(): UpcomingPage {
    return new UpcomingPage(this.page, this.t);
  }

  /** Keys the app asked for and did not find (recorded by its i18next missingKeyHandler). */
  missingKeys(): Promise<string[]> {
    return this.page.evaluate(() => window.__casefileMissingKeys ?? []);
  }
}

declare global {
  interface Window {
    __casefileMissingKeys?: string[];
  }
}
