import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { AnnotationColor } from '../../../shared/domain/annotation';
import type { Viewer } from './Viewer';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Highlights, sticky comments and their panel in the viewer, and the case page's list. */
export class Annotations {
  readonly page: Page;
  readonly t: TFunction;

  constructor(readonly viewer: Viewer) {
    this.page = viewer.page;
    this.t = viewer.t;
  }

  /** The floating toolbar a text selection brings up. */
  get selectionToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: this.t('annotations.selectionToolbar') });
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: this.t('annotations.panel') });
  }

  get panelItems(): Locator {
    return this.panel.getByRole('listitem');
  }

  get editor(): Locator {
    return this.panel.getByRole('form', { name: this.t('annotations.editorLabel') });
  }

  get commentField(): Locator {
    return this.editor.getByLabel(this.t('annotations.commentLabel'));
  }

  get commentModeButton(): Locator {
    return this.panel.getByRole('button', { name: this.t('annotations.commentMode'), exact: true });
  }

  /** The case page's list of every annotation in the case. */
  get caseSection(): Locator {
    return this.page.getByRole('region', {
      name: new RegExp(`^${this.t('annotations.caseTitle')}`),
    });
  }

  colorName(color: AnnotationColor): string {
    return this.t(`annotations.colors.${color}`);
  }

  highlightButton(color: AnnotationColor): Locator {
    return this.selectionToolbar.getByRole('button', {
      name: this.t('annotations.highlightIn', { color: this.colorName(color) }),
    });
  }

  toolbarButton(key: string): Locator {
    return this.selectionToolbar.getByRole('button', { name: this.t(key), exact: true });
  }

  editorColor(color: AnnotationColor): Locator {
    return this.editor.getByRole('button', {
      name: this.t('annotations.colorIs', { color: this.colorName(color) }),
    });
  }

  /** Highlights drawn over page `n`. */
  highlights(n: number): Locator {
    return this.viewer.pageView(n).locator('.annotation-highlight');
  }

  pins(n: number): Locator {
    return this.viewer.pageView(n).locator('.annotation-pin');
  }

  /**
   * Selects `text` in page `n`'s text layer as a drag would (a Range over the text nodes that
   * hold it), then lets the mouse go, which is when the viewer reads a selection.
   */
  async selectText(n: number, text: string): Promise<void> {
    await expect(this.viewer.textLayer(n)).toContainText(text);
    await this.viewer.textLayer(n).evaluate((layer, wanted) => {
      const range = rangeOf(layer, wanted);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      layer.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));

      function rangeOf(root: Element, target: string): Range {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const whole = nodes.map((node) => node.data).join('');
        const start = whole.indexOf(target);
        if (start < 0) throw new Error(`"${target}" is not on the page`);
        const end = start + target.length;
        const made = document.createRange();
        let offset = 0;
        for (const node of nodes) {
          const next = offset + node.data.length;
          if (start >= offset && start < next) made.setStart(node, start - offset);
          if (end > offset && end <= next) made.setEnd(node, end - offset);
          offset = next;
        }
        return made;
      }
    }, text);
  }

  /** Where the words `text` are shown on page `n` now (the union of their glyph boxes). */
  async wordsBox(n: number, text: string): Promise<Box> {
    return this.viewer.textLayer(n).evaluate((layer, wanted) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const whole = nodes.map((node) => node.data).join('');
      const start = whole.indexOf(wanted);
      const end = start + wanted.length;
      const boxes: DOMRect[] = [];
      let offset = 0;
      for (const node of nodes) {
        const next = offset + node.data.length;
        const from = Math.max(start, offset) - offset;
        const to = Math.min(end, next) - offset;
        if (to > from) {
          const part = document.createRange();
          part.setStart(node, from);
          part.setEnd(node, to);
          boxes.push(...part.getClientRects());
        }
        offset = next;
      }
      const left = Math.min(...boxes.map((box) => box.left));
      const top = Math.min(...boxes.map((box) => box.top));
      const right = Math.max(...boxes.map((box) => box.right));
      const bottom = Math.max(...boxes.map((box) => box.bottom));
      return { x: left, y: top, width: right - left, height: bottom - top };
    }, text);
  }

  /** The union of the line boxes of the first highlight on page `n`, as shown. */
  async highlightBox(n: number): Promise<Box> {
    return this.highlights(n)
      .first()
      .evaluate((highlight) => {
        const boxes = [...highlight.querySelectorAll('.annotation-highlight__rect')].map((rect) =>
          rect.getBoundingClientRect(),
        );
        const left = Math.min(...boxes.map((box) => box.left));
        const top = Math.min(...boxes.map((box) => box.top));
        const right = Math.max(...boxes.map((box) => box.right));
        const bottom = Math.max(...boxes.map((box) => box.bottom));
        return { x: left, y: top, width: right - left, height: bottom - top };
      });
  }

  /**
   * Waits until page `n`'s highlight covers the words `text`, edge for edge within `slack`
   * pixels (pdf.js re-renders after a zoom or a turn, so this may take a moment).
   */
  async expectHighlightOver(n: number, text: string, slack = 2): Promise<void> {
    await expect(this.highlights(n)).toHaveCount(1);
    await expect
      .poll(async () => {
        const [highlight, words] = [await this.highlightBox(n), await this.wordsBox(n, text)];
        return Math.max(
          Math.abs(highlight.x - words.x),
          Math.abs(highlight.y - words.y),
          Math.abs(highlight.x + highlight.width - (words.x + words.width)),
          Math.abs(highlight.y + highlight.height - (words.y + words.height)),
        );
      })
      .toBeLessThan(slack);
  }
}
