import type { Vault } from '../vault/openVault';
import { listAudit } from './listAudit';
import { verifyAuditChain } from './verifyAuditChain';

/** `audit.list` and `audit.verify`, spread into the composition root's handlers. */
export function auditHandlers({ db }: { db: () => Vault }) {
  return {
    'audit.list': (query: Parameters<typeof listAudit>[1]) => listAudit(db(), query),
    'audit.verify': () => verifyAuditChain(db()),
  };
}
