import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseId } from '../../shared/domain/ids';
import type { Result } from '../../shared/errors';
import { mulberry32 } from '../support/seededRandom';
import {
  errorCodeOf,
  expectOk,
  openCoreFixture,
  PASSPHRASE,
  type CoreFixture,
} from '../support/coreFixture';

const NEXT = 'Жаңа құпия сөз Алматы 2026';
/** SQLite's backup copies 256 pages (1 MiB) per step: this vault needs several steps. */
const CASES = 60;

interface Progress {
  completed: number;
  total: number;
}

const fixtures: CoreFixture[] = [];
afterEach(() => fixtures.splice(0).forEach((fixture) => fixture.dispose()));

/** A vault of a few MiB: cases with long Cyrillic descriptions of seeded random words. */
async function bulkyVault(): Promise<CoreFixture> {
  const fixture = await openCoreFixture();
  fixtures.push(fixture);
  const random = mulberry32(7);
  const letters = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі';
  const word = () =>
    Array.from({ length: 3 + Math.floor(random() * 8) }, () =>
      letters.charAt(Math.floor(random() * letters.length)),
    ).join('');
  for (let index = 0; index < CASES; index += 1) {
    const description = Array.from({ length: 2_400 }, word).join(' ').slice(0, 20_000);
    expectOk(await fixture.api.cases.create({ title: `Дело ${index}`, description }));
  }
  return fixture;
}

function leftovers(vaultPath: string): string[] {
  return fs.readdirSync(path.dirname(vaultPath)).filter((name) => name.includes('rekey'));
}

/** Changes the passphrase, calling `during` at the first progress event before the end. */
async function change(
  fixture: CoreFixture,
  during?: () => void,
): Promise<{ result: Result<unknown>; events: Progress[] }> {
  const events: Progress[] = [];
  let called = false;
  const unsubscribe = fixture.core.subscribe('vault.passphraseProgress', (payload) => {
    const progress = payload as Progress;
    events.push(progress);
    if (!called && progress.completed < progress.total) {
      called = true;
      during?.();
    }
  });
  try {
    const result = await fixture.api.vault.changePassphrase({ current: PASSPHRASE, next: NEXT });
    return { result, events };
  } finally {
    unsubscribe();
  }
}

describe('changing the passphrase', () => {
  it('reports the pages re-encrypted, step by step, up to the whole vault', async () => {
    const fixture = await bulkyVault();
    const { result, events } = await change(fixture);
    expectOk(result);
    expect(events.length).toBeGreaterThanOrEqual(3);
    const total = events[0]!.total;
    expect(total).toBeGreaterThan(3 * 256);
    events.forEach((event, index) => {
      expect(event.total).toBe(total);
      if (index > 0) expect(event.completed).toBeGreaterThan(events[index - 1]!.completed);
    });
    expect(events.at(-1)).toEqual({ completed: total, total });
    expect(leftovers(fixture.vaultPath)).toEqual([]);
  });

  it('keeps what is written while the pages are copied: the re-keyed vault has it', async () => {
    const fixture = await bulkyVault();
    let written: Promise<Result<{ id: CaseId }>> | undefined;
    const { result } = await change(fixture, () => {
      written = fixture.api.cases.create({ title: 'Записано во время смены пароля' });
    });
    expectOk(result);
    expect(written).toBeDefined();
    expectOk(await written!);
    expectOk(await fixture.api.vault.lock());
    expect(errorCodeOf(await fixture.api.vault.unlock({ passphrase: PASSPHRASE }))).toBe(
      'WRONG_PASSPHRASE',
    );
    expectOk(await fixture.api.vault.unlock({ passphrase: NEXT }));
    const titles = expectOk(await fixture.api.cases.list()).map((item) => item.title);
    expect(titles).toContain('Записано во время смены пароля');
    expect(titles).toHaveLength(CASES + 1);
  });

  it('stops when the vault is locked mid-copy: old passphrase still opens it, no copy left', async () => {
    const fixture = await bulkyVault();
    const { result } = await change(fixture, () => {
      void fixture.api.vault.lock();
    });
    expect(errorCodeOf(result)).toBe('VAULT_LOCKED');
    expect(leftovers(fixture.vaultPath)).toEqual([]);
    expectOk(await fixture.api.vault.unlock({ passphrase: PASSPHRASE }));
    expect(expectOk(await fixture.api.cases.list())).toHaveLength(CASES);
  });

  it('refuses a second change while one runs, and the first completes', async () => {
    const fixture = await bulkyVault();
    let second: Promise<Result<unknown>> | undefined;
    const { result } = await change(fixture, () => {
      second = fixture.api.vault.changePassphrase({
        current: PASSPHRASE,
        next: 'Другая фраза для второго раза 77',
      });
    });
    expectOk(result);
    expect(errorCodeOf(await second!)).toBe('VALIDATION');
    expectOk(await fixture.api.vault.lock());
    expectOk(await fixture.api.vault.unlock({ passphrase: NEXT }));
  });
});
