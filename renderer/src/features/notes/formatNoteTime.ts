import type { Language } from '../../../../shared/domain/settings';
import { formatDateTime, localNow } from '../../i18n/format';

/** A stored instant (ISO, UTC) as the lawyer's local date and time. */
export function formatNoteTime(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDateTime(localNow(date), language);
}
