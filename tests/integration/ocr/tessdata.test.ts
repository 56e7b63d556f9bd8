import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The OCR language data ships in the repository (resources/tessdata) so a fresh clone on any OS
 * can recognise text without a download. Its README records where each file came from and its
 * checksums; this test keeps the files and the README in agreement.
 */

const ROOT = path.resolve(__dirname, '../../..');
const TESSDATA = path.join(ROOT, 'resources/tessdata');
const LANGUAGES = ['eng', 'kaz', 'rus'] as const;

interface ChecksumRow {
  gzBytes: number;
  gzSha256: string;
  rawBytes: number;
  rawSha256: string;
}

/** The checksum table: `| \`xxx.traineddata.gz\` | bytes | \`sha\` | bytes | \`sha\` |`. */
function readChecksumTable(): Map<string, ChecksumRow> {
  const readme = fs.readFileSync(path.join(TESSDATA, 'README.md'), 'utf8');
  const rows = new Map<string, ChecksumRow>();
  const pattern =
    /^\|\s*`([a-z]+\.traineddata\.gz)`\s*\|\s*(\d+)\s*\|\s*`([0-9a-f]{64})`\s*\|\s*(\d+)\s*\|\s*`([0-9a-f]{64})`\s*\|$/gm;
  for (const match of readme.matchAll(pattern)) {
    rows.set(match[1]!, {
      gzBytes: Number(match[2]),
      gzSha256: match[3]!,
      rawBytes: Number(match[4]),
      rawSha256: match[5]!,
    });
  }
  return rows;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('resources/tessdata', () => {
  const table = readChecksumTable();

  it('lists exactly the three shipped languages in its README checksum table', () => {
    expect([...table.keys()].sort()).toEqual(LANGUAGES.map((lang) => `${lang}.traineddata.gz`));
  });

  it('ships the Apache-2.0 licence of the Tesseract data', () => {
    const licence = fs.readFileSync(path.join(TESSDATA, 'LICENSE'), 'utf8');
    expect(licence).toContain('Apache License');
    expect(licence).toContain('Version 2.0');
    expect(licence).toContain('Google');
  });

  for (const lang of LANGUAGES) {
    it(`${lang}.traineddata.gz exists, gunzips, and matches the README's sizes and sha256`, () => {
      const name = `${lang}.traineddata.gz`;
      const row = table.get(name);
      expect(row, `${name} is missing from the README table`).toBeDefined();
      const gz = fs.readFileSync(path.join(TESSDATA, name));
      expect(gz.length).toBe(row!.gzBytes);
      expect(sha256(gz)).toBe(row!.gzSha256);
      const raw = gunzipSync(gz);
      expect(raw.length).toBe(row!.rawBytes);
      expect(sha256(raw)).toBe(row!.rawSha256);
      // A traineddata file starts with its component count (little-endian int32; 24 in
      // Tesseract 4/5); garbage that happens to gunzip would not.
      expect(raw.readInt32LE(0)).toBe(24);
      // The version component names the language.
      expect(raw.toString('latin1')).toContain(`4.00.00alpha:${lang}:`);
    });
  }

  it('is packaged with the app through electron-builder extraResources', () => {
    const config = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/- from: resources\/tessdata\s*\n\s*to: tessdata/);
  });
});
