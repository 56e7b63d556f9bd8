import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';

/** The dossier builder screen of a case, and the "Verify a dossier" dialog. */
export class DossierPage {
  constructor(
    private readonly page: Page,
    private readonly t: TFunction,
  ) {}

  /** The case page's entry to the builder. */
  get openLink(): Locator {
    return this.page.getByRole('link', { name: this.t('dossier.open'), exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.t('dossier.title') });
  }

  async open(): Promise<void> {
    await this.openLink.click();
    await expect(this.heading).toBeVisible();
  }

  get pickList(): Locator {
    return this.page.getByRole('list', { name: this.t('dossier.pick.listLabel'), exact: true });
  }

  pickBox(title: string): Locator {
    return this.pickList.getByRole('checkbox', { name: title, exact: true });
  }

  get orderPanel(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('dossier.order.title')}`) });
  }

  /** The picked documents' titles, in bundle order. */
  orderedTitles(): Promise<string[]> {
    return this.orderPanel.locator('.dossier-doc__title').allTextContents();
  }

  /** The titles in one section (by its shown name), in order. */
  sectionTitles(name: string): Promise<string[]> {
    return this.section(name).locator('.dossier-doc__title').allTextContents();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', {
      name: this.t('dossier.sections.label', { name }),
      exact: true,
    });
  }

  row(title: string): Locator {
    return this.orderPanel
      .getByRole('listitem')
      .filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** The drag handle, which also moves the document with the arrow keys. */
  handle(title: string): Locator {
    return this.row(title).locator('[data-dossier-handle]');
  }

  moveButton(title: string, direction: 'up' | 'down'): Locator {
    const key = direction === 'up' ? 'dossier.order.upFor' : 'dossier.order.downFor';
    return this.row(title).getByRole('button', { name: this.t(key, { title }), exact: true });
  }

  /** Drags a document's row onto the top edge of another's: it lands just before it. */
  async dragBefore(title: string, target: string): Promise<void> {
    await this.row(title).dragTo(this.row(target), { targetPosition: { x: 40, y: 3 } });
  }

  get addSectionButton(): Locator {
    return this.orderPanel.getByRole('button', { name: this.t('dossier.sections.add') });
  }

  sectionTitleField(number: number): Locator {
    return this.page.getByLabel(this.t('dossier.sections.titleLabel', { number }), { exact: true });
  }

  sectionSelect(title: string): Locator {
    return this.page.getByLabel(this.t('dossier.sections.moveTo', { title }), { exact: true });
  }

  sortButton(choice: 'date' | 'type' | 'title'): Locator {
    return this.orderPanel.getByRole('button', { name: this.t(`dossier.order.sort.${choice}`) });
  }

  get stampPrefix(): Locator {
    return this.page.getByLabel(this.t('dossier.stamp.prefix'), { exact: true });
  }

  get firstStamp(): Locator {
    return this.page.getByTestId('stamp-first');
  }

  includeBox(key: 'cover' | 'inventory' | 'chronology' | 'notes' | 'annotations'): Locator {
    return this.page.getByRole('checkbox', { name: this.t(`dossier.include.${key}`), exact: true });
  }

  exportButton(format: 'pdf' | 'zip'): Locator {
    return this.page.getByRole('button', { name: this.t(`dossier.export.${format}`), exact: true });
  }

  get run(): Locator {
    return this.page.getByRole('region', { name: this.t('dossier.export.runLabel'), exact: true });
  }

  get progressBar(): Locator {
    return this.run.getByRole('progressbar', { name: this.t('dossier.export.progressLabel') });
  }

  get cancelButton(): Locator {
    return this.run.getByRole('button', { name: this.t('dossier.export.cancel'), exact: true });
  }

  get closeRunButton(): Locator {
    return this.run.getByRole('button', { name: this.t('dossier.export.close'), exact: true });
  }

  doneMessage(format: 'pdf' | 'zip', file: string): Locator {
    return this.run.getByText(this.t(`dossier.result.done.${format}`, { file }), { exact: true });
  }

  get resultPages(): Locator {
    return this.run.getByTestId('dossier-pages');
  }

  get resultDocuments(): Locator {
    return this.run.getByTestId('dossier-documents');
  }

  get resultSha256(): Locator {
    return this.run.getByTestId('dossier-sha256');
  }

  get verifyButton(): Locator {
    return this.page.getByRole('button', { name: this.t('dossier.verify.open'), exact: true });
  }

  get verifyDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t('dossier.verify.title') });
  }

  verifiedMessage(file: string): Locator {
    return this.verifyDialog.getByText(this.t('dossier.verify.ok', { file }), { exact: true });
  }

  get problems(): Locator {
    return this.verifyDialog.getByRole('list', { name: this.t('dossier.verify.problemsLabel') });
  }

  async closeVerify(): Promise<void> {
    await this.verifyDialog
      .getByRole('button', { name: this.t('dossier.verify.close'), exact: true })
      .click();
    await expect(this.verifyDialog).toBeHidden();
  }
}
