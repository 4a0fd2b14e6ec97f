# id -> (ar, tr, pl, uk); numbers, names and addresses exactly as in helplines.toml's `nl`.
H = {
'112-be': (
 'في خطر مباشر في بلجيكا: اتصل بـ 112 للإطفاء أو الإسعاف. تحتاج الشرطة بشكل عاجل؟ اتصل بـ 101.',
 'Belçika\'da acil tehlikede: itfaiye ya da ambulans için 112\'yi ara. Acilen polise mi ihtiyacın var? 101\'i ara.',
 'W bezpośrednim zagrożeniu w Belgii: zadzwoń pod 112 po straż pożarną lub karetkę. Pilnie potrzebujesz policji? Zadzwoń pod 101.',
 'Якщо є пряма небезпека в Бельгії: дзвоніть 112, щоб викликати пожежників або швидку. Терміново потрібна поліція? Дзвоніть 101.'),
'112': (
 'في خطر مباشر: اتصل بـ 112.',
 'Acil tehlikede: 112\'yi ara.',
 'W bezpośrednim zagrożeniu: zadzwoń pod 112.',
 'Якщо є пряма небезпека: дзвоніть 112.'),
'veilig-thuis': (
 'قلق على طفل أو شاب، أو بسبب loverboys؟ اتصل بـ Veilig Thuis على الرقم 0800-2000. حتى لو لم تكن متأكداً. وهم يعرفون أيضاً إن كانت في منطقتك جهة للإبلاغ عن مشاكل loverboys.',
 'Bir çocuk ya da genç için, ya da loverboy\'lar yüzünden endişeli misin? Veilig Thuis\'i ara: 0800-2000. Emin olmasan da arayabilirsin. Bölgende loverboy sorunları için bir bildirim noktası olup olmadığını da bilirler.',
 'Martwisz się o dziecko lub młodą osobę albo z powodu loverboys? Zadzwoń do Veilig Thuis: 0800-2000. Także wtedy, gdy nie masz pewności. Wiedzą też, czy w twoim regionie jest punkt zgłoszeń w sprawie loverboys.',
 'Хвилюєтеся за дитину чи молоду людину або через лавербоїв (loverboys)? Дзвоніть у Veilig Thuis: 0800-2000. Навіть якщо ви не впевнені. Там також знають, чи є у вашому регіоні пункт повідомлень про лавербоїв.'),
'politie': (
 'ليست حالة طارئة، لكنك تشك في إكراه أو استغلال؟ أبلغ الشرطة على الرقم 0900-8844.',
 'Acil değil ama zorlama ya da sömürüden şüpheleniyor musun? Polise bildir: 0900-8844.',
 'To nie nagły wypadek, ale podejrzewasz przymus lub wykorzystywanie? Zgłoś to na policję: 0900-8844.',
 'Не термінова ситуація, але ви підозрюєте примус чи експлуатацію? Повідомте поліцію: 0900-8844.'),
'meld-misdaad-anoniem': (
 'تريد الإبلاغ دون ذكر اسمك، مثلاً عن الاتجار بالبشر أو عن loverboy؟ اتصل بـ Meld Misdaad Anoniem على الرقم 0800-7000، أو أبلغ عبر الإنترنت. لا يمكنك تقديم شكوى رسمية هنا. ليس للحالات الطارئة.',
 'Adını vermeden bildirmek mi istiyorsun, örneğin insan ticaretini ya da bir loverboy\'u? Meld Misdaad Anoniem\'i ara: 0800-7000, ya da internetten bildir. Burada resmi şikâyette bulunamazsın. Acil durumlar için değil.',
 'Chcesz zgłosić coś anonimowo, na przykład handel ludźmi albo loverboya? Zadzwoń do Meld Misdaad Anoniem: 0800-7000 albo zgłoś to przez internet. Nie można tu złożyć zawiadomienia o przestępstwie. Nie w nagłych wypadkach.',
 'Хочете повідомити анонімно, наприклад про торгівлю людьми чи лавербоя? Дзвоніть у Meld Misdaad Anoniem: 0800-7000 або повідомте онлайн. Подати офіційну заяву тут не можна. Не для термінових випадків.'),
'slachtofferwijzer': (
 'ربما أنت ضحية loverboy أو عنف جنسي، أو أنت والد أو معارف أحد الضحايا؟ زر slachtofferwijzer.nl للمساعدة والنصيحة.',
 'Belki bir loverboy\'un ya da cinsel şiddetin kurbanısın, ya da bir kurbanın ebeveyni veya tanıdığısın? Yardım ve tavsiye için slachtofferwijzer.nl\'ye bak.',
 'Może jesteś ofiarą loverboya lub przemocy seksualnej albo jesteś rodzicem lub znajomym ofiary? Zajrzyj na slachtofferwijzer.nl po pomoc i radę.',
 'Можливо, ви постраждали від лавербоя чи сексуального насильства, або ви батько, мати чи знайомий потерпілої людини? Дивіться slachtofferwijzer.nl, щоб отримати допомогу й пораду.'),
'politie-mensenhandel': (
 'تريد أن تبلغ الشرطة عن الاتجار بالبشر؟ اتصل بالرقم 0900-8844 واطلب فريق Migratiecriminaliteit en Mensenhandel.',
 'İnsan ticaretini polise mi bildirmek istiyorsun? 0900-8844\'ü ara ve Migratiecriminaliteit en Mensenhandel ekibini iste.',
 'Chcesz zgłosić handel ludźmi na policję? Zadzwoń pod 0900-8844 i poproś o zespół Migratiecriminaliteit en Mensenhandel.',
 'Хочете повідомити поліцію про торгівлю людьми? Дзвоніть 0900-8844 і попросіть команду Migratiecriminaliteit en Mensenhandel.'),
'chat-met-fier': (
 'تريد أن تتحدث دون ذكر اسمك عن العنف أو الاعتداء الجنسي أو الاستغلال الجنسي أو loverboy؟ تحدّث في الدردشة مع مختص من Fier على chatmetfier.nl. هذا ممكن في الليل أيضاً.',
 'Şiddet, cinsel istismar, cinsel sömürü ya da bir loverboy hakkında adını vermeden konuşmak mı istiyorsun? chatmetfier.nl\'de Fier\'den bir uzmanla sohbet et. Bu gece de mümkün.',
 'Chcesz anonimowo porozmawiać o przemocy, wykorzystaniu seksualnym, wykorzystywaniu seksualnym albo o loverboyu? Napisz na czacie do specjalisty z Fier na chatmetfier.nl. Można też w nocy.',
 'Хочете анонімно поговорити про насильство, сексуальне насильство, сексуальну експлуатацію чи лавербоя? Напишіть у чат фахівцеві Fier на chatmetfier.nl. Можна і вночі.'),
'kindertelefoon': (
 'عمرك بين 8 و18 سنة وتريد أن تتحدث عن شيء ما؟ اتصل أو تحدّث في الدردشة مجاناً ودون ذكر اسمك مع De Kindertelefoon على الرقم 0800-0432.',
 '8 ile 18 yaş arasındasın ve bir şey hakkında konuşmak mı istiyorsun? De Kindertelefoon\'u ücretsiz ve adını vermeden ara ya da onlarla sohbet et: 0800-0432.',
 'Masz od 8 do 18 lat i chcesz o czymś porozmawiać? Zadzwoń albo napisz na czacie do De Kindertelefoon, bezpłatnie i anonimowo: 0800-0432.',
 'Тобі від 8 до 18 років і хочеш про щось поговорити? Подзвони або напиши в чат De Kindertelefoon безкоштовно й анонімно: 0800-0432.'),
'centrum-seksueel-geweld': (
 'تعرضت لعنف جنسي، أو حدث ذلك لشخص قريب منك؟ اتصل بـ Centrum Seksueel Geweld على الرقم 0800-0188. ليلاً ونهاراً. هل حدث ذلك قبل أقل من 7 أيام؟ اتصل بسرعة إذن.',
 'Cinsel şiddet mi yaşadın, ya da çevrendeki birinin başına mı geldi? Centrum Seksueel Geweld\'i ara: 0800-0188. Gece gündüz. 7 günden kısa bir süre önce mi oldu? O zaman hemen ara.',
 'Przemoc seksualna spotkała ciebie albo kogoś z twojego otoczenia? Zadzwoń do Centrum Seksueel Geweld: 0800-0188. W dzień i w nocy. Czy to było mniej niż 7 dni temu? To zadzwoń szybko.',
 'Ви пережили сексуальне насильство, або це сталося з кимось поруч? Дзвоніть у Centrum Seksueel Geweld: 0800-0188. Вдень і вночі. Це було менше ніж 7 днів тому? Тоді дзвоніть швидко.'),
'slachtofferhulp-nederland': (
 'ضحية جريمة، مثل الاعتداء الجنسي، أو من العائلة أو شاهد؟ اتصل بـ Slachtofferhulp Nederland على الرقم 0900-0101 (بسعر المكالمة المحلية).',
 'Cinsel istismar gibi bir suçun kurbanı mısın, ya da kurbanın ailesinden biri veya tanık mısın? Slachtofferhulp Nederland\'ı ara: 0900-0101 (yerel ücret).',
 'Jesteś ofiarą przestępstwa, na przykład wykorzystania seksualnego, albo kimś z rodziny lub świadkiem? Zadzwoń do Slachtofferhulp Nederland: 0900-0101 (opłata lokalna).',
 'Ви постраждали від злочину, наприклад сексуального насильства, або ви родич чи свідок? Дзвоніть у Slachtofferhulp Nederland: 0900-0101 (місцевий тариф).'),
'113': (
 'تفكر في الانتحار، أو أنت قلق على شخص آخر؟ اتصل بـ 113 أو 0800-0113، أو تحدّث في الدردشة على 113.nl. ليلاً ونهاراً.',
 'İntiharı mı düşünüyorsun, ya da başka biri için mi endişelisin? 113\'ü ya da 0800-0113\'ü ara, ya da 113.nl\'de sohbet et. Gece gündüz.',
 'Myślisz o samobójstwie albo martwisz się o kogoś innego? Zadzwoń pod 113 lub 0800-0113 albo napisz na czacie na 113.nl. W dzień i w nocy.',
 'Думаєте про самогубство або хвилюєтеся за когось іншого? Дзвоніть 113 або 0800-0113, або пишіть у чат на 113.nl. Вдень і вночі.'),
'helpwanted': (
 'حدث شيء سيئ على الإنترنت، مثل ابتزاز بصورة عارية، أو صورة تنتشر، أو شخص يتواصل معك على الإنترنت؟ تحدّث في الدردشة دون ذكر اسمك مع Helpwanted. وهم يساعدون أيضاً في حذف الصور.',
 'İnternette bir şeyler mi ters gidiyor; çıplak bir fotoğrafla şantaj, dolaşan bir fotoğraf ya da sana internetten yaklaşan biri gibi? Helpwanted ile adını vermeden sohbet et. Görüntülerin kaldırılmasına da yardım ederler.',
 'Coś poszło nie tak w internecie, na przykład szantaż nagim zdjęciem, krążące zdjęcie albo ktoś, kto zaczepia cię w sieci? Napisz anonimowo na czacie do Helpwanted. Pomagają też usunąć zdjęcia i nagrania.',
 'Щось пішло не так в інтернеті: шантаж оголеним фото, фото, яке поширюють, або хтось, хто до вас чіпляється онлайн? Напишіть анонімно в чат Helpwanted. Вони також допомагають видалити зображення.'),
'watch-nederland': (
 'تشك في أن قاصراً يتعرض للاستغلال الجنسي؟ اتصل بـ Watch Nederland على الرقم 088-208 00 44. انتبه: هذا الرقم من مصدر من عام 2017.',
 'Reşit olmayan birinin cinsel olarak sömürüldüğünden şüpheleniyor musun? Watch Nederland\'ı ara: 088-208 00 44. Dikkat: bu numara 2017 tarihli bir kaynaktan.',
 'Podejrzewasz, że osoba niepełnoletnia jest wykorzystywana seksualnie? Zadzwoń do Watch Nederland: 088-208 00 44. Uwaga: ten numer pochodzi ze źródła z 2017 roku.',
 'Підозрюєте, що неповнолітню людину сексуально експлуатують? Дзвоніть у Watch Nederland: 088-208 00 44. Увага: цей номер взято з джерела 2017 року.'),
'sense': (
 'أسئلة عن الجنس أو العلاقات أو جسمك؟ زر sense.info أو تحدّث في الدردشة مع مختص. للشباب حتى عمر 25 سنة.',
 'Seks, ilişkiler ya da vücudun hakkında soruların mı var? sense.info\'ya bak ya da bir uzmanla sohbet et. 25 yaşına kadar gençler için.',
 'Masz pytania o seks, związki albo swoje ciało? Zajrzyj na sense.info albo napisz na czacie do eksperta. Dla młodych osób do 25 roku życia.',
 'Маєте питання про секс, стосунки чи своє тіло? Дивіться sense.info або напишіть у чат фахівцеві. Для молоді до 25 років.'),
'comensha-aanmelden': (
 'تعمل مع ضحية (محتملة) للاتجار بالبشر؟ سجّلها لدى CoMensha، للتسجيل ولإيجاد طريق إلى مكان إيواء.',
 '(Muhtemel) bir insan ticareti kurbanıyla mı çalışıyorsun? Kayıt ve barınma yerine yönlendirme için onu CoMensha\'ya bildir.',
 'Pracujesz z (możliwą) ofiarą handlu ludźmi? Zgłoś ją do CoMensha, aby ją zarejestrować i znaleźć drogę do schronienia.',
 'Ви працюєте з (можливою) жертвою торгівлі людьми? Зареєструйте її в CoMensha: для реєстрації та шляху до притулку.'),
'meldpunt-mensenhandel-flevoland': (
 'تسكن أو تعمل في Flevoland وتشك في استغلال جنسي أو في العمل أو إجرامي؟ اتصل بالرقم 088 2220500، ليلاً ونهاراً. الدردشة ممكنة في أيام العمل.',
 'Flevoland\'da mı yaşıyor ya da çalışıyorsun ve cinsel, iş gücü ya da suç amaçlı sömürüden mi şüpheleniyorsun? 088 2220500\'ü ara, gece gündüz. Hafta içi günlerde sohbet de edebilirsin.',
 'Mieszkasz lub pracujesz we Flevoland i podejrzewasz wykorzystywanie seksualne, w pracy albo do przestępstw? Zadzwoń pod 088 2220500, w dzień i w nocy. Czat działa w dni robocze.',
 'Живете чи працюєте у Флеволанді (Flevoland) і підозрюєте сексуальну, трудову чи злочинну експлуатацію? Дзвоніть 088 2220500, вдень і вночі. Чат працює в робочі дні.'),
'arbeidsinspectie': (
 'تشك في استغلال في العمل؟ أبلغ Nederlandse Arbeidsinspectie على الرقم 0800 5151.',
 'İş gücü sömürüsünden şüpheleniyor musun? Nederlandse Arbeidsinspectie\'ye bildir: 0800 5151.',
 'Podejrzewasz wykorzystywanie w pracy? Zgłoś to do Nederlandse Arbeidsinspectie: 0800 5151.',
 'Підозрюєте трудову експлуатацію? Повідомте Nederlandse Arbeidsinspectie: 0800 5151.'),
'lec-egg': (
 'أنت مهني قلق بسبب العنف المرتبط بالشرف؟ اتصل بـ Landelijk Expertise Centrum Eer Gerelateerd Geweld على الرقم 088-9648550.',
 'Namus adına şiddet konusunda endişeli bir profesyonel misin? Landelijk Expertise Centrum Eer Gerelateerd Geweld\'i ara: 088-9648550.',
 'Jesteś specjalistą i martwisz się przemocą w imię honoru? Zadzwoń do Landelijk Expertise Centrum Eer Gerelateerd Geweld: 088-9648550.',
 'Ви фахівець і хвилюєтеся через насильство на ґрунті «честі»? Дзвоніть у Landelijk Expertise Centrum Eer Gerelateerd Geweld: 088-9648550.'),
'child-focus': (
 'أسئلة عن القوادين المراهقين (tienerpooiers)، أو الأمان على الإنترنت، أو طفل مفقود أو يتعرض للاستغلال؟ اتصل بـ Child Focus على الرقم 116 000. مجاناً، ليلاً ونهاراً، ويمكن دون ذكر اسمك.',
 'Genç pezevenkler (tienerpooiers), internette güvenlik ya da kayıp veya sömürülen bir çocuk hakkında soruların mı var? Child Focus\'u ara: 116 000. Ücretsiz, gece gündüz, istersen adını vermeden.',
 'Masz pytania o nastoletnich stręczycieli (tienerpooiers), bezpieczeństwo w internecie albo dziecko zaginione lub wykorzystywane? Zadzwoń do Child Focus: 116 000. Bezpłatnie, w dzień i w nocy, także anonimowo.',
 'Маєте питання про підліткових сутенерів (tienerpooiers), безпеку в інтернеті або дитину, яка зникла чи зазнає експлуатації? Дзвоніть у Child Focus: 116 000. Безкоштовно, вдень і вночі, можна анонімно.'),
'1712': (
 'أسئلة عن العنف الجنسي، مثل الابتزاز الجنسي أو الاستدراج؟ اتصل بـ 1712 أو زر 1712.be.',
 'Cinsel şantaj ya da grooming gibi cinsel şiddet hakkında soruların mı var? 1712\'yi ara ya da 1712.be\'ye bak.',
 'Masz pytania o przemoc seksualną, na przykład sekstorsję albo grooming? Zadzwoń pod 1712 albo zajrzyj na 1712.be.',
 'Маєте питання про сексуальне насильство, наприклад сексторшн чи грумінг? Дзвоніть 1712 або дивіться 1712.be.'),
'stop-it-now-vlaanderen': (
 'أنت قلق من مشاعرك أو سلوكك تجاه القاصرين، أو من مشاعر أو سلوك شخص قريب منك؟ Stop it Now! يستمع إليك ويقدم النصيحة.',
 'Reşit olmayanlara karşı kendi duygu ya da davranışların, ya da sana yakın birinin duygu ya da davranışları seni endişelendiriyor mu? Stop it Now! seni dinler ve tavsiye verir.',
 'Martwisz się swoimi uczuciami lub zachowaniem wobec osób niepełnoletnich albo uczuciami lub zachowaniem kogoś bliskiego? Stop it Now! wysłucha i doradzi.',
 'Вас турбують власні почуття чи поведінка щодо неповнолітніх або почуття чи поведінка близької вам людини? Stop it Now! вислухає й дасть пораду.'),
'uk-999': (
 'في خطر مباشر في المملكة المتحدة: اتصل بـ 999.',
 'Birleşik Krallık\'ta acil tehlikede: 999\'u ara.',
 'W bezpośrednim zagrożeniu w Wielkiej Brytanii: zadzwoń pod 999.',
 'Якщо є пряма небезпека у Великій Британії: дзвоніть 999.'),
'uk-101': (
 'ليست حالة طارئة في المملكة المتحدة، مثلاً في حالة ابتزاز جنسي؟ أبلغ الشرطة على الرقم 101.',
 'Birleşik Krallık\'ta acil olmayan bir durum, örneğin cinsel şantaj mı? Polise bildir: 101.',
 'To nie nagły wypadek w Wielkiej Brytanii, na przykład sekstorsja? Zgłoś to na policję: 101.',
 'Не термінова ситуація у Великій Британії, наприклад сексторшн? Повідомте поліцію: 101.'),
'childline': (
 'أنت طفل أو شاب في المملكة المتحدة وتريد أن تتحدث؟ اتصل بـ Childline على الرقم 0800 1111.',
 'Birleşik Krallık\'ta bir çocuk ya da gençsin ve konuşmak mı istiyorsun? Childline\'ı ara: 0800 1111.',
 'Jesteś dzieckiem lub młodą osobą w Wielkiej Brytanii i chcesz porozmawiać? Zadzwoń do Childline: 0800 1111.',
 'Ти дитина чи молода людина у Великій Британії і хочеш поговорити? Дзвони в Childline: 0800 1111.'),
'nspcc-helpline': (
 'أنت شخص بالغ في المملكة المتحدة وقلق على طفل؟ اتصل بـ NSPCC Helpline على الرقم 0808 800 5000.',
 'Birleşik Krallık\'ta bir çocuk için endişeli bir yetişkin misin? NSPCC Helpline\'ı ara: 0808 800 5000.',
 'Jesteś osobą dorosłą w Wielkiej Brytanii i martwisz się o dziecko? Zadzwoń do NSPCC Helpline: 0808 800 5000.',
 'Ви дорослий у Великій Британії і хвилюєтеся за дитину? Дзвоніть у NSPCC Helpline: 0808 800 5000.'),
'modern-slavery-helpline': (
 'تشك في عبودية حديثة أو استغلال في المملكة المتحدة؟ اتصل بـ Modern Slavery & Exploitation Helpline على الرقم 08000 121 700. مجاناً وبسرية، ليلاً ونهاراً.',
 'Birleşik Krallık\'ta modern kölelik ya da sömürüden şüpheleniyor musun? Modern Slavery & Exploitation Helpline\'ı ara: 08000 121 700. Ücretsiz ve gizli, gece gündüz.',
 'Podejrzewasz współczesne niewolnictwo lub wykorzystywanie w Wielkiej Brytanii? Zadzwoń do Modern Slavery & Exploitation Helpline: 08000 121 700. Bezpłatnie i poufnie, w dzień i w nocy.',
 'Підозрюєте сучасне рабство чи експлуатацію у Великій Британії? Дзвоніть у Modern Slavery & Exploitation Helpline: 08000 121 700. Безкоштовно й конфіденційно, вдень і вночі.'),
'karma-nirvana': (
 'عنف مرتبط بالشرف أو زواج قسري في المملكة المتحدة؟ اتصل بـ Karma Nirvana على الرقم 0800 5999 247. في خطر مباشر: 999.',
 'Birleşik Krallık\'ta namus adına şiddet ya da zorla evlendirme mi? Karma Nirvana\'yı ara: 0800 5999 247. Acil tehlikede: 999.',
 'Przemoc w imię honoru albo małżeństwo przymusowe w Wielkiej Brytanii? Zadzwoń do Karma Nirvana: 0800 5999 247. W bezpośrednim zagrożeniu: 999.',
 'Насильство на ґрунті «честі» або примусовий шлюб у Великій Британії? Дзвоніть у Karma Nirvana: 0800 5999 247. Якщо є пряма небезпека: 999.'),
'crimestoppers-uk': (
 'تريد أن تبلغ عن شك دون ذكر اسمك في المملكة المتحدة، مثلاً عن عبودية حديثة؟ اتصل بـ Crimestoppers على الرقم 0800 555 111.',
 'Birleşik Krallık\'ta bir şüpheyi adını vermeden, örneğin modern köleliği bildirmek mi istiyorsun? Crimestoppers\'ı ara: 0800 555 111.',
 'Chcesz anonimowo zgłosić podejrzenie w Wielkiej Brytanii, na przykład współczesnego niewolnictwa? Zadzwoń do Crimestoppers: 0800 555 111.',
 'Хочете анонімно повідомити про підозру у Великій Британії, наприклад про сучасне рабство? Дзвоніть у Crimestoppers: 0800 555 111.'),
}
