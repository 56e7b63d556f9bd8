// Paragraphs of the kind a case file holds, in the three languages the app searches. The search
// bench shuffles them into pages; `{name}`, `{num}` and `{date}` are filled per use so the index
// sees the long tail of surnames, numbers and dates that real files have.

export const RUSSIAN = [
  'Суд, рассмотрев в открытом судебном заседании уголовное дело № {num} в отношении {name}, обвиняемого в совершении преступления, предусмотренного частью второй статьи 190 Уголовного кодекса Республики Казахстан, установил следующее.',
  'Подсудимый {name} вину в предъявленном обвинении не признал и показал, что {date} находился дома, потерпевшего не видел и никаких денег у него не брал.',
  'Допрошенный в судебном заседании свидетель {name} пояснил, что знаком с подсудимым длительное время, неприязненных отношений между ними нет, оснований для оговора не имеется.',
  'Защитник подсудимого адвокат {name} в прениях просил оправдать подзащитного за отсутствием в его действиях состава преступления, указав, что доказательства стороны обвинения противоречивы.',
  'Государственный обвинитель просил признать подсудимого виновным и назначить ему наказание в виде лишения свободы сроком на {num} лет с отбыванием в учреждении минимальной безопасности.',
  'Согласно заключению судебно-медицинской экспертизы № {num} от {date} у потерпевшего обнаружены телесные повреждения, причинившие лёгкий вред здоровью.',
  'Оценив собранные по делу доказательства в их совокупности, суд приходит к выводу о доказанности вины подсудимого в совершении мошенничества, то есть хищения чужого имущества путём обмана.',
  'При назначении наказания суд учитывает характер и степень общественной опасности совершённого преступления, личность виновного, смягчающие и отягчающие обстоятельства.',
  'Приговор может быть обжалован в апелляционном порядке в судебную коллегию по уголовным делам областного суда в течение пятнадцати суток со дня провозглашения.',
  'Протокол допроса свидетеля {name} составлен следователем {date}, замечаний и дополнений от участников следственного действия не поступило.',
  'Ходатайство стороны защиты об истребовании записей камер видеонаблюдения и о назначении повторной почерковедческой экспертизы удовлетворить частично.',
  'Вещественные доказательства: договор купли-продажи № {num}, расписку на сумму {num} тенге и мобильный телефон возвратить законному владельцу {name}.',
];

export const KAZAKH = [
  'Сот ашық сот отырысында {name} қатысты № {num} қылмыстық істі қарап, Қазақстан Республикасы Қылмыстық кодексінің 190-бабының екінші бөлігімен көзделген қылмыс жасады деп тапты.',
  'Сотталушы {name} өзіне тағылған айыпты мойындамады және {date} үйде болғанын, жәбірленушіні көрмегенін айтты.',
  'Сот отырысында жауап алынған куә {name} сотталушыны ұзақ уақыттан бері танитынын, олардың арасында араздық жоқ екенін түсіндірді.',
  'Қорғаушы адвокат {name} жарыссөзде қылмыс құрамының болмауына байланысты қорғалушыны ақтауды сұрады.',
  'Мемлекеттік айыптаушы сотталушыны кінәлі деп танып, оған {num} жыл мерзімге бас бостандығынан айыру түріндегі жаза тағайындауды сұрады.',
  'Сот-медициналық сараптаманың {date} № {num} қорытындысына сәйкес жәбірленушінің денсаулығына жеңіл зиян келтірілген.',
  'Іс бойынша жиналған дәлелдемелерді жиынтығында бағалай отырып, сот сотталушының алаяқтық жасағанын дәлелденген деп есептейді.',
  'Жаза тағайындау кезінде сот қылмыстың сипаты мен қоғамдық қауіптілік дәрежесін, кінәлінің жеке басын, жеңілдететін және ауырлататын мән-жайларды ескереді.',
  'Үкімге жария етілген күннен бастап он бес тәулік ішінде облыстық соттың қылмыстық істер жөніндегі алқасына апелляциялық шағым берілуі мүмкін.',
  'Куә {name} жауап алу хаттамасын тергеуші {date} жасады, тергеу әрекетіне қатысушылардан ескертулер түскен жоқ.',
  'Қорғау тарапының бейнебақылау камераларының жазбаларын талап ету туралы өтінішхаты ішінара қанағаттандырылсын.',
  'Заттай дәлелдемелер: № {num} сатып алу-сату шарты, {num} теңге сомасындағы қолхат заңды иесі {name} қайтарылсын.',
];

export const ENGLISH = [
  'The court, having heard criminal case No. {num} against {name} in open session, finds that the defendant committed fraud under section 190 of the Criminal Code.',
  'The defendant {name} pleaded not guilty and testified that on {date} he stayed at home, never met the victim and took no money from him.',
  'Witness {name}, examined at the hearing, stated that she had known the defendant for many years and had no reason to accuse him falsely.',
  'Defense counsel {name} moved for acquittal, arguing that the prosecution evidence was inconsistent and that the elements of the offense were not proven.',
  'The prosecutor asked the court to find the defendant guilty and to impose a sentence of {num} years of imprisonment in a minimum security facility.',
  'According to forensic medical report No. {num} dated {date}, the victim sustained minor bodily injuries that caused slight harm to health.',
  'Having assessed the evidence as a whole, the court concludes that the guilt of the defendant in obtaining property by deception has been established.',
  'In sentencing, the court considers the nature and gravity of the offense, the personality of the offender, and the mitigating and aggravating circumstances.',
  'This judgment may be appealed to the criminal division of the regional court within fifteen days of its announcement.',
  'The record of the interview of witness {name} was drawn up by the investigator on {date}; the participants made no objections or additions.',
  'The motion of the defense to obtain surveillance camera recordings and to order a second handwriting examination is granted in part.',
  'Physical evidence: sale agreement No. {num} and a receipt for {num} tenge shall be returned to the lawful owner {name}.',
];

export const SURNAMES = [
  'Ахметов',
  'Иванов',
  'Сейткали',
  'Нурланов',
  'Ёлкин',
  'Петрова',
  'Жумабаев',
  'Құдайбергенов',
  'Әлиева',
  'Смирнов',
  'Төлеген',
  'Байжанов',
  'Ким',
  'Кузнецова',
  'Оспанов',
  'Johnson',
  'Miller',
  'Abenov',
];
