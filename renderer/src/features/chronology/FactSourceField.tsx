import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { useDocument } from '../documents/queries';
import type { FormSource } from './factForm';

interface FactSourceFieldProps {
  source: FormSource | null;
  onClear: () => void;
}

/** The attached page with its quote; a new fact's source is titled by looking the document up. */
export function FactSourceField({ source, onClear }: FactSourceFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fact-source">
      <legend className="field__label">{t('chronology.form.source')}</legend>
      {source ? (
        <div className="fact-source__body">
          <p className="fact-source__where">
            <SourceTitle source={source} />{' '}
            <span>{t('chronology.source.page', { page: source.page })}</span>
          </p>
          {source.quote && <blockquote className="fact-source__quote">{source.quote}</blockquote>}
          <Button variant="quiet" onClick={onClear}>
            {t('chronology.form.clearSource')}
          </Button>
        </div>
      ) : (
        <p className="field__hint">{t('chronology.form.noSource')}</p>
      )}
    </fieldset>
  );
}

function SourceTitle({ source }: { source: FormSource }) {
  const { t } = useTranslation();
  if (source.documentId === null) {
    return (
      <span className="fact-source__title">
        {source.documentTitle}{' '}
        <span className="fact-source__deleted">({t('chronology.source.deleted')})</span>
      </span>
    );
  }
  if (source.documentTitle !== null)
    return <span className="fact-source__title">{source.documentTitle}</span>;
  return <LookedUpTitle id={source.documentId} />;
}

function LookedUpTitle({ id }: { id: NonNullable<FormSource['documentId']> }) {
  const { t } = useTranslation();
  const query = useDocument(id);
  return (
    <span className="fact-source__title">
      {query.data?.title ?? (query.isError ? t('chronology.source.deleted') : t('app.loading'))}
    </span>
  );
}
