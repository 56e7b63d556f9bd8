import { describe, expect, it } from 'vitest';
import {
  createUniqueNames,
  MAX_NAME_BYTES,
  safeFileName,
  safeOriginalName,
  suggestedDossierName,
} from '../../../electron/core/dossier/fileNames';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** What a safe name must never hold, whatever it was made from. */
function expectSafe(name: string): void {
  expect(name).not.toMatch(/[/\\:*?"<>|]/);
  expect(name).not.toContain('..');
  // eslint-disable-next-line no-control-regex -- control characters are what must be absent
  expect(name).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  expect(name).not.toMatch(/^[.\s-]|[.\s]$/);
  expect(name.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(name.length).toBeGreaterThan(0);
}

describe('dossier file names', () => {
  it('turns path traversal into a plain name', () => {
    const name = safeFileName('../../etc/passwd');
    expectSafe(name);
    expect(name).toBe('etc_passwd');
    expectSafe(safeFileName('..\\..\\Windows\\system32\\config'));
    expect(safeFileName('..')).toBe('document');
    expect(safeFileName('/')).toBe('document');
  });

  it('drops drive letters and Windows-forbidden characters', () => {
    const name = safeFileName('C:\\x');
    expectSafe(name);
    expect(name).toBe('C_x');
    expectSafe(safeFileName('a<b>c:"d"|e?*.pdf'));
  });

  it('keeps Windows from opening a device instead of a file', () => {
    for (const reserved of [
      'CON.pdf',
      'con',
      'NUL.txt',
      'com1.pdf',
      'LPT9',
      'aux.tar.gz',
      'PRN .pdf',
    ]) {
      const name = safeFileName(reserved);
      expectSafe(name);
      expect(name.startsWith('_')).toBe(true);
    }
    expect(safeFileName('Console.pdf')).toBe('Console.pdf');
  });

  it('removes bidi overrides and control characters that disguise a name', () => {
    // "Invoice‮fdp.exe" shows as "Invoiceexe.pdf" in a file manager.
    const name = safeFileName('Invoice\u202Efdp.exe');
    expectSafe(name);
    expect(name).toBe('Invoicefdp.exe');
    expect(safeFileName('a\u0000b\nc\u2066d.pdf')).toBe('ab cd.pdf');
  });

  it('strips trailing dots and spaces, which Windows silently drops', () => {
    expect(safeFileName('Приговор. . ')).toBe('Приговор');
    expect(safeFileName('  .hidden')).toBe('hidden');
  });

  it('keeps Cyrillic and Kazakh letters', () => {
    expect(safeFileName('Приговор суда — Сот үкімі Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі.pdf')).toBe(
      'Приговор суда — Сот үкімі Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі.pdf',
    );
  });

  it('limits long names by UTF-8 bytes, keeping the extension and whole characters', () => {
    const latin = safeFileName(`${'a'.repeat(300)}.pdf`);
    expectSafe(latin);
    expect(latin.endsWith('.pdf')).toBe(true);
    expect(bytes(latin)).toBe(MAX_NAME_BYTES);
    const cyrillic = safeFileName(`${'ж'.repeat(300)}.pdf`);
    expectSafe(cyrillic);
    expect(cyrillic).toMatch(/^ж+\.pdf$/);
    expect(bytes(cyrillic)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bytes(cyrillic)).toBeGreaterThan(MAX_NAME_BYTES - 2);
  });

  it('gives an original without an extension the one of its real type', () => {
    expect(safeOriginalName('scan', 'image/png')).toBe('scan.png');
    expect(safeOriginalName('../протокол.PDF', 'application/pdf')).toBe('протокол.pdf');
    const long = safeOriginalName('я'.repeat(300), 'application/pdf');
    expect(long.endsWith('.pdf')).toBe(true);
    expect(bytes(long)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });

  it('suggests a dossier name from the case title', () => {
    expect(suggestedDossierName('Дело № 2-1234/2026', 'zip')).toBe('Дело № 2-1234_2026.zip');
    expect(suggestedDossierName('CON', 'pdf')).toBe('_CON.pdf');
    expect(suggestedDossierName('../..', 'pdf')).toBe('dossier.pdf');
  });

  it('keeps names unique within the ZIP without regard to case', () => {
    const unique = createUniqueNames(['manifest.json']);
    expect(unique('Report.pdf')).toBe('Report.pdf');
    expect(unique('report.pdf')).toBe('report (2).pdf');
    expect(unique('REPORT.PDF')).toBe('REPORT (3).PDF');
    expect(unique('Manifest.json')).toBe('Manifest (2).json');
    const long = `${'ы'.repeat(59)}.pdf`;
    const first = unique(long);
    const second = unique(long);
    expect(second).not.toBe(first);
    expect(bytes(second)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });
});
