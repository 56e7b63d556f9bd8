import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { ScreenHeading } from '../../components/Heading';
import { localNow } from '../../i18n/format';
import { DayGroupSection } from './DayGroupSection';
import { groupByDay } from './groupByDay';
import { useUpcoming } from './queries';

const PERIODS = [7, 14, 30, 60, 90] as const;

export function UpcomingScreen() {
  const { t } = useTranslation();
  const [days, setDays] = useState<number>(30);
  // Fixed while the screen is open, so the query key (and the list) does not churn each minute.
  const [now] = useState(localNow);
  const upcoming = useUpcoming(now, days);
  const groups = groupByDay(upcoming.data ?? []);
  const overdue = (upcoming.data ?? []).filter((item) => item.overdue).length;

  return (
    <div className="screen">
      <div className="screen__top">
        <ScreenHeading>{t('upcoming.title')}</ScreenHeading>
        <Field label={t('upcoming.range')} className="field--inline">
          {(control) => (
            <select
              {...control}
              value={days}
              onChange={(event) => setDays(Number(event.target.value))}
            >
              {PERIODS.map((period) => (
                <option key={period} value={period}>
                  {t('upcoming.days', { count: period })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorNotice error={upcoming.error} />
      {upcoming.isPending && <p className="loading">{t('app.loading')}</p>}
      {overdue > 0 && (
        <p className="notice notice--overdue">{t('upcoming.overdueCount', { count: overdue })}</p>
      )}
      {upcoming.isSuccess && groups.length === 0 && <EmptyState title={t('upcoming.empty')} />}
      {groups.map((group) => (
        <DayGroupSection key={group.day} group={group} />
      ))}
    </div>
  );
}
