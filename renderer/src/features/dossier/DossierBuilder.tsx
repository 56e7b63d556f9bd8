import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case';
import type { DocumentSummary } from '../../../../shared/domain/document';
import {
  stampSchema,
  type DossierFormat,
  type ExclusionReason,
  type StampOptions,
} from '../../../../shared/domain/dossier';
import type { DocumentId } from '../../../../shared/domain/ids';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeading } from '../../components/Heading';
import { useLanguage } from '../../i18n/useLanguage';
import { DocumentPicker } from './DocumentPicker';
import {
  createDraft,
  draftProblems,
  keepExisting,
  orderWithinSections,
  pickedIds,
  setPicked,
  togglePicked,
  type DossierDraft,
} from './dossierDraft';
import { dossierFileName } from './dossierFileName';
import {
  buildOptions,
  defaultSettings,
  invalidFields,
  type DossierSettings,
} from './dossierOptions';
import { ExportPanel } from './ExportPanel';
import { PagesOptions } from './PagesOptions';
import { SectionsEditor } from './SectionsEditor';
import { sortedIds, type SortChoice } from './sortPicked';
import { StampFields } from './StampFields';
import { estimatePages } from './stampPreview';
import { useDossierExport } from './useDossierExport';
import { VerifyDossierButton } from './VerifyDossierButton';

/**
 * The builder: which documents, in which order and sections, what pages to add, the stamp, then
 * the export. Everything here, passwords included, lives in this component's state only: it is
 * gone when the lawyer leaves the screen or the vault locks.
 */
export function DossierBuilder({
  detail,
  documents,
}: {
  detail: CaseDetail;
  documents: readonly DocumentSummary[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [storedDraft, setDraft] = useState<DossierDraft>(() =>
    createDraft(documents.map((document) => document.id)),
  );
  const [settings, setSettings] = useState<DossierSettings>(() => defaultSettings(language));
  const [passwords, setPasswords] = useState<ReadonlyMap<DocumentId, string>>(new Map());
  const [passwordOpen, setPasswordOpen] = useState<ReadonlySet<DocumentId>>(new Set());
  const [exportedStamp, setExportedStamp] = useState<StampOptions | null>(null);
  const exporting = useDossierExport();

  const byId = useMemo(
    () => new Map(documents.map((document) => [document.id, document])),
    [documents],
  );
  // A document removed meanwhile (another window, the CLI) simply leaves the draft.
  const draft = useMemo(() => keepExisting(storedDraft, new Set(byId.keys())), [storedDraft, byId]);
  const picked = pickedIds(draft);
  const pickedSet = new Set(picked);
  const pickedDocuments = picked.flatMap((id) => byId.get(id) ?? []);

  const options = buildOptions(detail.id, draft, settings, passwords);
  const invalid = invalidFields(options);
  const problems = [
    ...draftProblems(draft).map((problem) => {
      switch (problem.kind) {
        case 'noDocuments':
          return t('dossier.problems.noDocuments');
        case 'emptySection':
          return t('dossier.problems.emptySection', {
            name:
              draft.sections[problem.sectionIndex]?.title.trim() ||
              t('dossier.sections.untitled', { number: problem.sectionIndex + 1 }),
          });
        case 'duplicate':
          return t('dossier.problems.duplicate', {
            title: byId.get(problem.documentId)?.title ?? '',
          });
      }
    }),
    ...(invalid.some((field) => field !== 'sections') ? [t('dossier.problems.fields')] : []),
  ];

  const lastResult = exporting.lastResult;
  const excluded = useMemo(
    () =>
      new Map<DocumentId, ExclusionReason>(
        (lastResult?.excluded ?? []).map((item) => [item.documentId, item.reason]),
      ),
    [lastResult],
  );

  const onSort = (choice: SortChoice) =>
    setDraft(
      orderWithinSections(
        draft,
        sortedIds(pickedDocuments, choice, {
          language,
          typeLabel: (type) => t(`documents.types.${type}`),
        }),
      ),
    );

  const onExport = (format: DossierFormat) => {
    const stamp = stampSchema.safeParse(settings.stamp);
    setExportedStamp(stamp.success ? stamp.data : null);
    void exporting.start(
      format,
      dossierFileName(detail.title, format, t('dossier.fileStem')),
      // Built at the moment of the call: the passwords typed so far, nothing kept after.
      () => buildOptions(detail.id, draft, settings, passwords),
    );
  };

  return (
    <>
      <div className="screen__top dossier-screen__top">
        <div>
          <ScreenHeading>{t('dossier.title')}</ScreenHeading>
          <p className="dossier-screen__case">{detail.title}</p>
        </div>
        <VerifyDossierButton />
      </div>
      {documents.length === 0 ? (
        <EmptyState title={t('dossier.noDocuments')} hint={t('dossier.noDocumentsHint')} />
      ) : (
        <div className="dossier-builder">
          <DocumentPicker
            documents={documents}
            picked={pickedSet}
            onPick={(ids) => setDraft(setPicked(draft, ids))}
            onToggle={(id, on) => setDraft(togglePicked(draft, id, on))}
          />
          <SectionsEditor
            draft={draft}
            documents={byId}
            passwords={passwords}
            passwordOpen={passwordOpen}
            excluded={excluded}
            onChange={setDraft}
            onSort={onSort}
            onPassword={(id, password) =>
              setPasswords((current) => new Map(current).set(id, password))
            }
            onTogglePassword={(id) =>
              setPasswordOpen((current) => {
                const next = new Set(current);
                if (!next.delete(id)) next.add(id);
                return next;
              })
            }
          />
          <PagesOptions settings={settings} invalid={invalid} onChange={setSettings} />
          <StampFields
            stamp={settings.stamp}
            estimate={estimatePages(pickedDocuments, settings.include)}
            invalid={invalid}
            onChange={(stamp) => setSettings({ ...settings, stamp })}
          />
          <ExportPanel
            run={exporting.run}
            running={exporting.running}
            starting={exporting.starting}
            cancelling={exporting.cancelling}
            error={exporting.error}
            problems={problems}
            stamp={exportedStamp}
            onExport={onExport}
            onCancel={exporting.cancel}
            onClose={exporting.close}
          />
        </div>
      )}
    </>
  );
}
