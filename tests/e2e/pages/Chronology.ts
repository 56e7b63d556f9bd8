import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { FactImportance, FactStatus } from '../../../shared/domain/fact';

/** How a fact's date is entered in the dialog: one of the precisions, or typed as in documents. */
export type DateEntry =
  | { exact: string }
  | { month: string }
  | { year: string }
  | { from: string; to: string }
  | { undated: true }
  | { typed: string };

export interface FactEntry {
  date: DateEntry;
  statement: string;
  people?: readonly string[];
  issues?: readonly string[];
  status?: FactStatus;
  importance?: FactImportance;
  sourceNote?: string;
}

/** The fact dialog (new or edit), wherever it is opened from (chronology or viewer). */
export class FactDialogPage {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get statement(): Locator {
    return this.dialog.getByRole('textbox', { name: this.t('chronology.form.statement') });
  }

  get dateKind(): Locator {
    return this.dialog.getByLabel(this.t('chronology.dateKind.label'), { exact: true });
  }

  get typedDate(): Locator {
    return this.dialog.getByLabel(this.t('chronology.date.typed'), { exact: true });
  }

  person(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  get saveButton(): Locator {
    return this.dialog.getByRole('button', {
      name: new RegExp(`^(${this.t('chronology.form.create')}|${this.t('common.save')})$`),
    });
  }

  async fillDate(date: DateEntry): Promise<void> {
    const input = (key: string) => this.dialog.getByLabel(this.t(key), { exact: true });
    if ('typed' in date) {
      await this.typedDate.fill(date.typed);
    } else if ('exact' in date) {
      await this.dateKind.selectOption('exact');
      await input('chronology.date.day').fill(date.exact);
    } else if ('month' in date) {
      await this.dateKind.selectOption('month');
      await input('chronology.date.month').fill(date.month);
    } else if ('year' in date) {
      await this.dateKind.selectOption('year');
      await input('chronology.date.year').fill(date.year);
    } else if ('from' in date) {
      await this.dateKind.selectOption('range');
      await input('chronology.date.from').fill(date.from);
      await input('chronology.date.to').fill(date.to);
    } else {
      await this.dateKind.selectOption('undated');
    }
  }

  async addIssue(issue: string): Promise<void> {
    const input = this.dialog.getByRole('combobox', { name: this.t('chronology.form.issueInput') });
    await input.fill(issue);
    await input.press('Enter');
    await expect(this.dialog.getByRole('listitem').filter({ hasText: issue })).toBeVisible();
  }

  async fill(fact: FactEntry): Promise<void> {
    await this.fillDate(fact.date);
    await this.statement.fill(fact.statement);
    for (const name of fact.people ?? []) await this.person(name).check();
    for (const issue of fact.issues ?? []) await this.addIssue(issue);
    if (fact.status)
      await this.dialog.getByLabel(this.t('chronology.form.status')).selectOption(fact.status);
    if (fact.importance)
      await this.dialog
        .getByLabel(this.t('chronology.form.importance'))
        .selectOption(fact.importance);
    if (fact.sourceNote)
      await this.dialog.getByLabel(this.t('chronology.form.sourceNote')).fill(fact.sourceNote);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The chronology screen of one case: table, timeline, groupings, filters and export. */
export class Chronology {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', {
      level: 1,
      name: new RegExp(this.t('chronology.title')),
    });
  }

  get factDialog(): FactDialogPage {
    return new FactDialogPage(this.page, this.t);
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.t('chronology.tableLabel') });
  }

  /** The table's body rows, in the order shown. */
  get rows(): Locator {
    return this.table.locator('tbody tr[data-fact-id]');
  }

  row(statement: string): Locator {
    return this.rows.filter({ hasText: statement });
  }

  get timeline(): Locator {
    return this.page.getByRole('list', { name: this.t('chronology.timelineLabel') });
  }

  get filters(): Locator {
    return this.page.getByRole('search', { name: this.t('chronology.filters.label') });
  }

  filter(key: 'text' | 'status' | 'importance' | 'person' | 'issue' | 'from' | 'to'): Locator {
    return this.filters.getByLabel(this.t(`chronology.filters.${key}`), { exact: true });
  }

  viewButton(view: 'table' | 'timeline' | 'byPerson' | 'byIssue'): Locator {
    return this.page
      .getByRole('group', { name: this.t('chronology.view.label') })
      .getByRole('button', { name: this.t(`chronology.view.${view}`), exact: true });
  }

  group(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Statements in the order the table shows them. */
  async tableStatements(): Promise<string[]> {
    return this.rows.locator('.fact-row__statement').allTextContents();
  }

  async timelineStatements(): Promise<string[]> {
    return this.timeline.locator('.fact-card__statement').allTextContents();
  }

  async addFact(fact: FactEntry): Promise<void> {
    await this.page
      .getByRole('button', { name: this.t('chronology.addFact'), exact: true })
      .click();
    await this.factDialog.fill(fact);
    await this.factDialog.save();
    await expect(this.row(fact.statement)).toBeVisible();
  }

  actionButton(statement: string, key: 'common.edit' | 'chronology.delete'): Locator {
    return this.row(statement).getByRole('button', { name: new RegExp(`^${this.t(key)}:`) });
  }

  sourceLink(statement: string): Locator {
    return this.row(statement).getByRole('link');
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: this.t('chronology.export.button'), exact: true });
  }
}
