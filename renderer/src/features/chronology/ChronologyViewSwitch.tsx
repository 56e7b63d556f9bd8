import { useTranslation } from 'react-i18next';

export const CHRONOLOGY_VIEWS = ['table', 'timeline', 'byPerson', 'byIssue'] as const;
export type ChronologyView = (typeof CHRONOLOGY_VIEWS)[number];

/** Toggle buttons (aria-pressed): one view at a time over the same filtered facts. */
export function ChronologyViewSwitch({
  view,
  onChange,
}: {
  view: ChronologyView;
  onChange: (view: ChronologyView) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="chronology-views" role="group" aria-label={t('chronology.view.label')}>
      {CHRONOLOGY_VIEWS.map((option) => (
        <button
          key={option}
          type="button"
          className="chronology-views__option"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {t(`chronology.view.${option}`)}
        </button>
      ))}
    </div>
  );
}
