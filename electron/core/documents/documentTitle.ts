import { TITLE_MAX } from '../../../shared/domain/document';
import {
  BIDI_CONTROLS,
  CONTROL_CHARACTERS,
  HAS_LETTER_OR_DIGIT,
  tidy,
} from '../../../shared/domain/text';

const CONTROLS = new RegExp(CONTROL_CHARACTERS.source, 'g');
const BIDI = new RegExp(BIDI_CONTROLS.source, 'g');

/**
 * A PDF's metadata title and a file name come from the other side: tidied, stripped of control
 * and bidi characters (an RLO in a name can make "txt.exe" read as "exe.txt"), cut to a bound.
 */
export function cleanUntrustedText(raw: string, max: number): string {
  const cleaned = tidy(tidy(raw).replace(CONTROLS, '').replace(BIDI, ''));
  return Array.from(cleaned).slice(0, max).join('').trim();
}

/** The last path segment, cleaned: callers pass a name, but a path must not leak into the vault. */
export function cleanFileName(originalName: string): string {
  const base = originalName.split(/[\\/]/).pop() ?? '';
  return cleanUntrustedText(base, 255) || 'document';
}

/** `Приговор 2-1234.pdf` → `Приговор 2-1234`; a name that is only an extension stays whole. */
function withoutExtension(name: string): string {
  return name.replace(/(?<=.)\.[\p{L}\p{N}]{1,8}$/u, '');
}

/** The lawyer's title, else the PDF's own, else the file name without its extension. */
export function chooseTitle(
  override: string | undefined,
  pdfTitle: string | null | undefined,
  fileName: string,
): string {
  for (const candidate of [override, pdfTitle, withoutExtension(fileName)]) {
    if (!candidate) continue;
    const cleaned = cleanUntrustedText(candidate, TITLE_MAX);
    if (HAS_LETTER_OR_DIGIT.test(cleaned)) return cleaned;
  }
  return fileName;
}
