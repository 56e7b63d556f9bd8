import type { Locator, Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { CaseStatus } from '../../../shared/domain/case';

export interface CaseInput {
  title: string;
  number?: string;
  court?: string;
  judge?: string;
  jurisdiction?: string;
  status?: CaseStatus;
  openedOn?: string;
  tags?: string;
  description?: string;
}

/** "New case" and "Edit details" share this form. */
export class CaseFormPage {
  constructor(
    private readonly page: Page,
    private readonly t: TFunction,
  ) {}

  field(name: Exclude<keyof CaseInput, 'status'>): Locator {
    return this.page.getByLabel(this.t(`cases.fields.${name}`), { exact: true });
  }

  get status(): Locator {
    return this.page.getByLabel(this.t('cases.fields.status'), { exact: true });
  }

  get createButton(): Locator {
    return this.page.getByRole('button', { name: this.t('cases.create.submit') });
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: this.t('common.save'), exact: true });
  }

  async fill(input: Partial<CaseInput>): Promise<void> {
    for (const [name, value] of Object.entries(input)) {
      if (value === undefined) continue;
      if (name === 'status') await this.status.selectOption(value);
      else await this.field(name as Exclude<keyof CaseInput, 'status'>).fill(value);
    }
  }

  async create(input: CaseInput): Promise<void> {
    await this.fill(input);
    await this.createButton.click();
  }
}
