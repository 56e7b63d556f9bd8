import { useTranslation } from 'react-i18next';
import type { CaseDetail, Party } from '../../../../shared/domain/case';
import type { PartyId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PartyForm, type PartyValues } from './PartyForm';
import { PartyItem } from './PartyItem';
import { useCaseMutation } from './queries';
import { useItemEditing } from './useItemEditing';

function usePartyMutations(detail: CaseDetail) {
  const add = useCaseMutation((values: PartyValues) =>
    api.parties.add({
      caseId: detail.id,
      name: values.name,
      role: values.role,
      ...(values.contact.trim() ? { contact: values.contact } : {}),
    }),
  );
  const update = useCaseMutation(({ id, values }: { id: PartyId; values: PartyValues }) =>
    api.parties.update({
      id,
      changes: {
        name: values.name,
        role: values.role,
        contact: values.contact.trim() ? values.contact : null,
      },
    }),
  );
  const remove = useCaseMutation((id: PartyId) => api.parties.remove({ id }));
  return { add, update, remove };
}

export function PartiesSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { add, update, remove } = usePartyMutations(detail);
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
  } = useItemEditing<PartyId, Party>({ add, update, remove });

  return (
    <section className="panel case-section" aria-labelledby="parties-title">
      <h2 id="parties-title" className="panel__title">
        {t('parties.title')} <span className="count">{detail.parties.length}</span>
      </h2>
      {detail.parties.length === 0 && editing.mode !== 'add' && (
        <p className="muted">{t('parties.empty')}</p>
      )}
      {detail.parties.length > 0 && (
        <ul className="item-list">
          {detail.parties.map((party) =>
            isEditing(party.id) ? (
              <li key={party.id} className="item item--editing">
                <PartyForm
                  title={t('parties.editTitle')}
                  party={party}
                  busy={update.isPending}
                  error={update.error}
                  onSubmit={(values) =>
                    update.mutate({ id: party.id, values }, { onSuccess: closeForm })
                  }
                  onCancel={closeForm}
                />
              </li>
            ) : (
              <PartyItem
                key={party.id}
                party={party}
                editButtonRef={bindEditButton(party.id)}
                onEdit={() => startEdit(party.id)}
                onRemove={() => askToRemove(party)}
              />
            ),
          )}
        </ul>
      )}
      {editing.mode === 'add' ? (
        <PartyForm
          title={t('parties.addTitle')}
          busy={add.isPending}
          error={add.error}
          onSubmit={(values) => add.mutate(values, { onSuccess: closeForm })}
          onCancel={closeForm}
        />
      ) : (
        <div className="case-section__add">
          <Button ref={bindAddButton} onClick={startAdd}>
            {t('parties.add')}
          </Button>
        </div>
      )}
      {removing && (
        <ConfirmDialog
          title={t('parties.removeTitle')}
          body={<p>{t('parties.removeBody', { name: removing.name })}</p>}
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
