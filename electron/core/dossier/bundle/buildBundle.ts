import { PDFDocument, PDFInvalidObject, PDFName, PDFNumber, PDFRef, type PDFPage } from 'pdf-lib';
import type { DocumentId } from '../../../../shared/domain/ids';
import { stampText, type DossierEntry } from '../../../../shared/domain/dossier';
import type { BundleFonts } from './bundleFonts';
import { bundleLabels, formatBundleDate } from './bundleLabels';
import type { BundleOutput, BundlePlan } from './bundleTypes';
import { copyDocument } from './copyDocument';
import type { ExclusionReason } from '../../../../shared/domain/dossier';
import { createRefRewriter } from './rewriteRefs';
import type { TailBody, TailCopied, TailFinish } from './tailPart';
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
import { unshapedFontkit } from './unshapedFontkit';
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

/** The documents from `from` on, copied by a second worker (see tailPart.ts). */
export interface Tail {
  from: number;
  copied(): Promise<TailCopied>;
  /** Starts stamping the tail's pages, numbered on from the bundle's page `start` (0-based). */
  stamp(start: number): void;
  finish(request: TailFinish): Promise<TailBody>;
}

/** Where one document ended up: its page count and first page, or why it is left out. */
type Placed = { ok: true; count: number; first: PDFRef } | { ok: false; reason: ExclusionReason };

/**
 * The tail's objects are numbered only at the very end; until then a reference to one of them
 * is its own number plus this (no document of ours comes near it).
 */
const TAIL_BASE = 2 ** 30;

export async function buildBundle(
  plan: BundlePlan,
  fetchOriginal: FetchOriginal,
  fontBytes: BundleFonts,
  onProgress: ReportProgress,
  tail?: Tail,
): Promise<BundleOutput> {
  const labels = bundleLabels(plan.language);
  const out = await PDFDocument.create({ updateMetadata: false });
  out.registerFontkit(unshapedFontkit);
  const fonts: GeneratedFonts = {
    regular: await out.embedFont(fontBytes.regular, { subset: true }),
    bold: await out.embedFont(fontBytes.bold, { subset: true }),
  };
  out.setTitle(plan.case.title, { showInWindowTitleBar: true });
  out.setLanguage(plan.language);
  out.setProducer(`Casefile ${plan.appVersion}`);
  out.setCreator(`Casefile ${plan.appVersion}`);
  out.setCreationDate(new Date(plan.generatedAt));
  out.setModificationDate(new Date(plan.generatedAt));

  const documents = plan.sections.flatMap((section) => section.documents);
  const own = tail ? documents.slice(0, tail.from) : documents;
  const total = own.length + 1;
  const outcomes: Placed[] = [];
  for (const [index, document] of own.entries()) {
    onProgress(index, total, document.title);
    const bytes = await fetchOriginal(index);
    const copied = await copyDocument(out, document, bytes, plan.include.annotations);
    outcomes.push(
      copied.ok ? { ok: true, count: copied.pages.length, first: copied.pages[0]!.ref } : copied,
    );
  }
  onProgress(own.length, total, null);
  const ownPages = outcomes.reduce((sum, o) => sum + (o.ok ? o.count : 0), 0);
  // Everything numbered above this is made from here on and may point into the tail.
  const copiedUpTo = out.context.largestObjectNumber;
  const tailCopied = tail ? await tail.copied() : null;
  for (const outcome of tailCopied?.outcomes ?? []) {
    outcomes.push(
      outcome.ok
        ? { ok: true, count: outcome.pages, first: PDFRef.of(TAIL_BASE + outcome.first) }
        : outcome,
    );
  }
  const documentPages = outcomes.reduce((sum, o) => sum + (o.ok ? o.count : 0), 0);
  const tailPages = documentPages - ownPages;

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
  // The tail stamps its pages while the generated pages are made here.
  if (tail && tailCopied) tail.stamp(front + ownPages);
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
    const last = outcome.ok ? next + outcome.count - 1 : null;
    if (outcome.ok) next += outcome.count;
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
        ? { pages: printed(entry.firstPage, entry.lastPage), destination: outcome.first }
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
  // The tail's pages come right after ours: the generated pages after them are numbered on.
  const ownDocumentsEnd = front + ownPages;
  out.getPages().forEach((page, index) => {
    const bundleIndex = index < ownDocumentsEnd ? index : index + tailPages;
    stamper.stampPage(page, stampText(plan.stamp, bundleIndex));
  });

  writeOutline(
    out,
    outlineItems(plan, outcomes, { coverPages, inventoryPages, chronologyPages, notesPages }),
  );

  if (tail && tailCopied) await joinTail(out, tail, tailCopied, copiedUpTo, ownDocumentsEnd);
  const pages = pageCount;

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
    pages,
    entries,
    excluded: documents.flatMap((document, index) => {
      const outcome = outcomes[index]!;
      return outcome.ok
        ? []
        : [{ documentId: document.documentId, title: document.title, reason: outcome.reason }];
    }),
  };
}

/** Rows of the inventory: section headings, documents numbered through, then the generated parts. */
function inventoryItems(plan: BundlePlan, outcomes: Placed[]): InventoryItem[] {
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

/**
 * Links the tail's page-tree node into ours after our documents, gives the tail its numbers
 * (after every object of ours, fonts included), points our links and outline at them, and adds
 * its objects as written. Nothing may add an object to `out` after this.
 */
async function joinTail(
  out: PDFDocument,
  tail: Tail,
  copied: TailCopied,
  copiedUpTo: number,
  kidIndex: number,
): Promise<void> {
  const tailPages = copied.outcomes.reduce((sum, o) => sum + (o.ok ? o.pages : 0), 0);
  if (tailPages === 0) return;
  const root = out.catalog.Pages();
  root.Kids().insert(kidIndex, PDFRef.of(TAIL_BASE + copied.root));
  root.set(PDFName.of('Count'), PDFNumber.of(root.Count().asNumber() + tailPages));
  await out.flush();
  const offset = out.context.largestObjectNumber;
  const resolve = createRefRewriter((ref) =>
    ref.objectNumber >= TAIL_BASE ? PDFRef.of(ref.objectNumber - TAIL_BASE + offset) : undefined,
  );
  resolve(root);
  for (const [ref, object] of out.context.enumerateIndirectObjects()) {
    if (ref.objectNumber > copiedUpTo) resolve(object);
  }
  const rootRef = out.catalog.get(PDFName.of('Pages')) as PDFRef;
  const body = await tail.finish({ offset, parent: rootRef.objectNumber });
  for (let index = 0; index < body.objects.length; index += 3) {
    const [number, start, end] = body.objects.slice(index, index + 3) as [number, number, number];
    out.context.assign(PDFRef.of(number), PDFInvalidObject.of(body.bytes.subarray(start, end)));
  }
}

function outlineItems(
  plan: BundlePlan,
  outcomes: Placed[],
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
        children.push({ title: document.title, destination: outcome.first, children: [] });
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
