import type { TFunction } from 'i18next';
import type { AuditListItem } from '../../../../shared/domain/audit';

/** What the entry is about: today's titles, or a plain note that the item is gone. */
export function auditSubject(entry: AuditListItem, t: TFunction, withCase: boolean): string[] {
  const parts: string[] = [];
  if (withCase && entry.caseId) parts.push(entry.caseTitle ?? t('audit.deletedCase'));
  if (entry.documentId) parts.push(entry.documentTitle ?? t('audit.deletedDocument'));
  return parts;
}

/** The entry's detail as short translated facts; unknown keys are left out. */
export function auditDetailText(entry: AuditListItem, t: TFunction): string[] {
  const { detail } = entry;
  const facts: string[] = [];
  if (Array.isArray(detail.fields))
    facts.push(t('audit.detail.fields', { fields: detail.fields.join(', ') }));
  if (typeof detail.format === 'string')
    facts.push(t('audit.detail.format', { format: detail.format.toUpperCase() }));
  if (typeof detail.documents === 'number')
    facts.push(t('audit.detail.documents', { count: detail.documents }));
  if (typeof detail.pages === 'number')
    facts.push(t('audit.detail.pages', { count: detail.pages }));
  if (typeof detail.size === 'number') {
    facts.push(t('audit.detail.size', { size: Math.max(1, Math.round(detail.size / 1024)) }));
  }
  if (typeof detail.code === 'string') facts.push(t('audit.detail.code', { code: detail.code }));
  if (typeof detail.uncounted === 'number')
    facts.push(t('audit.detail.uncounted', { count: detail.uncounted }));
  if (typeof detail.sha256 === 'string')
    facts.push(t('audit.detail.sha256', { hash: detail.sha256.slice(0, 12) }));
  return facts;
}
