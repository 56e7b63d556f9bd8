import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';
import type { DocumentSummary } from '../../../../shared/domain/document';
import type { DocumentId } from '../../../../shared/domain/ids';

/**
 * Up to this many documents every row stays in the page: find-in-page, a screen reader's browse
 * mode and Tab reach them all, and a hundred rows cost nothing. Beyond it only the rows near the
 * visible part of the list are rendered, so a case with thousands of documents scrolls smoothly.
 */
const WHOLE_LIST_LIMIT = 100;
const OVERSCAN = 8;
/** A row with a title, a line of facts and tags; real heights are measured once rendered. */
const ESTIMATED_ROW_HEIGHT = 96;

interface DocumentListProps {
  documents: readonly DocumentSummary[];
  label: string;
  /** The row whose edit form is open: it stays rendered even when scrolled out of view. */
  editingId: DocumentId | null;
  renderRow: (document: DocumentSummary) => ReactNode;
}

/**
 * The virtualised list: a scroll box of bounded height around a <ul> as tall as every row
 * together, in which the rendered <li> rows sit at their measured offsets. Each row says where it
 * stands (aria-posinset of aria-setsize), since most of its siblings are not in the page.
 */
export function DocumentList({ documents, label, editingId, renderRow }: DocumentListProps) {
  const scrollBox = useRef<HTMLDivElement>(null);
  const count = documents.length;
  const editingIndex =
    editingId === null ? -1 : documents.findIndex((document) => document.id === editingId);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (editingIndex < 0 || indexes.includes(editingIndex)) return indexes;
      return [...indexes, editingIndex].sort((a, b) => a - b);
    },
    [editingIndex],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollBox.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: count <= WHOLE_LIST_LIMIT ? count : OVERSCAN,
    // Measured heights follow the document, not its position, through sorting and filtering.
    getItemKey: (index) => documents[index]?.id ?? index,
    rangeExtractor,
  });

  return (
    <div ref={scrollBox} className="document-list">
      <ul
        className="document-list__rows"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const document = documents[row.index];
          if (!document) return null;
          const editing = document.id === editingId;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={count}
              aria-posinset={row.index + 1}
              className={editing ? 'item item--editing document' : 'item document'}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderRow(document)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
