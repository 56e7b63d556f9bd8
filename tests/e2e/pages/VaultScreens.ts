import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';

/** The create-vault and unlock screens. */
export class VaultScreens {
  constructor(
    private readonly page: Page,
    private readonly t: TFunction,
  ) {}

  get createHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('vault.create.title') });
  }

  get newPassphrase(): Locator {
    return this.page.getByLabel(this.t('vault.create.passphrase'), { exact: true });
  }

  get repeatPassphrase(): Locator {
    return this.page.getByLabel(this.t('vault.create.confirm'), { exact: true });
  }

  get createButton(): Locator {
    return this.page.getByRole('button', { name: this.t('vault.create.submit') });
  }

  get unlockHeading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('vault.unlock.title') });
  }

  get passphrase(): Locator {
    return this.page.getByLabel(this.t('vault.unlock.passphrase'), { exact: true });
  }

  get unlockButton(): Locator {
    return this.page.getByRole('button', { name: this.t('vault.unlock.submit') });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  async fillNewPassphrase(passphrase: string, repeat = passphrase): Promise<void> {
    await this.newPassphrase.fill(passphrase);
    await this.repeatPassphrase.fill(repeat);
  }

  async create(passphrase: string): Promise<void> {
    await this.fillNewPassphrase(passphrase);
    await this.createButton.click();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }

  async expectLocked(): Promise<void> {
    await expect(this.unlockHeading).toBeVisible();
    await expect(this.passphrase).toBeFocused();
  }
}
