import type { MediaType } from '../../../shared/domain/document';

/**
 * File names made from titles and original names, which the lawyer (or whoever sent her the
 * file) typed: they name entries of a dossier ZIP that someone else will unpack, and suggest the
 * name of the file a save dialog writes. Nothing in them may climb out of a folder, hide as a
 * dot file, fool the eye (bidi overrides), or trip Windows (reserved device names, trailing
 * dots); Cyrillic and Kazakh letters are kept as they are.
 */

/** Room for `originals/NNN-` in front and still well under the 255-byte limit of most systems. */
export const MAX_NAME_BYTES = 120;

// C0/C1 controls, DEL, bidi marks/embeddings/overrides/isolates, zero-width characters, soft
// hyphen, BOM and the line/paragraph separators: removed, never shown.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
// Path separators and what Windows refuses in a name.
const FORBIDDEN = /[/\\:*?"<>|]/g;
// Device names Windows resolves whatever the extension (CON.pdf is the console).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

const EXTENSION_OF: Record<MediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'text/plain': 'txt',
};

const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** The longest prefix of `text` within `maxBytes` of UTF-8, never splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let result = '';
  let bytes = 0;
  for (const character of text) {
    const size = utf8Length(character);
    if (bytes + size > maxBytes) break;
    result += character;
    bytes += size;
  }
  return result;
}

/** Dots, spaces and underscores at either end carry nothing and make trouble (`.x`, `x.`). */
const trimEnds = (text: string) => text.replace(/^[\s._-]+|[\s.]+$/gu, '');

/**
 * One safe file name (no folders) from untrusted text, at most `maxBytes` of UTF-8, keeping its
 * extension; `fallback` when nothing usable is left.
 */
export function safeFileName(
  input: string,
  {
    maxBytes = MAX_NAME_BYTES,
    fallback = 'document',
  }: { maxBytes?: number; fallback?: string } = {},
): string {
  let name = input
    .normalize('NFC')
    // Line breaks and tabs separate words: they become spaces rather than vanish.
    .replace(/[\t\n\v\f\r\u2028\u2029]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/gu, ' ')
    // `..` is never a path step here, and no run of dots survives to look like one.
    .replace(/\.{2,}/g, '.')
    .replace(/_{2,}/g, '_');
  name = trimEnds(name);
  const extension = EXTENSION.exec(name)?.[1] ?? '';
  let stem = extension ? name.slice(0, -(extension.length + 1)) : name;
  const suffix = extension ? `.${extension.toLowerCase()}` : '';
  stem = trimEnds(truncateUtf8(stem, Math.max(1, maxBytes - utf8Length(suffix))));
  if (stem === '') stem = fallback;
  // Windows looks only at the part before the first dot: `con.tar.gz` is the console too.
  if (WINDOWS_RESERVED.test(stem.split('.')[0]!.trimEnd())) stem = `_${stem}`;
  return truncateUtf8(`${stem}${suffix}`, maxBytes);
}

/** An original's name in the ZIP, with the extension of its real type when it lacks one. */
export function safeOriginalName(originalName: string, mediaType: MediaType): string {
  const extension = EXTENSION_OF[mediaType];
  const safe = safeFileName(originalName, { maxBytes: MAX_NAME_BYTES - extension.length - 1 });
  return EXTENSION.test(safe) ? safe : `${safe}.${extension}`;
}

/** The file name a save dialog suggests for a case's dossier: `Дело Елкина.zip`. */
export function suggestedDossierName(caseTitle: string, format: 'pdf' | 'zip'): string {
  const stem = safeFileName(caseTitle.replace(/\./g, ' '), {
    maxBytes: MAX_NAME_BYTES - 4,
    fallback: 'dossier',
  });
  return `${stem}.${format}`;
}

/**
 * Hands out names unique within one ZIP, compared without case (Windows and macOS unpack
 * `A.pdf` and `a.pdf` onto one file): a repeat becomes `name (2).pdf`.
 */
export function createUniqueNames(reserved: readonly string[] = []) {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return (name: string): string => {
    let candidate = name;
    const extension = EXTENSION.exec(name)?.[0] ?? '';
    const stem = name.slice(0, name.length - extension.length);
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1) {
      const tail = ` (${counter})${extension}`;
      candidate = `${truncateUtf8(stem, MAX_NAME_BYTES - utf8Length(tail))}${tail}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}
