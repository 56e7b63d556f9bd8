import { useTranslation } from 'react-i18next';
import type { CaseDetail, Hearing } from '../../../../shared/domain/case';
import type { HearingId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime, localNow } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { HearingForm, type HearingValues } from './HearingForm';
import { HearingItem } from './HearingItem';
import { useCaseMutation } from './queries';
import { useItemEditing } from './useItemEditing';

function useHearingMutations(detail: CaseDetail) {
  const add = useCaseMutation((values: HearingValues) =>
    api.hearings.add({
      caseId: detail.id,
      at: values.at,
      kind: values.kind,
      done: values.done,
      ...(values.place.trim() ? { place: values.place } : {}),
      ...(values.notes.trim() ? { notes: values.notes } : {}),
    }),
  );
  const update = useCaseMutation(({ id, values }: { id: HearingId; values: HearingValues }) =>
    api.hearings.update({
      id,
      changes: {
        at: values.at,
        kind: values.kind,
        done: values.done,
        place: values.place.trim() ? values.place : null,
        notes: values.notes.trim() ? values.notes : null,
      },
    }),
  );
  const toggleDone = useCaseMutation(({ id, done }: { id: HearingId; done: boolean }) =>
    api.hearings.update({ id, changes: { done } }),
  );
  const remove = useCaseMutation((id: HearingId) => api.hearings.remove({ id }));
  return { add, update, toggleDone, remove };
}

export function HearingsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { add, update, toggleDone, remove } = useHearingMutations(detail);
  const {
    editing,
    removing,
    isEditing,
    bindAddButton,
    bindEditButton,
    startAdd,
    startEdit,
    closeForm,
    askToRemove,
    closeRemove,
  } = useItemEditing<HearingId, Hearing>({ add, update, remove });
  const now = localNow();
  const hearings = [...detail.hearings].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <section className="panel case-section" aria-labelledby="hearings-title">
      <h2 id="hearings-title" className="panel__title">
        {t('hearings.title')} <span className="count">{hearings.length}</span>
      </h2>
      {hearings.length === 0 && editing.mode !== 'add' && (
        <p className="muted">{t('hearings.empty')}</p>
      )}
      {hearings.length > 0 && (
        <ul className="item-list">
          {hearings.map((hearing) =>
            isEditing(hearing.id) ? (
              <li key={hearing.id} className="item item--editing">
                <HearingForm
                  title={t('hearings.editTitle')}
                  hearing={hearing}
                  busy={update.isPending}
                  error={update.error}
                  onSubmit={(values) =>
                    update.mutate({ id: hearing.id, values }, { onSuccess: closeForm })
                  }
                  onCancel={closeForm}
                />
              </li>
            ) : (
              <HearingItem
                key={hearing.id}
                hearing={hearing}
                overdue={!hearing.done && hearing.at < now}
                editButtonRef={bindEditButton(hearing.id)}
                onToggleDone={(done) => toggleDone.mutateAsync({ id: hearing.id, done })}
                onEdit={() => startEdit(hearing.id)}
                onRemove={() => askToRemove(hearing)}
              />
            ),
          )}
        </ul>
      )}
      <ErrorNotice error={toggleDone.error} />
      {editing.mode === 'add' ? (
        <HearingForm
          title={t('hearings.addTitle')}
          busy={add.isPending}
          error={add.error}
          onSubmit={(values) => add.mutate(values, { onSuccess: closeForm })}
          onCancel={closeForm}
        />
      ) : (
        <div className="case-section__add">
          <Button ref={bindAddButton} onClick={startAdd}>
            {t('hearings.add')}
          </Button>
        </div>
      )}
      {removing && (
        <ConfirmDialog
          title={t('hearings.removeTitle')}
          body={
            <p>
              {t('hearings.removeBody', {
                kind: t(`hearings.kinds.${removing.kind}`),
                when: formatDateTime(removing.at, language),
              })}
            </p>
          }
          confirmLabel={t('common.remove')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: () => closeRemove(true) })}
          onCancel={() => closeRemove(false)}
        />
      )}
    </section>
  );
}
