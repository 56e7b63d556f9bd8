import { EncryptedPDFError, ParseSpeeds, PDFDocument, type PDFPage } from 'pdf-lib';
import type { ExclusionReason } from '../../../../shared/domain/dossier';
import { adoptPages } from './adoptPages';
import { burnAnnotations } from './burnAnnotations';
import type { BundleDocument } from './bundleTypes';
import { loadEncrypted } from './loadEncrypted';

/**
 * One original into the bundle: its pages copied as they are (size, boxes, /Rotate), or the
 * reason it is left out. A bad original never stops the export.
 */

export type CopyOutcome = { ok: true; pages: PDFPage[] } | { ok: false; reason: ExclusionReason };

/** Images are placed on a page of this size (A4), turned to the image's orientation. */
const A4: [number, number] = [595.28, 841.89];

export async function copyDocument(
  out: PDFDocument,
  document: BundleDocument,
  bytes: Uint8Array,
  burnIn: boolean,
): Promise<CopyOutcome> {
  if (document.mediaType === 'image/jpeg' || document.mediaType === 'image/png') {
    return embedImage(out, document, bytes);
  }
  if (document.mediaType !== 'application/pdf') return { ok: false, reason: 'not_pdf' };
  let source: PDFDocument;
  try {
    // parseSpeed Fastest: pdf-lib otherwise yields to the event loop every 100 objects, which
    // only costs time in a thread that does nothing else.
    source = await PDFDocument.load(bytes, {
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (error) {
    // An encrypted file with object streams fails to parse before pdf-lib sees its /Encrypt.
    if (!(error instanceof EncryptedPDFError) && !mentionsEncrypt(bytes)) {
      return { ok: false, reason: 'unreadable' };
    }
    const opened = await openEncrypted(bytes, document.password);
    if (!opened.ok) return opened;
    source = opened.doc;
  }
  try {
    const count = source.getPageCount();
    if (count === 0) return { ok: false, reason: 'unreadable' };
    const pages = adoptPages(out, source).map((page) => out.addPage(page));
    if (burnIn) burnAnnotations(out, pages, document.annotations);
    return { ok: true, pages };
  } catch {
    // A page tree or object pdf-lib cannot follow: the pages already added would be broken.
    return { ok: false, reason: 'unreadable' };
  }
}

/**
 * An encrypted original, decrypted with the password given for this export — or the empty one:
 * a file with only an owner password (printing or copying restricted) opens without any.
 */
async function openEncrypted(
  bytes: Uint8Array,
  password: string | null,
): Promise<{ ok: true; doc: PDFDocument } | { ok: false; reason: ExclusionReason }> {
  try {
    const opened = await loadEncrypted(bytes, password ?? '');
    if (opened.ok) return opened;
    if (opened.reason === 'password_wrong') {
      return { ok: false, reason: password === null ? 'encrypted' : 'password_wrong' };
    }
    return { ok: false, reason: 'encrypted' };
  } catch {
    // The password was right but the decrypted objects do not parse.
    return { ok: false, reason: 'unreadable' };
  }
}

const ENCRYPT = Buffer.from('/Encrypt', 'latin1');

function mentionsEncrypt(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPT);
}

async function embedImage(
  out: PDFDocument,
  document: BundleDocument,
  bytes: Uint8Array,
): Promise<CopyOutcome> {
  try {
    const image =
      document.mediaType === 'image/png' ? await out.embedPng(bytes) : await out.embedJpg(bytes);
    const landscape = image.width > image.height;
    const [width, height] = landscape ? [A4[1], A4[0]] : A4;
    const scale = Math.min(width / image.width, height / image.height);
    const page = out.addPage([width, height]);
    const drawn = { width: image.width * scale, height: image.height * scale };
    page.drawImage(image, {
      x: (width - drawn.width) / 2,
      y: (height - drawn.height) / 2,
      ...drawn,
    });
    return { ok: true, pages: [page] };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
