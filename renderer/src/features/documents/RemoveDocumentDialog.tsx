import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDependentsPolicy } from '../../../../shared/domain/fact';
import type { DocumentId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { documentKeys } from './queries';

interface RemoveDocumentDialogProps {
  document: { id: DocumentId; title: string };
  busy: boolean;
  error: unknown;
  onConfirm: (dependents: DocumentDependentsPolicy) => void;
  onCancel: () => void;
}

interface Choice<T extends string> {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

function ChoiceGroup<T extends string>({ legend, value, options, onChange }: Choice<T>) {
  const name = useId();
  return (
    <fieldset className="remove-document__choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio">
          <input
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Asks before deleting a document, and what becomes of what hangs on it: its highlights and
 * comments (deleted, or kept as a note of the case) and the facts quoting it (kept with the
 * source marked deleted, or deleted). The harmless choices are preselected.
 */
export function RemoveDocumentDialog({
  document,
  busy,
  error,
  onConfirm,
  onCancel,
}: RemoveDocumentDialogProps) {
  const { t } = useTranslation();
  const dependents = useQuery({
    queryKey: [...documentKeys.detail(document.id), 'dependents'],
    queryFn: () => api.documents.dependents({ id: document.id }),
    staleTime: 0,
  });
  const [annotations, setAnnotations] =
    useState<DocumentDependentsPolicy['annotations']>('keepAsNote');
  const [facts, setFacts] = useState<DocumentDependentsPolicy['facts']>('keep');
  const counts = dependents.data;

  return (
    <ConfirmDialog
      title={t('documents.removeTitle')}
      body={
        <>
          <p>{t('documents.removeBody', { title: document.title })}</p>
          {dependents.isPending && <p className="loading">{t('app.loading')}</p>}
          <ErrorNotice error={dependents.error} />
          {counts && counts.annotations > 0 && (
            <ChoiceGroup
              legend={t('documents.removeDependents.annotations', { count: counts.annotations })}
              value={annotations}
              options={[
                {
                  value: 'keepAsNote',
                  label: t('documents.removeDependents.annotationsKeepAsNote'),
                },
                { value: 'delete', label: t('documents.removeDependents.annotationsDelete') },
              ]}
              onChange={setAnnotations}
            />
          )}
          {counts && counts.facts > 0 && (
            <ChoiceGroup
              legend={t('documents.removeDependents.facts', { count: counts.facts })}
              value={facts}
              options={[
                { value: 'keep', label: t('documents.removeDependents.factsKeep') },
                { value: 'delete', label: t('documents.removeDependents.factsDelete') },
              ]}
              onChange={setFacts}
            />
          )}
        </>
      }
      confirmLabel={t('common.remove')}
      busy={busy || dependents.isPending}
      error={error}
      onConfirm={() => onConfirm({ annotations, facts })}
      onCancel={onCancel}
    />
  );
}
