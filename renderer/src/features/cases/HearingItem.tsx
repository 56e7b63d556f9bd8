import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../../shared/domain/case';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

interface HearingItemProps {
  hearing: Hearing;
  overdue: boolean;
  /** While a change of `done` is on its way, the box already shows it (and waits). */
  pendingDone: boolean | null;
  editButtonRef: Ref<HTMLButtonElement>;
  onToggleDone: (done: boolean) => void;
  onEdit: () => void;
  onRemove: () => void;
}

export function HearingItem({
  hearing,
  overdue,
  pendingDone,
  editButtonRef,
  onToggleDone,
  onEdit,
  onRemove,
}: HearingItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kind = t(`hearings.kinds.${hearing.kind}`);
  const when = formatDateTime(hearing.at, language);
  const classes = ['item', 'hearing', overdue && 'is-overdue', hearing.done && 'is-done'];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        className="hearing__done"
        checked={pendingDone ?? hearing.done}
        aria-busy={pendingDone !== null || undefined}
        aria-label={t('hearings.markDone', { kind, when })}
        onChange={(event) => {
          if (pendingDone === null) onToggleDone(event.target.checked);
        }}
      />
      <div className="item__body">
        <p className="hearing__when">
          <time dateTime={hearing.at}>{when}</time>
          {overdue && <span className="badge badge--overdue">{t('hearings.overdue')}</span>}
        </p>
        <p className="hearing__kind">{kind}</p>
        {hearing.place && <p className="hearing__place">{hearing.place}</p>}
        {hearing.notes && <p className="hearing__notes preserve-lines">{hearing.notes}</p>}
      </div>
      <div className="item__actions">
        <Button
          ref={editButtonRef}
          variant="quiet"
          aria-label={t('hearings.editItem', { kind, when })}
          onClick={onEdit}
        >
          {t('common.edit')}
        </Button>
        <Button
          variant="quiet"
          aria-label={t('hearings.removeItem', { kind, when })}
          onClick={onRemove}
        >
          {t('common.remove')}
        </Button>
      </div>
    </li>
  );
}
