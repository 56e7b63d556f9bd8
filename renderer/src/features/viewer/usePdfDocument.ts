import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useEffect, useState } from 'react';
import type { DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { loadPdfjs, type PdfjsViewer } from './pdfjs';

export interface PasswordRequest {
  /** True when the previous answer was wrong. */
  retry: boolean;
  answer: (password: string | null) => void;
}

export type PdfLoad =
  | { status: 'loading' }
  | { status: 'ready'; pdf: PDFDocumentProxy; viewer: PdfjsViewer }
  | { status: 'password'; request: PasswordRequest }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

/**
 * Fetches the original straight into pdf.js, without React Query: the bytes are not cached,
 * and pdf.js takes them over. Leaving the viewer (or locking) destroys the document and its
 * worker, so nothing of it stays in the renderer.
 */
export function usePdfDocument(id: DocumentId): PdfLoad {
  const [load, setLoad] = useState<PdfLoad>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    let cancelled = false;
    let destroy: (() => Promise<void>) | null = null;
    const set = (next: PdfLoad) => {
      if (active) setLoad(next);
    };
    set({ status: 'loading' });
    void (async () => {
      try {
        const [{ openPdf, viewer }, content] = await Promise.all([
          loadPdfjs(),
          api.documents.content({ id }),
        ]);
        if (!active) return;
        const task = openPdf(
          content.bytes,
          (retry) =>
            new Promise((resolve) =>
              set({
                status: 'password',
                request: {
                  retry,
                  answer: (password) => {
                    cancelled = password === null;
                    set(cancelled ? { status: 'cancelled' } : { status: 'loading' });
                    resolve(password);
                  },
                },
              }),
            ),
        );
        destroy = () => task.destroy();
        const pdf = await task.promise;
        set({ status: 'ready', pdf, viewer });
      } catch (error) {
        // A destroyed task (cancelled password, left the viewer) is not an error to show.
        if (!cancelled) set({ status: 'failed', error });
      }
    })();
    return () => {
      active = false;
      void destroy?.();
    };
  }, [id]);

  return load;
}
