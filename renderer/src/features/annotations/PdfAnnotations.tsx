import { useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  ANNOTATION_QUOTE_MAX,
  type Annotation,
  type AnnotationColor,
  type AnnotationPoint,
} from '../../../../shared/domain/annotation';
import type { AnnotationId, CaseId, DocumentId } from '../../../../shared/domain/ids';
import { FactDialog } from '../chronology/FactDialog';
import type { ViewerHandle } from '../viewer/usePdfViewer';
import { clientPointToPage, rectsContain } from './annotationGeometry';
import { AnnotationsPanel } from './AnnotationsPanel';
import { CommentDialog } from './CommentDialog';
import { LinkInNoteDialog } from './LinkInNoteDialog';
import { PageAnnotations } from './PageAnnotations';
import { useCreateAnnotation, useDocumentAnnotations } from './queries';
import { SelectionToolbar } from './SelectionToolbar';
import { usePageLayers } from './usePageLayers';
import { useScrollToAnnotation } from './useScrollToAnnotation';
import { useSelectionTracking } from './useSelectionTracking';

interface PdfAnnotationsProps {
  handle: ViewerHandle | null;
  /** pdf.js's scrolling container of pages. */
  containerRef: RefObject<HTMLElement | null>;
  caseId: CaseId;
  documentId: DocumentId;
  documentTitle: string;
  /** From the route: scroll to this annotation and mark it once its page is shown. */
  initialAnnotationId?: AnnotationId;
  panelOpen: boolean;
  onOpenPanel: () => void;
  /** The next click on a page pins a sticky comment there. */
  commentMode: boolean;
  onToggleCommentMode: () => void;
  onCommentModeEnd: () => void;
  goToPage: (page: number) => void;
}

/**
 * Highlights and sticky comments over pdf.js's pages: drawn in a layer of our own on each
 * rendered page, created from a text selection or a click in comment mode, listed and edited
 * in the panel beside the pages.
 */
export function PdfAnnotations({
  handle,
  containerRef,
  caseId,
  documentId,
  documentTitle,
  initialAnnotationId,
  panelOpen,
  onOpenPanel,
  commentMode,
  onToggleCommentMode,
  onCommentModeEnd,
  goToPage,
}: PdfAnnotationsProps) {
  const { t } = useTranslation();
  const list = useDocumentAnnotations(documentId);
  const annotations = list.data;
  const create = useCreateAnnotation();
  const { layers, layerOf } = usePageLayers(handle);
  const tracking = useSelectionTracking(containerRef, layerOf, !commentMode);
  const pending = tracking.selection;
  const [selectedId, setSelectedId] = useState<AnnotationId | null>(initialAnnotationId ?? null);
  const [focusComment, setFocusComment] = useState(false);
  const [pinAt, setPinAt] = useState<{ page: number; point: AnnotationPoint } | null>(null);
  const [linkFrom, setLinkFrom] = useState<{ page: number } | null>(null);
  const [factFrom, setFactFrom] = useState<Annotation | null>(null);
  const [notice, setNotice] = useState('');
  const scroll = useScrollToAnnotation({
    containerRef,
    annotations,
    layers,
    ready: handle !== null,
    goToPage,
    initial: initialAnnotationId,
  });

  // The route can name another annotation while this document stays open (a search hit).
  const [routeTarget, setRouteTarget] = useState(initialAnnotationId);
  if (routeTarget !== initialAnnotationId) {
    setRouteTarget(initialAnnotationId);
    if (initialAnnotationId) {
      setSelectedId(initialAnnotationId);
      scroll.to(initialAnnotationId);
    }
  }

  const select = (id: AnnotationId | null, options: { comment?: boolean } = {}) => {
    setSelectedId(id);
    setFocusComment(options.comment ?? false);
    if (id) onOpenPanel();
  };

  // A click on a page: pins a comment in comment mode, else selects the highlight under it.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      const pageElement = (event.target as Element | null)?.closest<HTMLElement>('.page');
      const page = Number(pageElement?.dataset.pageNumber);
      const layer = layerOf(page);
      if (!layer?.element.isConnected) return;
      const point = clientPointToPage(event, layer.element.getBoundingClientRect(), layer.geometry);
      if (commentMode) {
        setPinAt({ page, point });
        return;
      }
      if (!window.getSelection()?.isCollapsed) return;
      const hit = annotations
        ?.filter((annotation) => annotation.page === page && annotation.kind === 'highlight')
        .findLast((annotation) => rectsContain(annotation.rects, point, 1));
      setSelectedId(hit?.id ?? null);
      setFocusComment(false);
      if (hit) onOpenPanel();
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [containerRef, layerOf, commentMode, annotations, onOpenPanel]);

  const createHighlight = (color: AnnotationColor, then?: (annotation: Annotation) => void) => {
    if (!pending) return;
    create.mutate(
      {
        documentId,
        page: pending.page,
        kind: 'highlight',
        color,
        rects: pending.rects,
        quote: pending.quote.slice(0, ANNOTATION_QUOTE_MAX),
      },
      {
        onSuccess: (annotation) => {
          window.getSelection()?.removeAllRanges();
          tracking.clear();
          select(annotation.id);
          then?.(annotation);
        },
      },
    );
  };

  const byPage = (page: number) =>
    annotations?.filter((annotation) => annotation.page === page) ?? [];

  return (
    <>
      {[...layers.values()].map((layer) =>
        createPortal(
          <PageAnnotations
            annotations={byPage(layer.page)}
            geometry={layer.geometry}
            selectedId={selectedId}
            onSelect={(id) => select(id)}
          />,
          layer.element,
          `page-${layer.page}`,
        ),
      )}
      {panelOpen && (
        <AnnotationsPanel
          annotations={annotations}
          error={list.error}
          selectedId={selectedId}
          focusComment={focusComment}
          commentMode={commentMode}
          onToggleCommentMode={onToggleCommentMode}
          onSelect={(annotation) => {
            select(annotation.id);
            scroll.to(annotation.id);
          }}
          onRemoved={() => select(null)}
        />
      )}
      {pending && (
        <SelectionToolbar
          anchor={pending.anchor}
          busy={create.isPending}
          error={create.error}
          onHighlight={(color) => createHighlight(color)}
          onComment={() =>
            createHighlight('yellow', (annotation) => select(annotation.id, { comment: true }))
          }
          onCreateFact={() => createHighlight('yellow', setFactFrom)}
          onLinkInNote={() => {
            setLinkFrom({ page: pending.page });
            tracking.clear();
          }}
        />
      )}
      {pinAt && (
        <CommentDialog
          page={pinAt.page}
          busy={create.isPending}
          error={create.error}
          onCancel={() => {
            setPinAt(null);
            onCommentModeEnd();
          }}
          onSubmit={(comment) =>
            create.mutate(
              { documentId, page: pinAt.page, kind: 'comment', point: pinAt.point, comment },
              {
                onSuccess: (annotation) => {
                  setPinAt(null);
                  onCommentModeEnd();
                  select(annotation.id);
                },
              },
            )
          }
        />
      )}
      {linkFrom && (
        <LinkInNoteDialog
          caseId={caseId}
          documentId={documentId}
          page={linkFrom.page}
          label={t('annotations.linkLabel', { title: documentTitle, page: linkFrom.page })}
          onClose={() => setLinkFrom(null)}
          onLinked={(title) => {
            setLinkFrom(null);
            setNotice(t('annotations.linked', { title }));
          }}
        />
      )}
      {factFrom && (
        <FactDialog
          caseId={caseId}
          initial={{
            source: {
              documentId,
              page: factFrom.page,
              ...(factFrom.quote ? { quote: factFrom.quote } : {}),
              annotationId: factFrom.id,
            },
          }}
          onClose={() => setFactFrom(null)}
          onSaved={() => setNotice(t('annotations.factCreated'))}
        />
      )}
      <p className="annotations-notice" role="status">
        {notice}
      </p>
    </>
  );
}
