import type { GenericL10n } from 'pdfjs-dist/legacy/web/pdf_viewer.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfjsViewer } from './pdfjs';

export type ZoomPreset = 'auto' | 'page-fit' | 'page-width' | 'page-actual';

export interface FindStatus {
  /** What the find field shows; search hits show their words separated by spaces. */
  query: string;
  current: number;
  total: number;
  /** 'pending' while pdf.js is still reading pages. */
  state: 'idle' | 'pending' | 'found' | 'notFound' | 'wrapped';
}

export interface ViewerState {
  page: number;
  pagesCount: number;
  /** The zoom as pdf.js reports it: a preset name or a number as a string. */
  scaleValue: string;
  scale: number;
  rotation: number;
  find: FindStatus;
}

const INITIAL: ViewerState = {
  page: 1,
  pagesCount: 0,
  scaleValue: 'auto',
  scale: 1,
  rotation: 0,
  find: { query: '', current: 0, total: 0, state: 'idle' },
};

/** pdf.js's page landmarks get our own translated label; the rest of its UI we do not use. */
function createL10n(pdfjs: PdfjsViewer, pageLabel: (page: number) => string): GenericL10n {
  class ViewerL10n extends pdfjs.GenericL10n {
    override translate(element: HTMLElement): Promise<void> {
      const page = Number(/"page"\s*:\s*(\d+)/.exec(element.dataset.l10nArgs ?? '')?.[1]);
      if (element.dataset.l10nId === 'pdfjs-page-landmark' && page > 0) {
        element.setAttribute('aria-label', pageLabel(page));
      }
      return Promise.resolve();
    }
  }
  return new ViewerL10n(undefined);
}

function findStateOf(pdfjs: PdfjsViewer, state: number): FindStatus['state'] {
  const { FindState } = pdfjs;
  if (state === FindState.FOUND) return 'found';
  if (state === FindState.NOT_FOUND) return 'notFound';
  if (state === FindState.WRAPPED) return 'wrapped';
  return 'pending';
}

/** pdf.js's find event: case and accents ignored, every match highlighted. */
function findEvent(query: string | string[], options: { again?: boolean; previous?: boolean }) {
  return {
    source: null,
    type: options.again ? 'again' : '',
    query,
    caseSensitive: false,
    entireWord: false,
    highlightAll: true,
    findPrevious: options.previous ?? false,
    matchDiacritics: false,
  };
}

/** pdf.js's viewer and its event bus, for layers drawn over the pages (annotations). */
export interface ViewerHandle {
  viewer: InstanceType<PdfjsViewer['PDFViewer']>;
  eventBus: InstanceType<PdfjsViewer['EventBus']>;
}

export interface ViewerControls {
  goToPage: (page: number) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  setZoom: (value: ZoomPreset | number) => void;
  rotate: (degrees: 90 | -90) => void;
  /** A string finds that text; several words (a search hit's forms) find any of them. */
  find: (query: string | string[]) => void;
  /** The next (or previous) match of what was last found, typed or from a search hit. */
  findAgain: (previous: boolean) => void;
  clearFind: () => void;
}

/**
 * pdf.js's own viewer components on a container we render: continuous scroll that renders only
 * the pages in view (so 500 pages open at once), a text layer for selection and copy, and its
 * find controller for highlighting. External links are disabled; there is no scripting.
 */
export function usePdfViewer(
  loaded: { pdf: PDFDocumentProxy; viewer: PdfjsViewer } | null,
  containerRef: RefObject<HTMLDivElement | null>,
  initialPage: number | undefined,
  initialHighlight: readonly string[] | undefined,
): { state: ViewerState; controls: ViewerControls; handle: ViewerHandle | null } {
  const { t } = useTranslation();
  const [state, setState] = useState<ViewerState>(INITIAL);
  const [handle, setHandle] = useState<ViewerHandle | null>(null);
  const viewerRef = useRef<ViewerHandle | null>(null);
  const lastQuery = useRef<string | string[] | null>(null);
  const pageLabel = useRef(t);
  useEffect(() => {
    pageLabel.current = t;
  }, [t]);

  useEffect(() => {
    const container = containerRef.current;
    if (!loaded || !container) return;
    const { pdf, viewer: pdfjs } = loaded;
    const { EventBus, PDFFindController, PDFLinkService, PDFViewer } = pdfjs;
    const eventBus = new EventBus();
    // Links to pages inside the document still work; a URL in the PDF opens nothing.
    const linkService = new PDFLinkService({ eventBus });
    linkService.externalLinkEnabled = false;
    const findController = new PDFFindController({
      eventBus,
      linkService,
      updateMatchesCountOnProgress: true,
    });
    const viewer = new PDFViewer({
      container,
      eventBus,
      linkService,
      findController,
      l10n: createL10n(pdfjs, (page) => pageLabel.current('viewer.pageLandmark', { page })),
      removePageBorders: false,
    });
    linkService.setViewer(viewer);
    viewerRef.current = { viewer, eventBus };

    const update = (changes: Partial<ViewerState>) => setState((prev) => ({ ...prev, ...changes }));
    eventBus.on('pagesinit', () => {
      viewer.currentScaleValue = 'auto';
      if (initialPage && initialPage <= pdf.numPages) viewer.currentPageNumber = initialPage;
      update({ pagesCount: pdf.numPages, page: viewer.currentPageNumber });
      // A search hit: mark its words, starting from the hit's page (pdf.js finds from the
      // current page onwards), so next/previous walk through the document from there.
      if (initialHighlight && initialHighlight.length > 0) {
        lastQuery.current = [...initialHighlight];
        setState((prev) => ({
          ...prev,
          find: { ...prev.find, query: initialHighlight.join(' ') },
        }));
        eventBus.dispatch('find', findEvent([...initialHighlight], {}));
      }
    });
    eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) =>
      update({ page: pageNumber }),
    );
    eventBus.on(
      'scalechanging',
      ({ scale, presetValue }: { scale: number; presetValue?: string }) =>
        update({ scale, scaleValue: presetValue ?? String(scale) }),
    );
    eventBus.on('rotationchanging', ({ pagesRotation }: { pagesRotation: number }) =>
      update({ rotation: pagesRotation }),
    );
    eventBus.on(
      'updatefindmatchescount',
      ({ matchesCount }: { matchesCount: { current: number; total: number } }) =>
        setState((prev) => ({ ...prev, find: { ...prev.find, ...matchesCount } })),
    );
    eventBus.on(
      'updatefindcontrolstate',
      (event: { state: number; matchesCount: { current: number; total: number } }) =>
        setState((prev) => ({
          ...prev,
          find: {
            ...prev.find,
            ...event.matchesCount,
            state: findStateOf(pdfjs, event.state),
          },
        })),
    );

    viewer.setDocument(pdf);
    linkService.setDocument(pdf);
    setHandle(viewerRef.current);
    return () => {
      viewerRef.current = null;
      setHandle(null);
      viewer.cleanup();
      setState(INITIAL);
    };
  }, [loaded, containerRef, initialPage, initialHighlight]);

  const controls: ViewerControls = {
    goToPage: useCallback((page: number) => {
      const current = viewerRef.current;
      if (!current) return;
      const count = current.viewer.pagesCount;
      if (count === 0) return; // Before pdf.js has the pages, any number is refused.
      current.viewer.currentPageNumber = Math.min(Math.max(1, Math.round(page)), count);
    }, []),
    zoomIn: useCallback(() => viewerRef.current?.viewer.increaseScale(), []),
    zoomOut: useCallback(() => viewerRef.current?.viewer.decreaseScale(), []),
    setZoom: useCallback((value: ZoomPreset | number) => {
      const current = viewerRef.current;
      if (current) current.viewer.currentScaleValue = String(value);
    }, []),
    rotate: useCallback((degrees: 90 | -90) => {
      const current = viewerRef.current;
      if (current)
        current.viewer.pagesRotation = (current.viewer.pagesRotation + degrees + 360) % 360;
    }, []),
    find: useCallback((query: string | string[]) => {
      const current = viewerRef.current;
      if (!current) return;
      lastQuery.current = query;
      const shown = typeof query === 'string' ? query : query.join(' ');
      setState((prev) => ({ ...prev, find: { ...prev.find, query: shown } }));
      current.eventBus.dispatch('find', findEvent(query, {}));
    }, []),
    findAgain: useCallback((previous: boolean) => {
      const current = viewerRef.current;
      if (!current || lastQuery.current === null) return;
      current.eventBus.dispatch('find', findEvent(lastQuery.current, { again: true, previous }));
    }, []),
    clearFind: useCallback(() => {
      lastQuery.current = null;
      viewerRef.current?.eventBus.dispatch('findbarclose', { source: null });
      setState((prev) => ({ ...prev, find: INITIAL.find }));
    }, []),
  };
  return { state, controls, handle };
}
