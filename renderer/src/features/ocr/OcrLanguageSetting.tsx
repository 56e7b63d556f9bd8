import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorNotice } from '../../components/ErrorNotice';
import { settingsKeys } from '../settings/queries';
import {
  languageSetLabel,
  languageSetOf,
  languagesOf,
  OCR_LANGUAGE_SETS,
} from './ocrLanguageChoices';

/**
 * The default OCR languages (documents left on "automatic"), saved as soon as it is changed:
 * it is independent of the rest of the settings form and needs no "Save".
 */
export function OcrLanguageSetting({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (set: (typeof OCR_LANGUAGE_SETS)[number]) =>
      api.settings.update({ ocrLanguages: languagesOf(set) }),
    onSuccess: (saved) => queryClient.setQueryData(settingsKeys.all, saved),
  });
  return (
    <div className="ocr-setting">
      <EnumSelect
        label={t('ocr.settingLabel')}
        options={OCR_LANGUAGE_SETS}
        value={languageSetOf(save.data?.ocrLanguages ?? settings.ocrLanguages)}
        optionLabel={(set) => languageSetLabel(t, set)}
        onChange={(set) => save.mutate(set)}
      />
      <p className="field__hint">{t('ocr.settingHint')}</p>
      {save.isSuccess && (
        <p className="notice notice--info" role="status">
          {t('ocr.settingSaved')}
        </p>
      )}
      <ErrorNotice error={save.error} />
    </div>
  );
}
