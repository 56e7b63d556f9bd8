import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../../../shared/domain/integrity';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassphraseInput } from './PassphraseInput';

/** "Check vault": every check the core has, and each problem named. */
export function CheckPanel() {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<IntegrityReport | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Rendered inside the settings form (through a portal): its submit must not see ours.
    event.stopPropagation();
    if (passphrase.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api.vault.check({ passphrase }));
      setPassphrase('');
    } catch (failure: unknown) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel vault-tools__section" aria-labelledby="vault-tools-check">
      <h3 id="vault-tools-check" className="panel__title">
        {t('vaultTools.check.title')}
      </h3>
      <p className="hint">{t('vaultTools.check.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseInput
          label={t('vaultTools.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? t('vaultTools.check.busy') : t('vaultTools.check.start')}
          </Button>
        </div>
      </form>
      <ErrorNotice error={error} />
      {report && <IntegrityReportView report={report} />}
    </section>
  );
}

function IntegrityReportView({ report }: { report: IntegrityReport }) {
  const { t } = useTranslation();
  return (
    <div className="vault-tools__report" role="status" aria-label={t('vaultTools.check.report')}>
      <p className={report.ok ? 'notice notice--success' : 'notice notice--warning'}>
        {report.ok
          ? t('vaultTools.check.ok', { pages: report.pages, documents: report.documents })
          : t('vaultTools.check.problems', { count: report.problems.length })}
      </p>
      {report.problems.length > 0 && (
        <ul className="vault-tools__problems">
          {report.problems.map((problem, index) => (
            <li key={index}>
              <strong>{t(`vaultTools.check.kind.${problem.kind}`)}</strong>
              {problem.documentTitle !== undefined &&
                ` — ${t('vaultTools.check.document', { title: problem.documentTitle })}`}
              {problem.table !== undefined &&
                ` — ${t('vaultTools.check.table', { table: problem.table })}`}
              {problem.page !== undefined &&
                ` — ${t('vaultTools.check.page', { page: problem.page })}`}
              <div className="hint">{problem.detail}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
