import { PDFDocument, type PDFPage } from 'pdf-lib';
import type { DocumentId } from '../../../../shared/domain/ids';
import type { DossierEntry } from '../../../../shared/domain/dossier';
import { stampText } from '../../../../shared/domain/stamp';
import { embedBundleFonts, type BundleFonts } from './bundleFonts';
import { bundleLabels, formatBundleDate, type BundleLabels } from './bundleLabels';
import type { BundleOutput, BundlePlan } from './bundleTypes';
import { copyDocument, type CopyOutcome } from './copyDocument';
import { writeCover } from './coverPage';
import {
  drawInventory,
  layoutInventory,
  type InventoryItem,
  type InventoryTarget,
} from './inventoryPages';
import { writeOutline, type OutlineItem } from './outline';
import { PAGE_SIZE, type GeneratedFonts } from './pageWriter';
import { Stamper } from './stamper';
import { writeChronology, writeNotes } from './textSections';

/**
 * The bundle PDF: cover, inventory, every document's pages in plan order, chronology and notes,
 * every page stamped, an outline per section and document. Runs in the bundle worker; callable
 * directly in tests. Originals are fetched one at a time and dropped once their pages are copied.
 *
 * The generated front pages are made last and inserted before the documents: the inventory's
 * page ranges need every document's page count, and every page number needs the number of
 * inventory pages — which is known from its layout alone (see inventoryPages.ts).
 */

export type FetchOriginal = (index: number) => Promise<Uint8Array>;
export type ReportProgress = (completed: number, total: number, current: string | null) => void;

export async function buildBundle(
  plan: BundlePlan,
  fetchOriginal: FetchOriginal,
  fontBytes: BundleFonts,
  onProgress: ReportProgress,
): Promise<BundleOutput> {
  const labels = bundleLabels(plan.language);
  const out = await PDFDocument.create({ updateMetadata: false });
  const { prebuilt, ...fonts }: GeneratedFonts & { prebuilt: boolean } = await embedBundleFonts(
    out,
    fontBytes,
    printableTexts(plan, labels),
  );
  out.setTitle(plan.case.title, { showInWindowTitleBar: true });
  out.setLanguage(plan.language);
  out.setProducer(`Casefile ${plan.appVersion}`);
  out.setCreator(`Casefile ${plan.appVersion}`);
  out.setCreationDate(new Date(plan.generatedAt));
  out.setModificationDate(new Date(plan.generatedAt));

  const documents = plan.sections.flatMap((section) => section.documents);
  const total = documents.length + 1;
  const outcomes: CopyOutcome[] = [];
  for (const [index, document] of documents.entries()) {
    onProgress(index, total, document.title);
    const bytes = await fetchOriginal(index);
    outcomes.push(await copyDocument(out, document, bytes, plan.include.annotations));
  }
  onProgress(documents.length, total, null);
  const documentPages = outcomes.reduce((sum, o) => sum + (o.ok ? o.pages.length : 0), 0);

  const appendPage = () => out.addPage(PAGE_SIZE);
  const chronologyPages =
    plan.include.chronology && plan.chronology.length > 0
      ? writeChronology(plan, fonts, appendPage)
      : [];
  const notesPages =
    plan.include.notes && plan.notes.length > 0 ? writeNotes(plan, fonts, appendPage) : [];

  const items = plan.include.inventory ? inventoryItems(plan, outcomes) : [];
  const layout = plan.include.inventory ? layoutInventory(items, fonts, labels) : { pages: [] };
  const included = outcomes.filter((outcome) => outcome.ok).length;
  const coverCount = plan.include.cover
    ? writeCover(plan, { documents: included, pages: 0 }, fonts, null).pageCount
    : 0;
  const front = coverCount + layout.pages.length;
  const pageCount = front + documentPages + chronologyPages.length + notesPages.length;

  let inserted = 0;
  const insertPage = () => out.insertPage(inserted++, PAGE_SIZE);
  const coverPages = plan.include.cover
    ? writeCover(plan, { documents: included, pages: pageCount }, fonts, insertPage).pages
    : [];
  const inventoryPages = layout.pages.map(() => insertPage());

  // 1-based bundle page numbers of each document.
  const entries: DossierEntry[] = [];
  let next = front + 1;
  for (const [index, document] of documents.entries()) {
    const outcome = outcomes[index]!;
    const first = outcome.ok ? next : null;
    const last = outcome.ok ? next + outcome.pages.length - 1 : null;
    if (outcome.ok) next += outcome.pages.length;
    entries.push({
      documentId: document.documentId as DocumentId,
      title: document.title,
      firstPage: first,
      lastPage: last,
    });
  }
  const generated = [
    { pages: chronologyPages, first: next },
    { pages: notesPages, first: next + chronologyPages.length },
  ];

  if (plan.include.inventory) {
    const printed = (first: number, last: number) => {
      const a = plan.stamp.start + first - 1;
      const b = plan.stamp.start + last - 1;
      return a === b ? String(a) : `${a}–${b}`;
    };
    const targets: InventoryTarget[] = documents.map((_, index) => {
      const outcome = outcomes[index]!;
      const entry = entries[index]!;
      return outcome.ok && entry.firstPage !== null && entry.lastPage !== null
        ? { pages: printed(entry.firstPage, entry.lastPage), destination: outcome.pages[0]!.ref }
        : { pages: '—', destination: null };
    });
    for (const part of generated) {
      targets.push(
        part.pages.length > 0
          ? {
              pages: printed(part.first, part.first + part.pages.length - 1),
              destination: part.pages[0]!.ref,
            }
          : { pages: '—', destination: null },
      );
    }
    drawInventory(out, inventoryPages, layout, targets, fonts, labels);
  }

  const stamper = new Stamper(out, fonts.regular, plan.stamp);
  out.getPages().forEach((page, index) => stamper.stampPage(page, stampText(plan.stamp, index)));

  writeOutline(
    out,
    outlineItems(plan, outcomes, { coverPages, inventoryPages, chronologyPages, notesPages }),
  );

  // No object streams and no yielding every 50 objects: a third of the writing time for a
  // few percent more bytes (the pages' own streams are copied compressed as they were).
  const bytes = await out.save({
    addDefaultPage: false,
    updateFieldAppearances: false,
    useObjectStreams: false,
    objectsPerTick: Infinity,
  });
  onProgress(total, total, null);
  return {
    bytes,
    pages: out.getPageCount(),
    prebuiltFonts: prebuilt,
    entries,
    excluded: documents.flatMap((document, index) => {
      const outcome = outcomes[index]!;
      return outcome.ok
        ? []
        : [{ documentId: document.documentId, title: document.title, reason: outcome.reason }];
    }),
  };
}

/**
 * Every string the generated pages may print, as a superset: all of the plan's strings (case,
 * titles, chronology, notes, stamp prefix…) and the labels of its language. Numbers and the
 * dashes put in for missing values are in any subset.
 */
function printableTexts(plan: BundlePlan, labels: BundleLabels): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') walk((value as (arg: string) => unknown)(''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(plan);
  walk(labels);
  return texts;
}

/** Rows of the inventory: section headings, documents numbered through, then the generated parts. */
function inventoryItems(plan: BundlePlan, outcomes: CopyOutcome[]): InventoryItem[] {
  const labels = bundleLabels(plan.language);
  const items: InventoryItem[] = [];
  const headed = plan.sections.length > 1 || plan.sections.some((s) => s.title.trim() !== '');
  let index = 0;
  for (const section of plan.sections) {
    if (headed)
      items.push({ kind: 'section', title: section.title.trim() || labels.untitledSection });
    for (const document of section.documents) {
      const outcome = outcomes[index]!;
      items.push({
        kind: 'entry',
        number: String(index + 1),
        title: document.title,
        type: labels.docTypes[document.docType] ?? document.docType,
        date: document.docDate ? formatBundleDate(document.docDate, plan.language) : '—',
        note: outcome.ok ? null : labels.excluded[outcome.reason],
        target: index,
      });
      index += 1;
    }
  }
  const generated: [boolean, string][] = [
    [plan.include.chronology && plan.chronology.length > 0, labels.chronology],
    [plan.include.notes && plan.notes.length > 0, labels.notes],
  ];
  generated.forEach(([present, title], offset) => {
    if (!present) return;
    items.push({
      kind: 'entry',
      number: '',
      title,
      type: '',
      date: '',
      note: null,
      target: index + offset,
    });
  });
  return items;
}

function outlineItems(
  plan: BundlePlan,
  outcomes: CopyOutcome[],
  parts: {
    coverPages: PDFPage[];
    inventoryPages: PDFPage[];
    chronologyPages: PDFPage[];
    notesPages: PDFPage[];
  },
): OutlineItem[] {
  const labels = bundleLabels(plan.language);
  const leaf = (title: string, pages: PDFPage[]): OutlineItem[] =>
    pages.length > 0 ? [{ title, destination: pages[0]!.ref, children: [] }] : [];
  let index = 0;
  const sections = plan.sections.map((section): OutlineItem => {
    const children: OutlineItem[] = [];
    for (const document of section.documents) {
      const outcome = outcomes[index++]!;
      if (outcome.ok)
        children.push({ title: document.title, destination: outcome.pages[0]!.ref, children: [] });
    }
    return {
      title: section.title.trim() || labels.untitledSection,
      destination: children[0]?.destination ?? null,
      children,
    };
  });
  return [
    ...leaf(labels.cover, parts.coverPages),
    ...leaf(labels.inventory, parts.inventoryPages),
    ...sections,
    ...leaf(labels.chronology, parts.chronologyPages),
    ...leaf(labels.notes, parts.notesPages),
  ];
}
