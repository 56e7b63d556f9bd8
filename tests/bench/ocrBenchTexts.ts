// Text of the generated scans of `npm run bench -- ocr`: court-paper prose in Russian, Kazakh and
// English, written for this benchmark (no third-party text). The ground truth of a generated
// page is exactly the text drawn on it.

export type BenchLanguage = 'ru' | 'kk' | 'en';

export const BENCH_TITLES: Record<BenchLanguage, string> = {
  ru: 'ПРИГОВОР ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН',
  kk: 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН ҮКІМ',
  en: 'JUDGMENT OF THE DISTRICT COURT',
};

export const BENCH_PARAGRAPHS: Record<BenchLanguage, readonly string[]> = {
  ru: [
    'Специализированный межрайонный суд по уголовным делам города Алматы в составе председательствующего судьи Ахметова Б. К., при секретаре судебного заседания Нуровой А. С., с участием государственного обвинителя Сериковой Д. М. и защитника адвоката Иванова П. Р., рассмотрев в открытом судебном заседании уголовное дело по обвинению Касымова Ерлана Маратовича, 1985 года рождения, уроженца города Тараз, ранее не судимого,',
    'УСТАНОВИЛ: подсудимый Касымов Е. М., действуя умышленно, из корыстных побуждений, путём обмана завладел денежными средствами потерпевшей Омаровой Г. Т. в сумме 2 450 000 тенге, причинив ей значительный ущерб.',
    'Допрошенный в судебном заседании свидетель Ахметов пояснил, что 14 марта 2023 года около 18 часов видел подсудимого возле здания банка на проспекте Абая, где тот передавал потерпевшей какие-то документы.',
    'Потерпевшая Омарова Г. Т. показала, что подсудимый обещал оформить ей кредит на льготных условиях и попросил внести залог. После передачи денег он перестал отвечать на звонки и сменил адрес.',
    'Вина подсудимого подтверждается протоколом осмотра места происшествия, заключением эксперта № 417 от 2 апреля 2023 года, выпиской по банковскому счёту и показаниями свидетелей, которые согласуются между собой.',
    'При назначении наказания суд учитывает характер и степень общественной опасности совершённого преступления, личность подсудимого, обстоятельства, смягчающие наказание, а также влияние назначенного наказания на его исправление.',
    'На основании изложенного, руководствуясь статьями 393 и 397 Уголовно-процессуального кодекса Республики Казахстан, суд приговорил признать Касымова Е. М. виновным и назначить ему наказание в виде лишения свободы сроком на три года.',
    'Приговор может быть обжалован в апелляционном порядке в Алматинский городской суд в течение пятнадцати суток со дня его провозглашения.',
  ],
  kk: [
    'Алматы қаласының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты төрағалық етуші судья Ахметов Б. К., сот отырысының хатшысы Нұрова А. С., мемлекеттік айыптаушы Серікова Д. М. және қорғаушы адвокат Иванов П. Р. қатысуымен, ашық сот отырысында Қасымов Ерлан Маратұлының қылмыстық ісін қарап,',
    'АНЫҚТАДЫ: сотталушы Қасымов Е. М. қасақана, пайдакүнемдік ниетпен, алдау жолымен жәбірленуші Омарова Г. Т. тиесілі 2 450 000 теңге ақшаны иеленіп, оған елеулі залал келтірді.',
    'Сот отырысында жауап алынған куә Ахметов 2023 жылғы 14 наурызда сағат 18 шамасында сотталушыны Абай даңғылындағы банк ғимаратының жанында көргенін түсіндірді.',
    'Жәбірленуші Омарова Г. Т. сотталушы оған жеңілдетілген шарттармен несие рәсімдеуге уәде беріп, кепіл ақша сұрағанын айтты. Ақшаны алғаннан кейін ол телефонға жауап бермей, мекенжайын өзгертті.',
    'Сотталушының кінәсі оқиға орнын қарау хаттамасымен, 2023 жылғы 2 сәуірдегі № 417 сарапшы қорытындысымен, банк шотынан үзіндімен және бір-біріне сәйкес келетін куәлардың айғақтарымен дәлелденеді.',
    'Куәгер Өмірзақов жиһаз дүкенінің күзетшісі болып жұмыс істейді. Үй-жайды тінту кезінде ұялы телефон, ноутбук және құжаттар алынды, олар іске заттай дәлел ретінде қосылды.',
    'Жоғарыда баяндалғанды басшылыққа ала отырып, сот Қасымов Е. М. кінәлі деп танып, оған үш жыл мерзімге бас бостандығынан айыру түрінде жаза тағайындады.',
    'Үкімге ол жарияланған күннен бастап он бес тәулік ішінде Алматы қалалық сотына апелляциялық тәртіппен шағым берілуі мүмкін.',
  ],
  en: [
    'The District Court of Almaty City, composed of presiding judge B. K. Akhmetov, with court clerk A. S. Nurova, public prosecutor D. M. Serikova and defence counsel P. R. Ivanov, having heard in open session the criminal case against Yerlan Kassymov, born in 1985 in the city of Taraz, with no previous convictions,',
    'FOUND: the defendant, acting intentionally and for profit, obtained by deception the sum of 2,450,000 tenge belonging to the victim, G. T. Omarova, causing her significant damage.',
    'The witness Akhmetov, examined at the hearing, stated that on 14 March 2023 at about 6 p.m. he saw the defendant outside the bank building on Abay Avenue, handing some documents to the victim.',
    'The victim testified that the defendant promised to arrange a loan for her on favourable terms and asked for a deposit. After receiving the money he stopped answering calls and moved house.',
    'The guilt of the defendant is proved by the record of the inspection of the scene, expert report No. 417 of 2 April 2023, the bank statement and the consistent statements of the witnesses.',
    'In deciding the sentence the court takes into account the nature and gravity of the offence, the character of the defendant, the mitigating circumstances and the effect of the sentence on his rehabilitation.',
    'For these reasons the court finds the defendant guilty and sentences him to three years of imprisonment, to be served in a minimum security institution.',
    'This judgment may be appealed to the Almaty City Court within fifteen days of its pronouncement.',
  ],
};
