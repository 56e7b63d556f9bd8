import zlib from 'node:zlib';
import { PDFName, PDFNumber, PDFObjectParser, PDFParser, type PDFRawStream, PDFRef } from 'pdf-lib';

/**
 * pdf-lib's parser, made faster where a dossier export spends its time (see pdfLibSpeedups.ts
 * for why patching is safe here). Each replacement gives the same objects and leaves the parser
 * at the same offset as the original, and hands anything unusual (a number too large, a stream
 * zlib refuses, an unclosed stream) to the original code so errors and warnings stay pdf-lib's:
 * - Names and numbers were built a character at a time through three calls per byte.
 * - Every number built a new PDFNumber and formatted its string with a regular expression's
 *   worth of work; names were re-decoded and references re-keyed by string on every occurrence.
 * - A stream whose /Length is indirect was scanned for `endstream` one byte at a time.
 * - Stream contents were copied out of the file when parsed (now views of it; the bundle keeps
 *   only the streams its pages use, and the file until it is written).
 * - Object streams (where most objects of a modern PDF are) were inflated in JavaScript.
 * The parser's line and column (used only in its error messages) still count newlines.
 */

interface ByteStreamInternals {
  bytes: Uint8Array;
  idx: number;
  length: number;
  column: number;
}

interface ParserInternals {
  bytes: ByteStreamInternals;
}

type ByteStreamClass = {
  of(bytes: Uint8Array): unknown;
  fromPDFRawStream(stream: PDFRawStream): unknown;
  prototype: {
    slice(this: ByteStreamInternals, start: number, end: number): Uint8Array;
    assertNext(this: ByteStreamInternals, byte: number): number;
  };
};

export function installParseSpeedups(): void {
  const probe = PDFParser.forBytesWithOptions(new Uint8Array(0)) as unknown as {
    bytes: { constructor: ByteStreamClass };
  };
  const ByteStream = probe.bytes.constructor;
  ByteStream.prototype.slice = function slice(start, end) {
    return this.bytes.subarray(start, end);
  };
  fastEndOfStream();
  nativeInflate(ByteStream);
  fastNamesAndNumbers();
  internedNumbers();
  internedNames();
  numericRefKeys();
}

// Read once: a bundler's or pdf-lib's own export getters cost a call on every use.
const Name = PDFName;
const Numbers = PDFNumber;

const DIGIT = new Uint8Array(256);
const NUMERIC = new Uint8Array(256);
const NAME_END = new Uint8Array(256);
for (let code = 0x30; code <= 0x39; code += 1) DIGIT[code] = NUMERIC[code] = 1;
for (const char of '.+-') NUMERIC[char.charCodeAt(0)] = 1;
// pdf-lib's whitespace and delimiters.
for (const code of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) NAME_END[code] = 1;
for (const char of '()<>[]{}/%') NAME_END[char.charCodeAt(0)] = 1;
const PERIOD = 0x2e;
const SLASH = 0x2f;

/** Bytes as pdf-lib reads them: one character per byte (charFromCode). */
const views = new WeakMap<Uint8Array, Buffer>();
function latin1(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 16) {
    let text = '';
    for (let index = start; index < end; index += 1) text += String.fromCharCode(bytes[index]!);
    return text;
  }
  let view = views.get(bytes);
  if (!view) {
    view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    views.set(bytes, view);
  }
  return view.toString('latin1', start, end);
}

function fastNamesAndNumbers(): void {
  const parser = PDFObjectParser.prototype as unknown as Record<string, unknown>;
  const originalNumber = parser['parseRawNumber'] as (this: ParserInternals) => number;
  const originalInt = parser['parseRawInt'] as (this: ParserInternals) => number;
  const originalName = parser['parseName'] as (this: ParserInternals) => PDFName;

  parser['parseName'] = function parseName(this: ParserInternals): PDFName {
    const stream = this.bytes;
    if (stream.bytes[stream.idx] !== SLASH || stream.idx >= stream.length) {
      return originalName.call(this); // throws pdf-lib's error
    }
    const start = stream.idx + 1;
    let end = start;
    while (end < stream.length && !NAME_END[stream.bytes[end]!]) end += 1;
    stream.idx = end;
    stream.column += end - start + 1;
    return Name.of(latin1(stream.bytes, start, end));
  };

  parser['parseRawNumber'] = function parseRawNumber(this: ParserInternals): number {
    const stream = this.bytes;
    const { bytes, length } = stream;
    const start = stream.idx;
    let end = start;
    // The leading part (+ - . digits) up to and with a period, then digits.
    while (end < length) {
      const byte = bytes[end]!;
      if (!NUMERIC[byte]) break;
      end += 1;
      if (byte === PERIOD) break;
    }
    while (end < length && DIGIT[bytes[end]!]) end += 1;
    const text = latin1(bytes, start, end);
    const value = Number(text);
    if (!text || !Number.isFinite(value) || value > Number.MAX_SAFE_INTEGER) {
      return originalNumber.call(this); // its error, or its warning and cap
    }
    stream.idx = end;
    stream.column += end - start;
    return value;
  };

  parser['parseRawInt'] = function parseRawInt(this: ParserInternals): number {
    const stream = this.bytes;
    const { bytes, length } = stream;
    const start = stream.idx;
    let end = start;
    while (end < length && DIGIT[bytes[end]!]) end += 1;
    const text = latin1(bytes, start, end);
    const value = Number(text);
    if (!text || !Number.isFinite(value)) return originalInt.call(this);
    stream.idx = end;
    stream.column += end - start;
    return value;
  };
}

/**
 * PDFNumber has no setters, so one instance per integer is safe to share; any other number gets
 * its text from String() unless that is in exponent form, which pdf-lib spells out.
 */
function internedNumbers(): void {
  const original = PDFNumber.of;
  const pool = new Map<number, PDFNumber>();
  const prototype = Numbers.prototype;
  const make = (value: number): PDFNumber => {
    const text = String(value);
    if (text.includes('e')) return original(value);
    const number = Object.create(prototype) as { numberValue: number; stringValue: string };
    number.numberValue = value;
    number.stringValue = text;
    return number as unknown as PDFNumber;
  };
  PDFNumber.of = (value: number) => {
    // -0 is its own number (a Map would take it for 0).
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) return make(value);
    let number = pool.get(value);
    if (!number) {
      number = make(value);
      pool.set(value, number);
    }
    return number;
  };
}

const NEWLINE = 0x0a;
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

const FLATE = PDFName.of('FlateDecode');
const FILTER = PDFName.of('Filter');
const DECODE_PARMS = PDFName.of('DecodeParms');

/**
 * Object and cross-reference streams are read through ByteStream.fromPDFRawStream; a plain
 * /FlateDecode one (no predictor) is inflated by Node's zlib. Anything else, or a stream zlib
 * refuses (pdf-lib's own inflater is more forgiving of a damaged end), goes the original way.
 */
function nativeInflate(ByteStream: ByteStreamClass): void {
  const original = ByteStream.fromPDFRawStream.bind(ByteStream);
  ByteStream.fromPDFRawStream = (stream: PDFRawStream) => {
    const { dict } = stream;
    if (dict.get(FILTER) === FLATE && dict.get(DECODE_PARMS) === undefined) {
      try {
        const inflated = zlib.inflateSync(stream.contents);
        return ByteStream.of(new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length));
      } catch {
        // Damaged: pdf-lib's inflater recovers what it can.
      }
    }
    return original(stream);
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
