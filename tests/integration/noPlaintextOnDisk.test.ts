import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openCoreFixture, type CoreFixture } from '../support/coreFixture';

/** Random per run, so no source file, cache or log could contain them by accident. */
const run = randomBytes(6).toString('hex');
const markers = {
  title: `MARKER-TITLE-${run}`,
  cyrillicTitle: `МАРКЕР-ДЕЛО-${run}`,
  party: `MARKER-PARTY-${run}`,
  kazakhParty: `ҚҰПИЯ-Әлиев-${run}`,
  place: `MARKER-PLACE-${run}`,
};

function encodings(marker: string): Buffer[] {
  return [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
}

/** Files under `root` changed since `since`, skipping what we may not read. */
function filesChangedSince(root: string, since: number, depth = 4): string[] {
  const found: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    try {
      if (entry.isDirectory() && depth > 0)
        found.push(...filesChangedSince(full, since, depth - 1));
      else if (
        entry.isFile() &&
        fs.statSync(full).mtimeMs >= since &&
        fs.statSync(full).size < 200 * 2 ** 20
      )
        found.push(full);
    } catch {
      // A file removed while we looked holds nothing to find.
    }
  }
  return found;
}

function leaksIn(text: string): string[] {
  return Object.entries(markers)
    .filter(([, marker]) => text.includes(marker))
    .map(([name]) => name);
}

function leaks(files: string[]): string[] {
  const hits: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    for (const [name, marker] of Object.entries(markers)) {
      if (encodings(marker).some((encoded) => bytes.includes(encoded)))
        hits.push(`${name} in ${file}`);
    }
  }
  return hits;
}

describe('confidentiality at rest', () => {
  let fixture: CoreFixture;
  const started = Date.now() - 1000;

  beforeAll(async () => {
    fixture = await openCoreFixture();
    // Settings live beside the vault in plain JSON: they must hold nothing about a case.
    expectOk(await fixture.api.settings.update({ language: 'kk' }));
    const { api } = fixture;
    for (const title of [markers.title, markers.cyrillicTitle]) {
      const { id } = expectOk(await api.cases.create({ title, tags: [title], description: title }));
      expectOk(
        await api.parties.add({
          caseId: id,
          name: markers.party,
          role: 'client',
          contact: markers.party,
        }),
      );
      expectOk(await api.parties.add({ caseId: id, name: markers.kazakhParty, role: 'witness' }));
      expectOk(
        await api.hearings.add({
          caseId: id,
          at: '2027-01-15T10:00',
          kind: 'hearing',
          place: markers.place,
        }),
      );
    }
    expect(expectOk(await api.cases.list({ text: run })).length).toBe(2);
    // Error messages reach logs and the CLI's stderr: none may echo case data back.
    const failures = [
      await api.cases.create({ title: `${markers.title}\u202E` }),
      await api.parties.add({
        caseId: '00000000-0000-4000-8000-000000000000',
        name: markers.party,
        role: 'client',
      }),
    ];
    for (const failure of failures) expect(leaksIn(JSON.stringify(failure))).toEqual([]);
  });
  afterAll(() => fixture.dispose());

  it('keeps every marker out of the vault files while the vault is open (db, wal, shm)', () => {
    const dir = path.dirname(fixture.vaultPath);
    const files = fs.readdirSync(dir).map((name) => path.join(dir, name));
    expect(files.some((file) => file.endsWith('-wal'))).toBe(true);
    expect(leaks(files)).toEqual([]);
  });

  it('keeps every marker out of the vault directory and the OS temp dir after closing', async () => {
    expectOk(await fixture.api.vault.lock());
    const vaultFiles = fs
      .readdirSync(fixture.dir, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(fixture.dir, name))
      .filter((file) => fs.statSync(file).isFile());
    expect(vaultFiles.length).toBeGreaterThan(0);
    expect(leaks(vaultFiles)).toEqual([]);
    expect(leaks(filesChangedSince(os.tmpdir(), started))).toEqual([]);
  });

  it('finds the markers again after unlocking: the test can see them when they are there', async () => {
    const { api } = fixture;
    expectOk(await api.vault.unlock({ passphrase: 'тихий берег Иртыша 2026' }));
    const titles = expectOk(await api.cases.list({ text: run }))
      .map((item) => item.title)
      .sort();
    expect(titles).toEqual([markers.title, markers.cyrillicTitle].sort());
    // And the scanner itself finds a planted plaintext copy.
    const plant = path.join(fixture.dir, 'plant.txt');
    fs.writeFileSync(plant, markers.kazakhParty);
    expect(leaks([plant])).toEqual([`kazakhParty in ${plant}`]);
    fs.rmSync(plant);
  });
});
