import type { DossierLanguage } from '../../../shared/domain/dossier';
import { MANIFEST_NAME } from './manifest';

/**
 * README.txt of a dossier ZIP, in the export's language: what is inside and how to check that
 * nothing was altered, with or without Casefile. CRLF line ends so Notepad shows it right.
 */
export function readmeText(
  language: DossierLanguage,
  facts: { caseTitle: string; bundleName: string; exportedAt: string; appVersion: string },
): string {
  const { caseTitle, bundleName, exportedAt, appVersion } = facts;
  const lines = LINES[language](caseTitle, bundleName);
  const commands = [
    `  sha256sum "${bundleName}"`,
    '  sha256sum originals/*',
    '  casefile verify-export <dossier.zip> --json',
  ];
  return [
    ...lines.head,
    '',
    ...lines.verify,
    ...commands,
    '',
    ...lines.tail,
    '',
    `Casefile ${appVersion} — ${exportedAt}`,
    '',
  ].join('\r\n');
}

type Lines = { head: string[]; verify: string[]; tail: string[] };

const LINES: Record<DossierLanguage, (caseTitle: string, bundleName: string) => Lines> = {
  en: (caseTitle, bundleName) => ({
    head: [
      `Dossier: ${caseTitle}`,
      '',
      `${bundleName} — the court bundle: cover, inventory and every document, with page numbers.`,
      'originals/ — each document exactly as it was stored in the vault.',
      `${MANIFEST_NAME} — the case details and the SHA-256 checksum of every file.`,
    ],
    verify: [
      'To check that no file was altered, compute the SHA-256 of each file and compare it',
      `with the "sha256" value written for that file in ${MANIFEST_NAME}:`,
    ],
    tail: [
      'The last command (Casefile) checks every file at once and lists any file that is',
      'missing, altered or not listed in the manifest.',
    ],
  }),
  ru: (caseTitle, bundleName) => ({
    head: [
      `Досье: ${caseTitle}`,
      '',
      `${bundleName} — сводный файл для суда: титульный лист, опись и все документы с нумерацией страниц.`,
      'originals/ — каждый документ точно в том виде, в каком он хранился в хранилище.',
      `${MANIFEST_NAME} — сведения о деле и контрольная сумма SHA-256 каждого файла.`,
    ],
    verify: [
      'Чтобы убедиться, что ни один файл не изменён, вычислите SHA-256 каждого файла и сравните',
      `его со значением "sha256", указанным для этого файла в ${MANIFEST_NAME}:`,
    ],
    tail: [
      'Последняя команда (Casefile) проверяет все файлы сразу и перечисляет файлы, которые',
      'отсутствуют, изменены или не указаны в манифесте.',
    ],
  }),
  kk: (caseTitle, bundleName) => ({
    head: [
      `Құжаттар жинағы: ${caseTitle}`,
      '',
      `${bundleName} — сотқа арналған жиынтық файл: титул парағы, тізімдеме және беттері нөмірленген барлық құжаттар.`,
      'originals/ — әрбір құжат қоймада сақталған күйінде, өзгеріссіз.',
      `${MANIFEST_NAME} — іс туралы мәліметтер және әрбір файлдың SHA-256 бақылау сомасы.`,
    ],
    verify: [
      'Ешбір файлдың өзгермегенін тексеру үшін әр файлдың SHA-256 мәнін есептеп, оны',
      `${MANIFEST_NAME} ішінде сол файл үшін жазылған "sha256" мәнімен салыстырыңыз:`,
    ],
    tail: [
      'Соңғы команда (Casefile) барлық файлды бірден тексеріп, жоқ, өзгертілген немесе',
      'манифестте көрсетілмеген файлдарды тізіп береді.',
    ],
  }),
};
