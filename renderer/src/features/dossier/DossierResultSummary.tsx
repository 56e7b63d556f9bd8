import { useTranslation } from 'react-i18next';
import type { DossierResult, StampOptions } from '../../../../shared/domain/dossier';
import { stampRange } from './stampPreview';

/** What was written: pages, documents, what was left out and why, and the file's SHA-256. */
export function DossierResultSummary({
  result,
  fileName,
  stamp,
}: {
  result: DossierResult;
  fileName: string;
  stamp: StampOptions | null;
}) {
  const { t } = useTranslation();
  const range = stamp && result.pages > 0 ? stampRange(stamp, result.pages) : null;
  return (
    <div className="dossier-result">
      <p className="dossier-result__headline" role="status">
        {t(`dossier.result.done.${result.format}`, { file: fileName })}
      </p>
      <dl className="dossier-result__facts">
        <div>
          <dt>{t('dossier.result.pages')}</dt>
          <dd data-testid="dossier-pages">{result.pages}</dd>
        </div>
        <div>
          <dt>{t('dossier.result.documents')}</dt>
          <dd data-testid="dossier-documents">{result.documents}</dd>
        </div>
        {range && (
          <div>
            <dt>{t('dossier.result.stamps')}</dt>
            <dd>{t('dossier.result.stampRange', range)}</dd>
          </div>
        )}
        <div>
          <dt>{t('dossier.result.sha256')}</dt>
          <dd className="dossier-result__hash" data-testid="dossier-sha256">
            {result.sha256}
          </dd>
        </div>
      </dl>
      {result.excluded.length > 0 && (
        <div className="notice notice--warning">
          <p>{t('dossier.result.excluded', { count: result.excluded.length })}</p>
          <ul className="dossier-result__excluded" aria-label={t('dossier.result.excludedList')}>
            {result.excluded.map((item) => (
              <li key={item.documentId}>
                <span className="dossier-result__excluded-title">{item.title}</span>
                {' — '}
                {t(`dossier.result.reasons.${item.reason}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
