# Texts added on other branches, keyed by their Dutch master text (the key names are chosen
# when those branches are merged): Dutch -> (ar, tr, pl, uk).
XN = {
# local: a municipality's own entries and helplines (data folder)
'In uw regio': ('في منطقتك', 'Bölgenizde', 'W Twoim regionie', 'У вашому регіоні'),
'Regio': ('المنطقة', 'Bölge', 'Region', 'Регіон'),
'in uw regio': ('في منطقتك', 'bölgenizde', 'w Twoim regionie', 'у вашому регіоні'),
# catalogue-code: cards that lead somewhere (added at the merge)
'Zo kom je eraan: {how}': ('كيف تحصل عليه: {how}', 'Nasıl ulaşırsın: {how}', 'Jak to zdobyć: {how}', 'Як це отримати: {how}'),
'Niet bekend waar je dit kunt krijgen.': ('غير معروف أين يمكنك الحصول على هذا.', 'Bunu nereden alabileceğin bilinmiyor.', 'Nie wiadomo, gdzie to można dostać.', 'Невідомо, де це можна отримати.'),
'Meer informatie bij de bron': ('مزيد من المعلومات لدى المصدر', 'Kaynakta daha fazla bilgi', 'Więcej informacji u źródła', 'Більше інформації в джерелі'),
'{label} (beoordeeld in {year})': ('{label} (تم التقييم في {year})', '{label} ({year} yılında değerlendirildi)', '{label} (ocenione w {year})', '{label} (оцінено в {year})'),
'{label} (beoordeeld in {year}, meer dan vijf jaar geleden)': ('{label} (تم التقييم في {year}، منذ أكثر من خمس سنوات)', '{label} ({year} yılında değerlendirildi, beş yıldan daha önce)', '{label} (ocenione w {year}, ponad pięć lat temu)', '{label} (оцінено в {year}, понад п’ять років тому)'),
'Waarom niet erkend: {reason}': ('لماذا لم يُعترف به: {reason}', 'Neden tanınmadı: {reason}', 'Dlaczego nieuznane: {reason}', 'Чому не визнано: {reason}'),
'Wie geeft het: {who}': ('من يقدّمه: {who}', 'Kim veriyor: {who}', 'Kto to prowadzi: {who}', 'Хто проводить: {who}'),
'Ouders doen mee': ('الأهل يشاركون', 'Ebeveynler katılır', 'Rodzice biorą udział', 'Батьки беруть участь'),
'Zonder ouders': ('بدون الأهل', 'Ebeveynler olmadan', 'Bez rodziców', 'Без батьків'),
'Duur: {duration}': ('المدة: {duration}', 'Süre: {duration}', 'Czas trwania: {duration}', 'Тривалість: {duration}'),
'Niet bekend: {list}.': ('غير معروف: {list}.', 'Bilinmiyor: {list}.', 'Nieznane: {list}.', 'Невідомо: {list}.'),
'leeftijd': ('العمر', 'yaş', 'wiek', 'вік'),
'soort materiaal': ('نوع المادة', 'materyal türü', 'rodzaj materiału', 'тип матеріалу'),
'duur': ('المدة', 'süre', 'czas trwania', 'тривалість'),
'kosten': ('التكلفة', 'maliyet', 'koszt', 'вартість'),
'erkenning': ('الاعتراف', 'tanınma', 'uznanie', 'визнання'),
'maker': ('الجهة المنتجة', 'hazırlayan', 'autor', 'автор'),
'wie het geeft': ('من يقدّمه', 'kim veriyor', 'kto to prowadzi', 'хто проводить'),
# safety: exit, Shift x3, the Verberg je bezoek panel, skip links ('Snel weg' as in the base files,
# whose key moved to exit.button at the merge)
'Snel weg': ('اخرج بسرعة', 'Hızlı çık', 'Szybkie wyjście', 'Швидкий вихід'),
'Of druk 3 keer op Shift': ('أو اضغط على Shift ثلاث مرات', 'Ya da Shift tuşuna 3 kez bas', 'Albo naciśnij 3 razy Shift', 'Або натисніть Shift 3 рази'),
'Shift: druk nog 2 keer om snel weg te gaan.': ('Shift: اضغط مرتين أخريين لتخرج بسرعة.', 'Shift: hızlı çıkmak için 2 kez daha bas.', 'Shift: naciśnij jeszcze 2 razy, aby szybko wyjść.', 'Shift: натисніть ще 2 рази, щоб швидко вийти.'),
'Shift: druk nog 1 keer om snel weg te gaan.': ('Shift: اضغط مرة أخرى لتخرج بسرعة.', 'Shift: hızlı çıkmak için 1 kez daha bas.', 'Shift: naciśnij jeszcze 1 raz, aby szybko wyjść.', 'Shift: натисніть ще 1 раз, щоб швидко вийти.'),
'Snel weg is gestopt. Druk 3 keer snel achter elkaar op Shift.': ('توقف الخروج السريع. اضغط على Shift ثلاث مرات بسرعة متتالية.', 'Hızlı çıkış durdu. Shift tuşuna art arda hızlıca 3 kez bas.', 'Szybkie wyjście zatrzymane. Naciśnij Shift 3 razy szybko po sobie.', 'Швидкий вихід зупинено. Натисніть Shift 3 рази швидко поспіль.'),
'Je gaat nu weg.': ('أنت تخرج الآن.', 'Şimdi çıkıyorsun.', 'Teraz wychodzisz.', 'Ви зараз виходите.'),
'Snel weg van deze pagina': ('اخرج بسرعة من هذه الصفحة', 'Bu sayfadan hızlı çık', 'Szybko wyjdź z tej strony', 'Швидко вийти з цієї сторінки'),
'Verberg je bezoek': ('أخفِ زيارتك', 'Ziyaretini gizle', 'Ukryj swoją wizytę', 'Приховайте свій візит'),
'Snel weg brengt je meteen naar een andere website. Wat je hier typte en bewaarde, is dan weg. Met de knop Terug kom je niet terug op deze pagina.': (
  'زر «اخرج بسرعة» ينقلك فوراً إلى موقع آخر. ما كتبته وحفظته هنا يختفي. زر «رجوع» لا يعيدك إلى هذه الصفحة.',
  'Hızlı çık seni hemen başka bir siteye götürür. Burada yazdıkların ve kaydettiklerin silinir. Geri tuşuyla bu sayfaya dönemezsin.',
  'Szybkie wyjście od razu przenosi cię na inną stronę. To, co tu wpisano i zapisano, znika. Przycisk Wstecz nie wróci na tę stronę.',
  'Швидкий вихід одразу переносить вас на інший сайт. Те, що ви тут написали й зберегли, зникне. Кнопка «Назад» не поверне вас на цю сторінку.'),
'Snel weg wist je geschiedenis niet. In je browser staat nog dat je op deze website was. Ook de pagina\'s die je hiervoor bekeek, staan er nog.': (
  'الخروج السريع لا يمسح سجل التصفح. متصفحك ما زال يُظهر أنك كنت على هذا الموقع. والصفحات التي شاهدتها قبل ذلك ما زالت موجودة أيضاً.',
  'Hızlı çık geçmişini silmez. Tarayıcında bu siteye girdiğin hâlâ görünür. Daha önce baktığın sayfalar da hâlâ oradadır.',
  'Szybkie wyjście nie kasuje historii. W przeglądarce nadal widać, że była tu otwarta ta strona. Strony oglądane wcześniej też tam nadal są.',
  'Швидкий вихід не стирає історію. У браузері досі видно, що ви були на цьому сайті. Сторінки, які ви дивилися перед цим, теж там залишаються.'),
'Wil je geen sporen achterlaten? Open dan eerst een privévenster (in Chrome heet dat incognito, in Edge InPrivate). Je browser bewaart dan geen geschiedenis en geen cookies van dit bezoek. Maar wie het netwerk beheert, zoals je school, kan nog wel zien welke sites je bezoekt.': (
  'لا تريد أن تترك أثراً؟ افتح أولاً نافذة خاصة (في Chrome اسمها incognito، وفي Edge اسمها InPrivate). عندها لا يحفظ متصفحك سجلاً ولا ملفات تعريف الارتباط (cookies) من هذه الزيارة. لكن من يدير الشبكة، مثل مدرستك، يستطيع أن يرى المواقع التي تزورها.',
  'İz bırakmak istemiyor musun? O zaman önce gizli bir pencere aç (Chrome\'da adı incognito, Edge\'de InPrivate). Tarayıcın bu ziyaretten geçmiş ve çerez (cookie) saklamaz. Ama ağı yöneten kişi, örneğin okulun, hangi siteleri ziyaret ettiğini yine de görebilir.',
  'Nie chcesz zostawiać śladów? Najpierw otwórz okno prywatne (w Chrome to tryb incognito, w Edge InPrivate). Przeglądarka nie zapisze wtedy historii ani plików cookie z tej wizyty. Ale kto zarządza siecią, na przykład twoja szkoła, nadal może widzieć, jakie strony odwiedzasz.',
  'Не хочете залишати слідів? Спочатку відкрийте приватне вікно (у Chrome воно зветься incognito, в Edge — InPrivate). Тоді браузер не збереже історію та файли cookie цього візиту. Але той, хто керує мережею, наприклад ваша школа, все одно може бачити, які сайти ви відвідуєте.'),
'Wis niet je hele geschiedenis: dat kan juist opvallen, en opgeslagen wachtwoorden kunnen dan ook weg zijn. Haal alleen deze website uit je geschiedenis: open de geschiedenis van je browser, zoek deze website en verwijder alleen die.': (
  'لا تمسح سجل التصفح كله: هذا قد يلفت الانتباه، وقد تضيع كلمات المرور المحفوظة أيضاً. احذف هذا الموقع فقط من السجل: افتح سجل المتصفح، وابحث عن هذا الموقع، واحذفه هو فقط.',
  'Tüm geçmişini silme: bu dikkat çekebilir ve kayıtlı şifrelerin de silinebilir. Geçmişinden sadece bu siteyi kaldır: tarayıcının geçmişini aç, bu siteyi bul ve sadece onu sil.',
  'Nie kasuj całej historii: to może zwrócić uwagę, a zapisane hasła też mogą zniknąć. Usuń z historii tylko tę stronę: otwórz historię przeglądarki, znajdź tę stronę i usuń tylko ją.',
  'Не стирайте всю історію: це може привернути увагу, а збережені паролі теж можуть зникнути. Приберіть з історії лише цей сайт: відкрийте історію браузера, знайдіть цей сайт і видаліть тільки його.'),
'Denk je dat iemand meekijkt op je telefoon of computer? Gebruik dan als het kan een ander apparaat, waar die persoon nooit bij kon. Bijvoorbeeld een computer in de bibliotheek.': (
  'تظن أن شخصاً يراقب هاتفك أو حاسوبك؟ استخدم جهازاً آخر إن أمكن، جهازاً لم يصل إليه هذا الشخص أبداً. مثلاً حاسوباً في المكتبة.',
  'Birinin telefonuna ya da bilgisayarına baktığını mı düşünüyorsun? O zaman mümkünse o kişinin hiç ulaşamadığı başka bir cihaz kullan. Örneğin kütüphanedeki bir bilgisayar.',
  'Myślisz, że ktoś zagląda do twojego telefonu lub komputera? Jeśli możesz, użyj innego urządzenia, do którego ta osoba nigdy nie miała dostępu. Na przykład komputera w bibliotece.',
  'Думаєте, що хтось перевіряє ваш телефон чи комп’ютер? Тоді, якщо можете, скористайтеся іншим пристроєм, до якого ця людина ніколи не мала доступу. Наприклад, комп’ютером у бібліотеці.'),
'Naar de resultaten': ('إلى النتائج', 'Sonuçlara git', 'Przejdź do wyników', 'До результатів'),
# situations
'Waar gaat het om?': ('ما الموضوع؟', 'Konu ne?', 'O co chodzi?', 'Про що йдеться?'),
'Kies wat past. Je ziet dan materiaal en hulp.': ('اختر ما يناسب. عندها ترى مواد ومساعدة.', 'Uygun olanı seç. Sonra materyal ve yardım görürsün.', 'Wybierz, co pasuje. Wtedy zobaczysz materiały i pomoc.', 'Виберіть, що підходить. Тоді ви побачите матеріали й допомогу.'),
'Wat kun je doen?': ('ماذا يمكنك أن تفعل؟', 'Ne yapabilirsin?', 'Co możesz zrobić?', 'Що ви можете зробити?'),
'Andere situatie kiezen': ('اختر موقفاً آخر', 'Başka bir durum seç', 'Wybierz inną sytuację', 'Вибрати іншу ситуацію'),
'past bij: {signal} → {topic}': ('يناسب: {signal} → {topic}', 'uygun: {signal} → {topic}', 'pasuje do: {signal} → {topic}', 'підходить до: {signal} → {topic}'),
'helpt bij: {situation}': ('يساعد في: {situation}', 'şu durumda yardımcı olur: {situation}', 'pomaga w sytuacji: {situation}', 'допомагає в ситуації: {situation}'),
# catalogue-code (work in progress)
'Erkenning': ('الاعتراف', 'Tanınma', 'Uznanie', 'Визнання'),
'Volgorde': ('الترتيب', 'Sıralama', 'Kolejność', 'Порядок'),
'Best passend eerst': ('الأنسب أولاً', 'En uygun olan önce', 'Najlepiej pasujące najpierw', 'Спершу найкращі збіги'),
'Sterkste erkenning eerst': ('الأقوى اعترافاً أولاً', 'En güçlü tanınan önce', 'Najmocniej uznane najpierw', 'Спершу з найсильнішим визнанням'),
}
XN.update({
'De zoekhulp kan hier niet starten. Deze {count} materialen passen bij de instellingen van deze pagina, best passend eerst.': (
  'أداة البحث لا تعمل هنا. هذه المواد ({count}) تناسب إعدادات هذه الصفحة، الأنسب أولاً.',
  'Arama aracı burada çalışamıyor. Bu {count} materyal bu sayfanın ayarlarına uyuyor, en uygun olan önce.',
  'Wyszukiwarka nie może tu działać. Te materiały (liczba: {count}) pasują do ustawień tej strony, najlepiej pasujące najpierw.',
  'Пошук тут не може запуститися. Ці матеріали (кількість: {count}) підходять до налаштувань цієї сторінки, спершу найкращі збіги.'),
'Toon alle {count} materialen': ('اعرض كل المواد ({count})', '{count} materyalin hepsini göster', 'Pokaż wszystkie materiały ({count})', 'Показати всі матеріали ({count})'),
})
# studio: the studio page (www/studio.html, texts in [studio])
XN.update({
'Studio: je eigen materialen in de Preventiewijzer': ('الاستوديو: موادك الخاصة في Preventiewijzer', 'Stüdyo: Preventiewijzer\'da kendi materyallerin', 'Studio: własne materiały w Preventiewijzer', 'Студія: власні матеріали в Preventiewijzer'),
'Zet materialen en hulplijnen uit je eigen regio in de Preventiewijzer. Kies je bestanden: regions.toml, helplines.toml en je materialen: losse .toml-bestanden of een spreadsheet (.csv of .xlsx). De studio controleert ze, laat zien waar materiaal ontbreekt en maakt een datamap voor je website.': (
  'أضف مواد وخطوط مساعدة من منطقتك إلى Preventiewijzer. اختر ملفاتك: regions.toml وhelplines.toml وموادك: ملفات ‎.toml منفصلة أو جدول بيانات (‎.csv أو ‎.xlsx). يتحقق الاستوديو منها، ويُظهر أين تنقص المواد، ويصنع مجلد بيانات لموقعك.',
  'Kendi bölgendeki materyalleri ve yardım hatlarını Preventiewijzer\'a ekle. Dosyalarını seç: regions.toml, helplines.toml ve materyallerin: ayrı .toml dosyaları ya da bir tablo (.csv veya .xlsx). Stüdyo onları kontrol eder, nerede materyal eksik olduğunu gösterir ve web siten için bir veri klasörü hazırlar.',
  'Dodaj materiały i telefony zaufania ze swojego regionu do Preventiewijzer. Wybierz pliki: regions.toml, helplines.toml i swoje materiały: osobne pliki .toml albo arkusz kalkulacyjny (.csv lub .xlsx). Studio je sprawdza, pokazuje, gdzie brakuje materiałów, i tworzy folder danych dla twojej strony.',
  'Додайте матеріали та лінії допомоги свого регіону до Preventiewijzer. Виберіть файли: regions.toml, helplines.toml і свої матеріали: окремі файли .toml або таблицю (.csv чи .xlsx). Студія перевіряє їх, показує, де бракує матеріалів, і створює теку даних для вашого сайту.'),
'Alles blijft op je eigen computer. De studio leest je bestanden alleen in deze browser en stuurt niets naar een server.': (
  'كل شيء يبقى على حاسوبك. يقرأ الاستوديو ملفاتك في هذا المتصفح فقط ولا يرسل شيئاً إلى أي خادم.',
  'Her şey kendi bilgisayarında kalır. Stüdyo dosyalarını yalnızca bu tarayıcıda okur ve hiçbir sunucuya bir şey göndermez.',
  'Wszystko zostaje na twoim komputerze. Studio czyta pliki tylko w tej przeglądarce i niczego nie wysyła na serwer.',
  'Усе залишається на вашому комп’ютері. Студія читає файли лише в цьому браузері й нічого не надсилає на сервер.'),
'Kies je bestanden': ('اختر ملفاتك', 'Dosyalarını seç', 'Wybierz pliki', 'Виберіть файли'),
'Of sleep je bestanden of je map hierheen.': ('أو اسحب ملفاتك أو مجلدك إلى هنا.', 'Ya da dosyalarını veya klasörünü buraya sürükle.', 'Albo przeciągnij tu pliki lub folder.', 'Або перетягніть сюди файли чи теку.'),
'De studio wordt geladen…': ('جارٍ تحميل الاستوديو…', 'Stüdyo yükleniyor…', 'Studio się ładuje…', 'Студія завантажується…'),
'De studio kan niet starten: {error}': ('لا يمكن تشغيل الاستوديو: {error}', 'Stüdyo başlatılamıyor: {error}', 'Studio nie może się uruchomić: {error}', 'Студія не може запуститися: {error}'),
'Bestanden gelezen: {count}.': ('الملفات المقروءة: {count}.', 'Okunan dosyalar: {count}.', 'Przeczytane pliki: {count}.', 'Прочитано файлів: {count}.'),
'Fouten': ('الأخطاء', 'Hatalar', 'Błędy', 'Помилки'),
'Fouten gevonden: {count}. Verbeter ze in je bestanden en kies ze opnieuw. Zonder fouten kun je de datamap downloaden.': (
  'الأخطاء التي وُجدت: {count}. صحّحها في ملفاتك واخترها من جديد. بدون أخطاء يمكنك تنزيل مجلد البيانات.',
  'Bulunan hatalar: {count}. Onları dosyalarında düzelt ve dosyaları yeniden seç. Hata yoksa veri klasörünü indirebilirsin.',
  'Znalezione błędy: {count}. Popraw je w plikach i wybierz pliki ponownie. Bez błędów możesz pobrać folder danych.',
  'Знайдено помилок: {count}. Виправте їх у файлах і виберіть файли знову. Без помилок можна завантажити теку даних.'),
'Geen fouten. Materialen: {materials}. Hulplijnen: {helplines}. Regio: {regions}.': (
  'لا أخطاء. المواد: {materials}. خطوط المساعدة: {helplines}. المنطقة: {regions}.',
  'Hata yok. Materyaller: {materials}. Yardım hatları: {helplines}. Bölge: {regions}.',
  'Brak błędów. Materiały: {materials}. Telefony zaufania: {helplines}. Region: {regions}.',
  'Помилок немає. Матеріали: {materials}. Лінії допомоги: {helplines}. Регіон: {regions}.'),
'Waar ontbreekt materiaal?': ('أين تنقص المواد؟', 'Nerede materyal eksik?', 'Gdzie brakuje materiałów?', 'Де бракує матеріалів?'),
'Zo ziet de zoekhulp eruit': ('هكذا تبدو أداة البحث', 'Arama aracı böyle görünür', 'Tak wygląda wyszukiwarka', 'Так виглядає пошук'),
'Dit voorbeeld zoekt in de landelijke materialen en in die van jou. Het blijft in deze browser.': (
  'هذا المثال يبحث في المواد الوطنية وفي موادك. يبقى في هذا المتصفح.',
  'Bu örnek ulusal materyallerde ve seninkilerde arar. Bu tarayıcıda kalır.',
  'Ten przykład przeszukuje materiały krajowe i twoje. Zostaje w tej przeglądarce.',
  'Цей приклад шукає в загальнонаціональних матеріалах і у ваших. Він залишається в цьому браузері.'),
'De datamap voor je website': ('مجلد البيانات لموقعك', 'Web siten için veri klasörü', 'Folder danych dla twojej strony', 'Тека даних для вашого сайту'),
'Download de datamap (zip)': ('نزّل مجلد البيانات (zip)', 'Veri klasörünü indir (zip)', 'Pobierz folder danych (zip)', 'Завантажити теку даних (zip)'),
'De datamap wordt gemaakt…': ('جارٍ صنع مجلد البيانات…', 'Veri klasörü hazırlanıyor…', 'Folder danych jest tworzony…', 'Тека даних створюється…'),
'Pak de zip uit in een map op je website, bijvoorbeeld /preventiewijzer/. Noem die map in het data-attribuut van de zoekhulp:': (
  'فكّ ضغط ملف zip في مجلد على موقعك، مثلاً /preventiewijzer/. اذكر هذا المجلد في خاصية data لأداة البحث:',
  'Zip dosyasını web sitende bir klasöre aç, örneğin /preventiewijzer/. Bu klasörü arama aracının data özniteliğine yaz:',
  'Rozpakuj plik zip do folderu na swojej stronie, na przykład /preventiewijzer/. Podaj ten folder w atrybucie data wyszukiwarki:',
  'Розпакуйте zip у теку на своєму сайті, наприклад /preventiewijzer/. Вкажіть цю теку в атрибуті data пошуку:'),
})
