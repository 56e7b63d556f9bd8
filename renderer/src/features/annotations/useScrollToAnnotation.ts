import { useEffect, useState, type RefObject } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { AnnotationId } from '../../../../shared/domain/ids';
import type { PageLayer } from './usePageLayers';

interface ScrollOptions {
  containerRef: RefObject<HTMLElement | null>;
  annotations: readonly Annotation[] | undefined;
  layers: ReadonlyMap<number, PageLayer>;
  /** pdf.js has the document (before that, it cannot go to a page). */
  ready: boolean;
  goToPage: (page: number) => void;
  initial: AnnotationId | undefined;
}

/**
 * Brings an annotation into view: its page first (pdf.js renders only pages near the view, so
 * the annotation's element may not exist yet), then the element itself, once drawn.
 */
export function useScrollToAnnotation({
  containerRef,
  annotations,
  layers,
  ready,
  goToPage,
  initial,
}: ScrollOptions) {
  const [target, setTarget] = useState<AnnotationId | null>(initial ?? null);

  useEffect(() => {
    if (!target || !ready) return;
    const annotation = annotations?.find((candidate) => candidate.id === target);
    if (!annotation) return;
    const drawn = containerRef.current?.querySelector(
      `.annotation-pin[data-annotation-id="${target}"], [data-annotation-id="${target}"] > .annotation-highlight__rect`,
    );
    if (drawn) {
      drawn.scrollIntoView({ block: 'center', inline: 'center' });
      setTarget(null);
      return;
    }
    if (!layers.get(annotation.page)?.element.isConnected) goToPage(annotation.page);
  }, [target, ready, annotations, layers, containerRef, goToPage]);

  return { to: setTarget };
}
