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

  /** The rows in the page: with a long list, only those near the visible part. */
  get rows(): Locator {
    return this.list.getByRole('listitem');
  }

  /** The box of bounded height the rows scroll in (the list's parent). */
  get scrollBox(): Locator {
    return this.list.locator('xpath=..');
  }

  /** The row at a 1-based position of the whole (filtered, sorted) list, if rendered. */
  rowAt(position: number): Locator {
    return this.list.locator(`li[aria-posinset="${position}"]`);
  }

  get filters(): Locator {
    return this.region.getByRole('search', { name: this.t('documents.filter.label') });
  }

  /** "Showing N of M": the filters leave `shown` of `total` documents. */
  async expectShown(shown: number, total: number): Promise<void> {
    const text = this.t('documents.filter.shown', { shown, total });
    await expect(this.region.locator(`[role="status"]:text-is("${text}")`)).toBeVisible();
  }

  get dropOverlay(): Locator {
    return this.region.getByText(this.t('documents.drop.overlay'), { exact: true });
  }

  async filterByText(text: string): Promise<void> {
    await this.filters.getByLabel(this.t('documents.filter.text'), { exact: true }).fill(text);
  }

  async filterByType(type: DocumentType | 'all'): Promise<void> {
    await this.filters
      .getByLabel(this.t('documents.filter.type'), { exact: true })
      .selectOption(type);
  }

  async filterByTag(tag: string): Promise<void> {
    await this.filters
      .getByLabel(this.t('documents.filter.tag'), { exact: true })
      .selectOption(tag);
  }

  async filterByTextStatus(status: 'all' | 'complete' | 'missing' | 'none'): Promise<void> {
    await this.filters
      .getByLabel(this.t('documents.filter.textStatus'), { exact: true })
      .selectOption(status);
  }

  async filterByDates(from: string, to: string): Promise<void> {
    await this.filters.getByLabel(this.t('documents.filter.from'), { exact: true }).fill(from);
    await this.filters.getByLabel(this.t('documents.filter.to'), { exact: true }).fill(to);
  }

  async sortBy(
    key: 'imported' | 'title' | 'date' | 'type' | 'pages' | 'size',
    direction?: 'asc' | 'desc',
  ): Promise<void> {
    await this.filters
      .getByLabel(this.t('documents.sort.label'), { exact: true })
      .selectOption(key);
    if (direction) {
      await this.filters
        .getByLabel(this.t('documents.sort.direction'), { exact: true })
        .selectOption(direction);
    }
  }

  async clearFilters(): Promise<void> {
    await this.region
      .getByRole('button', { name: this.t('documents.filter.clear'), exact: true })
      .first()
      .click();
  }

  /** The titles of the rendered rows, top to bottom. */
  async renderedTitles(): Promise<string[]> {
    return this.list.evaluate((list) =>
      [...list.querySelectorAll('li')]
        .sort(
          (a, b) =>
            Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
        )
        .map((row) => row.querySelector('.document__title')?.textContent ?? ''),
    );
  }

  /** Scrolls the list box to its end until the last row has been rendered and measured. */
  async scrollToEnd(total: number): Promise<void> {
    await this.scrollBox.scrollIntoViewIfNeeded();
    await expect(async () => {
      await this.scrollBox.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
      await expect(this.rowAt(total)).toBeInViewport({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
  }

  async open(title: string): Promise<void> {
    await this.document(title)
      .getByRole('button', { name: this.t('documents.openItem', { title }), exact: true })
      .click();
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
