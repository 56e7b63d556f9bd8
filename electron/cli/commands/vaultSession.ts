import type { CasefileApi } from '../../../shared/ipc/client';
import { createClient } from '../../../shared/ipc/client';
import type { Core } from '../../core/createCore';
import { obtainPassphrase } from '../passphrase';
import {
  assertVaultExists,
  openCliCore,
  valueOf,
  type CommandContext,
  type GlobalOptions,
} from '../session';

export interface PassphraseSession {
  api: CasefileApi;
  core: Core;
  vaultPath: string;
  /** Backup and verify need it again: the core keeps no passphrase once the vault is open. */
  passphrase: string;
}

/**
 * Like `withVault`, for the commands that must hand the passphrase back to the core (backup,
 * verify): the vault must exist, the passphrase comes from the usual sources (never argv), and
 * the core is always closed afterwards. `unlock: false` leaves the vault as it was (verify reads
 * a locked vault's file).
 */
export async function withPassphrase<T>(
  context: CommandContext,
  options: GlobalOptions,
  unlock: boolean,
  work: (session: PassphraseSession) => Promise<T>,
): Promise<T> {
  const { core, vaultPath } = openCliCore(context, options);
  try {
    const api = createClient(core.dispatch);
    await assertVaultExists(api);
    const passphrase = await obtainPassphrase('unlock', {
      io: context.io,
      out: context.out,
      file: options.passphraseFile,
    });
    if (unlock) await valueOf(api.vault.unlock({ passphrase }));
    return await work({ api, core, vaultPath, passphrase });
  } finally {
    core.close();
  }
}
