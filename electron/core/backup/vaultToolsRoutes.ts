import { judgePassphrase } from '../../../shared/domain/passphrase';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/ipc/dispatch';
import type { EventHub } from '../events';
import { assertNewTarget } from '../exports/placeNewFile';
import { checkVault } from '../integrity/checkVault';
import type { JobRunner } from '../jobs/JobRunner';
import { verifyPassphrase } from '../vault/openVault';
import type { VaultSession } from '../vault/VaultSession';
import type { PartialLedger } from '../exports/partialLedger';
import { runBackupJob } from './backupJob';
import { restoreVault } from './restoreVault';

export interface VaultToolsDeps {
  session: VaultSession;
  jobs: JobRunner;
  events?: Pick<EventHub, 'emit'>;
  partials: PartialLedger;
}

type VaultToolsHandlers = Pick<Handlers, 'vault.backup' | 'vault.restore' | 'vault.check'>;

/** Folds the WAL into the vault file, so a page check of the file sees every committed page. */
function checkpoint(session: VaultSession): void {
  if (session.status().state !== 'unlocked') return;
  session.db().pragma('wal_checkpoint(TRUNCATE)');
}

/** Backup, restore and "Check vault" (issue 7); the composition root spreads these in. */
export function vaultToolsHandlers(deps: VaultToolsDeps): VaultToolsHandlers {
  const { session, jobs } = deps;
  return {
    'vault.backup': ({ out, passphrase, newPassphrase }) => {
      session.db();
      // An unattended unlocked laptop must not hand its vault to whoever walks by: re-prove it.
      verifyPassphrase(session.file, passphrase);
      if (newPassphrase !== undefined) {
        const verdict = judgePassphrase(newPassphrase);
        if (!verdict.acceptable) {
          throw new AppError('WEAK_PASSPHRASE', 'The passphrase is too weak', {
            problem: verdict.problem ?? 'too_short',
          });
        }
      }
      assertNewTarget(out);
      const jobId = jobs.start(({ jobId: id, signal }) =>
        runBackupJob(
          { out, passphrase: newPassphrase ?? passphrase },
          {
            jobId: id,
            signal,
            db: () => session.db(),
            emit: (progress) => deps.events?.emit('backup.progress', progress),
            partials: deps.partials,
          },
        ),
      );
      return { jobId };
    },
    'vault.restore': ({ file, passphrase }) =>
      restoreVault(session, session.schema, file, passphrase),
    'vault.check': async ({ passphrase }) => {
      if (session.status().state === 'absent') {
        throw new AppError('VAULT_NOT_FOUND', 'No vault exists at this location');
      }
      checkpoint(session);
      return checkVault(session.file, passphrase);
    },
  };
}
