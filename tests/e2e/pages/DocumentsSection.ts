import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { DocumentType } from '../../../shared/domain/document';
import type { Harness } from '../harness/fixtures';

/** The Documents section of a case page: import, its panel and summary, and the list. */
export class DocumentsSection {
  constructor(
    private readonly page: Page,
    private readonly t: TFunction,
  ) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('documents.title')}`) });
  }

  get importButton(): Locator {
    return this.region.getByRole('button', { name: this.t('documents.import.start'), exact: true });
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: this.t('documents.import.title'), exact: true });
  }

  get progressBar(): Locator {
    return this.panel.getByRole('progressbar', { name: this.t('documents.import.progressLabel') });
  }

  get summary(): Locator {
    return this.panel.getByRole('status');
  }

  get list(): Locator {
    return this.region.getByRole('list', { name: this.t('documents.listLabel'), exact: true });
  }

  rejected(fileName: string): Locator {
    return this.panel
      .getByRole('list', { name: this.t('documents.import.rejectedList'), exact: true })
      .getByRole('listitem')
      .filter({ hasText: fileName });
  }

  document(title: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: title });
  }

  /** The summary line as the app writes it, for counts of imported, duplicates and rejected. */
  summaryText(imported: number, duplicates: number, rejected: number): string {
    return [
      this.t('documents.import.imported', { count: imported }),
      this.t('documents.import.duplicates', { count: duplicates }),
      this.t('documents.import.rejected', { count: rejected }),
    ].join(', ');
  }

  /**
   * Starts recording whether the progress bar shows up with a value: a small batch may finish
   * between two of Playwright's polls, so the page itself watches for it.
   */
  async watchProgress(): Promise<() => Promise<boolean>> {
    await this.page.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { __importProgressSeen: typeof seen }).__importProgressSeen = seen;
      new MutationObserver(() => {
        if (document.querySelector('[role="progressbar"][aria-valuenow]')) seen.progress = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    return () =>
      this.page.evaluate(
        () =>
          (window as unknown as { __importProgressSeen?: { progress: boolean } })
            .__importProgressSeen?.progress ?? false,
      );
  }

  /** Picks these paths in the (stand-in) native dialog and starts the import. */
  async importPaths(harness: Harness, paths: string[]): Promise<void> {
    harness.answerOpenDocuments(paths);
    await this.importButton.click();
    await expect(this.panel).toBeVisible();
  }

  async expectFinished(imported: number, duplicates: number, rejected: number): Promise<void> {
    await expect(this.summary).toContainText(this.summaryText(imported, duplicates, rejected));
  }

  /** Opens the password prompt for a rejected encrypted PDF and returns the dialog. */
  async askForPassword(fileName: string): Promise<Locator> {
    await this.rejected(fileName)
      .getByRole('button', { name: this.t('documents.password.openFor', { name: fileName }) })
      .click();
    const dialog = this.page.getByRole('dialog', { name: this.t('documents.password.title') });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async submitPassword(dialog: Locator, password: string): Promise<void> {
    await dialog.getByLabel(this.t('documents.password.label'), { exact: true }).fill(password);
    await dialog.getByRole('button', { name: this.t('documents.password.submit') }).click();
  }

  async edit(title: string, changes: { title: string; docType: DocumentType }): Promise<void> {
    await this.region
      .getByRole('button', { name: this.t('documents.editItem', { title }), exact: true })
      .click();
    const form = this.page.getByRole('form', { name: this.t('documents.editTitle') });
    await form.getByLabel(this.t('documents.fields.title'), { exact: true }).fill(changes.title);
    await form
      .getByLabel(this.t('documents.fields.type'), { exact: true })
      .selectOption(changes.docType);
    await form.getByRole('button', { name: this.t('common.save') }).click();
    await expect(form).toBeHidden();
  }

  /** Opens "Remove" for a document and returns the confirmation dialog. */
  async askToRemove(title: string): Promise<Locator> {
    await this.region
      .getByRole('button', { name: this.t('documents.removeItem', { title }), exact: true })
      .click();
    const dialog = this.page.getByRole('alertdialog', { name: this.t('documents.removeTitle') });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async saveOriginal(harness: Harness, title: string, path: string): Promise<void> {
    harness.answerSaveFile(path);
    await this.document(title)
      .getByRole('button', { name: this.t('documents.exportItem', { title }), exact: true })
      .click();
  }
}
