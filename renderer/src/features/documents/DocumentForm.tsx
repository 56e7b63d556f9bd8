import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_LANGUAGES,
  DOCUMENT_TYPES,
  type DocumentChanges,
  type DocumentDetail,
  type DocumentLanguage,
  type DocumentType,
} from '../../../../shared/domain/document';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { parseTags } from '../cases/caseFormValues';

/** An empty choice first: a document's language may be unknown. */
const LANGUAGE_CHOICES = ['', ...DOCUMENT_LANGUAGES] as const;

interface DocumentValues {
  title: string;
  docType: DocumentType;
  docDate: string;
  source: string;
  language: DocumentLanguage | '';
  tags: string;
  description: string;
}

const valuesOf = (detail: DocumentDetail): DocumentValues => ({
  title: detail.title,
  docType: detail.docType,
  docDate: detail.docDate ?? '',
  source: detail.source ?? '',
  language: detail.language ?? '',
  tags: detail.tags.join(', '),
  description: detail.description ?? '',
});

const nullable = (value: string): string | null => (value.trim() ? value : null);

function toChanges(values: DocumentValues): DocumentChanges {
  return {
    title: values.title.trim(),
    docType: values.docType,
    docDate: values.docDate || null,
    source: nullable(values.source),
    language: values.language || null,
    tags: parseTags(values.tags),
    description: nullable(values.description),
  };
}

interface DocumentFormProps {
  detail: DocumentDetail;
  busy: boolean;
  error: unknown;
  onSubmit: (changes: DocumentChanges) => void;
  onCancel: () => void;
}

export function DocumentForm({ detail, busy, error, onSubmit, onCancel }: DocumentFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => valuesOf(detail));
  const [titleMissing, setTitleMissing] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const set = (changes: Partial<DocumentValues>) =>
    setValues((current) => ({ ...current, ...changes }));

  useEffect(() => titleRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.title.trim()) {
      setTitleMissing(true);
      titleRef.current?.focus();
      return;
    }
    onSubmit(toChanges(values));
  };

  const title = t('documents.editTitle');
  return (
    <form className="form inline-form" onSubmit={submit} noValidate aria-label={title}>
      <p className="inline-form__title">{title}</p>
      <Field
        label={t('documents.fields.title')}
        error={titleMissing ? t('documents.fields.titleRequired') : null}
        required
      >
        {(control) => (
          <input
            {...control}
            ref={titleRef}
            type="text"
            value={values.title}
            onChange={(event) => {
              set({ title: event.target.value });
              setTitleMissing(false);
            }}
          />
        )}
      </Field>
      <div className="form__grid">
        <EnumSelect
          label={t('documents.fields.type')}
          options={DOCUMENT_TYPES}
          value={values.docType}
          optionLabel={(type) => t(`documents.types.${type}`)}
          onChange={(docType) => set({ docType })}
        />
        <Field label={t('documents.fields.date')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.docDate}
              onChange={(event) => set({ docDate: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('documents.fields.source')}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.source}
              onChange={(event) => set({ source: event.target.value })}
            />
          )}
        </Field>
        <EnumSelect
          label={t('documents.fields.language')}
          options={LANGUAGE_CHOICES}
          value={values.language}
          optionLabel={(language) =>
            language ? t(`documents.languages.${language}`) : t('common.notSet')
          }
          onChange={(language) => set({ language })}
        />
      </div>
      <Field label={t('documents.fields.tags')} hint={t('documents.fields.tagsHint')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.tags}
            onChange={(event) => set({ tags: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('documents.fields.description')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.description}
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
      <FormActions error={error} busy={busy} onCancel={onCancel} />
    </form>
  );
}
