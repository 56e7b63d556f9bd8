import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { Link } from '../components/Link';
import { SettingsButton } from '../features/settings/SettingsButton';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useRoute, type Route } from './route';

interface AppHeaderProps {
  /** Navigation and the lock button exist only while the vault is open. */
  unlocked: boolean;
  locking: boolean;
  onLock: () => void;
}

export function AppHeader({ unlocked, locking, onLock }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true" />
        <span className="app-header__name">{t('app.name')}</span>
      </div>
      {unlocked && <MainNav />}
      <div className="app-header__tools">
        <LanguageSwitcher />
        {unlocked && <SettingsButton />}
        {unlocked && (
          <Button variant="primary" className="lock-button" busy={locking} onClick={onLock}>
            <span className="lock-button__icon" aria-hidden="true" />
            {t('header.lock')}
          </Button>
        )}
      </div>
    </header>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const route = useRoute();
  const section: Route['name'] =
    route.name === 'upcoming' || route.name === 'search' ? route.name : 'cases';
  const items = [
    { to: { name: 'cases' }, label: t('nav.cases') },
    { to: { name: 'upcoming' }, label: t('nav.upcoming') },
    { to: { name: 'search' }, label: t('nav.search') },
  ] as const;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to.name}>
            <Link
              to={item.to}
              className="main-nav__link"
              aria-current={section === item.to.name ? 'page' : undefined}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
