/** What the PDF text worker answers; codes map to translated messages in the UI. */

export type PdfTextErrorCode =
  'PDF_ENCRYPTED' | 'PDF_PASSWORD_WRONG' | 'PDF_MALFORMED' | 'PDF_TIMEOUT';

export interface PdfText {
  ok: true;
  pageCount: number;
  /** XMP dc:title or the Info dictionary's Title; null when absent or blank. */
  title: string | null;
  /** One entry per page, NFC; '' for a page without a text layer (a scan). */
  pages: string[];
}

export interface PdfTextFailure {
  ok: false;
  code: PdfTextErrorCode;
  message: string;
}

export type PdfTextResult = PdfText | PdfTextFailure;
