import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useVerifyDossier } from './useVerifyDossier';
import { VerifyReport } from './VerifyReport';

/**
 * "Verify a dossier…": anyone handed a dossier ZIP can check that no file in it changed since
 * the export, without opening a case. The report opens in a dialog over the current screen.
 */
export function VerifyDossierButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { state, choosing, verify, close } = useVerifyDossier();
  return (
    <>
      <Button className={className} busy={choosing} aria-haspopup="dialog" onClick={verify}>
        {t('dossier.verify.open')}
      </Button>
      {state.phase !== 'idle' && (
        <Dialog title={t('dossier.verify.title')} onClose={close}>
          {state.phase === 'checking' && (
            <p className="loading" role="status">
              {t('dossier.verify.checking', { file: state.fileName })}
            </p>
          )}
          {state.phase === 'done' && (
            <VerifyReport report={state.report} fileName={state.fileName} />
          )}
          {state.phase === 'failed' && <ErrorNotice error={state.error} />}
          <div className="form__actions">
            <Button onClick={close}>{t('dossier.verify.close')}</Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
