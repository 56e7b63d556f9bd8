import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseChanges, CaseDetail } from '../../../../shared/domain/case';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ScreenHeading } from '../../components/Heading';
import { StatusChip } from '../../components/StatusChip';
import { ExportDossierLink } from '../dossier/ExportDossierLink';
import { CaseDetails } from './CaseDetails';
import { CaseForm } from './CaseForm';
import { toChanges, valuesFromCase } from './caseFormValues';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { useCaseMutation } from './queries';

/** Title, status and the case's own fields, with edit, archive and delete. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const update = useCaseMutation((changes: CaseChanges) =>
    api.cases.update({ id: detail.id, changes }),
  );
  const setArchived = useCaseMutation((archive: boolean) =>
    archive ? api.cases.archive({ id: detail.id }) : api.cases.unarchive({ id: detail.id }),
  );
  const archived = detail.status === 'archived';

  // Leaving edit mode puts focus back on the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const stopEditing = () => {
    setEditing(false);
    update.reset(); // a failed save is not shown again the next time the form opens
  };

  return (
    <section className="case-header" aria-labelledby="case-title">
      <div className="case-header__top">
        <CaseTitle detail={detail} />
        {!editing && (
          <div className="case-header__actions">
            <Button ref={editButton} onClick={() => setEditing(true)}>
              {t('cases.page.edit')}
            </Button>
            <ExportDossierLink caseId={detail.id} />
            <Button busy={setArchived.isPending} onClick={() => setArchived.mutate(!archived)}>
              {archived ? t('cases.page.unarchive') : t('cases.page.archive')}
            </Button>
            <Button variant="danger" onClick={() => setDeleting(true)}>
              {t('cases.page.delete')}
            </Button>
          </div>
        )}
      </div>
      <ErrorNotice error={setArchived.error} />
      {archived && <p className="notice notice--info">{t('cases.page.archivedNote')}</p>}
      {editing ? (
        <div className="panel">
          <h2 className="panel__title">{t('cases.page.editTitle')}</h2>
          <CaseForm
            initial={valuesFromCase(detail)}
            submitLabel={t('common.save')}
            busyLabel={t('common.saving')}
            busy={update.isPending}
            error={update.error}
            focusTitle
            onSubmit={(values) => update.mutate(toChanges(values), { onSuccess: stopEditing })}
            onCancel={stopEditing}
          />
        </div>
      ) : (
        <div className="panel">
          <h2 className="visually-hidden">{t('cases.page.details')}</h2>
          <CaseDetails detail={detail} />
        </div>
      )}
      {deleting && <DeleteCaseDialog detail={detail} onCancel={() => setDeleting(false)} />}
    </section>
  );
}

function CaseTitle({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  return (
    <div className="case-header__titles">
      <ScreenHeading className="case-header__title">
        <span id="case-title">{detail.title}</span>
      </ScreenHeading>
      <div className="case-header__badges">
        <StatusChip status={detail.status} />
        {detail.number && (
          <span className="case-header__number">
            {t('cases.list.caseNumber', { number: detail.number })}
          </span>
        )}
      </div>
    </div>
  );
}
