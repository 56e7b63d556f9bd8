import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../../shared/domain/case';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

interface HearingItemProps {
  hearing: Hearing;
  overdue: boolean;
  editButtonRef: Ref<HTMLButtonElement>;
  /** Resolves once stored; rejects on failure (the section shows the error). */
  onToggleDone: (done: boolean) => Promise<unknown>;
  onEdit: () => void;
  onRemove: () => void;
}

export function HearingItem({
  hearing,
  overdue,
  editButtonRef,
  onToggleDone,
  onEdit,
  onRemove,
}: HearingItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kind = t(`hearings.kinds.${hearing.kind}`);
  const when = formatDateTime(hearing.at, language);
  // The box shows the lawyer's click at once and keeps showing it until the stored value agrees;
  // following the store alone made it flick back while the core answered and the list refetched.
  const [requested, setRequested] = useState<boolean | null>(null);
  if (requested !== null && hearing.done === requested) setRequested(null);
  const classes = ['item', 'hearing', overdue && 'is-overdue', hearing.done && 'is-done'];
  return (
    <li className={classes.filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        className="hearing__done"
        checked={requested ?? hearing.done}
        aria-busy={requested !== null || undefined}
        aria-label={t('hearings.markDone', { kind, when })}
        onChange={(event) => {
          if (requested !== null) return;
          const done = event.target.checked;
          setRequested(done);
          onToggleDone(done).catch(() => setRequested(null));
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
