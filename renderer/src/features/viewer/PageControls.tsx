import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/IconButton';

interface PageControlsProps {
  page: number;
  pagesCount: number;
  onGoTo: (page: number) => void;
}

/** Previous / next and a page number field that takes the lawyer to any page. */
export function PageControls({ page, pagesCount, onGoTo }: PageControlsProps) {
  const { t } = useTranslation();
  // The field holds what is being typed; otherwise it follows the page in view.
  const [typed, setTyped] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number.parseInt(typed ?? '', 10);
    if (Number.isFinite(wanted)) onGoTo(wanted);
    setTyped(null);
  };

  return (
    <form className="viewer-toolbar__group" onSubmit={submit}>
      <IconButton
        label={t('viewer.previousPage')}
        icon="‹"
        disabled={page <= 1}
        onClick={() => onGoTo(page - 1)}
      />
      <label className="viewer-toolbar__page">
        <span className="visually-hidden">{t('viewer.pageNumber')}</span>
        <input
          className="viewer-toolbar__page-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={4}
          value={typed ?? String(page)}
          onChange={(event) => setTyped(event.target.value.replace(/\D/g, ''))}
          onFocus={(event) => event.target.select()}
          onBlur={() => setTyped(null)}
        />
      </label>
      <span className="viewer-toolbar__count">{t('viewer.ofPages', { count: pagesCount })}</span>
      <IconButton
        label={t('viewer.nextPage')}
        icon="›"
        disabled={page >= pagesCount}
        onClick={() => onGoTo(page + 1)}
      />
    </form>
  );
}
