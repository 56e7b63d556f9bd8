import type { Handlers } from '../../shared/ipc/dispatch';
import { createCaseService } from './cases/caseService';
import { createHearingService } from './cases/hearingService';
import { createPartyService } from './cases/partyService';
import type { Clock } from './clock';
import type { createSettingsStore } from './settings/settingsStore';
import { toAppError } from './vault/sqliteErrors';
import type { VaultSession } from './vault/VaultSession';

export interface HandlerDeps {
  session: VaultSession;
  settings: ReturnType<typeof createSettingsStore>;
  clock: Clock;
}

/** The composition root: one handler per contract route, built from plain services. */
export function buildHandlers({ session, settings, clock }: HandlerDeps): Handlers {
  const db = () => session.db();
  const cases = createCaseService(db, clock, () => settings.read().language ?? 'en');
  const parties = createPartyService(db, clock, cases);
  const hearings = createHearingService(db, clock, cases);

  return {
    'settings.get': () => settings.read(),
    'settings.update': (changes) => settings.update(changes),

    'vault.status': () => session.status(),
    'vault.create': ({ passphrase }) => session.create(passphrase),
    'vault.unlock': ({ passphrase }) => session.unlock(passphrase),
    'vault.lock': () => session.lock('manual'),
    'vault.changePassphrase': ({ current, next }) => session.changePassphrase(current, next),

    'cases.list': (query) => cases.list(query),
    'cases.get': ({ id }) => cases.get(id),
    'cases.create': (fields) => cases.create(fields),
    'cases.update': ({ id, changes }) => cases.update(id, changes),
    'cases.archive': ({ id }) => cases.archive(id),
    'cases.unarchive': ({ id }) => cases.unarchive(id),
    'cases.delete': ({ id }) => cases.remove(id),

    'parties.add': (fields) => parties.add(fields),
    'parties.update': ({ id, changes }) => parties.update(id, changes),
    'parties.remove': ({ id }) => parties.remove(id),

    'hearings.add': (fields) => hearings.add(fields),
    'hearings.update': ({ id, changes }) => hearings.update(id, changes),
    'hearings.remove': ({ id }) => hearings.remove(id),
    'hearings.upcoming': (query) => hearings.upcoming(query),
  };
}

/**
 * Storage failures (disk full, unreadable file, corruption) surface as their own codes instead
 * of INTERNAL, whichever service hit them.
 */
export function withStorageErrors(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never) => unknown> = {};
  for (const [key, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    wrapped[key] = async (input: never) => {
      try {
        return await handler(input);
      } catch (error) {
        throw toAppError(error, error as Error);
      }
    };
  }
  return wrapped as unknown as Handlers;
}
