import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/domain/audit';
import type { CaseId } from '../../../../shared/domain/ids';
import { Button } from '../../components/Button';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorNotice } from '../../components/ErrorNotice';
import { AuditEntryList } from './AuditEntryList';
import { useAuditEntries } from './queries';
import './audit.css';

const ALL = 'all' as const;
type ActionFilter = AuditAction | typeof ALL;
const FILTERS: readonly ActionFilter[] = [ALL, ...AUDIT_ACTIONS];

/** The audit entries of one case, or of the whole vault, filterable by action. */
export function AuditView({ caseId }: { caseId: CaseId | null }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ActionFilter>(ALL);
  const entries = useAuditEntries(caseId, filter === ALL ? null : filter);
  const list = entries.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <div className="audit-view">
      <div className="audit-view__tools">
        <EnumSelect
          label={t('audit.filterLabel')}
          options={FILTERS}
          value={filter}
          optionLabel={(option) =>
            option === ALL ? t('audit.allActions') : t(`audit.actions.${option}`)
          }
          onChange={setFilter}
        />
        <Button busy={entries.isFetching} onClick={() => void entries.refetch()}>
          {t('audit.refresh')}
        </Button>
      </div>
      <ErrorNotice error={entries.error} />
      {entries.isPending && <p className="loading">{t('audit.loading')}</p>}
      {entries.isSuccess && list.length === 0 && <p className="muted">{t('audit.empty')}</p>}
      {list.length > 0 && <AuditEntryList entries={list} withCase={caseId === null} />}
      {entries.hasNextPage && (
        <Button busy={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()}>
          {t('audit.loadMore')}
        </Button>
      )}
    </div>
  );
}
