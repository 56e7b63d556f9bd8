import { PDFArray, PDFDict, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

export type RefMap = (ref: PDFRef) => PDFRef | undefined;

/**
 * Replaces, in place, every reference inside the objects given — through their direct
 * dictionaries and arrays and a stream's dictionary — for which `map` gives another one. Used to
 * renumber the objects the second bundle worker built so they follow the first worker's, and to
 * point the first worker's links and outline at them.
 *
 * One rewrite per pass and container: pdf-lib lets objects share a direct array or dictionary
 * (a page's /Contents, a /MediaBox), and renumbering one twice would shift it twice.
 */
export function createRefRewriter(map: RefMap): (object: PDFObject) => void {
  const seen = new WeakSet<PDFDict | PDFArray>();
  const rewrite = (object: PDFObject): void => {
    if (object instanceof PDFStream) {
      rewrite(object.dict);
      return;
    }
    if (!(object instanceof PDFDict) && !(object instanceof PDFArray)) return;
    if (seen.has(object)) return;
    seen.add(object);
    if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        if (value instanceof PDFRef) {
          const next = map(value);
          if (next) object.set(key, next);
        } else rewrite(value);
      }
      return;
    }
    for (let index = 0; index < object.size(); index += 1) {
      const value = object.get(index);
      if (value instanceof PDFRef) {
        const next = map(value);
        if (next) object.set(index, next);
      } else rewrite(value);
    }
  };
  return rewrite;
}
