import type { MediaType } from '../../../shared/domain/document';

/**
 * What a file is, judged by its bytes alone: a court's ".pdf" may be a WordPerfect file, an HTML
 * error page or a ZIP, and the extension says nothing. `null` means unsupported; `'empty'` is
 * kept apart so the user hears "the file is empty" rather than "unsupported".
 */
export function detectMediaType(bytes: Uint8Array): MediaType | 'empty' | null {
  if (bytes.length === 0) return 'empty';
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'image/tiff';
  }
  if (hasPdfHeader(data)) return 'application/pdf';
  if (isPlainText(data)) return 'text/plain';
  return null;
}

function startsWith(data: Buffer, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((byte, i) => data[i] === byte);
}

/**
 * Acrobat accepts `%PDF-` anywhere in the first 1024 bytes, and real court files carry a mail
 * header, a BOM or a CRLF before it; pdf.js reads them too. A version digit must follow.
 */
const PDF_HEADER_WINDOW = 1024;
function hasPdfHeader(data: Buffer): boolean {
  const head = data.subarray(0, PDF_HEADER_WINDOW + '%PDF-1'.length);
  for (let at = head.indexOf('%PDF-'); at !== -1; at = head.indexOf('%PDF-', at + 1)) {
    const digit = head[at + 5];
    if (at < PDF_HEADER_WINDOW && digit !== undefined && digit >= 0x30 && digit <= 0x39) {
      return true;
    }
  }
  return false;
}

/** HTML, XML and RTF are valid UTF-8 but not plain text: a court's "PDF" is often one of them. */
const MARKUP = /^\uFEFF?\s*(<(!doctype|html|\?xml|head|body|svg|script|!--)|\{\\rtf)/i;
// eslint-disable-next-line no-control-regex -- counting control characters is the point
const SUSPICIOUS = /[\u0001-\u0008\u000B\u000E-\u001A\u001C-\u001F\u007F-\u009F]/g;
/** At most one control character per hundred: a stray form feed or escape, not binary data. */
const MAX_SUSPICIOUS_PER_CHAR = 0.01;

function isPlainText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return false;
  }
  if (MARKUP.test(text.slice(0, 256))) return false;
  const suspicious = text.match(SUSPICIOUS)?.length ?? 0;
  return suspicious <= text.length * MAX_SUSPICIOUS_PER_CHAR;
}
