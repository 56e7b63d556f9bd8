import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupProgress } from '../../../shared/domain/backup';
import { expectOk, openCoreFixture, PASSPHRASE } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';

/** A 64 KiB tmpfs, where the system lets this process mount one (root in a container). */
function mountTinyDisk(): { dir: string; release: () => void } | null {
  const { dir, cleanup } = makeTempDir('casefile-tiny-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    cleanup();
    return null;
  }
  return {
    dir,
    release: () => {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      cleanup();
    },
  };
}

const disk = mountTinyDisk();
afterAll(() => disk?.release());

describe('a backup onto a full disk', { timeout: 120_000 }, () => {
  it.skipIf(disk === null)(
    'fails with DISK_FULL, leaves no file and the vault as it was (needs permission to mount a tmpfs)',
    async () => {
      const fixture = await openCoreFixture();
      try {
        for (let i = 0; i < 20; i += 1) {
          expectOk(
            await fixture.api.cases.create({ title: `Дело ${i}`, description: 'ж'.repeat(19_000) }),
          );
        }
        const out = path.join(disk!.dir, 'backup.casefile');
        const events: BackupProgress[] = [];
        fixture.core.subscribe('backup.progress', (payload) =>
          events.push(payload as BackupProgress),
        );
        expectOk(await fixture.api.vault.backup({ out, passphrase: PASSPHRASE }));
        await fixture.core.idle();
        expect(events.at(-1)).toMatchObject({ state: 'failed', error: { code: 'DISK_FULL' } });
        expect(fs.readdirSync(disk!.dir)).toEqual([]);
        expect(expectOk(await fixture.api.cases.list())).toHaveLength(20);
        expect(expectOk(await fixture.api.vault.check({ passphrase: PASSPHRASE })).ok).toBe(true);
      } finally {
        fixture.dispose();
      }
    },
  );
});
