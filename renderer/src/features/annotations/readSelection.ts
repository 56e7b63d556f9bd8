import type { AnnotationRect } from '../../../../shared/domain/annotation';
import {
  clientRectToPage,
  mergeLineRects,
  type ClientBox,
  type PageGeometry,
} from './annotationGeometry';

export interface PageSelection {
  page: number;
  /** Line boxes in page space. */
  rects: AnnotationRect[];
  /** The selected words, with line breaks and runs of spaces as single spaces. */
  quote: string;
  /** Where the selection ends on screen, for placing the toolbar. */
  anchor: ClientBox;
}

export interface LayerLookup {
  (page: number): { element: HTMLElement; geometry: PageGeometry } | undefined;
}

const pageOf = (node: Node): HTMLElement | null =>
  (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.page') ?? null;

/** The text nodes of `root` that `range` touches, with the part of each it covers. */
function selectedTextParts(range: Range, root: Element): Range[] {
  const parts: Range[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const length = node.textContent?.length ?? 0;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : length;
    if (end <= start) continue;
    const part = root.ownerDocument.createRange();
    part.setStart(node, start);
    part.setEnd(node, end);
    parts.push(part);
  }
  return parts;
}

/**
 * The parts' text: spans of one line run on as they are (a word may be split across spans),
 * and a new line starts after a space (pdf.js separates lines with a `<br>`, which has no text).
 */
function joinParts(parts: Range[]): string {
  let text = '';
  let previous: DOMRect | undefined;
  for (const part of parts) {
    const first = part.getClientRects()[0];
    const newLine =
      previous !== undefined &&
      first !== undefined &&
      Math.abs(first.top - previous.top) > Math.min(first.height, previous.height) / 2 &&
      Math.abs(first.left - previous.left) > Math.min(first.width, previous.width) / 2;
    text += (newLine ? ' ' : '') + part.toString();
    previous = [...part.getClientRects()].at(-1) ?? previous;
  }
  return text;
}

/**
 * The browser's text selection as an annotation's geometry and quote, on the page where it
 * starts (a selection running onto the next page is cut at the page's end). Boxes come from the
 * selected text itself rather than from the range, whose element boxes would include pdf.js's
 * page-sized selection helper.
 */
export function readSelection(selection: Selection, layerOf: LayerLookup): PageSelection | null {
  if (selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const pageElement = pageOf(range.startContainer);
  const textLayer = pageElement?.querySelector('.textLayer');
  if (!pageElement || !textLayer) return null;
  const page = Number(pageElement.dataset.pageNumber);
  const layer = layerOf(page);
  if (!layer?.element.isConnected) return null;
  const box = layer.element.getBoundingClientRect();
  const parts = selectedTextParts(range, textLayer);
  const clientRects = parts.flatMap((part) => [...part.getClientRects()]);
  const rects = mergeLineRects(
    clientRects.map((rect) => clientRectToPage(rect, box, layer.geometry)),
  );
  const quote = joinParts(parts).replace(/\s+/g, ' ').trim();
  const last = clientRects.at(-1);
  if (rects.length === 0 || quote === '' || !last) return null;
  return { page, rects, quote, anchor: last };
}
