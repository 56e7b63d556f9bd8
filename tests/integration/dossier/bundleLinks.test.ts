import { PDFArray, PDFDocument, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../electron/core/dossier/bundle/buildBundle';
import { readBundleFonts, resolveFontDir } from '../../../electron/core/dossier/bundle/bundleFonts';
import { doc, plan, readBack } from './bundleSupport';

/** Three pages; the first links to the third ("see page 3"), as a cross-referenced brief does. */
async function briefWithInternalLink(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = [1, 2, 3].map((number) => {
    const page = pdf.addPage([595, 842]);
    page.drawText(`Brief page ${number}`, { x: 60, y: 760, size: 14, font });
    return page;
  });
  const link = pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [60, 700, 260, 720],
    Border: [0, 0, 0],
    Dest: [pages[2]!.ref, 'XYZ', null, null, null],
  });
  pages[0]!.node.set(PDFName.of('Annots'), pdf.context.obj([pdf.context.register(link)]));
  return pdf.save();
}

describe('links inside a document', () => {
  it('still land on the same page of that document in the bundle', async () => {
    const brief = await briefWithInternalLink();
    const output = await buildBundle(
      plan({
        sections: [{ title: '', documents: [doc('a', 'Заявление'), doc('b', 'Жалоба')] }],
      }),
      () => Promise.resolve(brief),
      readBundleFonts(resolveFontDir()),
      () => undefined,
    );
    const read = await readBack(output.bytes);
    // Cover and inventory first, then the brief twice: each copy's link goes to its own page 3.
    const firstOfA = output.entries[0]!.firstPage! - 1;
    const firstOfB = output.entries[1]!.firstPage! - 1;
    expect(read.pages).toHaveLength(firstOfA + 6);
    expect(read.pages[firstOfA]!.text).toContain('Brief page 1');
    expect(read.pages[firstOfA]!.links).toContain(firstOfA + 2);
    expect(read.pages[firstOfB]!.links).toContain(firstOfB + 2);
    expect(read.pages[firstOfA + 2]!.text).toContain('Brief page 3');
  });
});

/** One page listed twice in the page tree (Kids [p p], Count 2): two pages for every reader. */
async function pageListedTwice(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('Twice listed', { x: 60, y: 760, size: 14, font });
  const root = pdf.catalog.Pages();
  root.lookup(PDFName.of('Kids'), PDFArray).push(page.ref);
  root.set(PDFName.of('Count'), PDFNumber.of(2));
  return pdf.save({ useObjectStreams: false });
}

describe('a page listed twice in its page tree', () => {
  it('is two pages in the bundle, each with its own stamp', async () => {
    const bytes = await pageListedTwice();
    const output = await buildBundle(
      plan({ sections: [{ title: '', documents: [doc('a', 'Протокол')] }] }),
      () => Promise.resolve(bytes),
      readBundleFonts(resolveFontDir()),
      () => undefined,
    );
    const first = output.entries[0]!.firstPage! - 1;
    expect(output.entries[0]!.lastPage! - 1).toBe(first + 1);
    const read = await readBack(output.bytes);
    const stamps = (index: number) => read.pages[index]!.text.match(/ДЕЛО-7511-\d{4}/g);
    expect(stamps(first)).toEqual([`ДЕЛО-7511-${String(first + 1).padStart(4, '0')}`]);
    expect(stamps(first + 1)).toEqual([`ДЕЛО-7511-${String(first + 2).padStart(4, '0')}`]);
    expect(read.pages[first + 1]!.text).toContain('Twice listed');
  });
});
