import { useEffect, useRef, useState, type RefObject } from 'react';
import { readSelection, type LayerLookup, type PageSelection } from './readSelection';

/**
 * The text selection on the pages, read when the mouse or a Shift+arrow key lets go of it and
 * re-read on scroll (so the toolbar follows the words); null when there is none.
 */
export function useSelectionTracking(
  containerRef: RefObject<HTMLElement | null>,
  layerOf: LayerLookup,
  enabled: boolean,
) {
  const [selection, setSelection] = useState<PageSelection | null>(null);
  const shown = useRef(false);
  useEffect(() => {
    shown.current = selection !== null;
  }, [selection]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !enabled) return;
    const read = () => {
      const current = window.getSelection();
      setSelection(current ? readSelection(current, layerOf) : null);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === 'Shift') read();
    };
    const onScroll = () => {
      if (shown.current) read();
    };
    const onMouseDown = () => setSelection(null);
    container.addEventListener('mouseup', read);
    container.addEventListener('keyup', onKeyUp);
    container.addEventListener('mousedown', onMouseDown);
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      container.removeEventListener('mouseup', read);
      container.removeEventListener('keyup', onKeyUp);
      container.removeEventListener('mousedown', onMouseDown);
      container.removeEventListener('scroll', onScroll);
      setSelection(null);
    };
  }, [containerRef, layerOf, enabled]);

  return { selection, clear: () => setSelection(null) };
}
