import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Party } from '../../../../shared/domain/case';
import type { PartyId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PartyForm, type PartyValues } from './PartyForm';
import { useCaseMutation } from './queries';

type Editing = { mode: 'none' } | { mode: 'add' } | { mode: 'edit'; id: PartyId };

export function PartiesSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>({ mode: 'none' });
  const [removing, setRemoving] = useState<Party | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

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

  const close = () => {
    setEditing({ mode: 'none' });
    add.reset();
    update.reset();
    // Focus must not fall to <body> when the form it was in disappears.
    requestAnimationFrame(() => addButton.current?.focus());
  };

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
            editing.mode === 'edit' && editing.id === party.id ? (
              <li key={party.id} className="item item--editing">
                <PartyForm
                  title={t('parties.editTitle')}
                  party={party}
                  busy={update.isPending}
                  error={update.error}
                  onSubmit={(values) =>
                    update.mutate({ id: party.id, values }, { onSuccess: close })
                  }
                  onCancel={close}
                />
              </li>
            ) : (
              <li key={party.id} className="item party">
                <div className="item__body">
                  <p className="party__name">{party.name}</p>
                  <p className="party__role">{t(`parties.roles.${party.role}`)}</p>
                  {party.contact && (
                    <p className="party__contact preserve-lines">{party.contact}</p>
                  )}
                </div>
                <div className="item__actions">
                  <Button
                    variant="quiet"
                    aria-label={t('parties.editItem', { name: party.name })}
                    onClick={() => setEditing({ mode: 'edit', id: party.id })}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant="quiet"
                    aria-label={t('parties.removeItem', { name: party.name })}
                    onClick={() => setRemoving(party)}
                  >
                    {t('common.remove')}
                  </Button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {editing.mode === 'add' ? (
        <PartyForm
          title={t('parties.addTitle')}
          busy={add.isPending}
          error={add.error}
          onSubmit={(values) => add.mutate(values, { onSuccess: close })}
          onCancel={close}
        />
      ) : (
        <div className="case-section__add">
          <Button ref={addButton} onClick={() => setEditing({ mode: 'add' })}>
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
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                setRemoving(null);
                remove.reset();
                requestAnimationFrame(() => addButton.current?.focus());
              },
            })
          }
          onCancel={() => {
            setRemoving(null);
            remove.reset();
          }}
        />
      )}
    </section>
  );
}
