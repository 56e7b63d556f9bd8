/**
 * Terminal text helpers. Widths are counted in terminal columns, not UTF-16 units, so a
 * table of Russian and Kazakh titles (or a decomposed "й") stays aligned.
 */

// Case text is user data: a title carrying ESC sequences or bidi overrides must not be able
// to repaint the terminal or reorder what the lawyer reads (trojan-source style).
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
// East Asian Wide/Fullwidth blocks and common emoji: two columns each.
const WIDE =
  /^[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]$/u;

/** One line of user text, safe to print: controls shown as U+FFFD, NFC-composed. */
export function safeText(text: string): string {
  return text.normalize('NFC').replace(UNSAFE, '\uFFFD');
}

/** Like safeText, but keeps line breaks (descriptions, notes). */
export function safeMultiline(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => safeText(line.replaceAll('\t', '    ')))
    .join('\n');
}

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Cuts to at most `max` columns, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let width = 0;
  let kept = '';
  for (const char of text) {
    const next = charWidth(char);
    if (width + next > max - 1) break;
    kept += char;
    width += next;
  }
  return `${kept}…`;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Longest cell, in columns; longer values are truncated. */
  max?: number;
}

/** Aligned columns separated by two spaces; the last column is not padded. */
export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const text = safeText(column.value(row));
      return column.max === undefined ? text : truncate(text, column.max);
    }),
  );
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[index] ?? ''))),
  );
  const format = (line: readonly string[]): string =>
    line
      .map((cell, index) => (index === line.length - 1 ? cell : padEnd(cell, widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [columns.map((column) => column.header), ...cells].map(format).join('\n');
}
