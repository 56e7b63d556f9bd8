import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import type { BundleDocument, BundlePlan } from '../../../electron/core/dossier/bundle/bundleTypes';
import { loadPdfJs } from '../../../electron/core/workers/pdfText/loadPdfJs';

/** Plans, fixtures and read-back helpers shared by the bundle tests. */

export const KK_CASE_TITLE = 'Ахметов Ә. қарсы Қазақстан Республикасы: қылмыстық іс';
export const RU_COURT = 'Медеуский районный суд города Алматы';
export const KK_PARTY = 'Жұмабаева Ұлжан Өмірқызы';
export const RU_PARTY = 'Ёлкин Пётр Сергеевич';

/** Pages whose size, crop box and /Rotate must survive the copy. */
export const ROTATED_PAGES = [
  { size: [400, 600] as const, rotation: 90, crop: null },
  { size: [792, 612] as const, rotation: 270, crop: null },
  { size: [600, 800] as const, rotation: 180, crop: [50, 60, 500, 680] as const },
];

export async function rotatedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  ROTATED_PAGES.forEach((spec, index) => {
    const page = doc.addPage([...spec.size]);
    page.setRotation(degrees(spec.rotation));
    if (spec.crop) page.setCropBox(...spec.crop);
    page.drawText(`Rotated page ${index + 1}`, { x: 100, y: 300, size: 14, font });
  });
  return doc.save();
}

/** A one-page PDF with its own number in the text (for long inventories). */
export async function onePagePdf(label: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(label, { x: 60, y: 700, size: 14, font });
  return doc.save();
}

export function doc(
  documentId: string,
  title: string,
  extra: Partial<BundleDocument> = {},
): BundleDocument {
  return {
    documentId,
    title,
    docType: 'other',
    docDate: null,
    mediaType: 'application/pdf',
    password: null,
    annotations: [],
    ...extra,
  };
}

export function plan(overrides: Partial<BundlePlan> & Pick<BundlePlan, 'sections'>): BundlePlan {
  return {
    language: 'kk',
    generatedAt: '2024-06-01T09:30:00.000Z',
    appVersion: '0.1.0',
    case: {
      title: KK_CASE_TITLE,
      number: '7511-24-00-1/15',
      court: RU_COURT,
      judge: 'Серікова Әсел',
      parties: [
        { name: KK_PARTY, role: 'counsel' },
        { name: RU_PARTY, role: 'victim' },
      ],
    },
    preparedBy: 'Адвокат Жұмабаева Ұ.',
    include: { cover: true, inventory: true, chronology: false, notes: false, annotations: false },
    stamp: { prefix: 'ДЕЛО-7511-', start: 1, digits: 4, position: 'bottom-right', fontSize: 9 },
    chronology: [],
    notes: [],
    ...overrides,
  };
}

/** Everything the tests read back from a bundle with pdf.js. */
export interface ReadBack {
  pages: {
    /** Text items as pdf.js gives them (one per drawText of the generated pages). */
    items: { str: string; transform: number[] }[];
    text: string;
    view: number[];
    rotate: number;
    /** Destinations (0-based page index) of the page's link annotations, in order. */
    links: number[];
    /** Contents of the page's text (sticky note) annotations. */
    notes: string[];
    width: number;
    height: number;
  }[];
  outline: {
    title: string;
    page: number | null;
    children: { title: string; page: number | null }[];
  }[];
  /** Maps a point of user space on page `index` to the displayed page (origin top-left). */
  toDisplay: (index: number, x: number, y: number) => [number, number];
}

export async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
  });
  const pdf = await task.promise;
  try {
    const pageOf = async (dest: unknown): Promise<number | null> => {
      const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
      if (!Array.isArray(explicit)) return null;
      return pdf.getPageIndex(explicit[0] as { num: number; gen: number });
    };
    const pages: ReadBack['pages'] = [];
    const viewports: { convertToViewportPoint(x: number, y: number): number[] }[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items
        .filter((item): item is typeof item & { str: string; transform: number[] } => 'str' in item)
        .map((item) => ({ str: item.str, transform: item.transform }));
      const annotations = (await page.getAnnotations()) as {
        subtype: string;
        dest?: unknown;
        contentsObj?: { str: string };
      }[];
      const links: number[] = [];
      const notes = annotations
        .filter((annotation) => annotation.subtype === 'Text')
        .map((annotation) => annotation.contentsObj?.str ?? '');
      for (const annotation of annotations) {
        if (annotation.subtype !== 'Link') continue;
        links.push((await pageOf(annotation.dest)) ?? -1);
      }
      const viewport = page.getViewport({ scale: 1 });
      viewports.push(viewport);
      pages.push({
        items,
        text: items.map((item) => item.str).join('\n'),
        view: page.view,
        rotate: page.rotate,
        links,
        notes,
        width: viewport.width,
        height: viewport.height,
      });
    }
    const outline: ReadBack['outline'] = [];
    type OutlineNode = { title: string; dest: unknown; items: OutlineNode[] };
    const nodes = ((await pdf.getOutline()) ?? []) as OutlineNode[];
    for (const item of nodes) {
      const children: { title: string; page: number | null }[] = [];
      for (const child of item.items) {
        children.push({ title: child.title, page: await pageOf(child.dest) });
      }
      outline.push({ title: item.title, page: await pageOf(item.dest), children });
    }
    return {
      pages,
      outline,
      toDisplay: (index, x, y) => {
        const [u, v] = viewports[index]!.convertToViewportPoint(x, y);
        return [u!, v!];
      },
    };
  } finally {
    await task.destroy();
  }
}
