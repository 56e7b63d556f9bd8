import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../electron/core/dossier/bundle/buildBundle';
import { readBundleFonts, resolveFontDir } from '../../../electron/core/dossier/bundle/bundleFonts';
import { installPdfLibSpeedups } from '../../../electron/core/dossier/bundle/pdfLibSpeedups';
import { cyrillicPdf, englishPdf } from '../../fixtures/pdfFixtures';
import { longPdf } from '../../fixtures/viewerFixtures';
import { doc, onePagePdf, plan, rotatedPdf } from './bundleSupport';

/**
 * The speed-ups replace pdf-lib internals; everything here is computed once with pdf-lib as it
 * ships and once with the speed-ups installed (module state is per test file), and must agree.
 */

/** A PDF whose one stream has an indirect /Length, so pdf-lib searches for `endstream`. */
function indirectLengthPdf(body: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    `<< /Length 5 0 R >>\nstream\n${body}`,
    '7',
  ];
  let text = '%PDF-1.4\n';
  objects.forEach((object, index) => {
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  text += 'trailer\n<< /Root 1 0 R /Size 6 >>\n%%EOF\n';
  return Buffer.from(text, 'latin1');
}

const STREAM_BODIES: Record<string, string> = {
  'CR LF before endstream': 'BT (a) Tj ET\r\nendstream',
  'CR before endstream': 'BT (a) Tj ET\rendstream',
  'LF before endstream': 'BT (a) Tj ET\nendstream',
  'no end of line before endstream': 'BT (a) Tj ETendstream',
  'two end of lines before endstream': 'BT (a) Tj ET\n\r\nendstream',
  'a bare "stream" inside, closed twice': '(stream) Tj\nendstream\n(more)\nendstream',
  'a bare "stream" inside, closed once': '(stream) Tj\nendstream',
  'starts with "dstream"': 'dstream x\nendstream\nendstream',
  'never closed': 'BT (a) Tj ET\n',
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Tokens pdf-lib's name and number parsing must read the same way, in one dictionary. */
const TRICKY_TOKENS = [
  '/A#20B /Name/Next /N#2fslash /Empty# /Ünï /X 1',
  '/Ints [0 -0 007 +3 -12 2147483648 9007199254740991]',
  '/Reals [-.5 .25 1. 3.14159 -0.000001 +.7 12345678.9] /Dots [1.2.3]',
  '/Big 9007199254740993 /Refs [1 0 R 12 3 R] /Str (a) /Hex <41>',
].join(' ');
/** Objects pdf-lib cannot read (an empty name before a bracket, an exponent): same failure. */
const BAD_TOKENS = ['<< /Br /[ >>', '<< /E 0.1e2 >>', '[1 2 --3]'];

function trickyPdf(): Uint8Array {
  const text =
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200.5 300.25] >>\nendobj\n' +
    `4 0 obj\n<< ${TRICKY_TOKENS} >>\nendobj\n` +
    BAD_TOKENS.map((object, index) => `${index + 5} 0 obj\n${object}\nendobj\n`).join('') +
    `trailer\n<< /Root 1 0 R /Size ${BAD_TOKENS.length + 5} >>\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** The readable PDFs of ../shared/corpus, when it is there (the tests above need none). */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
function corpusPdfs(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  if (!fs.existsSync(path.join(CORPUS, 'MANIFEST.tsv'))) return files;
  for (const category of ['court', 'cyrillic', 'misc', 'malformed']) {
    const dir = path.join(CORPUS, category);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.pdf'))
      .sort()) {
      files.set(`${category}/${name}`, new Uint8Array(fs.readFileSync(path.join(dir, name))));
    }
  }
  return files;
}

/** Every indirect object: its number and text, a stream as its dictionary and bytes in hex. */
async function snapshot(bytes: Uint8Array): Promise<string[] | string> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
  return pdf.context
    .enumerateIndirectObjects()
    .map(([ref, object]) =>
      object instanceof PDFRawStream
        ? `${ref.toString()} ${object.dict.toString()} ${sha256(object.contents)}`
        : `${ref.toString()} ${object.toString()}`,
    );
}

/** Objects of a pdf-lib-written file as written: "N 0 obj" to "endobj". */
function writtenObjects(bytes: Uint8Array): Map<string, string> {
  const text = Buffer.from(bytes).toString('latin1');
  const objects = new Map<string, string>();
  for (const match of text.matchAll(/(\d+ \d+) obj\n([\s\S]*?)\nendobj/g)) {
    objects.set(match[1]!, match[2]!);
  }
  return objects;
}

/** Deflated streams compare by their inflated bytes (zlib and pako compress differently). */
function sameObject(a: string, b: string): boolean {
  if (a === b) return true;
  const split = (object: string) => {
    const at = object.indexOf('\nstream\n');
    return at < 0
      ? null
      : {
          dict: object.slice(0, at).replace(/\/Length \d+/, ''),
          body: object.slice(at + 8, object.lastIndexOf('\nendstream')),
        };
  };
  const [left, right] = [split(a), split(b)];
  if (!left || !right || left.dict !== right.dict || !left.dict.includes('/FlateDecode')) {
    return false;
  }
  const inflate = (body: string) => zlib.inflateSync(Buffer.from(body, 'latin1'));
  return inflate(left.body).equals(inflate(right.body));
}

async function sources(): Promise<Uint8Array[]> {
  return [
    await englishPdf(),
    await cyrillicPdf(),
    await rotatedPdf(),
    await onePagePdf('Page #1 (one)'),
    await longPdf(12),
    indirectLengthPdf(STREAM_BODIES['CR LF before endstream']!),
    indirectLengthPdf(STREAM_BODIES['a bare "stream" inside, closed twice']!),
  ];
}

async function bundleOf(files: Uint8Array[]): Promise<Uint8Array> {
  const output = await buildBundle(
    plan({
      sections: [
        { title: 'Раздел', documents: files.map((_, i) => doc(String(i), `Документ ${i}`)) },
      ],
    }),
    (index) => Promise.resolve(files[index]!),
    readBundleFonts(resolveFontDir()),
    () => undefined,
  );
  return output.bytes;
}

interface Results {
  snapshots: Map<string, string[] | string>;
  bundle: Uint8Array;
}

/** Everything parsed before and after: crafted cases, pdf-lib's own output, the corpus. */
async function parseInputs(): Promise<Map<string, Uint8Array>> {
  const inputs = new Map<string, Uint8Array>();
  for (const [name, body] of Object.entries(STREAM_BODIES)) {
    inputs.set(`stream: ${name}`, indirectLengthPdf(body));
  }
  inputs.set('names and numbers', trickyPdf());
  inputs.set('object and cross-reference streams (pdf-lib)', await englishPdf());
  for (const [name, bytes] of corpusPdfs()) inputs.set(`corpus: ${name}`, bytes);
  return inputs;
}
const before: Results = { snapshots: new Map(), bundle: new Uint8Array() };
const after: Results = { snapshots: new Map(), bundle: new Uint8Array() };

beforeAll(async () => {
  const files = await sources();
  const inputs = await parseInputs();
  for (const [name, bytes] of inputs) before.snapshots.set(name, await snapshot(bytes));
  before.bundle = await bundleOf(files);
  installPdfLibSpeedups();
  for (const [name, bytes] of inputs) after.snapshots.set(name, await snapshot(bytes));
  after.bundle = await bundleOf(files);
}, 180_000);

describe('pdf-lib speed-ups', () => {
  it.each(Object.keys(STREAM_BODIES))(
    'parses a stream with an indirect length as pdf-lib does: %s',
    (name) => {
      const expected = before.snapshots.get(`stream: ${name}`);
      expect(expected).toBeDefined();
      expect(after.snapshots.get(`stream: ${name}`)).toEqual(expected);
    },
  );

  it('reads names and numbers as pdf-lib does, and writes numbers the same', () => {
    const parsed = after.snapshots.get('names and numbers');
    expect(parsed).toEqual(before.snapshots.get('names and numbers'));
    const tricky = (parsed as string[]).find((line) => line.startsWith('4 0 R'));
    expect(tricky).toContain('/A#20B'); // written escaped again
    expect(tricky).toContain('-0.000001'); // never in exponent form
    expect(tricky).toContain('[ -0.5 0.25 1 3.14159 -0.000001 0.7 12345678.9 ]');
    expect(tricky).toContain('/Ints [ 0 0 7 3 -12 2147483648 9007199254740991 ]');
    const invalid = (parsed as string[]).filter((line) => line.includes('PDFInvalidObject'));
    expect(invalid).toHaveLength(BAD_TOKENS.length);
  });

  it('reads object and cross-reference streams as pdf-lib does', () => {
    const name = 'object and cross-reference streams (pdf-lib)';
    expect((before.snapshots.get(name) as string[]).length).toBeGreaterThan(5);
    expect(after.snapshots.get(name)).toEqual(before.snapshots.get(name));
  });

  const corpus = [...corpusPdfs().keys()];
  it.skipIf(corpus.length === 0)(
    'parses every PDF of ../shared/corpus to the same objects as pdf-lib (needs ../shared/corpus)',
    () => {
      const differing = corpus.filter(
        (name) =>
          JSON.stringify(after.snapshots.get(`corpus: ${name}`)) !==
          JSON.stringify(before.snapshots.get(`corpus: ${name}`)),
      );
      expect(corpus.length).toBeGreaterThan(10);
      expect(differing).toEqual([]);
    },
  );

  it('finds the end of the stream where the text says (a check on the cases themselves)', () => {
    const parsed = after.snapshots.get('stream: CR LF before endstream');
    expect(Array.isArray(parsed)).toBe(true);
    const stream = (parsed as string[]).find((line) => line.startsWith('4 0 R'));
    expect(stream).toContain(sha256(Buffer.from('BT (a) Tj ET', 'latin1')));
  });

  it('writes the same bundle, object for object, as pdf-lib without them', () => {
    const [left, right] = [writtenObjects(before.bundle), writtenObjects(after.bundle)];
    expect(left.size).toBeGreaterThan(50);
    expect([...right.keys()]).toEqual([...left.keys()]);
    const differing = [...left].filter(([key, object]) => !sameObject(object, right.get(key)!));
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('keeps the interning contracts: same value, same instance, same text', () => {
    expect(PDFNumber.of(42)).toBe(PDFNumber.of(42));
    expect(Object.is(PDFNumber.of(-0).asNumber(), -0)).toBe(true);
    expect(Object.is(PDFNumber.of(0).asNumber(), 0)).toBe(true);
    expect(PDFNumber.of(42).toString()).toBe('42');
    expect(PDFNumber.of(0.25).toString()).toBe('0.25');
    expect(PDFNumber.of(-3).asNumber()).toBe(-3);
    expect(PDFName.of('A#20B')).toBe(PDFName.of('A B'));
    expect(PDFName.of('A#20B').decodeText()).toBe('A B');
    expect(PDFRef.of(12, 0)).toBe(PDFRef.of(12));
    expect(PDFRef.of(12, 3).toString()).toBe('12 3 R');
    expect(PDFRef.of(2 ** 40, 0).objectNumber).toBe(2 ** 40);
  });
});
