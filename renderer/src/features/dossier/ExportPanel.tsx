import { useTranslation } from 'react-i18next';
import type { DossierFormat, StampOptions } from '../../../../shared/domain/dossier';
import { ApiError } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { isErrorCode } from '../../../../shared/errors';
import { DossierResultSummary } from './DossierResultSummary';
import type { DossierExportRun } from './useDossierExport';
import { ProgressBar } from '../../components/ProgressBar';

interface ExportPanelProps {
  run: DossierExportRun | null;
  running: boolean;
  starting: boolean;
  cancelling: boolean;
  error: unknown;
  /** Translated reasons the export cannot start yet; the buttons then say so instead. */
  problems: readonly string[];
  /** The stamp the export used, for the summary's first and last stamp. */
  stamp: StampOptions | null;
  onExport: (format: DossierFormat) => void;
  onCancel: () => void;
  onClose: () => void;
}

/** The two exports, the running job's progress with its cancel, then the job's outcome. */
export function ExportPanel(props: ExportPanelProps) {
  const { t } = useTranslation();
  const { run } = props;
  const progress = run?.progress ?? null;
  const known = progress !== null && progress.total > 0;
  const failure =
    progress?.state === 'failed' && progress.error
      ? new ApiError(
          isErrorCode(progress.error.code) ? progress.error.code : 'INTERNAL',
          progress.error.message,
        )
      : null;

  return (
    <section className="panel dossier-panel" aria-labelledby="dossier-export-title">
      <h2 id="dossier-export-title" className="panel__title">
        {t('dossier.export.title')}
      </h2>
      {props.problems.length > 0 && (
        <ul className="notice notice--warning dossier-export__problems" id="dossier-problems">
          {props.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="dossier-export__buttons">
        {(['pdf', 'zip'] as const).map((format) => (
          <Button
            key={format}
            variant={format === 'pdf' ? 'primary' : 'secondary'}
            busy={props.starting}
            disabled={props.running || props.problems.length > 0}
            aria-describedby={props.problems.length > 0 ? 'dossier-problems' : undefined}
            onClick={() => props.onExport(format)}
          >
            {t(`dossier.export.${format}`)}
          </Button>
        ))}
      </div>
      <ErrorNotice error={props.error} />
      {run && (
        <div
          className="import-panel dossier-export__run"
          role="region"
          aria-label={t('dossier.export.runLabel')}
        >
          {props.running ? (
            <>
              <ProgressBar
                label={t('dossier.export.progressLabel')}
                completed={progress?.completed ?? 0}
                total={progress?.total ?? 0}
                valueText={t('dossier.export.progress', {
                  completed: progress?.completed ?? 0,
                  total: progress?.total ?? 0,
                })}
              />
              <p className="import-panel__status">
                {known
                  ? t('dossier.export.progress', {
                      completed: progress.completed,
                      total: progress.total,
                    })
                  : t('dossier.export.starting')}
              </p>
              {progress?.current && (
                <p className="import-panel__current">
                  {t('dossier.export.current', { title: progress.current })}
                </p>
              )}
              <div className="import-panel__actions">
                <Button busy={props.cancelling} disabled={!run.jobId} onClick={props.onCancel}>
                  {t('dossier.export.cancel')}
                </Button>
              </div>
            </>
          ) : (
            <>
              {progress?.state === 'done' && progress.result && (
                <DossierResultSummary
                  result={progress.result}
                  fileName={run.fileName}
                  stamp={props.stamp}
                />
              )}
              {progress?.state === 'cancelled' && (
                <p className="dossier-export__outcome" role="status">
                  {t('dossier.export.cancelled')}
                </p>
              )}
              {progress?.state === 'failed' && (
                <>
                  <p className="dossier-export__outcome" role="status">
                    {t('dossier.export.failed')}
                  </p>
                  <ErrorNotice error={failure ?? new ApiError('INTERNAL', 'The export failed')} />
                </>
              )}
              <div className="import-panel__actions">
                <Button onClick={props.onClose}>{t('dossier.export.close')}</Button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
