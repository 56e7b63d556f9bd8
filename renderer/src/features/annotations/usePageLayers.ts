import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewerHandle } from '../viewer/usePdfViewer';
import { geometryOfViewport, type PageGeometry } from './annotationGeometry';

export interface PageLayer {
  page: number;
  /** Our layer inside pdf.js's page element, above its text layer. */
  element: HTMLElement;
  geometry: PageGeometry;
}

const LAYER_CLASS = 'annotation-layer';

const sameGeometry = (a: PageGeometry, b: PageGeometry) =>
  a.width === b.width && a.height === b.height && a.scale === b.scale && a.rotation === b.rotation;

/**
 * One layer per rendered page for drawing annotations over it. pdf.js empties a page element
 * of everything but its own layers whenever it re-renders it (zoom, rotation, scrolling far
 * away and back), so the layer is put back, with the page's new geometry, on every
 * `pagerendered`. Nothing is ever drawn into the PDF or its canvas.
 */
export function usePageLayers(handle: ViewerHandle | null) {
  const [layers, setLayers] = useState<ReadonlyMap<number, PageLayer>>(new Map());
  const latest = useRef(layers);
  useEffect(() => {
    latest.current = layers;
  }, [layers]);

  useEffect(() => {
    if (!handle) return;
    const { viewer, eventBus } = handle;
    const attach = (page: number) => {
      const view = viewer.getPageView(page - 1) as
        { div: HTMLElement; viewport: Parameters<typeof geometryOfViewport>[0] } | undefined;
      if (!view) return;
      let element = view.div.querySelector<HTMLElement>(`:scope > .${LAYER_CLASS}`);
      if (!element) {
        element = document.createElement('div');
        element.className = LAYER_CLASS;
        view.div.append(element);
      }
      const geometry = geometryOfViewport(view.viewport);
      const layer = { page, element, geometry };
      setLayers((previous) => {
        const known = previous.get(page);
        if (known?.element === element && sameGeometry(known.geometry, geometry)) return previous;
        return new Map(previous).set(page, layer);
      });
    };
    const onRendered = ({ pageNumber }: { pageNumber: number }) => attach(pageNumber);
    eventBus.on('pagerendered', onRendered);
    // Pages pdf.js rendered before this effect ran.
    for (let index = 0; index < viewer.pagesCount; index += 1) {
      const view = viewer.getPageView(index) as { div?: HTMLElement } | undefined;
      if (view?.div?.hasAttribute('data-loaded')) attach(index + 1);
    }
    return () => {
      eventBus.off('pagerendered', onRendered);
      setLayers(new Map());
    };
  }, [handle]);

  const layerOf = useCallback((page: number) => latest.current.get(page), []);
  return { layers, layerOf };
}
