import { useVirtualizer } from '@tanstack/react-virtual';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const THUMB_WIDTH = 112;
/** Height of the page number under each thumbnail, plus the gap between thumbnails. */
const LABEL_AND_GAP = 36;

interface ThumbnailsProps {
  pdf: PDFDocumentProxy;
  currentPage: number;
  rotation: number;
  onSelect: (page: number) => void;
}

/**
 * Page thumbnails in a virtualised column: only the thumbnails in view exist and are rendered,
 * so a 500-page bundle costs no more than a 5-page one.
 */
export function Thumbnails({ pdf, currentPage, rotation, onSelect }: ThumbnailsProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count: pdf.numPages,
    getScrollElement: () => scrollRef.current,
    // A4 portrait until measured; rows measure themselves once their canvas has a size.
    estimateSize: () => Math.round(THUMB_WIDTH * 1.414) + LABEL_AND_GAP,
    overscan: 3,
  });

  useEffect(() => {
    virtualizer.scrollToIndex(currentPage - 1, { align: 'auto' });
  }, [currentPage, virtualizer]);

  return (
    <nav className="thumbnails" aria-label={t('viewer.thumbnails')}>
      <div ref={scrollRef} className="thumbnails__scroll">
        <ol className="thumbnails__list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const page = item.index + 1;
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="thumbnails__item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  className="thumbnail"
                  aria-current={page === currentPage ? 'page' : undefined}
                  aria-label={t('viewer.goToPage', { page })}
                  onClick={() => onSelect(page)}
                >
                  <ThumbnailCanvas pdf={pdf} page={page} rotation={rotation} />
                  <span className="thumbnail__number" aria-hidden="true">
                    {page}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
}

function ThumbnailCanvas({
  pdf,
  page,
  rotation,
}: {
  pdf: PDFDocumentProxy;
  page: number;
  rotation: number;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let task: RenderTask | null = null;
    let active = true;
    void pdf
      .getPage(page)
      .then((proxy) => {
        const canvas = canvasRef.current;
        if (!active || !canvas) return;
        const unscaled = proxy.getViewport({ scale: 1, rotation: proxy.rotate + rotation });
        const viewport = proxy.getViewport({
          scale: (THUMB_WIDTH / unscaled.width) * (window.devicePixelRatio || 1),
          rotation: proxy.rotate + rotation,
        });
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        canvas.style.width = `${THUMB_WIDTH}px`;
        canvas.style.height = `${Math.ceil((viewport.height / viewport.width) * THUMB_WIDTH)}px`;
        task = proxy.render({ canvas, viewport });
        return task.promise;
      })
      .catch((error: unknown) => {
        // A thumbnail scrolled away mid-render is cancelled, which is no failure; a page that
        // cannot be drawn is marked, and the main view shows pdf.js's own message for it.
        const cancelled = error instanceof Error && error.name === 'RenderingCancelledException';
        if (active && !cancelled) canvasRef.current?.classList.add('thumbnail__canvas--failed');
      });
    return () => {
      active = false;
      task?.cancel();
    };
  }, [pdf, page, rotation]);

  return <canvas ref={canvasRef} className="thumbnail__canvas" aria-hidden="true" />;
}
