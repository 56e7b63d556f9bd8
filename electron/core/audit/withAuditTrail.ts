import type { Handlers } from '../../../shared/ipc/dispatch';
import type { Clock } from '../clock';
import type { VaultSession } from '../vault/VaultSession';
import { appendAudit } from './appendAudit';
import { hasAuditLog } from './hasAuditLog';
import {
  ROUTE_AUDIT,
  UNTYPED_ROUTE_AUDIT,
  type BeforeFacts,
  type RouteAuditSpec,
} from './routeAuditSpecs';

export interface AuditTrailDeps {
  session: VaultSession;
  clock: Clock;
}

type AnyHandler = (input: unknown) => unknown;

/**
 * Records the routes of `routeAuditSpecs.ts` when they succeed, and only then: an entry for a
 * change in the vault is appended in the change's own transaction; one for an effect outside it
 * (a file written, the vault replaced) right after. Every other route passes through untouched.
 */
export function withAuditTrail(deps: AuditTrailDeps, handlers: Handlers): Handlers {
  deps.session.audit.clock = deps.clock;
  const specs: Record<string, RouteAuditSpec | undefined> = {
    ...(ROUTE_AUDIT as Record<string, RouteAuditSpec | undefined>),
    ...UNTYPED_ROUTE_AUDIT,
  };
  const wrapped: Record<string, AnyHandler> = {};
  for (const [key, handler] of Object.entries(handlers) as [string, AnyHandler][]) {
    const spec = specs[key];
    wrapped[key] = spec ? audited(key, spec, handler, deps) : handler;
  }
  return wrapped as unknown as Handlers;
}

function audited(
  key: string,
  spec: RouteAuditSpec,
  handler: AnyHandler,
  { session, clock }: AuditTrailDeps,
): AnyHandler {
  if (spec.mode === 'transaction') {
    return (input) => {
      const db = session.db();
      if (!hasAuditLog(db)) return handler(input);
      return db
        .transaction(() => {
          const before = (spec.before?.(db, input) ?? {}) as BeforeFacts;
          const output = handler(input);
          // A promise would commit the transaction before the change: only sync routes are here.
          if (output instanceof Promise)
            throw new Error(`${key} must be synchronous to be audited`);
          appendAudit(db, spec.entry(input, output, before), clock);
          return output;
          // IMMEDIATE: the write lock is taken up front, not on the first write after a read.
        })
        .immediate();
    };
  }
  return async (input) => {
    const output = await handler(input);
    const db = session.status().state === 'unlocked' ? session.db() : null;
    session.audit.record(db, spec.entry(input, output, db));
    return output;
  };
}
