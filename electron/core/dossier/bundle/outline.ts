import {
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFDict,
  type PDFDocument,
  type PDFRef,
} from 'pdf-lib';

/**
 * The PDF outline (bookmarks), written by hand: pdf-lib has no API for it. Each item is a
 * dictionary linked to its parent and siblings (First/Last/Next/Prev/Parent) with a /Dest to a
 * page; /Count is the number of visible descendants (all items open).
 */

export interface OutlineItem {
  title: string;
  /** The page to open; null for a section without a document in the bundle. */
  destination: PDFRef | null;
  children: OutlineItem[];
}

export function writeOutline(out: PDFDocument, items: OutlineItem[]): void {
  if (items.length === 0) return;
  const context = out.context;
  const rootRef = context.nextRef();
  const root = context.obj({ Type: 'Outlines' });
  const count = linkChildren(out, rootRef, root, items);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  context.assign(rootRef, root);
  out.catalog.set(PDFName.of('Outlines'), rootRef);
  out.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Writes the children of `parent`; returns how many items are visible below it. */
function linkChildren(
  out: PDFDocument,
  parentRef: PDFRef,
  parent: PDFDict,
  items: OutlineItem[],
): number {
  const context = out.context;
  const refs = items.map(() => context.nextRef());
  let visible = 0;
  items.forEach((item, index) => {
    const dict = context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), parentRef);
    if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]!);
    if (index < items.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]!);
    if (item.destination) {
      dict.set(PDFName.of('Dest'), context.obj([item.destination, PDFName.of('Fit')]));
    }
    if (item.children.length > 0) {
      const below = linkChildren(out, refs[index]!, dict, item.children);
      dict.set(PDFName.of('Count'), PDFNumber.of(below));
      visible += below;
    }
    context.assign(refs[index]!, dict);
    visible += 1;
  });
  parent.set(PDFName.of('First'), refs[0]!);
  parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
  return visible;
}
