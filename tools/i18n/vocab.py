# id -> (ar, tr, pl, uk)
V = {}
V['audiences'] = {
 'jongeren': ('الشباب', 'Gençler', 'Młodzież', 'Молодь'),
 'ouders': ('الأهل', 'Ebeveynler', 'Rodzice', 'Батьки'),
 'professionals': ('المهنيون', 'Profesyoneller', 'Profesjonaliści', 'Фахівці'),
 'leraren': ('المعلمون والمدارس', 'Öğretmenler ve okullar', 'Nauczyciele i szkoły', 'Вчителі та школи'),
 'jeugdhulp': ('رعاية الشباب', 'Gençlik yardımı ve gençlik bakımı', 'Pomoc i opieka nad młodzieżą', 'Допомога та опіка молоді'),
 'ggd': ('خدمات الصحة العامة (GGD)', 'Halk sağlığı hizmeti (GGD)', 'Publiczna służba zdrowia (GGD)', 'Служба громадського здоров’я (GGD)'),
 'wijkteams': ('فرق الحي', 'Mahalle ekipleri', 'Zespoły dzielnicowe', 'Команди району'),
 'gemeenten': ('البلديات والسياسة', 'Belediyeler ve politika', 'Gminy i polityka', 'Муніципалітети та політика'),
 'politie': ('الشرطة والقضاء', 'Polis ve adalet', 'Policja i wymiar sprawiedliwości', 'Поліція та юстиція'),
 'zorg-lvb': ('رعاية الشباب ذوي الإعاقة الذهنية الخفيفة (LVB)', 'Hafif zihinsel engelli (LVB) gençlere bakım', 'Opieka nad młodzieżą z lekką niepełnosprawnością intelektualną (LVB)', 'Допомога молоді з легкою інтелектуальною вадою (LVB)'),
 'ggz': ('رعاية الصحة النفسية', 'Ruh sağlığı hizmetleri', 'Opieka psychiatryczna i psychologiczna', 'Психіатрична та психологічна допомога'),
 'jongerenwerk': ('العمل الشبابي', 'Gençlik çalışması', 'Praca z młodzieżą', 'Робота з молоддю'),
 'volwassenen': ('البالغون', 'Yetişkinler', 'Dorośli', 'Дорослі'),
}
V['topics'] = {
 'loverboys': ('لوفربويز (loverboys)', 'Loverboy’lar', 'Loverboys (werbownicy „na zakochanie”)', 'Лавербої (loverboys)'),
 'mensenhandel': ('الاتجار بالبشر', 'İnsan ticareti', 'Handel ludźmi', 'Торгівля людьми'),
 'seksuele-uitbuiting': ('الاستغلال الجنسي', 'Cinsel sömürü', 'Wykorzystywanie seksualne', 'Сексуальна експлуатація'),
 'criminele-uitbuiting': ('الاستغلال الإجرامي', 'Suç amaçlı sömürü', 'Wykorzystywanie do przestępstw', 'Злочинна експлуатація'),
 'grooming': ('الاستدراج (grooming)', 'Grooming (istismar amaçlı yaklaşma)', 'Grooming (uwodzenie dziecka)', 'Грумінг'),
 'sexting': ('إرسال صور أو رسائل جنسية (sexting)', 'Sexting', 'Sexting', 'Секстинг'),
 'sextortion': ('الابتزاز الجنسي (sextortion)', 'Cinsel şantaj (sextortion)', 'Sekstorsja (szantaż seksualny)', 'Сексторшн (сексуальний шантаж)'),
 'grensoverschrijdend-gedrag': ('السلوك الجنسي الذي يتجاوز الحدود', 'Cinsel sınır aşan davranış', 'Przekraczanie granic seksualnych', 'Сексуальна поведінка, що порушує межі'),
 'relaties-en-seksualiteit': ('العلاقات والجنسانية', 'İlişkiler ve cinsellik', 'Związki i seksualność', 'Стосунки та сексуальність'),
 'weerbaarheid': ('القدرة على حماية النفس', 'Kendini koruma gücü', 'Odporność i asertywność', 'Стійкість і вміння захистити себе'),
 'signaleren': ('ملاحظة العلامات', 'İşaretleri fark etmek', 'Rozpoznawanie sygnałów', 'Розпізнавання ознак'),
 'melden': ('الإبلاغ', 'Bildirmek', 'Zgłaszanie', 'Повідомлення'),
 'seksuele-gezondheid': ('الصحة الجنسية', 'Cinsel sağlık', 'Zdrowie seksualne', 'Сексуальне здоров’я'),
 'wensen-en-grenzen': ('الرغبات والحدود والموافقة', 'İstekler, sınırlar ve rıza', 'Pragnienia, granice i zgoda', 'Бажання, межі та згода'),
 'seksuele-diversiteit': ('التنوع الجنسي والجندري', 'Cinsel ve toplumsal cinsiyet çeşitliliği', 'Różnorodność seksualna i płciowa', 'Сексуальне та гендерне розмаїття'),
 'seksueel-misbruik': ('الاعتداء الجنسي', 'Cinsel istismar', 'Wykorzystanie seksualne', 'Сексуальне насильство'),
 'relatiegeweld': ('العنف في العلاقات', 'İlişkide şiddet', 'Przemoc w związku', 'Насильство у стосунках'),
 'online-veiligheid': ('الأمان على الإنترنت', 'İnternette güvenlik', 'Bezpieczeństwo w internecie', 'Безпека в інтернеті'),
 'hulp-zoeken': ('البحث عن مساعدة', 'Yardım aramak', 'Szukanie pomocy', 'Пошук допомоги'),
 'eergerelateerd-geweld': ('العنف المرتبط بالشرف والزواج القسري', 'Namus adına şiddet ve zorla evlendirme', 'Przemoc w imię honoru i małżeństwo przymusowe', 'Насильство на ґрунті «честі» та примусовий шлюб'),
}
V['risk_groups'] = {
 'lvb': ('إعاقة ذهنية خفيفة (LVB)', 'Hafif zihinsel engel (LVB)', 'Lekka niepełnosprawność intelektualna (LVB)', 'Легка інтелектуальна вада (LVB)'),
 'jeugdzorg': ('شباب في رعاية الشباب', 'Gençlik bakımındaki gençler', 'Młodzież pod opieką instytucji', 'Молодь під опікою служб'),
 'jongens': ('الأولاد', 'Erkek çocuklar', 'Chłopcy', 'Хлопці'),
 'meisjes': ('البنات', 'Kız çocuklar', 'Dziewczęta', 'Дівчата'),
 'eer-en-schaamte': ('ثقافة الشرف والعار', 'Namus ve utanç kültürü', 'Kultura honoru i wstydu', 'Культура «честі» та сорому'),
 'nieuwkomers': ('القادمون الجدد واللاجئون', 'Yeni gelenler ve mülteciler', 'Nowo przybyli i uchodźcy', 'Новоприбулі та біженці'),
 'lhbti': ('الشباب من مجتمع الميم (LHBTI+)', 'LGBTİ+ gençler', 'Młodzież LGBTI+', 'ЛГБТІ+ молодь'),
 'doven-slechthorenden': ('الشباب الصم وضعاف السمع', 'İşitme engelli ve az işiten gençler', 'Młodzież głucha i słabosłysząca', 'Глуха та слабочуюча молодь'),
 'speciaal-onderwijs': ('التعليم الخاص', 'Özel eğitim', 'Szkolnictwo specjalne', 'Спеціальна освіта'),
 'laagopgeleid': ('شباب بمستوى تعليمي منخفض', 'Eğitim düzeyi düşük gençler', 'Młodzież o niższym wykształceniu', 'Молодь з нижчим рівнем освіти'),
 'migratieachtergrond': ('خلفية هجرة', 'Göçmen kökenli', 'Pochodzenie migracyjne', 'Міграційне походження'),
 'psychische-problemen': ('مشاكل نفسية', 'Ruhsal sorunlar', 'Problemy psychiczne', 'Психічні проблеми'),
}
V['formats'] = {
 'lespakket': ('حزمة دروس', 'Ders paketi', 'Pakiet lekcji', 'Пакет уроків'),
 'les': ('درس واحد', 'Tek ders', 'Pojedyncza lekcja', 'Окремий урок'),
 'training': ('تدريب', 'Eğitim (kurs)', 'Szkolenie', 'Тренінг'),
 'spel': ('لعبة', 'Oyun', 'Gra', 'Гра'),
 'film': ('فيلم أو فيديو', 'Film veya video', 'Film lub wideo', 'Фільм або відео'),
 'brochure': ('كتيّب أو منشور', 'Broşür', 'Broszura lub ulotka', 'Брошура або листівка'),
 'website': ('موقع إلكتروني', 'İnternet sitesi', 'Strona internetowa', 'Вебсайт'),
 'handreiking': ('دليل', 'Rehber veya kılavuz', 'Poradnik lub instrukcja', 'Посібник або інструкція'),
 'campagne': ('حملة', 'Kampanya', 'Kampania', 'Кампанія'),
 'hulplijn': ('خط مساعدة أو دردشة', 'Yardım hattı veya sohbet', 'Telefon zaufania lub czat', 'Лінія допомоги або чат'),
 'meldpunt': ('جهة للإبلاغ', 'Bildirim noktası', 'Punkt zgłoszeń', 'Пункт повідомлень'),
 'theater': ('مسرح', 'Tiyatro', 'Teatr', 'Театр'),
 'programma': ('برنامج أو مشروع', 'Program veya proje', 'Program lub projekt', 'Програма або проєкт'),
 'methode': ('منهج', 'Yöntem', 'Metoda', 'Методика'),
 'onbekend': ('النوع غير معروف', 'Türü bilinmiyor', 'Rodzaj nieznany', 'Вид невідомий'),
}
V['stages'] = {
 'preventie': ('الوقاية', 'Önlemek', 'Zapobieganie', 'Запобігання'),
 'signalering': ('ملاحظة العلامات', 'İşaretleri fark etmek', 'Rozpoznawanie sygnałów', 'Розпізнавання ознак'),
 'melding': ('الإبلاغ', 'Bildirmek', 'Zgłaszanie', 'Повідомлення'),
 'hulp': ('المساعدة', 'Yardım', 'Pomoc', 'Допомога'),
 'nazorg': ('الرعاية بعد ذلك', 'Sonraki destek', 'Opieka po', 'Підтримка після'),
}
V['settings'] = {
 'school': ('في المدرسة', 'Okulda', 'W szkole', 'У школі'),
 'thuis': ('في البيت', 'Evde', 'W domu', 'Вдома'),
 'jeugdzorg': ('في رعاية الشباب', 'Gençlik bakımında', 'W opiece nad młodzieżą', 'В опіці над молоддю'),
 'online': ('على الإنترنت', 'İnternette', 'W internecie', 'В інтернеті'),
 'vrije-tijd': ('في وقت الفراغ', 'Boş zamanda', 'W czasie wolnym', 'У вільний час'),
}
V['regions'] = {
 'nederland': ('هولندا', 'Hollanda', 'Holandia', 'Нідерланди'),
 'vlaanderen': ('فلاندرز (بلجيكا)', 'Flaman Bölgesi (Belçika)', 'Flandria (Belgia)', 'Фландрія (Бельгія)'),
 'verenigd-koninkrijk': ('المملكة المتحدة', 'Birleşik Krallık', 'Wielka Brytania', 'Велика Британія'),
 'ierland': ('أيرلندا', 'İrlanda', 'Irlandia', 'Ірландія'),
}
V['languages'] = {
 'nl': ('الهولندية', 'Felemenkçe', 'Niderlandzki', 'Нідерландська'),
 'en': ('الإنجليزية', 'İngilizce', 'Angielski', 'Англійська'),
 'fr': ('الفرنسية', 'Fransızca', 'Francuski', 'Французька'),
 'ar': ('العربية', 'Arapça', 'Arabski', 'Арабська'),
 'de': ('الألمانية', 'Almanca', 'Niemiecki', 'Німецька'),
 'es': ('الإسبانية', 'İspanyolca', 'Hiszpański', 'Іспанська'),
 'fa': ('الفارسية', 'Farsça', 'Perski (farsi)', 'Перська (фарсі)'),
 'pt': ('البرتغالية', 'Portekizce', 'Portugalski', 'Португальська'),
 'ro': ('الرومانية', 'Rumence', 'Rumuński', 'Румунська'),
 'ru': ('الروسية', 'Rusça', 'Rosyjski', 'Російська'),
 'tr': ('التركية', 'Türkçe', 'Turecki', 'Турецька'),
 'ps': ('البشتوية', 'Peştuca', 'Paszto', 'Пушту'),
 'so': ('الصومالية', 'Somalice', 'Somalijski', 'Сомалійська'),
 'ti': ('التغرينية', 'Tigrinya dili', 'Tigrinia', 'Тигринья'),
 'cy': ('الويلزية', 'Galce', 'Walijski', 'Валлійська'),
 'bsl': ('لغة الإشارة البريطانية', 'İngiliz İşaret Dili', 'Brytyjski język migowy', 'Британська жестова мова'),
}
V['evidence_levels'] = {
 'geen': ('لم يُقيَّم', 'Değerlendirilmedi', 'Nieoceniony', 'Не оцінено'),
 'niet-erkend': ('غير معترف به', 'Tanınmadı', 'Nieuznany', 'Не визнано'),
 'goed-beschreven': ('موصوف جيداً', 'İyi tanımlanmış', 'Dobrze opisany', 'Добре описано'),
 'goed-onderbouwd': ('مبني على أسس جيدة', 'Sağlam temelli', 'Dobrze uzasadniony', 'Добре обґрунтовано'),
 'eerste-aanwijzingen': ('فعّال حسب مؤشرات أولى', 'İlk bulgulara göre etkili', 'Skuteczny według pierwszych wskazówek', 'Ефективно за першими ознаками'),
 'goede-aanwijzingen': ('فعّال حسب مؤشرات جيدة', 'İyi bulgulara göre etkili', 'Skuteczny według dobrych wskazówek', 'Ефективно за добрими ознаками'),
 'sterke-aanwijzingen': ('فعّال حسب مؤشرات قوية', 'Güçlü bulgulara göre etkili', 'Skuteczny według mocnych wskazówek', 'Ефективно за сильними ознаками'),
}
V['costs'] = {
 'gratis': ('مجاني', 'Ücretsiz', 'Bezpłatny', 'Безкоштовно'),
 'betaald': ('مدفوع', 'Ücretli', 'Płatny', 'Платно'),
 'onbekend': ('التكلفة غير معروفة', 'Ücret bilinmiyor', 'Koszt nieznany', 'Вартість невідома'),
}
V['deliverers'] = {
 'school-zelf': ('المدرسة نفسها', 'Okulun kendisi', 'Sama szkoła', 'Сама школа'),
 'getrainde-docent': ('معلم مدرَّب', 'Eğitim almış bir öğretmen', 'Przeszkolony nauczyciel', 'Навчений учитель'),
 'externe-trainer': ('مدرب من خارج المدرسة', 'Dışarıdan bir eğitmen', 'Trener z zewnątrz', 'Тренер ззовні'),
 'hulpverlener': ('شخص يقدم المساعدة المهنية', 'Bir yardım uzmanı', 'Specjalista od pomocy', 'Фахівець із допомоги'),
 'zelf-lezen': ('للاستخدام بنفسك', 'Kendin kullanabilirsin', 'Do samodzielnego użytku', 'Для самостійного використання'),
}
sl = {}
for n in range(1, 9):
    sl[f'po-groep-{n}'] = (f'المدرسة الابتدائية، المجموعة {n}', f'İlkokul, {n}. grup (groep {n})', f'Szkoła podstawowa, grupa {n} (groep {n})', f'Початкова школа, група {n} (groep {n})')
for kind, maxn in (('vmbo', 4), ('havo', 5), ('vwo', 6)):
    for n in range(1, maxn + 1):
        sl[f'{kind}-{n}'] = (f'{kind}، الصف {n}', f'{kind} {n}. sınıf', f'{kind}, klasa {n}', f'{kind}, клас {n}')
for n in range(1, 5):
    sl[f'praktijkonderwijs-{n}'] = (f'التعليم العملي (praktijkonderwijs)، السنة {n}', f'Uygulamalı eğitim (praktijkonderwijs), {n}. yıl', f'Kształcenie praktyczne (praktijkonderwijs), rok {n}', f'Практична освіта (praktijkonderwijs), рік {n}')
sl['mbo'] = ('التعليم المهني (mbo)', 'Meslek eğitimi (mbo)', 'Szkoła zawodowa (mbo)', 'Професійна освіта (mbo)')
sl['vso'] = ('التعليم الثانوي الخاص (vso)', 'Özel orta öğretim (vso)', 'Specjalna szkoła średnia (vso)', 'Спеціальна середня освіта (vso)')
V['school_levels'] = sl
