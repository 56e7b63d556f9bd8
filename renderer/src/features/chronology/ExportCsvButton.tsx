import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../shared/domain/ids';
import { api } from '../../api';
import { Button } from '../../components/Button';
import { ErrorNotice } from '../../components/ErrorNotice';
import { chronologyFileName } from './exportFileName';

/**
 * The save dialog picks the path (suggesting the case's title); the core writes the CSV and
 * never overwrites, so an existing file comes back as FILE_EXISTS, translated.
 */
export function ExportCsvButton({ caseId, caseTitle }: { caseId: CaseId; caseTitle: string }) {
  const { t } = useTranslation();
  const exporting = useMutation({
    mutationFn: async () => {
      const { path } = await api.dialogs.saveFile({
        suggestedName: chronologyFileName(caseTitle, t('chronology.export.fileStem')),
      });
      return path === null ? null : api.facts.exportCsv({ caseId, path });
    },
  });
  return (
    <div className="chronology-export">
      <Button busy={exporting.isPending} onClick={() => exporting.mutate()}>
        {t('chronology.export.button')}
      </Button>
      <div aria-live="polite">
        {exporting.data && (
          <p className="notice notice--info chronology-export__done">
            {t('chronology.export.done', {
              count: exporting.data.rows,
              // The file's name, not the whole path: enough to find it, nothing more on screen.
              file: exporting.data.path.split(/[\\/]/).at(-1) ?? '',
            })}
          </p>
        )}
      </div>
      <ErrorNotice error={exporting.error} />
    </div>
  );
}
