import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { formatDayHeading, formatTime, localDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import type { DayGroup } from './groupByDay';

export function DayGroupSection({ group }: { group: DayGroup }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const relative =
    group.day === localDay()
      ? t('upcoming.today')
      : group.day === localDay(new Date(), 1)
        ? t('upcoming.tomorrow')
        : null;
  const headingId = `day-${group.day}`;
  return (
    <section className="day-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="day-group__heading">
        {relative && <span className="day-group__relative">{relative}</span>}
        <time dateTime={group.day}>{formatDayHeading(group.day, language)}</time>
      </h2>
      <ul className="agenda">
        {group.items.map((item) => (
          <li key={item.id} className={item.overdue ? 'agenda__item is-overdue' : 'agenda__item'}>
            <time className="agenda__time" dateTime={item.at}>
              {formatTime(item.at, language)}
            </time>
            <div className="agenda__body">
              <p className="agenda__kind">
                {t(`hearings.kinds.${item.kind}`)}
                {item.overdue && (
                  <span className="badge badge--overdue">{t('upcoming.overdue')}</span>
                )}
              </p>
              <Link to={{ name: 'case', id: item.caseId }} className="agenda__case">
                {item.caseTitle}
              </Link>
              {item.caseNumber && (
                <span className="agenda__number">
                  {t('cases.list.caseNumber', { number: item.caseNumber })}
                </span>
              )}
              {item.place && <p className="agenda__place">{item.place}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
