import type { Language } from '../../shared/domain/settings';
import { createSettingsStore } from '../core/settings/settingsStore';

/** Chromium's own locale for each UI language: date and time inputs follow it, not the page. */
const CHROMIUM_LOCALE: Record<Language, string> = { en: 'en-GB', ru: 'ru', kk: 'kk' };

/**
 * The `--lang` switch for the saved UI language, so a Russian lawyer's date fields read
 * дд.мм.гггг. Read before `ready`, the only time Chromium takes it; null keeps the system's.
 */
export function chromiumLocaleFor(settingsPath: string): string | null {
  const { language } = createSettingsStore(settingsPath).read();
  return language ? CHROMIUM_LOCALE[language] : null;
}
