import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import type { ViewerHandle } from '../viewer/usePdfViewer';
import { foldTerms, foldWord, wordBoxPercent } from './ocrWordGeometry';
import { useOcrPageLayers, type OcrPageLayer } from './useOcrPageLayers';

const percent = (value: number) => `${value}%`;

/**
 * Marks the words of a search hit on scanned pages, from the word boxes OCR stored: pdf.js's own
 * find and text layer know nothing of a scan's text. Pages without recognised text (a text PDF,
 * a page not read yet) answer null and get no marks.
 */
export function OcrSearchHits({
  handle,
  documentId,
  highlight,
}: {
  handle: ViewerHandle | null;
  documentId: DocumentId;
  highlight: readonly string[] | undefined;
}) {
  const layers = useOcrPageLayers(handle);
  const terms = useMemo(() => foldTerms(highlight), [highlight]);
  if (terms.size === 0) return null;
  return (
    <>
      {[...layers.values()].map((layer) => (
        <PageHits key={layer.page} layer={layer} documentId={documentId} terms={terms} />
      ))}
    </>
  );
}

function PageHits({
  layer,
  documentId,
  terms,
}: {
  layer: OcrPageLayer;
  documentId: DocumentId;
  terms: ReadonlySet<string>;
}) {
  const words = useQuery({
    queryKey: ['ocr', 'pageWords', documentId, layer.page],
    queryFn: () => api.ocr.pageWords({ documentId, pageNo: layer.page }),
  });
  const page = words.data;
  if (!page) return null;
  const hits = page.words.filter((word) => terms.has(foldWord(word.text)));
  return createPortal(
    hits.map((word, index) => {
      const box = wordBoxPercent(word.bbox, page.scale, layer.rendered, layer.shown);
      return (
        <div
          // A page's words have no identity but their order.
          key={index}
          className="ocr-hit"
          data-ocr-hit={word.text}
          style={{
            position: 'absolute',
            left: percent(box.left),
            top: percent(box.top),
            width: percent(box.width),
            height: percent(box.height),
            background: 'rgba(255, 200, 0, 0.45)',
            mixBlendMode: 'multiply',
          }}
        />
      );
    }),
    layer.element,
  );
}
