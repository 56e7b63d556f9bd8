/**
 * Issue 7, must-show "Lock": after a lock — the button's route, the shortcut's and panic's
 * core.lock, suspend and idle through the real triggers of electron/main/lock.ts — every
 * database handle the core opened is closed, and every route outside the small allow-list
 * answers VAULT_LOCKED.
 */
import { EventEmitter } from 'node:events';
import type Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routeKeys, type RouteKey } from '../../../shared/ipc/contract';
import { ROUTES_ALLOWED_WHILE_LOCKED } from '../../../electron/core/vault/lockGuard';
import { idleTrigger, powerTrigger } from '../../../electron/main/lock';
import type * as OpenVaultModule from '../../../electron/core/vault/openVault';
import { expectOk, openCoreFixture, PASSPHRASE, type CoreFixture } from '../../support/coreFixture';
import { ROUTE_SAMPLES } from '../../support/routeSamples';

/** Every connection the vault module hands out, to prove each one is closed by the lock. */
const handles = vi.hoisted(() => [] as Database.Database[]);
vi.mock('../../../electron/core/vault/openVault', async (importOriginal) => {
  const real = await importOriginal<typeof OpenVaultModule>();
  const recorded =
    <A extends unknown[]>(open: (...args: A) => Database.Database) =>
    (...args: A) => {
      const db = open(...args);
      handles.push(db);
      return db;
    };
  return {
    ...real,
    openVault: recorded(real.openVault),
    createVault: recorded(real.createVault),
  };
});

/** Stated here, not read from the code: widening what works locked must change this test. */
const EXPECTED_ALLOWED: readonly RouteKey[] = [
  'settings.get',
  'settings.update',
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  // Both open a vault file themselves, so they ask for its passphrase whatever the state.
  'vault.restore',
  'vault.check',
  // Picks the backup to restore; answers a path only.
  'dialogs.openBackup',
];

const CASE_TITLE = 'Елкин С. А. — мошенничество, ст. 190 УК РК';

type LockWay = (fixture: CoreFixture) => Promise<void>;

/** The lock paths the app has, each driven the way the app drives it. */
const LOCK_WAYS: Record<string, LockWay> = {
  'the lock button (vault.lock)': async ({ api }) => {
    expectOk(await api.vault.lock());
  },
  'the manual shortcut and panic (core.lock from main)': ({ core }) => {
    core.lock('panic');
    return Promise.resolve();
  },
  'system suspend (powerMonitor "suspend")': ({ core }) => {
    const power = new EventEmitter();
    const dispose = powerTrigger(power)((reason) => core.lock(reason));
    power.emit('suspend');
    dispose();
    return Promise.resolve();
  },
  'idle time past autoLockMinutes (simulated OS idle clock)': async ({ core, api }) => {
    expectOk(await api.settings.update({ autoLockMinutes: 1 }));
    const clock = { getSystemIdleTime: () => 61 };
    const locked = new Promise<void>((resolve) => {
      const dispose = idleTrigger(clock, {
        autoLockMinutes: async () => expectOk(await api.settings.get()).autoLockMinutes,
        isUnlocked: async () => expectOk(await api.vault.status()).state === 'unlocked',
        pollMs: 5,
      })((reason) => {
        core.lock(reason);
        dispose();
        resolve();
      });
    });
    await locked;
  },
};

describe('the route samples', () => {
  it('hold one valid input for every route of the contract (a new route needs one)', () => {
    expect(Object.keys(ROUTE_SAMPLES).sort()).toEqual([...routeKeys].sort());
  });

  it('keep the allow-list small and explicit', () => {
    expect([...ROUTES_ALLOWED_WHILE_LOCKED].sort()).toEqual([...EXPECTED_ALLOWED].sort());
  });
});

describe.each(Object.entries(LOCK_WAYS))('after locking by %s', (_name, lockBy) => {
  let fixture: CoreFixture;
  beforeEach(async () => {
    handles.length = 0;
    fixture = await openCoreFixture();
    expectOk(await fixture.api.cases.create({ title: CASE_TITLE }));
    expect(handles.some((db) => db.open)).toBe(true);
    await lockBy(fixture);
  });
  afterEach(() => fixture.dispose());

  it('the vault reports locked and every database handle is closed', async () => {
    expect(expectOk(await fixture.api.vault.status())).toEqual({ state: 'locked' });
    expect(handles.length).toBeGreaterThan(0);
    expect(handles.map((db) => db.open)).toEqual(handles.map(() => false));
  });

  it('every route outside the allow-list answers VAULT_LOCKED', async () => {
    const answers: Record<string, string> = {};
    for (const key of routeKeys) {
      if (EXPECTED_ALLOWED.includes(key)) continue;
      const result = await fixture.core.dispatch(key, ROUTE_SAMPLES[key]);
      answers[key] = result.ok ? 'ok' : result.error.code;
    }
    const expected = Object.fromEntries(Object.keys(answers).map((key) => [key, 'VAULT_LOCKED']));
    expect(answers).toEqual(expected);
    // Nothing above reopened the vault.
    expect(handles.every((db) => !db.open)).toBe(true);
  });

  it('the allowed routes still answer, and unlocking brings the case back', async () => {
    for (const key of EXPECTED_ALLOWED) {
      const result = await fixture.core.dispatch(key, ROUTE_SAMPLES[key]);
      expect(result.ok ? 'ok' : result.error.code, key).not.toBe('VAULT_LOCKED');
    }
    expectOk(await fixture.api.vault.unlock({ passphrase: PASSPHRASE }));
    const cases = expectOk(await fixture.api.cases.list());
    expect(cases.map((summary) => summary.title)).toEqual([CASE_TITLE]);
  });
});
