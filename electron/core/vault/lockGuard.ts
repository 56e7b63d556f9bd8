import { AppError } from '../../../shared/errors';
import type { RouteKey } from '../../../shared/ipc/contract';
import type { Handlers } from '../../../shared/ipc/dispatch';

/**
 * The only routes that answer while the vault is locked or absent: what the lock screen, the
 * create screen and the language/settings controls before unlock need, plus restore and check,
 * which open a vault file themselves and so demand its passphrase anyway, and the file dialog
 * that picks the backup to restore. Everything else —
 * including routes that never touch the database (native dialogs, writing a text file,
 * verifying a dossier ZIP, cancelling a job) — answers VAULT_LOCKED, so a locked app does
 * nothing on the lawyer's files and a test can state the rule as one list.
 */
export const ROUTES_ALLOWED_WHILE_LOCKED = [
  'settings.get',
  'settings.update',
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.restore',
  'vault.check',
  // Only the path of the backup to restore; reading it is vault.restore's, which checks it.
  'dialogs.openBackup',
] as const satisfies readonly RouteKey[];

const allowed = new Set<string>(ROUTES_ALLOWED_WHILE_LOCKED);

/** Wraps every handler outside the allow-list with a check that the vault is unlocked. */
export function guardLockedRoutes(handlers: Handlers, isUnlocked: () => boolean): Handlers {
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const [key, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    guarded[key] = allowed.has(key)
      ? handler
      : (input: never) => {
          if (!isUnlocked()) throw new AppError('VAULT_LOCKED', 'The vault is locked');
          return handler(input);
        };
  }
  return guarded as unknown as Handlers;
}
