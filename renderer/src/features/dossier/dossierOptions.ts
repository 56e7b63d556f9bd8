import {
  dossierOptionsSchema,
  type DossierLanguage,
  type DossierOptionsInput,
  type StampOptions,
} from '../../../../shared/domain/dossier';
import type { CaseId, DocumentId } from '../../../../shared/domain/ids';
import { pickedIds, toSections, type DossierDraft } from './dossierDraft';

/** Everything the builder asks besides the documents: what to include, the stamp, the language. */
export interface DossierSettings {
  include: {
    cover: boolean;
    inventory: boolean;
    chronology: boolean;
    notes: boolean;
    annotations: boolean;
  };
  stamp: StampOptions;
  language: DossierLanguage;
  preparedBy: string;
}

export const INCLUDE_KEYS = ['cover', 'inventory', 'chronology', 'notes', 'annotations'] as const;

export const defaultSettings = (language: DossierLanguage): DossierSettings => ({
  include: { cover: true, inventory: true, chronology: false, notes: false, annotations: false },
  stamp: { prefix: '', start: 1, digits: 4, position: 'bottom-right', fontSize: 9 },
  language,
  preparedBy: '',
});

/**
 * The `dossier.export` options. Passwords go only for documents still picked and only when
 * typed: an encrypted original without one is left out by the core and listed as excluded.
 */
export function buildOptions(
  caseId: CaseId,
  draft: DossierDraft,
  settings: DossierSettings,
  passwords: ReadonlyMap<DocumentId, string>,
): DossierOptionsInput {
  const picked = new Set(pickedIds(draft));
  const preparedBy = settings.preparedBy.trim();
  return {
    caseId,
    sections: toSections(draft),
    include: { ...settings.include },
    stamp: { ...settings.stamp },
    language: settings.language,
    ...(preparedBy ? { preparedBy } : {}),
    passwords: [...passwords]
      .filter(([id, password]) => picked.has(id) && password !== '')
      .map(([documentId, password]) => ({ documentId, password })),
  };
}

export type SettingsField = 'prefix' | 'start' | 'digits' | 'fontSize' | 'preparedBy' | 'sections';

/**
 * Fields the core's schema would refuse (a control character in the prefix, a number out of
 * range), checked here with the same schema so the lawyer sees which field before exporting.
 */
export function invalidFields(options: DossierOptionsInput): SettingsField[] {
  const parsed = dossierOptionsSchema.safeParse(options);
  if (parsed.success) return [];
  const fields = new Set<SettingsField>();
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    if (
      first === 'stamp' &&
      (second === 'prefix' || second === 'start' || second === 'digits' || second === 'fontSize')
    ) {
      fields.add(second);
    } else if (first === 'preparedBy') {
      fields.add('preparedBy');
    } else {
      fields.add('sections');
    }
  }
  return [...fields];
}
