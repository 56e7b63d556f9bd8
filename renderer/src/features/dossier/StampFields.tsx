import { useTranslation } from 'react-i18next';
import { stampSchema, STAMP_POSITIONS, type StampOptions } from '../../../../shared/domain/dossier';
import { EnumSelect } from '../../components/EnumSelect';
import { Field } from '../../components/Field';
import type { SettingsField } from './dossierOptions';
import { stampRange, type PageEstimate } from './stampPreview';

interface StampFieldsProps {
  stamp: StampOptions;
  estimate: PageEstimate;
  invalid: readonly SettingsField[];
  onChange: (stamp: StampOptions) => void;
}

const NUMBER_FIELDS = [
  { field: 'start', min: 0, max: 9_999_999, step: 1 },
  { field: 'digits', min: 1, max: 8, step: 1 },
  { field: 'fontSize', min: 6, max: 24, step: 1 },
] as const;

/**
 * The continuous number on every page, with the first and last stamp as they will print: the
 * preview goes through the same schema and `stampText` as the core, so it cannot disagree.
 */
export function StampFields({ stamp, estimate, invalid, onChange }: StampFieldsProps) {
  const { t } = useTranslation();
  const parsed = stampSchema.safeParse(stamp);
  const range = parsed.success ? stampRange(parsed.data, estimate.pages) : null;
  return (
    <section className="panel dossier-panel" aria-labelledby="dossier-stamp-title">
      <h2 id="dossier-stamp-title" className="panel__title">
        {t('dossier.stamp.title')}
      </h2>
      <div className="dossier-form__grid">
        <Field
          label={t('dossier.stamp.prefix')}
          hint={t('dossier.stamp.prefixHint')}
          error={invalid.includes('prefix') ? t('dossier.stamp.prefixInvalid') : null}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={40}
              spellCheck={false}
              value={stamp.prefix}
              onChange={(event) => onChange({ ...stamp, prefix: event.target.value })}
            />
          )}
        </Field>
        {NUMBER_FIELDS.map(({ field, min, max, step }) => (
          <Field
            key={field}
            label={t(`dossier.stamp.${field}`)}
            error={invalid.includes(field) ? t('dossier.stamp.outOfRange', { min, max }) : null}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={step}
                value={Number.isNaN(stamp[field]) ? '' : stamp[field]}
                onChange={(event) =>
                  onChange({
                    ...stamp,
                    [field]: event.target.value === '' ? Number.NaN : Number(event.target.value),
                  })
                }
              />
            )}
          </Field>
        ))}
        <EnumSelect
          label={t('dossier.stamp.position')}
          options={STAMP_POSITIONS}
          value={stamp.position}
          optionLabel={(position) => t(`dossier.stamp.positions.${position}`)}
          onChange={(position) => onChange({ ...stamp, position })}
        />
      </div>
      {range && (
        <dl className="dossier-stamp__preview" aria-label={t('dossier.stamp.preview')}>
          <div>
            <dt>{t('dossier.stamp.first')}</dt>
            <dd data-testid="stamp-first">{range.first}</dd>
          </div>
          <div>
            <dt>
              {estimate.exact
                ? t('dossier.stamp.last', { count: estimate.pages })
                : t('dossier.stamp.lastAbout', { count: estimate.pages })}
            </dt>
            <dd data-testid="stamp-last">{range.last}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
