/** Characters Windows, macOS or Linux refuse in a file name, and controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const MAX_STEM = 120;

/**
 * "Иванов v. ТОО «Альфа» – chronology.csv": the case title with what no file system accepts
 * replaced, trimmed of the dots and spaces Windows drops, and bounded in length.
 */
export function chronologyFileName(caseTitle: string, stem: string): string {
  const title = caseTitle
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, MAX_STEM)
    .trim();
  return `${title ? `${title} - ` : ''}${stem}.csv`;
}
