import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AuditAction } from '../../../../shared/domain/audit';
import type { CaseId } from '../../../../shared/domain/ids';
import { api } from '../../api';

/** Entries fetched per page; the list asks for the next page when the lawyer does. */
const PAGE_SIZE = 200;

export const auditKeys = {
  all: ['audit'] as const,
  list: (caseId: CaseId | null, action: AuditAction | null) =>
    ['audit', 'list', caseId ?? 'vault', action ?? 'all'] as const,
  verify: ['audit', 'verify'] as const,
};

/** Newest first, a page at a time; read afresh each time a view opens (nothing else updates it). */
export function useAuditEntries(caseId: CaseId | null, action: AuditAction | null) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(caseId, action),
    queryFn: ({ pageParam }) =>
      api.audit.list({
        caseId: caseId ?? undefined,
        actions: action ? [action] : undefined,
        limit: PAGE_SIZE,
        cursor: pageParam,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchOnMount: 'always',
  });
}

export function useAuditVerify() {
  return useQuery({
    queryKey: auditKeys.verify,
    queryFn: () => api.audit.verify(),
    refetchOnMount: 'always',
  });
}
