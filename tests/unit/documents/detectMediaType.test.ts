import { describe, expect, it } from 'vitest';
import { detectMediaType } from '../../../electron/core/documents/detectMediaType';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
    ),
  );

const PDF_BODY = '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';

describe('detectMediaType judges by content, never by name', () => {
  const cases: [string, Uint8Array, ReturnType<typeof detectMediaType>][] = [
    ['a PDF', bytes(PDF_BODY), 'application/pdf'],
    ['a PDF after a CRLF', bytes('\r\n', PDF_BODY), 'application/pdf'],
    ['a PDF after a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], PDF_BODY), 'application/pdf'],
    ['a PDF after a mail header', bytes('X-Court-Mailer: 1\r\n\r\n', PDF_BODY), 'application/pdf'],
    [
      'a PDF after 1000 bytes of junk',
      bytes([...Array<number>(1000).fill(0)], PDF_BODY),
      'application/pdf',
    ],
    [
      'junk longer than 1024 bytes before %PDF-',
      bytes([...Array<number>(1030).fill(0)], PDF_BODY),
      null,
    ],
    ['%PDF- without a version digit', bytes('%PDF-x'), 'text/plain'],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    [
      'a PNG',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'),
      'image/png',
    ],
    ['a little-endian TIFF', bytes('II*\0', [8, 0, 0, 0]), 'image/tiff'],
    ['a big-endian TIFF', bytes('MM\0*', [0, 0, 0, 8]), 'image/tiff'],
    ['a WordPerfect file named .pdf', bytes([0xff, 0x57, 0x50, 0x43, 0x10, 0, 0, 0]), null],
    ['a ZIP (docx) named .pdf', bytes('PK\x03\x04\x14\0\x06\0', 'word/document.xml'), null],
    [
      'an HTML error page named .pdf',
      bytes('<!DOCTYPE html>\n<html><body>404</body></html>'),
      null,
    ],
    [
      'an HTML page with leading blank lines',
      bytes('\r\n\r\n<html lang="ru"><p>Ошибка</p></html>'),
      null,
    ],
    ['XML', bytes('<?xml version="1.0"?><a/>'), null],
    ['RTF', bytes('{\\rtf1\\ansi Hello}'), null],
    ['empty', new Uint8Array(0), 'empty'],
    [
      'UTF-8 Russian text',
      Buffer.from('Приговор\r\nименем Республики Казахстан\n', 'utf8'),
      'text/plain',
    ],
    [
      'UTF-8 Kazakh text with a BOM',
      Buffer.from('\uFEFFҚазақстан Республикасының атынан', 'utf8'),
      'text/plain',
    ],
    ['Latin-1 bytes', bytes('Caf\xE9 r\xE9sum\xE9 na\xEFve'), null],
    ['Windows-1251 Russian', bytes([0xcf, 0xf0, 0xe8, 0xe3, 0xee, 0xe2, 0xee, 0xf0]), null],
    ['UTF-16 text (NUL bytes)', Buffer.from('Приговор', 'utf16le'), null],
    ['UTF-8 with a NUL', bytes('text\0more'), null],
    ['valid UTF-8 full of control characters', bytes('ab\x01\x02\x03\x04\x05cd'), null],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(detectMediaType(input)).toBe(expected);
  });

  it('reads a view into a larger buffer at its own offset', () => {
    const backing = bytes('garbage-', PDF_BODY);
    expect(detectMediaType(backing.subarray(8))).toBe('application/pdf');
    expect(detectMediaType(new Uint8Array(backing.buffer, backing.byteOffset, 4))).toBe(
      'text/plain',
    );
  });
});
