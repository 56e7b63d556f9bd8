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
        ? `${ref.toString()} ${object.dict.toString()} ${Buffer.from(object.contents).toString('hex')}`
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
const before: Results = { snapshots: new Map(), bundle: new Uint8Array() };
const after: Results = { snapshots: new Map(), bundle: new Uint8Array() };

beforeAll(async () => {
  const files = await sources();
  for (const [name, body] of Object.entries(STREAM_BODIES)) {
    before.snapshots.set(name, await snapshot(indirectLengthPdf(body)));
  }
  before.bundle = await bundleOf(files);
  installPdfLibSpeedups();
  for (const [name, body] of Object.entries(STREAM_BODIES)) {
    after.snapshots.set(name, await snapshot(indirectLengthPdf(body)));
  }
  after.bundle = await bundleOf(files);
}, 60_000);

describe('pdf-lib speed-ups', () => {
  it.each(Object.keys(STREAM_BODIES))(
    'parses a stream with an indirect length as pdf-lib does: %s',
    (name) => {
      const expected = before.snapshots.get(name);
      expect(expected).toBeDefined();
      expect(after.snapshots.get(name)).toEqual(expected);
    },
  );

  it('finds the end of the stream where the text says (a check on the cases themselves)', () => {
    const parsed = after.snapshots.get('CR LF before endstream');
    expect(Array.isArray(parsed)).toBe(true);
    const stream = (parsed as string[]).find((line) => line.startsWith('4 0 R'));
    expect(stream).toContain(Buffer.from('BT (a) Tj ET', 'latin1').toString('hex'));
    expect(stream).not.toContain(Buffer.from('ET\r', 'latin1').toString('hex'));
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
