import { PDFName, rgb, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { BundleLabels } from './bundleLabels';
import {
  CONTENT_WIDTH,
  MARGIN_BOTTOM,
  MARGIN_TOP,
  MARGIN_X,
  PAGE_SIZE,
  type GeneratedFonts,
} from './pageWriter';
import { printable, wrapText } from './textLayout';

/**
 * The inventory (опись / тізімдеме): one row per document under its section's heading, with its
 * page range in the bundle, each row a link to the document's first page. Laid out before any
 * page number is known (the page column is one line wide), so the number of inventory pages —
 * which every later page number depends on — is known first.
 */

export type InventoryItem =
  | { kind: 'section'; title: string }
  | {
      kind: 'entry';
      number: string;
      title: string;
      type: string;
      date: string;
      /** Why the document is not in the bundle; null when it is. */
      note: string | null;
      /** Index into the caller's targets (page ranges and link destinations). */
      target: number;
    };

export interface InventoryTarget {
  pages: string;
  /** The first page of the document; null: no link. */
  destination: PDFRef | null;
}

interface PlacedRow {
  item: InventoryItem;
  top: number;
  height: number;
  cells: { x: number; lines: string[]; size: number; bold: boolean }[];
  noteLines: string[];
}

const SIZE = 9.5;
const NOTE_SIZE = 8;
const LINE = SIZE * 1.3;
const PAD = 3.5;
const HEADER_SIZE = 8.5;
const TITLE_SIZE = 16;
const GREY = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.78, 0.78, 0.78);

const COLUMNS = {
  number: { x: 0, width: 30 },
  title: { x: 30, width: CONTENT_WIDTH - 30 - 104 - 62 - 66 },
  type: { x: CONTENT_WIDTH - 104 - 62 - 66, width: 104 },
  date: { x: CONTENT_WIDTH - 62 - 66, width: 62 },
  pages: { x: CONTENT_WIDTH - 66, width: 66 },
};
const GAP = 6;

export interface InventoryLayout {
  pages: PlacedRow[][];
}

export function layoutInventory(
  items: InventoryItem[],
  fonts: GeneratedFonts,
  labels: BundleLabels,
): InventoryLayout {
  const pages: PlacedRow[][] = [];
  let rows: PlacedRow[] = [];
  let y = 0;
  const startPage = () => {
    rows = [];
    pages.push(rows);
    y = PAGE_SIZE[1] - MARGIN_TOP;
    if (pages.length === 1) y -= TITLE_SIZE * 1.6 + 6;
    y -= headerHeight(fonts, labels);
  };
  startPage();
  for (const item of items) {
    const row = measureRow(item, fonts);
    // A section heading is kept with the row after it.
    const need = row.height + (item.kind === 'section' ? LINE + 2 * PAD : 0);
    if (y - need < MARGIN_BOTTOM && rows.length > 0) startPage();
    row.top = y;
    rows.push(row);
    y -= row.height;
  }
  return { pages };
}

function measureRow(item: InventoryItem, fonts: GeneratedFonts): PlacedRow {
  if (item.kind === 'section') {
    const lines = wrapText(item.title, fonts.bold, SIZE + 1, CONTENT_WIDTH);
    return {
      item,
      top: 0,
      height: lines.length * LINE + 2 * PAD + 4,
      cells: [{ x: 0, lines, size: SIZE + 1, bold: true }],
      noteLines: [],
    };
  }
  const cell = (column: { x: number; width: number }, text: string) => ({
    x: column.x,
    lines: wrapText(text, fonts.regular, SIZE, column.width - GAP),
    size: SIZE,
    bold: false,
  });
  const cells = [
    cell(COLUMNS.number, item.number),
    cell(COLUMNS.title, item.title),
    cell(COLUMNS.type, item.type),
    cell(COLUMNS.date, item.date),
  ];
  const noteLines = item.note
    ? wrapText(item.note, fonts.regular, NOTE_SIZE, COLUMNS.title.width - GAP)
    : [];
  const titleHeight = cells[1]!.lines.length * LINE + noteLines.length * NOTE_SIZE * 1.3;
  const height = Math.max(titleHeight, ...cells.map((c) => c.lines.length * LINE)) + 2 * PAD;
  return { item, top: 0, height, cells, noteLines };
}

function headerHeight(fonts: GeneratedFonts, labels: BundleLabels): number {
  return (
    Math.max(...headerCells(fonts, labels).map((c) => c.lines.length)) * HEADER_SIZE * 1.3 + 2 * PAD
  );
}

function headerCells(fonts: GeneratedFonts, labels: BundleLabels) {
  const cell = (column: { x: number; width: number }, text: string) => ({
    x: column.x,
    lines: wrapText(text, fonts.bold, HEADER_SIZE, column.width - GAP),
  });
  return [
    cell(COLUMNS.number, labels.columnNumber),
    cell(COLUMNS.title, labels.columnTitle),
    cell(COLUMNS.type, labels.columnType),
    cell(COLUMNS.date, labels.columnDate),
    cell(COLUMNS.pages, labels.columnPages),
  ];
}

/** Draws the laid-out rows onto `pages` (one per layout page) with their links. */
export function drawInventory(
  out: PDFDocument,
  pages: PDFPage[],
  layout: InventoryLayout,
  targets: InventoryTarget[],
  fonts: GeneratedFonts,
  labels: BundleLabels,
): void {
  layout.pages.forEach((rows, index) => {
    const page = pages[index]!;
    let y = PAGE_SIZE[1] - MARGIN_TOP;
    if (index === 0) {
      page.drawText(printable(labels.inventory), {
        x: MARGIN_X,
        y: y - TITLE_SIZE,
        size: TITLE_SIZE,
        font: fonts.bold,
      });
      y -= TITLE_SIZE * 1.6 + 6;
    }
    const header = headerCells(fonts, labels);
    header.forEach((cell) => {
      cell.lines.forEach((line, lineIndex) => {
        page.drawText(line, {
          x: MARGIN_X + cell.x,
          y: y - PAD - (lineIndex + 1) * HEADER_SIZE * 1.3 + HEADER_SIZE * 0.3,
          size: HEADER_SIZE,
          font: fonts.bold,
          color: GREY,
        });
      });
    });
    y -= headerHeight(fonts, labels);
    page.drawLine({
      start: { x: MARGIN_X, y },
      end: { x: MARGIN_X + CONTENT_WIDTH, y },
      thickness: 0.8,
      color: GREY,
    });
    for (const row of rows) drawRow(out, page, row, targets, fonts);
  });
}

function drawRow(
  out: PDFDocument,
  page: PDFPage,
  row: PlacedRow,
  targets: InventoryTarget[],
  fonts: GeneratedFonts,
): void {
  const baseline = (lineIndex: number, size: number) =>
    row.top - PAD - (lineIndex + 1) * LINE + size * 0.3;
  for (const cell of row.cells) {
    cell.lines.forEach((line, lineIndex) => {
      if (line === '') return;
      page.drawText(line, {
        x: MARGIN_X + cell.x,
        y: baseline(lineIndex, cell.size) - (row.item.kind === 'section' ? 4 : 0),
        size: cell.size,
        font: cell.bold ? fonts.bold : fonts.regular,
      });
    });
  }
  if (row.item.kind === 'section') return;
  const titleLines = row.cells[1]!.lines.length;
  row.noteLines.forEach((line, lineIndex) => {
    page.drawText(line, {
      x: MARGIN_X + COLUMNS.title.x,
      y: row.top - PAD - titleLines * LINE - (lineIndex + 1) * NOTE_SIZE * 1.3 + NOTE_SIZE * 0.3,
      size: NOTE_SIZE,
      font: fonts.regular,
      color: GREY,
    });
  });
  const target = targets[row.item.target]!;
  page.drawText(target.pages, {
    x: MARGIN_X + COLUMNS.pages.x,
    y: baseline(0, SIZE),
    size: SIZE,
    font: fonts.regular,
  });
  const bottom = row.top - row.height;
  page.drawLine({
    start: { x: MARGIN_X, y: bottom },
    end: { x: MARGIN_X + CONTENT_WIDTH, y: bottom },
    thickness: 0.4,
    color: RULE,
  });
  if (target.destination) {
    addLink(out, page, [MARGIN_X, bottom, MARGIN_X + CONTENT_WIDTH, row.top], target.destination);
  }
}

/** A link annotation over the row, to the target page (the whole page in view). */
function addLink(
  out: PDFDocument,
  page: PDFPage,
  rect: [number, number, number, number],
  destination: PDFRef,
): void {
  const link = out.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    F: 4,
    Dest: [destination, PDFName.of('Fit')],
  });
  page.node.addAnnot(out.context.register(link));
}
