import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentId } from '../../../../shared/domain/ids';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDocumentContent } from './useDocumentContent';

interface TiffPage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Chromium shows no TIFF: UTIF decodes every page (fax and LZW scans included) to pixels. */
async function decodeTiff(bytes: Uint8Array): Promise<TiffPage[]> {
  const UTIF = (await import('utif2')).default;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const pages = UTIF.decode(buffer as ArrayBuffer).filter((ifd) => ifd['t256'] !== undefined);
  return pages.map((ifd) => {
    UTIF.decodeImage(buffer as ArrayBuffer, ifd);
    return { width: ifd.width, height: ifd.height, rgba: UTIF.toRGBA8(ifd) };
  });
}

/** A TIFF scan, page under page, drawn from its decoded pixels; nothing is cached. */
export function TiffView({ id, title }: { id: DocumentId; title: string }) {
  const { t } = useTranslation();
  const content = useDocumentContent(id, ({ bytes }) => decodeTiff(bytes));
  const pages = content.status === 'ready' ? content.value : null;
  return (
    <div className="image-view">
      {content.status === 'failed' && <ErrorNotice error={content.error} />}
      {content.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {pages?.length === 0 && <p className="notice notice--error">{t('viewer.problem.failed')}</p>}
      {pages?.map((page, index) => (
        <TiffCanvas
          key={index}
          page={page}
          label={t('viewer.imagePage', { title, page: index + 1, count: pages.length })}
        />
      ))}
    </div>
  );
}

function TiffCanvas({ page, label }: { page: TiffPage; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    canvas.width = page.width;
    canvas.height = page.height;
    const pixels = new Uint8ClampedArray(page.rgba.length);
    pixels.set(page.rgba);
    context.putImageData(new ImageData(pixels, page.width, page.height), 0, 0);
  }, [page]);
  return <canvas ref={ref} className="image-view__image" role="img" aria-label={label} />;
}
