import { describe, expect, it } from 'vitest';
import { passwordCandidates } from '../../../electron/core/workers/pdfText/passwordCandidates';

describe('passwordCandidates', () => {
  it('tries no password when none was given', () => {
    expect(passwordCandidates(undefined)).toEqual([undefined]);
  });

  it('tries an ASCII password once, as typed', () => {
    expect(passwordCandidates('user-pw')).toEqual(['user-pw']);
  });

  it('adds the UTF-8 form of a Cyrillic or accented password (AES-256 revision 5)', () => {
    const candidates = passwordCandidates('пароль');
    expect(candidates[0]).toBe('пароль');
    expect(candidates).toContain(String.fromCharCode(...new TextEncoder().encode('пароль')));
  });

  it("adds the SASLprep'd form: soft hyphen dropped, compatibility characters folded", () => {
    expect(passwordCandidates('S\u00aaSL\u00adprep')).toContain('SaSLprep');
  });
});
