/**
 * The byte forms a typed PDF password may have been encrypted with, most likely first.
 *
 * pdf.js sends a password as Latin-1 bytes, except for revision 6 where it encodes UTF-8;
 * revision 5 (Acrobat 9) also wants UTF-8, and revisions 5 and 6 want it SASLprep'd
 * (ISO 32000-2 §7.6.4.3.3). A Kazakh or Russian password therefore needs more than one try.
 */
export function passwordCandidates(password: string | undefined): (string | undefined)[] {
  if (password === undefined) return [undefined];
  const prepared = saslPrep(password);
  const candidates = [password, prepared, utf8AsLatin1(password), utf8AsLatin1(prepared)];
  return [...new Set(candidates)];
}

/** RFC 3454 table B.1, "commonly mapped to nothing" (soft hyphen, joiners, variation selectors). */
const MAPPED_TO_NOTHING = new Set([
  0x00ad,
  0x034f,
  0x1806,
  0x180b,
  0x180c,
  0x180d,
  0x200b,
  0x200c,
  0x200d,
  0x2060,
  0xfeff,
  ...Array.from({ length: 16 }, (_, index) => 0xfe00 + index),
]);

/** RFC 4013 in the parts that matter for typed passwords: map to nothing, spaces, NFKC. */
function saslPrep(password: string): string {
  return [...password]
    .filter((char) => !MAPPED_TO_NOTHING.has(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .normalize('NFKC');
}

/** A string whose char codes are the UTF-8 bytes, so pdf.js's Latin-1 conversion yields UTF-8. */
function utf8AsLatin1(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}
