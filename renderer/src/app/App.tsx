import { QueryClientProvider, useMutation, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { api } from '../api';
import { Button } from '../components/Button';
import { ErrorNotice } from '../components/ErrorNotice';
import { AppHeader } from './AppHeader';
import type { LockSignal } from './lockSignal';
import { NavigationContext, type Route } from './route';
import { Screens } from './Screens';
import { useLockShortcut } from './useLockShortcut';
import { useRefuseStrayDrops } from './useRefuseStrayDrops';
import { useVaultSession, type Session } from './useVaultSession';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { flushPendingNoteSaves } from '../features/notes/pendingSaves';

interface AppProps {
  i18n: I18n;
  queryClient: QueryClient;
  lockSignal: LockSignal;
}

export function App({ i18n, queryClient, lockSignal }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Shell lockSignal={lockSignal} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}

function Shell({ lockSignal }: { lockSignal: LockSignal }) {
  const { t, i18n } = useTranslation();
  const [route, setRoute] = useState<Route>({ name: 'cases' });
  useRefuseStrayDrops();
  const lock = useMutation({
    mutationFn: async () => {
      // A note's unsaved edits go into the vault before it closes (no keystroke lost to a lock).
      await flushPendingNoteSaves();
      return api.vault.lock();
    },
    onSuccess: () => lockSignal.emit('manual'),
  });
  const { reset: resetLock } = lock;
  const onLocked = useCallback(() => {
    setRoute({ name: 'cases' });
    // A lock that failed earlier must not greet the next session with its error.
    resetLock();
  }, [resetLock]);
  const { session, opened, retry } = useVaultSession(lockSignal, onLocked);
  const { mutate: lockNow } = lock;
  useLockShortcut(session.state === 'unlocked' && !lock.isPending, lockNow);
  const navigation = useMemo(() => ({ route, navigate: setRoute }), [route]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);

  return (
    <NavigationContext.Provider value={navigation}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        unlocked={session.state === 'unlocked'}
        locking={lock.isPending}
        onLock={() => lock.mutate()}
      />
      <main id="main" className="main" tabIndex={-1}>
        {session.state === 'unlocked' && <ErrorNotice error={lock.error} />}
        <SessionContent session={session} route={route} opened={opened} retry={retry} />
      </main>
    </NavigationContext.Provider>
  );
}

interface SessionContentProps {
  session: Session;
  route: Route;
  opened: () => void;
  retry: () => void;
}

/** What the main area shows for the vault's state; case screens only while it is open. */
function SessionContent({ session, route, opened, retry }: SessionContentProps) {
  const { t } = useTranslation();
  switch (session.state) {
    case 'loading':
      return <p className="loading">{t('app.loading')}</p>;
    case 'failed':
      return (
        <div className="screen screen--narrow">
          <h1>{t('errors.heading')}</h1>
          <ErrorNotice error={session.error} />
          <Button onClick={retry}>{t('errors.retry')}</Button>
        </div>
      );
    case 'absent':
      return <CreateVaultScreen onCreated={opened} />;
    case 'locked':
      return <UnlockScreen reason={session.reason} onUnlocked={opened} />;
    case 'unlocked':
      return <Screens route={route} />;
  }
}
