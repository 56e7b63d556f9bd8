import zlib from 'node:zlib';
import {
  PDFContext,
  PDFDict,
  PDFFlateStream,
  type PDFName,
  PDFPageLeaf,
  PDFPageTree,
  type PDFRef,
  PDFStream,
} from 'pdf-lib';
import { installParseSpeedups } from './pdfLibParseSpeedups';

/**
 * Faster versions of the pdf-lib internals a dossier export spends its time in, installed once in
 * the bundle worker. pdf-lib 1.17.1 is pinned and no longer released, so these internals will not
 * move under us; each replacement produces the same objects and bytes as the original (flate
 * output aside: Node's zlib instead of pako, same format), which pdfLibSpeedups.test.ts checks
 * against the originals. Measured on the export benchmark: see the README.
 *
 * Writing (here):
 * - Every stream's bytes were copied into the output one byte at a time.
 * - Writing a dictionary copied its entries into a new array, twice (once to size it).
 * - Flate compression (font subsets, the generated pages' content) ran in JavaScript.
 * - Appending a page walked every page already in the tree (a thousand-page bundle: half a
 *   million look-ups).
 * Reading: see pdfLibParseSpeedups.ts.
 */

let installed = false;

export function installPdfLibSpeedups(): void {
  if (installed) return;
  installed = true;
  fastStreamBytes();
  fastDictBytes();
  nativeFlate();
  fastAppendPage();
  installParseSpeedups();
}

const NEWLINE = 0x0a;
const STREAM_OPEN = Buffer.from('\nstream\n', 'latin1');
const STREAM_CLOSE = Buffer.from('\nendstream', 'latin1');

function fastStreamBytes(): void {
  PDFStream.prototype.copyBytesInto = function copyBytesInto(
    this: PDFStream,
    buffer: Uint8Array,
    offset: number,
  ): number {
    this.updateDict();
    const initialOffset = offset;
    offset += this.dict.copyBytesInto(buffer, offset);
    buffer.set(STREAM_OPEN, offset);
    offset += STREAM_OPEN.length;
    const contents = this.getContents();
    buffer.set(contents, offset);
    offset += contents.length;
    buffer.set(STREAM_CLOSE, offset);
    offset += STREAM_CLOSE.length;
    return offset - initialOffset;
  };
}

const LESS_LESS_NEWLINE = Buffer.from('<<\n', 'latin1');
const SPACE = 0x20;
const GREATER = 0x3e;

function fastDictBytes(): void {
  type Entries = { dict: Map<PDFName, { sizeInBytes(): number } & PDFDict> };
  PDFDict.prototype.sizeInBytes = function sizeInBytes(this: Entries): number {
    let size = 5;
    for (const [key, value] of this.dict) size += key.sizeInBytes() + value.sizeInBytes() + 2;
    return size;
  };
  PDFDict.prototype.copyBytesInto = function copyBytesInto(
    this: Entries,
    buffer: Uint8Array,
    offset: number,
  ): number {
    const initialOffset = offset;
    buffer.set(LESS_LESS_NEWLINE, offset);
    offset += LESS_LESS_NEWLINE.length;
    for (const [key, value] of this.dict) {
      offset += key.copyBytesInto(buffer, offset);
      buffer[offset++] = SPACE;
      offset += value.copyBytesInto(buffer, offset);
      buffer[offset++] = NEWLINE;
    }
    buffer[offset++] = GREATER;
    buffer[offset++] = GREATER;
    return offset - initialOffset;
  };
}

interface FlateInternals {
  encode: boolean;
  contentsCache: { value: Uint8Array | undefined };
  getUnencodedContents(): Uint8Array;
}

function nativeFlate(): void {
  // Content streams pdf-lib draws (cover, inventory) are compressed when the file is written.
  const flate = PDFFlateStream.prototype as unknown as {
    getContents(this: FlateInternals): Uint8Array;
    getContentsSize(this: FlateInternals): number;
  };
  flate.getContents = function getContents() {
    const cache = this.contentsCache;
    if (!cache.value) {
      const raw = this.getUnencodedContents();
      cache.value = this.encode ? deflate(raw) : raw;
    }
    return cache.value;
  };
  flate.getContentsSize = function getContentsSize() {
    return flate.getContents.call(this).length;
  };
  PDFContext.prototype.flateStream = function flateStream(
    this: PDFContext,
    contents: string | Uint8Array,
    dict = {},
  ) {
    const input = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
    return this.stream(deflate(input), {
      ...dict,
      Filter: 'FlateDecode',
    });
  };
}

function deflate(bytes: Uint8Array): Uint8Array {
  const deflated = zlib.deflateSync(bytes);
  return new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.length);
}

/**
 * Appending to a page tree node whose kids are one page each and end with a page (the bundle's
 * root, built by appending) goes straight to the end, where pdf-lib's walk would arrive.
 */
function fastAppendPage(): void {
  const tree = PDFPageTree.prototype as unknown as {
    insertLeafNode: (this: PDFPageTree, leaf: PDFRef, index: number) => PDFRef | undefined;
    insertLeafKid: (this: PDFPageTree, index: number, leaf: PDFRef) => void;
  };
  const original = tree.insertLeafNode;
  tree.insertLeafNode = function insertLeafNode(leaf, index) {
    const kids = this.Kids();
    const count = this.Count().asNumber();
    const size = kids.size();
    if (index === count && size === count && size > 0) {
      const last = this.context.lookup(kids.get(size - 1));
      if (last instanceof PDFPageLeaf) {
        tree.insertLeafKid.call(this, size, leaf);
        return undefined;
      }
    }
    return original.call(this, leaf, index);
  };
}
