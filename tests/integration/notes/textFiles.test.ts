import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES } from '../../../electron/core/notes/readTextFile';
import {
  errorCodeOf,
  expectOk,
  openCoreFixture,
  type CoreFixture,
} from '../../support/coreFixture';

let fixture: CoreFixture;
let answer: string | null;
beforeEach(async () => {
  answer = null;
  fixture = await openCoreFixture({
    dialogs: {
      openDocuments: () => Promise.resolve([]),
      saveFile: () => Promise.resolve(null),
      openText: () => Promise.resolve(answer),
      openDossier: () => Promise.resolve(null),
      openBackup: () => Promise.resolve(null),
    },
  });
});
afterEach(() => fixture.dispose());

const file = (name: string, content: string | Uint8Array) => {
  const target = path.join(fixture.dir, name);
  fs.writeFileSync(target, content);
  return target;
};

describe('text files (Markdown import and export)', () => {
  it('reads the picked file as UTF-8, without a BOM, and answers null when cancelled', async () => {
    const { api } = fixture;
    expect(expectOk(await api.dialogs.openText({ kind: 'markdown' }))).toBeNull();
    answer = file('Заметка.md', '\uFEFF# Позиция защиты\n\n- Қазақша мәтін\n');
    expect(expectOk(await api.dialogs.openText({ kind: 'markdown' }))).toEqual({
      name: 'Заметка.md',
      text: '# Позиция защиты\n\n- Қазақша мәтін\n',
    });
  });

  it('refuses a file that is not UTF-8 or is over 5 MB', async () => {
    const { api } = fixture;
    // "Привет" in Windows-1251: not UTF-8, and never guessed at.
    answer = file('cp1251.md', Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]));
    const notUtf8 = await api.dialogs.openText({ kind: 'markdown' });
    expect(errorCodeOf(notUtf8)).toBe('VALIDATION');
    expect(notUtf8.ok ? '' : notUtf8.error.message).toMatch(/not UTF-8/);
    answer = file('big.md', 'a'.repeat(MAX_TEXT_FILE_BYTES + 1));
    expect(errorCodeOf(await api.dialogs.openText({ kind: 'markdown' }))).toBe('FILE_TOO_LARGE');
    answer = path.join(fixture.dir, 'gone.md');
    expect(errorCodeOf(await api.dialogs.openText({ kind: 'markdown' }))).toBe('IO_ERROR');
    expect(errorCodeOf(await api.dialogs.openText({ kind: 'html' } as never))).toBe('VALIDATION');
  });

  it('writes text as UTF-8 to a new file and never overwrites', async () => {
    const { api } = fixture;
    const target = path.join(fixture.dir, 'Позиция.md');
    const text = '# Позиция\n\nСоңғы нұсқа — «алиби».\n';
    expect(expectOk(await api.exports.writeText({ path: target, text }))).toEqual({
      path: target,
      size: Buffer.byteLength(text),
    });
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    expect(errorCodeOf(await api.exports.writeText({ path: target, text: 'другое' }))).toBe(
      'FILE_EXISTS',
    );
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    expect(fs.readdirSync(fixture.dir).filter((name) => name.includes('partial'))).toEqual([]);
    expect(errorCodeOf(await api.exports.writeText({ path: 'relative.md', text }))).toBe(
      'VALIDATION',
    );
  });
});
