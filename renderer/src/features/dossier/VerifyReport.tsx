import { useTranslation } from 'react-i18next';
import type { DossierVerifyReport, VerifyProblem } from '../../../../shared/domain/dossier';

/** The outcome of re-hashing a dossier ZIP: all files match, or each problem with its file. */
export function VerifyReport({
  report,
  fileName,
}: {
  report: DossierVerifyReport;
  fileName: string;
}) {
  const { t } = useTranslation();
  if (report.ok) {
    return (
      <div className="dossier-verify dossier-verify--ok" role="status">
        <p className="dossier-verify__headline">
          <span className="dossier-verify__mark" aria-hidden="true">
            ✓
          </span>
          <span>{t('dossier.verify.ok', { file: fileName })}</span>
        </p>
        <p>{t('dossier.verify.checked', { count: report.checked })}</p>
      </div>
    );
  }
  return (
    <div className="dossier-verify dossier-verify--failed" role="alert">
      <p className="dossier-verify__headline">
        <span className="dossier-verify__mark" aria-hidden="true">
          ✗
        </span>
        <span>{t('dossier.verify.failed', { file: fileName, count: report.problems.length })}</span>
      </p>
      <p>{t('dossier.verify.checked', { count: report.checked })}</p>
      <ul className="dossier-verify__problems" aria-label={t('dossier.verify.problemsLabel')}>
        {report.problems.map((problem, index) => (
          <ProblemItem key={`${problem.kind}:${problem.file}:${index}`} problem={problem} />
        ))}
      </ul>
    </div>
  );
}

function ProblemItem({ problem }: { problem: VerifyProblem }) {
  const { t } = useTranslation();
  return (
    <li className="dossier-verify__problem" data-kind={problem.kind}>
      <span className="dossier-verify__file">{problem.file}</span>{' '}
      <span>{t(`dossier.verify.problems.${problem.kind}`)}</span>
      {(problem.expected !== undefined || problem.actual !== undefined) && (
        <dl className="dossier-verify__hashes">
          {problem.expected !== undefined && (
            <div>
              <dt>{t('dossier.verify.expected')}</dt>
              <dd>{problem.expected}</dd>
            </div>
          )}
          {problem.actual !== undefined && (
            <div>
              <dt>{t('dossier.verify.actual')}</dt>
              <dd>{problem.actual}</dd>
            </div>
          )}
        </dl>
      )}
    </li>
  );
}
