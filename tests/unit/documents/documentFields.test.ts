import { describe, expect, it } from 'vitest';
import { chooseTitle, cleanFileName } from '../../../electron/core/documents/documentTitle';
import {
  documentChangesSchema,
  documentIdSchema,
  documentMetadataSchema,
} from '../../../shared/domain/document';

describe('document metadata edits', () => {
  it('tidies text, de-duplicates tags and defaults the type to "other"', () => {
    expect(
      documentMetadataSchema.parse({ title: '  Приговор \u200B суда ', tags: ['а', 'а', 'б'] }),
    ).toEqual({ title: 'Приговор суда', docType: 'other', tags: ['а', 'б'] });
  });

  it.each([
    ['a bidi override in the title', { title: 'Протокол\u202E' }],
    ['a control character in the source', { source: 'Суд\u0007' }],
    ['a title without a letter or digit', { title: ' — ' }],
    ['an impossible date', { docDate: '2026-02-30' }],
    ['a date before 1900', { docDate: '1899-12-31' }],
    ['an unknown document type', { docType: 'memo' }],
    ['an unknown language', { language: 'de' }],
    ['an unknown key', { sha256: 'a'.repeat(64) }],
  ])('refuses %s', (_name, changes) => {
    expect(documentChangesSchema.safeParse(changes).success).toBe(false);
  });

  it('lets an edit clear optional fields with null', () => {
    expect(documentChangesSchema.parse({ docDate: null, language: null, source: null })).toEqual({
      docDate: null,
      language: null,
      source: null,
    });
  });

  it('accepts document ids as lower-cased UUIDs only', () => {
    expect(documentIdSchema.parse('0190F0E6-8C3B-4F7E-9B1A-2C3D4E5F6A7B')).toBe(
      '0190f0e6-8c3b-4f7e-9b1a-2c3d4e5f6a7b',
    );
    expect(documentIdSchema.safeParse("1' OR 1=1").success).toBe(false);
  });
});

describe('titles and names from the other side', () => {
  it('prefers the lawyer’s title, then the PDF’s, then the file name without its extension', () => {
    expect(chooseTitle('Мой', 'PDF', 'file.pdf')).toBe('Мой');
    expect(chooseTitle(undefined, '  Постановление\n суда ', 'file.pdf')).toBe(
      'Постановление суда',
    );
    expect(chooseTitle(undefined, '\u202E ', 'Жалоба.v2.pdf')).toBe('Жалоба.v2');
    expect(chooseTitle(undefined, null, '.pdf')).toBe('.pdf');
  });

  it('bounds a title and never cuts a character in half', () => {
    const title = chooseTitle(undefined, '𝔄'.repeat(400), 'x.pdf');
    expect(Array.from(title)).toHaveLength(300);
    expect(title).toBe('𝔄'.repeat(300));
  });

  it('keeps only the last path segment of a name, without hidden controls', () => {
    expect(cleanFileName('/home/adv/Дело/Иск\u202Etxt.pdf')).toBe('Искtxt.pdf');
    expect(cleanFileName('C:\\Users\\adv\\scan 01.tif')).toBe('scan 01.tif');
    expect(cleanFileName('\u0000\u0001')).toBe('document');
  });
});
