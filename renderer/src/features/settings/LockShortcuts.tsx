import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../../../../shared/domain/lockShortcuts';

const isMac = () => /Mac/i.test(navigator.userAgent);

/** The lock and panic shortcuts, spelled for this keyboard (they are fixed, so shown, not edited). */
export function LockShortcuts() {
  const { t } = useTranslation();
  const mac = isMac();
  return (
    <section className="lock-shortcuts" aria-labelledby="lock-shortcuts-heading">
      <h3 id="lock-shortcuts-heading">{t('lockGuard.shortcutsHeading')}</h3>
      <dl>
        <dt>{t('lockGuard.lockShortcut')}</dt>
        <dd>
          <kbd>{shortcutLabel('lock', mac)}</kbd>
        </dd>
        <dt>{t('lockGuard.panicShortcut')}</dt>
        <dd>
          <kbd>{shortcutLabel('panic', mac)}</kbd>
          <p className="field__hint">{t('lockGuard.panicHint')}</p>
        </dd>
      </dl>
    </section>
  );
}
