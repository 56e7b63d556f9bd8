import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../../electron/core/settings/settingsStore';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { makeTempDir } from '../../support/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
function settingsFile(): string {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'profile', 'settings.json');
}

describe('settings store', () => {
  it('starts from the defaults and persists a change for the next start', () => {
    const file = settingsFile();
    expect(createSettingsStore(file).read()).toEqual(DEFAULT_SETTINGS);
    createSettingsStore(file).update({
      language: 'kk',
      autoLockMinutes: 5,
      maxImportMegabytes: 64,
    });
    expect(createSettingsStore(file).read()).toEqual({
      language: 'kk',
      autoLockMinutes: 5,
      maxImportMegabytes: 64,
    });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('falls back to the defaults for a damaged or tampered file instead of refusing to start', () => {
    const file = settingsFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"language": "fr", "autoLockMinutes": -3');
    expect(createSettingsStore(file).read()).toEqual(DEFAULT_SETTINGS);
    fs.writeFileSync(
      file,
      JSON.stringify({ language: 'xx', autoLockMinutes: 1e9, extra: 'ignored' }),
    );
    expect(createSettingsStore(file).read()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a hand-edited import size limit only when it is a whole number of 1–4096 MB', () => {
    const file = settingsFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const limitAfterReading = (maxImportMegabytes: unknown) => {
      fs.writeFileSync(file, JSON.stringify({ language: 'ru', maxImportMegabytes }));
      return createSettingsStore(file).read();
    };
    expect(limitAfterReading(1)).toMatchObject({ language: 'ru', maxImportMegabytes: 1 });
    expect(limitAfterReading(4096).maxImportMegabytes).toBe(4096);
    for (const bad of [0, 4097, -5, 12.5, '512', null, Number.MAX_SAFE_INTEGER + 2]) {
      expect(limitAfterReading(bad), String(bad)).toEqual({
        ...DEFAULT_SETTINGS,
        language: 'ru',
      });
    }
    // A file from before the setting existed gets the default, and keeps the rest.
    fs.writeFileSync(file, JSON.stringify({ language: 'kk', autoLockMinutes: 3 }));
    expect(createSettingsStore(file).read()).toEqual({
      language: 'kk',
      autoLockMinutes: 3,
      maxImportMegabytes: 1024,
    });
  });

  it('reports an unwritable folder as IO_ERROR and keeps the previous settings', () => {
    const file = settingsFile();
    const store = createSettingsStore(file);
    store.update({ language: 'ru' });
    fs.rmSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(path.dirname(file), 'not a folder');
    expect(() => store.update({ language: 'en' })).toThrow(
      expect.objectContaining({ code: 'IO_ERROR' }),
    );
    expect(store.read().language).toBe('ru');
  });

  it('keeps settings in memory when no file is given (CLI, tests)', () => {
    const store = createSettingsStore();
    store.update({ language: 'en' });
    expect(store.read().language).toBe('en');
  });
});
