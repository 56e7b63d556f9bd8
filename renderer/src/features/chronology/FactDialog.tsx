import { useState, type FormEvent, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FACT_IMPORTANCE,
  FACT_STATUSES,
  type Fact,
  type FactChanges,
  type FactInput,
  type FactInputDraft,
} from '../../../../shared/domain/fact';
import type { CaseId, FactId } from '../../../../shared/domain/ids';
import { Dialog } from '../../components/Dialog';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { api } from '../../api';
import { useCase } from '../cases/queries';
import { issuesOf } from './chronologyModel';
import { FactDateField } from './FactDateField';
import { FactIssuesField } from './FactIssuesField';
import { FactPeopleField } from './FactPeopleField';
import { FactSourceField } from './FactSourceField';
import {
  changesOf,
  initialFormValues,
  STATEMENT_MAX,
  validateFact,
  type FactFieldErrors,
  type FactFormValues,
} from './factForm';
import { useFactMutation, useFacts } from './queries';

export interface FactDialogProps {
  caseId: CaseId;
  /** Prefill for a new fact (e.g. from a viewer selection: source {documentId, page, quote, annotationId}). */
  initial?: Partial<FactInputDraft>;
  /** Editing an existing fact instead of creating one. */
  fact?: Fact;
  onClose: () => void;
  onSaved?: (fact: Fact) => void;
}

/** Adds a fact to the chronology or edits one; used by the chronology and by the viewer. */
export function FactDialog({
  caseId,
  initial,
  fact,
  onClose,
  onSaved,
}: FactDialogProps): JSX.Element {
  const { t } = useTranslation();
  const detail = useCase(caseId);
  const facts = useFacts(caseId);
  const [values, setValues] = useState<FactFormValues>(() => initialFormValues(fact, initial));
  const [errors, setErrors] = useState<FactFieldErrors>({});
  const set = (changes: Partial<FactFormValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    // A field's complaint goes once it is touched again; the others stay until the next submit.
    setErrors((current) => {
      const next = { ...current };
      if ('statement' in changes) delete next.statement;
      if ('issues' in changes) delete next.issues;
      if ('partyIds' in changes) delete next.people;
      if ('sourceNote' in changes) delete next.sourceNote;
      if (Object.keys(changes).some((key) => key.startsWith('date') || key in dateKeys))
        delete next.date;
      return next;
    });
  };
  const save = useFactMutation((request: SaveRequest) =>
    'changes' in request ? api.facts.update(request) : api.facts.create(request.input),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const validated = validateFact(caseId, values);
    if (!validated.ok) {
      setErrors(validated.errors);
      return;
    }
    const request: SaveRequest = fact
      ? { id: fact.id, changes: changesOf(fact, validated.input, values) }
      : { input: validated.input };
    save.mutate(request, {
      onSuccess: (saved) => {
        onSaved?.(saved);
        onClose();
      },
    });
  };

  const error = (key: keyof FactFieldErrors) => {
    const code = errors[key];
    return code ? t(`chronology.errors.${code}`, { max: STATEMENT_MAX }) : null;
  };

  return (
    <Dialog title={fact ? t('chronology.editFact') : t('chronology.newFact')} onClose={onClose}>
      <form className="form fact-dialog" onSubmit={submit} noValidate>
        <div className="fact-dialog__fields">
          <FactDateField values={values} error={errors.date} onChange={set} />
          <Field label={t('chronology.form.statement')} error={error('statement')} required>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={STATEMENT_MAX}
                value={values.statement}
                onChange={(event) => set({ statement: event.target.value })}
              />
            )}
          </Field>
          <FactPeopleField
            parties={detail.data?.parties ?? []}
            value={values.partyIds}
            error={error('people')}
            onChange={(partyIds) => set({ partyIds })}
          />
          <FactIssuesField
            value={values.issues}
            suggestions={issuesOf(facts.data ?? [])}
            error={error('issues')}
            onChange={(issues) => set({ issues })}
          />
          <div className="form__grid">
            <EnumSelect
              label={t('chronology.form.status')}
              options={FACT_STATUSES}
              value={values.status}
              optionLabel={(status) => t(`chronology.status.${status}`)}
              onChange={(status) => set({ status })}
            />
            <EnumSelect
              label={t('chronology.form.importance')}
              options={FACT_IMPORTANCE}
              value={values.importance}
              optionLabel={(importance) => t(`chronology.importance.${importance}`)}
              onChange={(importance) => set({ importance })}
            />
          </div>
          <FactSourceField source={values.source} onClear={() => set({ source: null })} />
          {errors.source && (
            <p className="field__error" role="alert">
              {error('source')}
            </p>
          )}
          <Field
            label={t('chronology.form.sourceNote')}
            hint={t('chronology.form.sourceNoteHint')}
            error={error('sourceNote')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={values.sourceNote}
                onChange={(event) => set({ sourceNote: event.target.value })}
              />
            )}
          </Field>
        </div>
        <FormActions
          error={save.error}
          busy={save.isPending}
          submitLabel={fact ? t('common.save') : t('chronology.form.create')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

type SaveRequest = { input: FactInput } | { id: FactId; changes: FactChanges };

const dateKeys = { day: true, month: true, year: true, from: true, to: true };
