import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFPage,
  PDFPageLeaf,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

/**
 * Every page of `source` moved into `out`, with what it uses: each object the pages reach is
 * given a number in `out` and its references rewritten in place, where pdf-lib's copyPages would
 * clone it (a second dictionary, array and stream of every object, then garbage). `source` is
 * spent afterwards and must not be used again.
 *
 * As copyPages does, a page takes the attributes it inherits (resources, boxes, rotation) from
 * its page tree and loses its /Parent, so the source's page tree is not pulled in. Unlike
 * copyPages, a page is one object whoever reaches it: a link from one page of a document to
 * another lands on that page in the bundle, not on an orphan copy of it.
 */
export function adoptPages(out: PDFDocument, source: PDFDocument): PDFPage[] {
  const adopter = new Adopter(source.context, out.context);
  const pages = source.getPages();
  // Every page takes what it inherits while the source's page tree is still whole: a link may
  // reach a page tree node before its pages, and an adopted node resolves in `out`.
  for (const page of pages) detach(page.node);
  const seen = new Set<PDFRef>();
  try {
    return pages.map((page) => {
      let ref = adopter.adoptRef(page.ref);
      // A page listed twice in its tree is two pages, as with copyPages: a second leaf whose
      // direct values are its own (the stamp is added to its /Contents array).
      if (seen.has(ref)) ref = out.context.register(cloneDirect(out.context.lookup(ref)!));
      seen.add(ref);
      return PDFPage.of(out.context.lookup(ref) as PDFPageLeaf, ref, out);
    });
  } catch (error) {
    // Nothing of a document left out may stay in the bundle's file, even unreferenced.
    for (const ref of adopter.assigned()) out.context.delete(ref);
    throw error;
  }
}

const PARENT = PDFName.of('Parent');
// Read once: a bundler's or pdf-lib's own export getters cost a call on every use.
const [Ref, PageLeaf, Dict, ArrayObject, Stream] = [
  PDFRef,
  PDFPageLeaf,
  PDFDict,
  PDFArray,
  PDFStream,
];

class Adopter {
  private readonly refs = new Map<PDFRef, PDFRef>();
  /** Direct dictionaries, arrays and streams already rewritten (one may be shared by pages). */
  private readonly adopted = new Set<PDFObject>();

  constructor(
    private readonly src: PDFContext,
    private readonly dest: PDFContext,
  ) {}

  /** The numbers given in `out` so far. */
  assigned(): PDFRef[] {
    return [...this.refs.values()];
  }

  adoptRef(ref: PDFRef): PDFRef {
    let moved = this.refs.get(ref);
    if (moved) return moved;
    moved = this.dest.nextRef();
    // Mapped before its object is followed: references back to it (cycles) find it.
    this.refs.set(ref, moved);
    const object = this.src.lookup(ref);
    if (object) this.dest.assign(moved, this.adopt(object));
    return moved;
  }

  private adopt(object: PDFObject): PDFObject {
    if (object instanceof Ref) return this.adoptRef(object);
    if (this.adopted.has(object)) return object;
    if (object instanceof PageLeaf) {
      this.adopted.add(object);
      detach(object);
      this.adoptEntries(object);
    } else if (object instanceof Dict) {
      this.adopted.add(object);
      this.adoptEntries(object);
    } else if (object instanceof ArrayObject) {
      this.adopted.add(object);
      moveToContext(object, this.dest);
      const items = (object as unknown as { array: PDFObject[] }).array;
      for (let index = 0; index < items.length; index += 1)
        items[index] = this.adopt(items[index]!);
    } else if (object instanceof Stream) {
      this.adopted.add(object);
      this.adoptEntries(object.dict);
    }
    // Names, numbers, strings, booleans and null carry no reference and no context.
    return object;
  }

  private adoptEntries(dict: PDFDict): void {
    moveToContext(dict, this.dest);
    const entries = (dict as unknown as { dict: Map<PDFName, PDFObject> }).dict;
    for (const [key, value] of entries) {
      const moved = this.adopt(value);
      if (moved !== value) entries.set(key, moved);
    }
  }
}

/** A page takes what it inherits from its page tree, then leaves it. Idempotent. */
function detach(page: PDFPageLeaf): void {
  if (!page.has(PARENT)) return;
  for (const name of PDFPageLeaf.InheritableEntries) {
    const key = PDFName.of(name);
    const value = page.getInheritableAttribute(key);
    if (!page.get(key) && value) page.set(key, value);
  }
  page.delete(PARENT);
}

/** A copy of a dictionary and the dictionaries and arrays in it; references stay shared. */
function cloneDirect(object: PDFObject): PDFObject {
  if (object instanceof Dict) {
    const copy = object.clone(undefined);
    for (const [key, value] of object.entries()) copy.set(key, cloneDirect(value));
    return copy;
  }
  if (object instanceof ArrayObject) {
    const copy = object.clone(undefined);
    const array = object;
    for (let index = 0; index < array.size(); index += 1) {
      copy.set(index, cloneDirect(array.get(index)));
    }
    return copy;
  }
  return object;
}

/** Dictionaries and arrays resolve references through the context they belong to. */
function moveToContext(container: PDFDict | PDFArray, context: PDFContext): void {
  (container as unknown as { context: PDFContext }).context = context;
}
