import 'pdfjs-dist/legacy/web/pdf_viewer.css';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationId, CaseId, DocumentId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { PdfAnnotations } from '../annotations/PdfAnnotations';
import { OcrSearchHits } from '../ocr/OcrSearchHits';
import { FindBar } from './FindBar';
import { PageControls } from './PageControls';
import { Thumbnails } from './Thumbnails';
import { usePdfDocument } from './usePdfDocument';
import { usePdfViewer, type ViewerControls, type ViewerState } from './usePdfViewer';
import { ViewerLoadProblem } from './ViewerLoadProblem';
import { ViewerPasswordDialog } from './ViewerPasswordDialog';
import { viewerActionFor, type ViewerAction } from './viewerKeys';
import { ZoomControls } from './ZoomControls';

function perform(
  action: ViewerAction,
  state: ViewerState,
  controls: ViewerControls,
  focusFind: () => void,
) {
  switch (action) {
    case 'find':
      return focusFind();
    case 'zoomIn':
      return controls.zoomIn();
    case 'zoomOut':
      return controls.zoomOut();
    case 'zoomReset':
      return controls.setZoom('auto');
    case 'nextPage':
      return controls.goToPage(state.page + 1);
    case 'previousPage':
      return controls.goToPage(state.page - 1);
    case 'firstPage':
      return controls.goToPage(1);
    case 'lastPage':
      return controls.goToPage(state.pagesCount);
    case 'rotateClockwise':
      return controls.rotate(90);
    case 'rotateCounterClockwise':
      return controls.rotate(-90);
  }
}

/** Reads the fields (DOM events keep them as getters, which a spread would miss). */
const pressOf = (
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  inField: boolean,
) => ({
  key: event.key,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  altKey: event.altKey,
  shiftKey: event.shiftKey,
  inField,
});

const isField = (target: EventTarget) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLSelectElement ||
  target instanceof HTMLTextAreaElement;

/** A PDF from the vault in pdf.js's viewer, with our toolbar, thumbnails and find bar. */
interface PdfViewProps {
  caseId: CaseId;
  id: DocumentId;
  title: string;
  initialPage?: number;
  /** Words a search hit matched, marked when the document opens. */
  highlight?: readonly string[];
  /** An annotation to scroll to and mark. */
  annotationId?: AnnotationId;
}

export function PdfView({ caseId, id, title, initialPage, highlight, annotationId }: PdfViewProps) {
  const { t } = useTranslation();
  const load = usePdfDocument(id);
  const loaded = load.status === 'ready' ? load : null;
  const pdf = loaded?.pdf ?? null;
  const containerRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const [thumbnailsOpen, setThumbnailsOpen] = useState(true);
  const [annotationsOpen, setAnnotationsOpen] = useState(true);
  const [commentMode, setCommentMode] = useState(false);
  const openAnnotations = useCallback(() => setAnnotationsOpen(true), []);
  const endCommentMode = useCallback(() => setCommentMode(false), []);
  const toggleCommentMode = useCallback(() => setCommentMode((on) => !on), []);
  const { state, controls, handle } = usePdfViewer(loaded, containerRef, initialPage, highlight);
  const focusFind = () => findRef.current?.focus();

  // Ctrl+F anywhere on the screen finds in the document, not in the page around it.
  const latest = useRef({ state, controls, focusFind });
  useEffect(() => {
    latest.current = { state, controls, focusFind };
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const action = viewerActionFor(pressOf(event, true));
      if (!action || event.defaultPrevented) return;
      event.preventDefault();
      const { state: now, controls: act, focusFind: focus } = latest.current;
      perform(action, now, act, focus);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Page keys act while the pages or the toolbar have focus, never while typing in a field.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey) return; // Handled on the document, above.
    const action = viewerActionFor(pressOf(event, isField(event.target)));
    if (!action) return;
    event.preventDefault();
    perform(action, state, controls, focusFind);
  };

  return (
    <div className="viewer" onKeyDown={onKeyDown}>
      <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
        <Button
          variant="quiet"
          aria-pressed={thumbnailsOpen}
          onClick={() => setThumbnailsOpen((open) => !open)}
        >
          {t('viewer.thumbnails')}
        </Button>
        <PageControls page={state.page} pagesCount={state.pagesCount} onGoTo={controls.goToPage} />
        <ZoomControls
          scaleValue={state.scaleValue}
          scale={state.scale}
          onZoomIn={controls.zoomIn}
          onZoomOut={controls.zoomOut}
          onZoom={controls.setZoom}
          onRotate={controls.rotate}
        />
        <Button
          variant="quiet"
          aria-pressed={annotationsOpen}
          onClick={() => setAnnotationsOpen((open) => !open)}
        >
          {t('annotations.panel')}
        </Button>
        <FindBar
          status={state.find}
          inputRef={findRef}
          onFind={controls.find}
          onFindAgain={controls.findAgain}
          onClear={controls.clearFind}
        />
      </div>
      <div className="viewer__body">
        {pdf && thumbnailsOpen && (
          <Thumbnails
            pdf={pdf}
            currentPage={state.page}
            rotation={state.rotation}
            onSelect={controls.goToPage}
          />
        )}
        <div className="viewer__stage">
          {/* pdf.js requires an absolutely positioned scroll container holding .pdfViewer. */}
          <div
            ref={containerRef}
            className={['viewer__pages', commentMode && 'viewer__pages--commenting']
              .filter(Boolean)
              .join(' ')}
            tabIndex={0}
            role="region"
            aria-label={t('viewer.pages')}
            aria-busy={load.status === 'loading'}
          >
            <div className="pdfViewer" />
          </div>
          {load.status === 'loading' && <p className="viewer__loading">{t('app.loading')}</p>}
          {(load.status === 'failed' || load.status === 'cancelled') && (
            <ViewerLoadProblem error={load.status === 'failed' ? load.error : null} />
          )}
        </div>
        {pdf && <OcrSearchHits handle={handle} documentId={id} highlight={highlight} />}
        {pdf && (
          <PdfAnnotations
            handle={handle}
            containerRef={containerRef}
            caseId={caseId}
            documentId={id}
            documentTitle={title}
            initialAnnotationId={annotationId}
            panelOpen={annotationsOpen}
            onOpenPanel={openAnnotations}
            commentMode={commentMode}
            onToggleCommentMode={toggleCommentMode}
            onCommentModeEnd={endCommentMode}
            goToPage={controls.goToPage}
          />
        )}
      </div>
      {load.status === 'password' && (
        <ViewerPasswordDialog
          retry={load.request.retry}
          onSubmit={(password) => load.request.answer(password)}
          onCancel={() => load.request.answer(null)}
        />
      )}
    </div>
  );
}
