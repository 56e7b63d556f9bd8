import type { DocumentSummary } from '../../../../shared/domain/document';
import { stampText, type StampOptions } from '../../../../shared/domain/dossier';

/** Inventory rows on one generated page: an estimate for the preview only. */
const INVENTORY_ROWS_PER_PAGE = 25;

export interface PageEstimate {
  pages: number;
  /** False when a document's page count is not known yet (its text not extracted). */
  exact: boolean;
}

/**
 * Roughly how many pages the bundle will have, for the preview of the last stamp: the picked
 * documents' pages, one per image, a cover page and the inventory. Chronology and notes pages
 * depend on layout, so with them (or an unknown page count) the figure is "at least".
 */
export function estimatePages(
  documents: readonly Pick<DocumentSummary, 'mediaType' | 'pageCount'>[],
  include: { cover: boolean; inventory: boolean; chronology: boolean; notes: boolean },
): PageEstimate {
  let pages = 0;
  // The inventory's length depends on its layout: with it, the figure is an estimate too.
  let exact = !include.chronology && !include.notes && !include.inventory;
  for (const document of documents) {
    if (document.mediaType.startsWith('image/') && document.mediaType !== 'image/tiff') {
      pages += 1;
    } else if (document.mediaType === 'application/pdf' && document.pageCount !== null) {
      pages += document.pageCount;
    } else {
      exact = false;
    }
  }
  if (include.cover) pages += 1;
  if (include.inventory)
    pages += Math.max(1, Math.ceil(documents.length / INVENTORY_ROWS_PER_PAGE));
  return { pages, exact };
}

/** The first and the last stamp of a bundle of `pages` pages. */
export function stampRange(stamp: StampOptions, pages: number): { first: string; last: string } {
  return { first: stampText(stamp, 0), last: stampText(stamp, Math.max(0, pages - 1)) };
}
