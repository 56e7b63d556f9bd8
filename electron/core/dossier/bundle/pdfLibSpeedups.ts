import zlib from 'node:zlib';
import {
  PDFContext,
  PDFDict,
  PDFFlateStream,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFStream,
} from 'pdf-lib';

/**
 * Faster versions of the pdf-lib internals a dossier export spends its time in, installed once in
 * the bundle worker. pdf-lib 1.17.1 is pinned and no longer released, so these internals will not
 * move under us; each replacement produces the same objects and bytes as the original (flate
 * output aside: Node's zlib instead of pako, same format), which pdfLibSpeedups.test.ts checks
 * against the originals. Measured on the export benchmark: see the README.
 *
 * - Every stream's bytes were copied into the output one byte at a time.
 * - A stream whose /Length is indirect was scanned for `endstream` one byte at a time.
 * - Every parsed integer built a new PDFNumber and formatted its string; names were re-decoded
 *   and references re-keyed by string on every occurrence.
 * - Writing a dictionary copied its entries into a new array, twice (once to size it).
 * - Stream contents were copied twice (when parsed, then when copied into the bundle).
 * - Flate compression (font subsets, the generated pages' content) ran in JavaScript.
 */

let installed = false;

export function installPdfLibSpeedups(): void {
  if (installed) return;
  installed = true;
  fastStreamBytes();
  fastDictBytes();
  fastEndOfStream();
  internedNumbers();
  internedNames();
  numericRefKeys();
  nativeFlate();
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
  // The parser's slice stays a view of the file's bytes; copying a stream into the bundle (clone)
  // makes the one copy that outlives the source document.
  const probe = PDFParser.forBytesWithOptions(new Uint8Array(0)) as unknown as {
    bytes: { bytes: Uint8Array };
  };
  const byteStream = Object.getPrototypeOf(probe.bytes) as {
    slice(this: { bytes: Uint8Array }, start: number, end: number): Uint8Array;
  };
  byteStream.slice = function slice(start, end) {
    return this.bytes.subarray(start, end);
  };
  PDFRawStream.prototype.clone = function clone(this: PDFRawStream, context?: PDFContext) {
    return PDFRawStream.of(this.dict.clone(context), this.contents.slice());
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

interface ParserInternals {
  bytes: { bytes: Uint8Array; idx: number; length: number };
}

const STREAM = Buffer.from('stream', 'latin1');
const END = Buffer.from('end', 'latin1');
const CR = 0x0d;

/**
 * pdf-lib's fallback, found with indexOf: the first `endstream` (a bare `stream` before it opens a
 * nested one, as pdf-lib counts them), its end put before a preceding \r\n, \r or \n that lies
 * after the search start, and the parser left just after the keyword. Throws as pdf-lib does.
 */
function fastEndOfStream(): void {
  const parser = PDFObjectParser.prototype as unknown as Record<string, unknown>;
  const original = parser['findEndOfStreamFallback'] as (
    this: ParserInternals,
    s: unknown,
  ) => number;
  parser['findEndOfStreamFallback'] = function findEndOfStreamFallback(
    this: ParserInternals,
    startPos: unknown,
  ): number {
    const stream = this.bytes;
    const bytes = Buffer.from(stream.bytes.buffer, stream.bytes.byteOffset, stream.length);
    let cursor = stream.idx;
    let nesting = 1;
    for (;;) {
      const at = bytes.indexOf(STREAM, cursor);
      if (at < 0) {
        // Not closed: let pdf-lib walk to the end and throw its own parsing error.
        return original.call(this, startPos);
      }
      const keyword = at - END.length;
      const closes = keyword >= cursor && bytes.compare(END, 0, END.length, keyword, at) === 0;
      if (!closes) {
        nesting += 1;
        cursor = at + STREAM.length;
        continue;
      }
      nesting -= 1;
      if (nesting === 0) {
        let end = keyword;
        if (end - 1 >= cursor && bytes[end - 1] === NEWLINE) end -= 1;
        if (end - 1 >= cursor && bytes[end - 1] === CR) end -= 1;
        stream.idx = at + STREAM.length;
        return end;
      }
      cursor = at + STREAM.length;
    }
  };
}

/** PDFNumber has no setters: one instance per integer value is safe to share. */
function internedNumbers(): void {
  const original = PDFNumber.of;
  const pool = new Map<number, PDFNumber>();
  PDFNumber.of = (value: number) => {
    if (!Number.isSafeInteger(value)) return original(value);
    let number = pool.get(value);
    if (!number) {
      number = original(value);
      pool.set(value, number);
    }
    return number;
  };
}

/** PDFName.of interns by decoded value; this skips the decoding for a name seen before. */
function internedNames(): void {
  const original = PDFName.of;
  const pool = new Map<string, PDFName>();
  PDFName.of = (name: string) => {
    let instance = pool.get(name);
    if (!instance) {
      instance = original(name);
      pool.set(name, instance);
    }
    return instance;
  };
}

/** PDFRef.of interns by a "n g R" string; this keys the same instances by number. */
function numericRefKeys(): void {
  const original = PDFRef.of;
  const pool = new Map<number, PDFRef>();
  PDFRef.of = (objectNumber: number, generationNumber = 0) => {
    if (
      !Number.isInteger(objectNumber) ||
      objectNumber < 0 ||
      objectNumber >= 2 ** 36 ||
      !Number.isInteger(generationNumber) ||
      generationNumber < 0 ||
      generationNumber > 0xffff
    ) {
      return original(objectNumber, generationNumber);
    }
    const key = objectNumber * 0x10000 + generationNumber;
    let ref = pool.get(key);
    if (!ref) {
      ref = original(objectNumber, generationNumber);
      pool.set(key, ref);
    }
    return ref;
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
