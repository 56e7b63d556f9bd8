import { describe, expect, it } from 'vitest';
import {
  languagesOfScript,
  MIN_LETTERS,
} from '../../../electron/core/ocr/pipeline/scriptLanguages';

const RU =
  'Следователь по особо важным делам рассмотрел материалы уголовного дела и установил, что ' +
  'обвиняемый в период с января по март находился по месту жительства в городе Алматы. ';
const KK =
  'Сотталушы Әлиев Қ. өзіне тағылған айыпты толық мойындамады және сот отырысында ' +
  'куәгерлердің жауаптары бір-біріне қайшы келетінін көрсетті. ';
const EN =
  'The applicant complained that the criminal proceedings against him were unfair because ' +
  'the court relied on the statements of witnesses he could not examine. ';

describe('languagesOfScript: the languages of the rest of a document, by its script', () => {
  it('reads Russian prose as Russian', () => {
    expect(languagesOfScript(RU.repeat(2))).toEqual(['rus']);
  });

  it('reads Kazakh prose (with Russian quotes) as Kazakh and Russian', () => {
    expect(languagesOfScript(KK.repeat(2))).toEqual(['kaz', 'rus']);
    expect(languagesOfScript(KK + RU.repeat(4))).toEqual(['kaz', 'rus']);
  });

  it('reads English as English, and adds English to Cyrillic with many Latin words', () => {
    expect(languagesOfScript(EN.repeat(2))).toEqual(['eng']);
    expect(languagesOfScript(RU + EN)).toEqual(['rus', 'eng']);
    expect(languagesOfScript(KK + EN)).toEqual(['kaz', 'rus', 'eng']);
  });

  it('keeps Russian when OCR noise gives a stray Kazakh-looking letter', () => {
    expect(languagesOfScript(RU.repeat(6) + 'і')).toEqual(['rus']);
  });

  it('says nothing about a page with too little text', () => {
    expect(languagesOfScript('')).toBeNull();
    expect(languagesOfScript('Дело № 1-2/2026 стр. 3')).toBeNull();
    expect(languagesOfScript('а'.repeat(MIN_LETTERS - 1))).toBeNull();
  });
});
