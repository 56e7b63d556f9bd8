import type { DossierFormat } from '../../../../shared/domain/dossier';

/** Characters Windows, macOS or Linux refuse in a file name, and controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
/** Names Windows keeps for devices whatever the extension: `CON.pdf` cannot be created. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 120;

/**
 * The name the save dialog suggests: "Иванов v. ТОО «Альфа».pdf". What no file system accepts
 * becomes `_`, the dots and spaces Windows drops are trimmed (so `..` cannot climb a folder),
 * and the length is bounded; an empty result falls back to `fallback` ("dossier", translated).
 */
export function dossierFileName(caseTitle: string, format: DossierFormat, fallback: string) {
  const clean = (text: string) =>
    text
      .normalize('NFC')
      .replace(UNSAFE, '_')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, MAX_STEM)
      .replace(/[\s.]+$/, '');
  let stem = clean(caseTitle);
  if (!/[\p{L}\p{N}]/u.test(stem)) stem = clean(fallback) || 'dossier';
  if (WINDOWS_DEVICE.test(stem)) stem = `_${stem}`;
  return `${stem}.${format}`;
}
