import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/domain/case';
import { Button } from '../../components/Button';

interface PartyItemProps {
  party: Party;
  editButtonRef: Ref<HTMLButtonElement>;
  onEdit: () => void;
  onRemove: () => void;
}

export function PartyItem({ party, editButtonRef, onEdit, onRemove }: PartyItemProps) {
  const { t } = useTranslation();
  return (
    <li className="item party">
      <div className="item__body">
        <p className="party__name">{party.name}</p>
        <p className="party__role">{t(`parties.roles.${party.role}`)}</p>
        {party.contact && <p className="party__contact preserve-lines">{party.contact}</p>}
      </div>
      <div className="item__actions">
        <Button
          ref={editButtonRef}
          variant="quiet"
          aria-label={t('parties.editItem', { name: party.name })}
          onClick={onEdit}
        >
          {t('common.edit')}
        </Button>
        <Button
          variant="quiet"
          aria-label={t('parties.removeItem', { name: party.name })}
          onClick={onRemove}
        >
          {t('common.remove')}
        </Button>
      </div>
    </li>
  );
}
