import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentId } from '../../../../shared/domain/ids';
import type { OcrLanguageChoice } from '../../../../shared/domain/ocr';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorNotice } from '../../components/ErrorNotice';
import {
  choiceKeyOf,
  choiceLabel,
  languagesOf,
  OCR_CHOICES,
  type OcrChoiceKey,
} from './ocrLanguageChoices';
import { useRunOcr } from './queries';

interface RunOcrDialogProps {
  documentId: DocumentId;
  title: string;
  current: OcrLanguageChoice | undefined;
  onClose: () => void;
}

/** Language choice (automatic or a set) for one document, then its OCR is queued. */
export function RunOcrDialog({ documentId, title, current, onClose }: RunOcrDialogProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<OcrChoiceKey>(choiceKeyOf(current));
  const run = useRunOcr(documentId);
  return (
    <Dialog
      title={t('ocr.dialogTitle', { title })}
      description={t('ocr.dialogDescription')}
      onClose={onClose}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (run.isPending) return;
          run.mutate(choice === 'auto' ? 'auto' : languagesOf(choice), {
            onSuccess: (result) => {
              if (result.queued > 0) onClose();
            },
          });
        }}
      >
        <EnumSelect
          label={t('ocr.languages')}
          options={OCR_CHOICES}
          value={choice}
          optionLabel={(option) => choiceLabel(t, option)}
          onChange={setChoice}
        />
        {run.data?.queued === 0 && (
          <p className="notice notice--info" role="status">
            {t('ocr.nothingToRead')}
          </p>
        )}
        <ErrorNotice error={run.error} />
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={run.isPending}>
            {t('ocr.start')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
