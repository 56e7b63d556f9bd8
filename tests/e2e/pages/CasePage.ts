import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { HearingKind, PartyRole } from '../../../shared/domain/case';

export interface PartyInput {
  name: string;
  role: PartyRole;
  contact?: string;
}

export interface HearingInput {
  /** `YYYY-MM-DDTHH:mm`, as the datetime-local input takes it. */
  at: string;
  kind: HearingKind;
  place?: string;
  notes?: string;
}

/** One case: its header, parties and hearings. */
export class CasePage {
  constructor(
    private readonly page: Page,
    private readonly t: TFunction,
    private readonly title: string,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.title });
  }

  button(key: string): Locator {
    return this.page.getByRole('button', { name: this.t(key), exact: true });
  }

  get parties(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('parties.title')}`) });
  }

  get hearings(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('hearings.title')}`) });
  }

  party(name: string): Locator {
    return this.parties.getByRole('listitem').filter({ hasText: name });
  }

  hearing(text: string): Locator {
    return this.hearings.getByRole('listitem').filter({ hasText: text });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async addParty(party: PartyInput): Promise<void> {
    await this.parties.getByRole('button', { name: this.t('parties.add') }).click();
    const form = this.page.getByRole('form', { name: this.t('parties.addTitle') });
    await form.getByLabel(this.t('parties.name'), { exact: true }).fill(party.name);
    await form.getByLabel(this.t('parties.role'), { exact: true }).selectOption(party.role);
    if (party.contact) {
      await form.getByLabel(this.t('parties.contact'), { exact: true }).fill(party.contact);
    }
    await form.getByRole('button', { name: this.t('common.save') }).click();
    await expect(form).toBeHidden();
    await expect(this.party(party.name)).toBeVisible();
  }

  async addHearing(hearing: HearingInput): Promise<void> {
    await this.hearings.getByRole('button', { name: this.t('hearings.add') }).click();
    const form = this.page.getByRole('form', { name: this.t('hearings.addTitle') });
    await form.getByLabel(this.t('hearings.at'), { exact: true }).fill(hearing.at);
    await form.getByLabel(this.t('hearings.kind'), { exact: true }).selectOption(hearing.kind);
    if (hearing.place) {
      await form.getByLabel(this.t('hearings.place'), { exact: true }).fill(hearing.place);
    }
    if (hearing.notes) {
      await form.getByLabel(this.t('hearings.notes'), { exact: true }).fill(hearing.notes);
    }
    await form.getByRole('button', { name: this.t('common.save') }).click();
    await expect(form).toBeHidden();
  }

  /** Opens "Delete case…" and returns the confirmation dialog. */
  async askToDelete(): Promise<Locator> {
    await this.button('cases.page.delete').click();
    const dialog = this.page.getByRole('alertdialog', { name: this.t('cases.page.deleteTitle') });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
