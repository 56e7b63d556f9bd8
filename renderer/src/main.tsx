import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Language } from '../../shared/domain/settings';
import { api } from './api';
import { App } from './app/App';
import { createLockSignal } from './app/lockSignal';
import { createQueryClient } from './app/createQueryClient';
import { createI18n, pickInitialLanguage } from './i18n';
import './styles.css';

async function savedLanguage(): Promise<Language | null> {
  try {
    return (await api.settings.get()).language;
  } catch {
    // Unreadable settings must not keep the lawyer out: fall back to the system language.
    return null;
  }
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  const i18n = await createI18n(pickInitialLanguage(await savedLanguage(), navigator.languages));
  const lockSignal = createLockSignal();
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} queryClient={createQueryClient(lockSignal)} lockSignal={lockSignal} />
    </StrictMode>,
  );
}

void start();
