import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';

/** The case page's notes section and the note screen (title, toolbar, editor, save status). */
export class Notes {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${this.t('notes.title')}`) });
  }

  get newNoteButton(): Locator {
    return this.section.getByRole('button', { name: this.t('notes.new'), exact: true });
  }

  get importButton(): Locator {
    return this.section.getByRole('button', { name: this.t('notes.importMarkdown') });
  }

  noteLink(title: string): Locator {
    return this.section.getByRole('link', { name: this.t('notes.open', { title }) });
  }

  get titleInput(): Locator {
    return this.page.getByRole('textbox', { name: this.t('notes.titleLabel'), exact: true });
  }

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: this.t('notes.editorLabel'), exact: true });
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: this.t('notes.toolbar.label') });
  }

  tool(key: string): Locator {
    return this.toolbar.getByRole('button', { name: this.t(key), exact: true });
  }

  get status(): Locator {
    return this.page.locator('.note-status').getByRole('status');
  }

  get backLink(): Locator {
    return this.page.getByRole('link', { name: this.t('notes.backToCase') });
  }

  action(key: string): Locator {
    return this.page.getByRole('article').getByRole('button', { name: this.t(key), exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async createNote(): Promise<void> {
    await this.newNoteButton.click();
    await expect(this.titleInput).toHaveValue(this.t('notes.defaultTitle'));
  }

  async open(title: string): Promise<void> {
    await this.noteLink(title).click();
    await expect(this.titleInput).toHaveValue(title);
  }

  async waitSaved(): Promise<void> {
    await expect(this.status).toHaveText(this.t('notes.status.saved'));
  }

  /** Puts the caret at the end of the note's text. */
  async focusEnd(): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+End');
  }
}
