import { useEffect, useState } from 'react';
import type { ViewerHandle } from '../viewer/usePdfViewer';
import type { ViewportLike } from './ocrWordGeometry';

export interface OcrPageLayer {
  page: number;
  /** Our element inside pdf.js's page element, over the canvas. */
  element: HTMLElement;
  /** The page at scale 1 with its own /Rotate (the OCR image's frame) and as shown now. */
  rendered: ViewportLike;
  shown: ViewportLike;
}

const LAYER_CLASS = 'ocr-hit-layer';

interface PageViewLike {
  div: HTMLElement;
  viewport: { rotation: number };
  pdfPage?: { getViewport(options: { scale: number; rotation?: number }): ViewportLike };
}

/**
 * One layer per rendered page for marking search hits on recognised scans. Like the annotation
 * layers (usePageLayers), it is put back after every `pagerendered`, since pdf.js empties a page
 * element of everything but its own layers when it re-renders it.
 */
export function useOcrPageLayers(handle: ViewerHandle | null): ReadonlyMap<number, OcrPageLayer> {
  const [layers, setLayers] = useState<ReadonlyMap<number, OcrPageLayer>>(new Map());
  useEffect(() => {
    if (!handle) return;
    const { viewer, eventBus } = handle;
    const attach = (page: number) => {
      const view = viewer.getPageView(page - 1) as PageViewLike | undefined;
      if (!view?.pdfPage) return;
      let element = view.div.querySelector<HTMLElement>(`:scope > .${LAYER_CLASS}`);
      if (!element) {
        element = document.createElement('div');
        element.className = LAYER_CLASS;
        // Above the canvas and the text layer; clicks and selection go through.
        Object.assign(element.style, {
          position: 'absolute',
          inset: '0',
          zIndex: '2',
          pointerEvents: 'none',
        });
        view.div.append(element);
      }
      const layer: OcrPageLayer = {
        page,
        element,
        rendered: view.pdfPage.getViewport({ scale: 1 }),
        shown: view.pdfPage.getViewport({ scale: 1, rotation: view.viewport.rotation }),
      };
      setLayers((previous) => new Map(previous).set(page, layer));
    };
    const onRendered = ({ pageNumber }: { pageNumber: number }) => attach(pageNumber);
    eventBus.on('pagerendered', onRendered);
    for (let index = 0; index < viewer.pagesCount; index += 1) {
      const view = viewer.getPageView(index) as { div?: HTMLElement } | undefined;
      if (view?.div?.hasAttribute('data-loaded')) attach(index + 1);
    }
    return () => {
      eventBus.off('pagerendered', onRendered);
      setLayers(new Map());
    };
  }, [handle]);
  return layers;
}
