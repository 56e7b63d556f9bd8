import { useOcrProgressRefresh } from './queries';

/** Mounted once per document list: one `ocr.progress` listener, not one per row. */
export function OcrProgressListener() {
  useOcrProgressRefresh();
  return null;
}
