import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** The case's fields as a definition list; empty ones say so instead of vanishing. */
export function CaseDetails({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string | null) => (value ? formatDate(value, language) : null);
  const rows = [
    ['number', detail.number],
    ['court', detail.court],
    ['judge', detail.judge],
    ['jurisdiction', detail.jurisdiction],
    ['openedOn', date(detail.openedOn)],
    ['closedOn', date(detail.closedOn)],
  ] as const;
  return (
    <div className="case-details">
      <dl className="details-list">
        {rows.map(([key, value]) => (
          <div key={key} className="details-list__row">
            <dt>{t(`cases.fields.${key}`)}</dt>
            <dd className={value ? undefined : 'is-empty'}>{value ?? t('common.notSet')}</dd>
          </div>
        ))}
        <div className="details-list__row">
          <dt>{t('cases.fields.tags')}</dt>
          <dd className={detail.tags.length ? undefined : 'is-empty'}>
            {detail.tags.length > 0 ? (
              <ul className="tag-list">
                {detail.tags.map((tag) => (
                  <li key={tag} className="tag">
                    {tag}
                  </li>
                ))}
              </ul>
            ) : (
              t('common.notSet')
            )}
          </dd>
        </div>
      </dl>
      {detail.description && (
        <div className="case-details__description">
          <h3>{t('cases.fields.description')}</h3>
          <p className="preserve-lines">{detail.description}</p>
        </div>
      )}
    </div>
  );
}
