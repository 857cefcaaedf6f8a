"""Turkish time expressions with article dates and expected TIMEX3 values."""
from datetime import date, datetime

import pytest

from gundem.analysis.timex import TimeTagger
from gundem.model import Article

SATURDAY = datetime(2026, 2, 14, 10, 0)  # week 2026-W07 runs Monday 9 to Sunday 15 February


@pytest.fixture(scope="module")
def tag():
    tagger = TimeTagger.for_language("tr")

    def run(text, published=SATURDAY):
        article = Article(doc="t", text=text, dct=published.date(), published=published, lang="tr")
        return [(t.text, t.type, t.value, t.mod) for t in tagger(article)]

    return run


@pytest.mark.parametrize("text, expected", [
    ("Görüşmeler 6 Şubat'ta yapılmıştı.", ("6 Şubat", "DATE", "2026-02-06", None)),
    ("Tur 17 Şubat Salı günü yapılacak.", ("17 Şubat Salı günü", "DATE", "2026-02-17", None)),
    ("Saldırılar Haziran 2025'te başladı.", ("Haziran 2025", "DATE", "2025-06", None)),
    ("Anlaşma 2025 yılında imzalandı.", ("2025 yılında", "DATE", "2025", None)),
    ("Karar 07.02.2026 tarihinde alındı.", ("07.02.2026", "DATE", "2026-02-07", None)),
    ("Bakan bugün konuştu.", ("bugün", "DATE", "2026-02-14", None)),
    ("Heyet dün geldi.", ("dün", "DATE", "2026-02-13", None)),
    ("Oylama yarın yapılacak.", ("yarın", "DATE", "2026-02-15", None)),
    ("Geçen hafta anlaşma sağlandı.", ("Geçen hafta", "DATE", "2026-W06", None)),
    ("Gelecek ay seçim var.", ("Gelecek ay", "DATE", "2026-03", None)),
    ("Bakan hafta başında görüştü.", ("hafta başında", "DATE", "2026-W07", "START")),
    ("Toplantı hafta sonunda yapıldı.", ("hafta sonunda", "DATE", "2026-W07-WE", None)),
    ("Rapor ay sonunda açıklanacak.", ("ay sonunda", "DATE", "2026-02", "END")),
    ("Büyüme yılın ilk yarısında yavaşladı.", ("yılın ilk yarısında", "DATE", "2026-H1", None)),
    ("Geçen yaz yangınlar çıktı.", ("Geçen yaz", "DATE", "2025-SU", None)),
    ("Heyet 3 gün önce ayrıldı.", ("3 gün önce", "DATE", "2026-02-11", None)),
    # counted from an event named in the ablative, not from the article's date: a span of time
    ("Propaganda seçimden 10 gün önce başlayacak.", ("10 gün önce", "DURATION", "P10D", None)),
    ("Karar 3 gün sonra verilecek.", ("3 gün sonra", "DATE", "2026-02-17", None)),
    ("Seçim iki hafta sonra yapılacak.", ("iki hafta sonra", "DATE", "2026-W09", None)),
    ("Ülke son 10 yılda büyüdü.", ("son 10 yılda", "DURATION", "P10Y", None)),
    ("Kampanya iki hafta içinde tamamlanacak.", ("iki hafta içinde", "DURATION", "P2W", None)),
    ("Komisyon aralık ayının ilk haftasında toplanacak.", ("aralık ayının ilk haftasında", "DATE", "2026-12", "START")),
    ("Karar mart ayının sonunda açıklanacak.", ("mart ayının sonunda", "DATE", "2026-03", "END")),
    ("Oylama aralık ayının ikinci yarısında yapılacak.", ("aralık ayının ikinci yarısında", "DATE", "2026-12", "END")),
    # a unit or month in the genitive or the compound form before a part, a quarter, a day
    ("Fiyatlar geçen ayın sonunda arttı.", ("geçen ayın sonunda", "DATE", "2026-01", "END")),
    ("Zam bu yılın başında yapıldı.", ("bu yılın başında", "DATE", "2026", "START")),
    ("Seçim mart ayı başında yapılacak.", ("mart ayı başında", "DATE", "2026-03", "START")),
    ("Büyüme 2025 yılının son çeyreğinde hızlandı.", ("2025 yılının son çeyreğinde", "DATE", "2025-Q4", None)),
    ("İhracat geçen yılın ilk yarısında arttı.", ("geçen yılın ilk yarısında", "DATE", "2025-H1", None)),
    # a year in the genitive after an apostrophe, as a quarter's or a half's year
    ("Rapor 2027'nin ilk çeyreğinde açıklanacak.", ("2027'nin ilk çeyreğinde", "DATE", "2027-Q1", None)),
    ("Ekonomi 2025'in ikinci yarısında toparlandı.", ("2025'in ikinci yarısında", "DATE", "2025-H2", None)),
    ("Maaşlar ayın 20'sinde yatacak.", ("ayın 20'sinde", "DATE", "2026-02-20", None)),
    ("Toplantı geçen ayın 31'inde yapıldı.", ("geçen ayın 31'inde", "DATE", "2026-01-31", None)),
    ("Toplantı bu ayın 30'unda yapılacak.", ("bu ayın", "DATE", "2026-02", None)),  # no 30 February: the month
    ("Açıklama bu sabah yapıldı.", ("bu sabah", "TIME", "2026-02-14TMO", None)),
    ("Kent 19. yüzyılda kuruldu.", ("19. yüzyılda", "DATE", "18", None)),
    ("Yanıt kırk sekiz saat içinde verilecek.", ("kırk sekiz saat içinde", "DURATION", "PT48H", None)),
    ("Görüşme 45 dakika sürdü.", ("45 dakika", "DURATION", "PT45M", None)),
    ("Heyet 3 günlük ziyarete başladı.", ("3 günlük", "DURATION", "P3D", None)),
    ("Sanığa 8 yıl 4 ay hapis cezası verildi.", ("8 yıl 4 ay", "DURATION", "P8Y4M", None)),
    # a feast with its case ending glued on, as TDK writes it
    ("Rakamı yılbaşından önce açıklayacağız.", ("yılbaşından", "DATE", "2027-01-01", None)),
    ("Kurban Bayramında yollar doldu.", ("Kurban Bayramında", "DATE", "2025-06-06", None)),
    # the plural of a part of a period ("ortalarında": around the middle)
    ("Fabrika gelecek yılın ortalarında üretime başlayacak.", ("gelecek yılın ortalarında", "DATE", "2027", "MID")),
    ("Kurul her pazartesi toplanıyor.", ("her pazartesi", "SET", "XXXX-WXX-1", None)),
    ("Grip sezonu her yıl erken başlıyor.", ("her yıl", "SET", "P1Y", None)),
    ("Kurul haftada iki kez toplanıyor.", ("haftada iki kez", "SET", "P1W", None)),
    ("Konser her cuma akşamı veriliyor.", ("her cuma akşamı", "SET", "XXXX-WXX-5TEV", None)),
    ("Maaşlar her ay sonunda yatırılıyor.", ("her ay sonunda", "SET", "P1M", "END")),
    ("Zamlar her yıl başında geliyor.", ("her yıl başında", "SET", "P1Y", "START")),
    ("Çarşı her hafta sonu kalabalık oluyor.", ("her hafta sonu", "SET", "XXXX-WXX-WE", None)),
    ("Açıklama saat 09.30'da yapıldı.", ("saat 09.30", "TIME", "2026-02-14T09:30", None)),
    ("Saldırı dün gece gerçekleşti.", ("dün gece", "TIME", "2026-02-13TNI", None)),
    ("Heyet salı akşamı geldi.", ("salı akşamı", "TIME", "2026-02-10TEV", None)),
    # a quotation after the expression has verbs of its own: the sentence's "dedi" tells the tense
    ('Bakan, perşembe günü düzenlenen toplantıda, "Bu kararı geri alacağız" dedi.', ("perşembe günü", "DATE", "2026-02-12", None)),
    # inside one, the quotation's own verb does
    ('Bakan, "Perşembe günü karar vereceğiz" dedi.', ("Perşembe günü", "DATE", "2026-02-19", None)),
    # a year before a month or a part of the year, with no word between them
    ("Tatbikat 2025 Nisan ayında yapılmıştı.", ("2025 Nisan ayında", "DATE", "2025-04", None)),
    ("Anlaşma 2027 başında yürürlüğe girecek.", ("2027 başında", "DATE", "2027", "START")),
    ("Şirket 2024 yılı sonunda kâr açıkladı.", ("2024 yılı sonunda", "DATE", "2024", "END")),
    # a weekday of a named week is that week's day, whatever the verb
    ("Heyet gelecek hafta perşembe günü Ankara'ya gelecek.", ("gelecek hafta perşembe günü", "DATE", "2026-02-19", None)),
    ("Geçen haftanın salı günü toplandılar.", ("Geçen haftanın salı günü", "DATE", "2026-02-03", None)),
    ("Geçen hafta salı akşamı olay yaşandı.", ("Geçen hafta salı akşamı", "TIME", "2026-02-03TEV", None)),
    ("Ekipler cumartesi günü sabah saatlerinde operasyon düzenledi.",
     ("cumartesi günü sabah saatlerinde", "TIME", "2026-02-14TMO", None)),  # said on a Saturday: that morning
    # vague references: TimeML's PAST_REF, PRESENT_REF, FUTURE_REF
    ("Artçı sarsıntılar önümüzdeki günlerde sürebilir.", ("önümüzdeki günlerde", "DATE", "FUTURE_REF", None)),
    ("Son yıllarda göç arttı.", ("Son yıllarda", "DATE", "PAST_REF", None)),
    ("Fiyatlar geçtiğimiz aylarda yükseldi.", ("geçtiğimiz aylarda", "DATE", "PAST_REF", None)),
    ("Birkaç gün önce bir toplantı yapıldı.", ("Birkaç gün önce", "DATE", "PAST_REF", None)),
    ("Seçim birkaç hafta sonra yapılacak.", ("birkaç hafta sonra", "DATE", "FUTURE_REF", None)),
    ("Şu anda üç kişi tedavi görüyor.", ("Şu anda", "DATE", "PRESENT_REF", None)),
    ("Karar yakında açıklanacak.", ("yakında", "DATE", "FUTURE_REF", None)),
    # a case ending or -ki written on the word belongs to the expression; after an apostrophe it does not
    ("Karar dünkü toplantıda alındı.", ("dünkü", "DATE", "2026-02-13", None)),
    ("Yeni tarife yarından itibaren geçerli.", ("yarından", "DATE", "2026-02-15", None)),
    ("Bugüne kadar 10 kişi kurtarıldı.", ("Bugüne", "DATE", "2026-02-14", None)),
    ("Konu önceki gün görüşüldü.", ("önceki gün", "DATE", "2026-02-12", None)),
    ("Geçen haftaki toplantıda konuşuldu.", ("Geçen haftaki", "DATE", "2026-W06", None)),
    ("Geçen yılki seçimleri kazandı.", ("Geçen yılki", "DATE", "2025", None)),
    ("Salı günkü oturumda karar çıkmadı.", ("Salı günkü", "DATE", "2026-02-10", None)),
    ("Seçim Mart'ta yapılacak.", ("Mart", "DATE", "2026-03", None)),
    ("Enflasyon ocak ayında yükseldi.", ("ocak ayında", "DATE", "2026-01", None)),
    ("Kurul nisan ayındaki toplantısında karar verecek.", ("nisan ayındaki", "DATE", "2026-04", None)),
    ("Çalışmalar hazirana kadar sürecek.", ("hazirana", "DATE", "2026-06", None)),
    ("Fiyatlar Ocak'tan bu yana artıyor.", ("Ocak", "DATE", "2026-01", None)),
    ("Fabrika 3 yıldır zarar ediyor.", ("3 yıldır", "DURATION", "P3Y", None)),
    # a year before "yıl" is a date, not a count of years
    ("AB 2027 yılına kadar destek verecek.", ("2027 yılına", "DATE", "2027", None)),
    ("Tesis 2025 yılının başında açıldı.", ("2025 yılının başında", "DATE", "2025", "START")),
    # "yılın son çeyreği" is this year's; a bare quarter is the latest begun, or one to come
    ("Satışın yılın son çeyreğinde tamamlanması bekleniyor.", ("yılın son çeyreğinde", "DATE", "2026-Q4", None)),
    ("Satışlar son çeyrekte geriledi.", ("son çeyrekte", "DATE", "2025-Q4", None)),
    ("Bölge yıllardır ihmal ediliyor.", ("yıllardır", "DURATION", "PXY", None)),
    ("Yeni kurallar pazartesiden itibaren uygulanacak.", ("pazartesiden", "DATE", "2026-02-16", None)),
    # "geçen" before a weekday with its ablative: the one before, whatever the tense
    ("Soğuklar geçen perşembeden bu yana etkili.", ("geçen perşembeden", "DATE", "2026-02-12", None)),
    ("Başvurular çarşambaya kadar sürecek.", ("çarşambaya", "DATE", "2026-02-18", None)),
    # a year with its genitive after the apostrophe before a part of it
    ("Müzakerelerin 2027'nin başında sonuç vermesi bekleniyor.", ("2027'nin başında", "DATE", "2027", "START")),
    # "bir" before a unit is a count only when a word of duration follows
    ("Film bir hafta boyunca gösterildi.", ("bir hafta", "DURATION", "P1W", None)),
    ("Artçı sarsıntılar birkaç gün sürebilir.", ("birkaç gün", "DURATION", "PXD", None)),
    # a part of the day with no day named is the article's day
    ("Çalışmalar sabah saatlerinde başlayacak.", ("sabah saatlerinde", "TIME", "2026-02-14TMO", None)),
    # a part of the day before a time of 24 hours stands as "saat" does; a time with a case ending needs no word
    ("Oylama sabah 08.00'de başlayacak.", ("sabah 08.00", "TIME", "2026-02-14T08:00", None)),
    ("Patlama gece 02.15 sıralarında oldu.", ("gece 02.15", "TIME", "2026-02-14T02:15", None)),
    ("Oturum 17.00'de sona erecek.", ("17.00", "TIME", "2026-02-14T17:00", None)),
])
def test_expression_values(tag, text, expected):
    assert tag(text) == [expected]


@pytest.mark.parametrize("text", ["Önceki yıllarda seçim yapılmadı.", "Onlar bir önceki gece toplandılar."])
def test_previous_alone_or_after_bir_names_no_day(tag, text):
    assert not [t for t in tag(text) if t[2].startswith("2026-02-12")]


def test_a_number_of_percent_or_money_with_a_case_ending_is_no_time(tag):
    assert tag("Enflasyon yüzde 14.30'a yükseldi.") == []


@pytest.mark.parametrize("text, expected", [
    # the month's nth seven days: the ISO week of their middle day, with the seven days as interval
    ("Bakan aralık ayının ikinci haftasında gelecek.", ("aralık ayının ikinci haftasında", "2026-W50", ("2026-12-08", "2026-12-14"))),
    # the genitive after an apostrophe reads as "ayının"
    ("Zirve Mart'ın üçüncü haftasında yapılacak.", ("Mart'ın üçüncü haftasında", "2026-W12", ("2026-03-15", "2026-03-21"))),
    ("Seçim Temmuz'un sonunda yapılacak.", ("Temmuz'un sonunda", "2026-07", ("2026-07-19", "2026-07-31"))),
    # a month of a named year is one expression, the year's month
    ("Soruşturma 2024 yılının mart ayında başlamıştı.", ("2024 yılının mart ayında", "2024-03", ("2024-03-01", "2024-03-31"))),
    # a night runs into the next morning; an evening stays within its day
    ("Saldırı dün gece gerçekleşti.", ("dün gece", "2026-02-13TNI", ("2026-02-13", "2026-02-14"))),
    ("Ordu gece boyunca kente saldırdı.", ("gece boyunca", "2026-02-13TNI", ("2026-02-13", "2026-02-14"))),
    ("Toplantı dün akşam yapıldı.", ("dün akşam", "2026-02-13TEV", ("2026-02-13", "2026-02-13"))),
])
def test_the_days_a_week_a_part_of_a_month_or_of_a_day_spans(text, expected):
    tagger = TimeTagger.for_language("tr")
    timex = tagger(Article(doc="t", text=text, dct=date(2026, 2, 14), lang="tr"))[0]
    assert (timex.text, timex.value, timex.interval) == expected


def test_a_range_of_days_is_its_first_day_with_an_interval_to_the_last():
    tagger = TimeTagger.for_language("tr")
    timex = tagger(Article(doc="t", text="Zirve 21-23 Şubat tarihlerinde yapılacak.", dct=date(2026, 2, 14), lang="tr"))[0]
    assert (timex.text, timex.value, timex.interval) == ("21-23 Şubat", "2026-02-21", ("2026-02-21", "2026-02-23"))


def test_days_after_an_earlier_event_count_from_the_day_named_before(tag):
    assert tag("Sanık 3 Ocak'ta gözaltına alınmış, iki hafta sonra tutuklanmıştı.")[1][1:3] == ("DATE", "2026-W03")
    assert tag("Sanık 3 Ocak'ta gözaltına alındı, 4 gün sonra serbest bırakıldı.")[1][1:3] == ("DATE", "2026-01-07")
    assert tag("Sanık dört gün sonra serbest bırakıldı.")[0][1:3] == ("DURATION", "P4D")  # no day to count from
    assert tag("Seçim iki hafta sonra yapılacak.")[0][1:3] == ("DATE", "2026-W09")  # the future: from today


def test_weekday_direction_comes_from_the_verb(tag):
    assert tag("Salı günü Ankara'yı ziyaret eden bakanın mesajı ilettiği belirtildi.")[0][2] == "2026-02-10"
    assert tag("Salı günü Ankara'yı ziyaret edecek.")[0][2] == "2026-02-17"
    assert tag("Toplantının salı günü yapılması planlanıyor.")[0][2] == "2026-02-17"
    # a name's ending is no verb: "Stadı'nda" is not a past tense
    assert tag("Takım pazartesi günü Tüpraş Stadı'nda rakibini ağırlayacak.")[0][2] == "2026-02-16"


def test_what_is_agreed_or_asked_to_be_done_is_ahead(tag):
    november = datetime(2026, 11, 23, 18, 0)
    text = "Bakanlar, toplantının şubat ayında Ankara'da yapılması konusunda mutabakata vardı."
    assert tag(text, november)[0][2] == "2027-02"
    assert tag("Bakan şubat ayında Ankara'da açıklama yaptı.", november)[0][2] == "2026-02"
    # a verbal noun without its possessive plans as well; a noun of its own ("anlaşma") does not
    assert tag("Taraflar toplantıyı ocak ayında Bakü'de yapma konusunda uzlaştı.", november)[0][2] == "2027-01"
    assert tag("Ocak ayında varılan anlaşma konusunda görüştüler.", november)[0][2] == "2026-01"
    # what is proposed to be done, and what one is invited to do, are ahead too
    july = datetime(2026, 7, 14, 18, 0)
    assert tag("Bakan, bir sonraki görüşmenin ağustos ayında yapılmasını önerdiklerini açıkladı.", july)[0][2] == "2026-08"
    # a decision told by someone else: the verb of telling is past, what was decided is ahead
    told = "Açıklamada, bir sonraki turun sonbaharda Ankara'da yapılmasının kararlaştırıldığı bildirildi."
    assert tag(told, datetime(2026, 3, 11, 9, 0))[0][2] == "2026-FA"
    assert tag("Bakan, sendikacıları salı günü bakanlıkta görüşmeye davet etti.", july)[0][2] == "2026-07-21"


def test_a_reported_copula_leaves_the_date_to_the_calendar(tag):
    november = datetime(2026, 11, 28, 11, 30)
    text = "Başkan, transferin yılbaşı hediyesi olduğunu belirterek konuştu."
    assert tag(text, november)[0][2] == "2027-01-01"


def test_a_word_before_the_weekday_says_which_one_it_is(tag):
    # Saturday 14 February: the verb would say nothing here, the word does
    assert tag("Geçen cuma açıklandı.")[0][:3] == ("Geçen cuma", "DATE", "2026-02-13")
    assert tag("Önümüzdeki çarşamba Avrupa'da maçımız var.")[0][:3] == ("Önümüzdeki çarşamba", "DATE", "2026-02-18")
    assert tag("Geçtiğimiz salı akşamı görüştüler.")[0][:3] == ("Geçtiğimiz salı akşamı", "TIME", "2026-02-10TEV")
    assert tag("Kurul bu cuma toplanacak.")[0][:3] == ("bu cuma", "DATE", "2026-02-20")
    assert tag("Maç bu cumartesi oynanacak.")[0][:3] == ("bu cumartesi", "DATE", "2026-02-14")  # said on that day


def test_each_month_of_a_range_is_an_expression_and_the_range_runs_forward(tag):
    # told on 14 February: January-September is last year's, January to March next year's
    assert [t[:3] for t in tag("Ocak-Eylül döneminde ihracat yüzde 8 arttı.")] == [
        ("Ocak", "DATE", "2025-01"), ("Eylül", "DATE", "2025-09")]
    assert [t[:3] for t in tag("Mart ve nisan aylarında yağış az olacak.")] == [
        ("Mart", "DATE", "2026-03"), ("nisan", "DATE", "2026-04")]
    assert [t[:3] for t in tag("Başvurular ocak ile mart arasında alınacak.")] == [
        ("ocak", "DATE", "2027-01"), ("mart", "DATE", "2027-03")]
    assert [t[:3] for t in tag("Kampanya Aralık'tan Şubat'a kadar sürecek.")] == [
        ("Aralık", "DATE", "2026-12"), ("Şubat", "DATE", "2027-02")]


def test_a_date_counted_from_the_last_date_the_text_named(tag):
    assert tag("Saldırı 3 Mart 2025'te oldu, zanlı ertesi gün yakalandı.")[1][:3] == ("ertesi gün", "DATE", "2025-03-04")
    assert tag("Anlaşma 2019'da imzalandı, o yıl ihracat arttı.")[1][:3] == ("o yıl", "DATE", "2019")
    assert tag("Seçim 2023'te yapıldı, bir önceki yıl kriz yaşanmıştı.")[1][:3] == ("bir önceki yıl", "DATE", "2022")
    assert tag("Aynı gün açıklama yapıldı.")[0][:3] == ("Aynı gün", "DATE", "2026-02-14")  # no date named: the article's


def test_a_month_after_a_year_named_in_words_is_that_years_month(tag):
    assert tag("Soruşturma Mart 2024'te başlamış, sanık aynı yılın temmuz ayında tutuklanmıştı.")[1][:3] == (
        "aynı yılın temmuz ayında", "DATE", "2024-07")
    assert tag("Ateşkese geçen yıl kasım ayında varıldı.")[0][:3] == ("geçen yıl kasım ayında", "DATE", "2025-11")
    assert tag("Geçen yılın mart ayının sonunda açıklandı.")[0] == ("Geçen yılın mart ayının sonunda", "DATE", "2025-03", "END")


def test_a_part_of_the_day_makes_pazar_a_day(tag):
    assert tag("Maç pazar akşamı oynandı.")[0][:3] == ("pazar akşamı", "TIME", "2026-02-08TEV")


def test_a_clock_time_after_a_day_is_that_days(tag):
    assert tag("Olay 10 Şubat Salı günü saat 18.30 sıralarında meydana geldi.")[0][:3] == (
        "10 Şubat Salı günü saat 18.30", "TIME", "2026-02-10T18:30")


@pytest.mark.parametrize("text, clock", [
    # a night runs past its midnight: a clock time before dawn told of last night is this morning's
    ("Bot dün gece saat 03.00 sıralarında battı.", ("saat 03.00", "TIME", "2026-02-14T03:00")),
    ("Bot dün gece battı. Saat 02.30'da kurtarma başladı.", ("Saat 02.30", "TIME", "2026-02-14T02:30")),
    # before midnight it is the night's own day
    ("Bot dün gece saat 23.00 sıralarında battı.", ("saat 23.00", "TIME", "2026-02-13T23:00")),
])
def test_a_clock_time_told_of_a_night_is_on_the_side_of_midnight_its_hour_says(tag, text, clock):
    assert tag(text)[1][:3] == clock


def test_each_year_of_a_range_of_years(tag):
    assert [t[2] for t in tag("Teslimatlar 2027 ile 2029 yılları arasında yapılacak.")] == ["2027", "2029"]


def test_a_feast_after_a_year_is_that_years(tag):
    assert tag("Ramazan Bayramı tatili için 2027 yılındaki Ramazan Bayramı esas alınacak.")[-1][:3] == (
        "2027 yılındaki Ramazan Bayramı", "DATE", "2027-03-09")


def test_the_articles_own_month_is_this_one_whatever_the_tense(tag):
    november = datetime(2026, 11, 24, 12, 0)
    assert tag("Kasım ayı verileri hedefe ulaşacağımızı gösteriyor.", november)[0][2] == "2026-11"


@pytest.mark.parametrize("text, expected", [
    ("Yangın sabaha karşı söndürüldü.", ("sabaha karşı", "TIME", "2026-02-14TMO")),
    ("Toplantı öğle saatlerinde başladı.", ("öğle saatlerinde", "TIME", "2026-02-14TMI")),
    ("Akşamüstü açıklama yapıldı.", ("Akşamüstü", "TIME", "2026-02-14TAF")),
    # midnight is hour 24 of its day: told in the past, the last one
    ("Olay gece yarısı meydana geldi.", ("gece yarısı", "TIME", "2026-02-13T24:00")),
    ("Yasak gece yarısından itibaren uygulanacak.", ("gece yarısından", "TIME", "2026-02-14T24:00")),
    # through the night: the last one in a report of the past, the coming one before a future verb
    ("Ordu gece boyunca kente saldırı düzenledi.", ("gece boyunca", "TIME", "2026-02-13TNI")),
    ("Yağışın gece boyunca sürmesi bekleniyor.", ("gece boyunca", "TIME", "2026-02-14TNI")),
    # "önceki" names a day only before a part of it: the night, the evening before last
    ("Çatışma önceki gece çıktı.", ("önceki gece", "TIME", "2026-02-12TNI")),
    ("Heyet evvelki akşam geldi.", ("evvelki akşam", "TIME", "2026-02-12TEV")),
    ("Toplantı evvelki gün yapıldı.", ("evvelki gün", "DATE", "2026-02-12")),
])
def test_more_parts_of_the_day(tag, text, expected):
    assert tag(text)[0][:3] == expected


def test_the_second_clock_time_of_a_range(tag):
    assert [t[2] for t in tag("Saat 09.00 ile 17.00 arasında kesinti olacak.")] == ["2026-02-14T09:00", "2026-02-14T17:00"]
    assert tag("Fiyatlar 1.500 ile 2.000 lira arasında.") == []


def test_a_month_qualifying_figures_is_the_nearest_such_month(tag):
    november = datetime(2026, 11, 16, 10, 0)
    assert tag("Ekim ayı sanayi üretimi verileri 10 Aralık'ta açıklanacak.", november)[0][2] == "2026-10"
    assert tag("Ocak ayı enflasyonu 3 Şubat'ta açıklanacak.", november)[0][2] == "2027-01"


def test_a_noun_that_looks_past_does_not_set_the_tense(tag):
    # "toplantı" ends like a past verb ("-tı"); the verb is "yapılacak"
    assert tag("Ocak ayında toplantı yapılacak.", datetime(2026, 11, 24, 12, 0))[0][2] == "2027-01"


def test_a_weekday_joined_to_tomorrow_lies_ahead(tag):
    # the decision is past, the days off are to come
    assert [t[2] for t in tag("Okullarda eğitime yarın ve pazartesi günü ara verildi.")] == ["2026-02-15", "2026-02-16"]


def test_the_other_day_is_a_vague_past_and_every_passing_day_no_time(tag):
    assert tag("Bakan geçen gün açıklama yaptı.") == [("geçen gün", "DATE", "PAST_REF", None)]
    assert tag("Alım gücü her geçen gün eriyor.") == []


def test_local_time_before_a_clock_time(tag):
    assert tag("Deprem yerel saatle 03.15'te kaydedildi.")[0][:3] == ("yerel saatle 03.15", "TIME", "2026-02-14T03:15")


def test_afternoon_alone_is_the_articles_afternoon(tag):
    assert tag("Endeks öğleden sonra yükselişini sürdürdü.")[0][:3] == ("öğleden sonra", "TIME", "2026-02-14TAF")


def test_a_time_after_tsi_is_a_clock_time(tag):
    assert tag("Final maçı pazar günü TSİ 20.00'de başlayacak.")[0][:3] == ("pazar günü TSİ 20.00", "TIME", "2026-02-15T20:00")


def test_what_someone_wants_or_aims_to_do_is_ahead(tag):
    # the verb of wanting is in the present; what the infinitive names is still to come
    assert tag('Teknik direktör, "Pazar günü kupayı kazanmak istiyoruz." dedi.', datetime(2026, 2, 16, 10, 0))[0][2] == "2026-02-22"
    assert tag("Bakan, cuma günü Ankara'ya gitmeyi planlıyor.")[0][2] == "2026-02-20"


def test_what_must_be_done_is_still_to_come(tag):
    november = datetime(2026, 11, 18, 12, 0)
    assert tag("Aşıların aralık ayı sonuna kadar yaptırılması gerektiğini söyledi.", november)[0][2:] == ("2026-12", "END")


def test_bare_day_month_takes_the_year_the_tense_allows(tag):
    december = datetime(2026, 1, 10, 12, 0)
    assert tag("Protestolar 28 Aralık'ta başlamıştı.", december)[0][2] == "2025-12-28"
    assert tag("Zirve 5 Mart'ta yapılacak.", december)[0][2] == "2026-03-05"


def test_weekday_with_a_wrong_date_is_reported():
    tagger = TimeTagger.for_language("tr")
    article = Article(doc="t", text="Tur 18 Şubat Salı günü yapılacak.", dct=date(2026, 2, 14), lang="tr")
    timex = tagger(article)[0]
    assert timex.value == "2026-02-18" and "not a salı" in timex.calendar_warning


def test_a_weekday_picks_the_year_of_a_date_told_in_the_past_about_a_day_ahead():
    tagger = TimeTagger.for_language("tr")
    text = "Okullarda eğitime 19 Şubat Perşembe günü ara verildiği bildirildi."  # said on Wednesday 18 February
    timex = tagger(Article(doc="t", text=text, dct=date(2026, 2, 18), lang="tr"))[0]
    assert (timex.value, timex.calendar_warning) == ("2026-02-19", None)  # not 2025, whose 19 February was a Wednesday


def test_early_hours_today_keeps_the_naive_value_and_offers_the_day_before(tag):
    tagger = TimeTagger.for_language("tr")
    just_after_midnight = datetime(2026, 2, 7, 0, 6)
    article = Article(doc="t", text="Heyetler arasında bugün bir görüşme gerçekleşmişti.", dct=just_after_midnight.date(),
                      published=just_after_midnight, lang="tr")
    timex = tagger(article)[0]
    assert (timex.value, timex.also_accepted) == ("2026-02-07", ("2026-02-06",))
    assert tag("Heyetler arasında bugün bir görüşme gerçekleşmişti.")[0][2] == "2026-02-14"  # 10:00: no doubt


@pytest.mark.parametrize("text, value, also", [
    # the article's own weekday, told in the past: that very day, as the wires write it, or a week before
    ("Bakan cumartesi günü yaptığı açıklamada ateşkese destek verdi.", "2026-02-14", ("2026-02-07",)),
    # told of a coming act: a week ahead (the day itself would be "bugün"), or that day
    ("Heyetler cumartesi günü yeniden bir araya gelecek.", "2026-02-21", ("2026-02-14",)),
    # another weekday is not in doubt
    ("Bakan cuma günü yaptığı açıklamada ateşkese destek verdi.", "2026-02-13", ()),
    # a part of that day keeps both readings
    ("Ekipler cumartesi sabahı operasyon düzenledi.", "2026-02-14TMO", ("2026-02-07TMO",)),
])
def test_the_weekday_of_publication_is_that_day_or_a_week_away(text, value, also):
    timex = TimeTagger.for_language("tr")(Article(doc="t", text=text, dct=SATURDAY.date(), published=SATURDAY, lang="tr"))[0]
    assert (timex.value, timex.also_accepted) == (value, also)


@pytest.mark.parametrize("published, text, value", [
    (datetime(2026, 1, 1, 12), "Dün açıklama yapıldı.", "2025-12-31"),  # year boundary
    (datetime(2026, 1, 2, 12), "Geçen hafta görüşüldü.", "2025-W52"),  # ISO week of the previous year
    (datetime(2027, 1, 1, 12), "Bu hafta görüşülecek.", "2026-W53"),  # 1 January 2027 is in 2026's week 53
    (datetime(2028, 3, 1, 12), "Karar 29 Şubat'ta alındı.", "2028-02-29"),  # leap day
    (datetime(2026, 3, 1, 12), "Karar 29 Şubat'ta alındı.", None),  # no 29 February in 2026 or 2025
])
def test_calendar_traps(tag, published, text, value):
    found = tag(text, published)
    assert (found[0][2] if found else None) == value


def test_lower_case_market_is_not_sunday(tag):
    assert tag("Semt pazar yerinde yoğunluk vardı.") == []


@pytest.mark.parametrize("text", [
    "Dünya Kupası başladı.",  # "dün" and a word going on
    "Kasım'ın açıklaması bekleniyor.",  # a man called Kasım: a month takes no genitive here
    "Eylül'e göre bu yanlış.",  # a woman called Eylül: a month takes the dative only before "kadar"
    "Maç Samsun 19 Mayıs Stadı'nda oynandı.",  # a date that opens a place's name
    "Araçlar 15 Temmuz Şehitler Köprüsü'nde durdu.",
    "Tarlada ekimde gecikme yaşandı.",  # sowing, in a sentence about a field
    "Maden ocakta çalışanlar kömür çıkardı.",  # the mine, in a sentence about coal
    # the mine, in an article that writes the noun's softened stem elsewhere ("ocağında")
    "Maden ocağında göçük meydana geldi. Kaçak ocakta üç işçi çalışıyordu.",
])
def test_words_that_only_look_like_days_or_months(tag, text):
    assert tag(text) == []
    assert tag("Seçim pazar günü yapılacak.")[0][2] == "2026-02-15"


@pytest.mark.parametrize("published, text, value, interval", [
    (datetime(2026, 2, 14, 10), "Ramazan Bayramı'nda yollar kalabalık olacak.", "2026-03-20", ("2026-03-20", "2026-03-22")),
    (datetime(2026, 2, 14, 10), "Geçen Kurban Bayramı'nda kazalar arttı.", "2025-06-06", ("2025-06-06", "2025-06-09")),
    (datetime(2026, 6, 1, 10), "Kurban Bayramı tatilinde yollar doluydu.", "2026-05-27", ("2026-05-27", "2026-05-30")),
    (datetime(2026, 11, 2, 10), "Cumhuriyet Bayramı coşkuyla kutlandı.", "2026-10-29", ("2026-10-29", "2026-10-29")),
    # a feast within a month of the article is the one spoken of, whatever the tense: decided of the coming one
    (datetime(2026, 3, 11, 10), "Tatil Ramazan Bayramı'nda 9 güne çıkarıldı.", "2026-03-20", ("2026-03-20", "2026-03-22")),
    (datetime(2026, 4, 10, 10), "Kurban Bayramı'nda 5 kişi öldü.", "2025-06-06", ("2025-06-06", "2025-06-09")),
])
def test_feasts_from_the_hijri_and_the_civil_calendar(published, text, value, interval):
    tagger = TimeTagger.for_language("tr")
    timex = tagger(Article(doc="t", text=text, dct=published.date(), published=published, lang="tr"))[0]
    assert (timex.value, timex.interval) == (value, interval)


@pytest.mark.parametrize("text, value", [
    ("1990'lı yıllarda ekonomi büyüdü.", "199"), ("2000'lerde göç arttı.", "200"),
    # a decade by its tens alone: the latest begun by the article's year
    ("Bu yöntem 90'larda yaygınlaştı.", "199"), ("80'li yıllarda darbe oldu.", "198"), ("20'lerde faizler yükseldi.", "202"),
])
def test_decades(tag, text, value):
    assert tag(text)[0][2] == value


@pytest.mark.parametrize("text", [
    "20'li yaşlarındaki gençler işsiz kaldı.", "Sıcaklık 30'lu derecelere çıkacak.", "Heyet saat 10'larda geldi.",
])
def test_tens_that_are_no_decade(tag, text):
    assert tag(text) == []


@pytest.mark.parametrize("text, value", [
    ("Çalışmalar ilkbaharda başlayacak.", "2026-SP"),
    ("Sonbaharda seçim yapıldı.", "2025-FA"),
    ("Yaz aylarında turist sayısı artacak.", "2026-SU"),
])
def test_a_season_without_a_word_that_dates_it_is_the_nearest_on_the_verbs_side(tag, text, value):
    assert tag(text)[0][2] == value


def test_a_month_ahead_of_a_past_forecast_is_the_nearest(tag):
    # told on 14 February: a forecast made before about January, the month just past
    assert tag("Ekonomistler ocakta enflasyonun yüzde 2 olacağını tahmin etmişti.")[0][:3] == ("ocakta", "DATE", "2026-01")
    assert tag("Bakan, toplantının ocakta yapılacağını açıkladı.")[0][:3] == ("ocakta", "DATE", "2027-01")


@pytest.mark.parametrize("text, value", [
    ("Seçimlerin 2027'nin sonbaharında yapılması hedefleniyor.", ("2027'nin sonbaharında", "2027-FA")),
    ("Kazı 2024 yazında başladı.", ("2024 yazında", "2024-SU")),
    ("Tesis gelecek yılın ilkbaharında açılacak.", ("gelecek yılın ilkbaharında", "2027-SP")),
    ("Geçen yılın kışında elektrik kesintileri yaşandı.", ("Geçen yılın kışında", "2025-WI")),
])
def test_a_season_of_a_named_year_is_in_that_year(tag, text, value):
    assert tag(text)[0][0::2] == value


def test_halves_with_a_decimal_comma_or_bucuk(tag):
    assert tag("Oyuncuyla 4,5 yıllık sözleşme imzalandı.")[0][:3] == ("4,5 yıllık", "DURATION", "P4Y6M")
    assert tag("Toplantı iki buçuk saat sürdü.")[0][:3] == ("iki buçuk saat", "DURATION", "PT2H30M")
    # counted back or ahead, a half makes the date a month's (or a day's) precision
    assert tag("Fabrika iki buçuk yıl önce kapandı.")[0][:3] == ("iki buçuk yıl önce", "DATE", "2023-08")
    assert tag("Seçim 1,5 ay sonra yapılacak.")[0][:3] == ("1,5 ay sonra", "DATE", "2026-03-31")


def test_a_day_something_is_postponed_or_extended_to_is_ahead(tag):
    assert tag("Mahkeme duruşmayı 12 Mart'a erteledi.")[0][2] == "2026-03-12"
    assert tag("Süre 31 Ocak'a uzatıldı.")[0][2] == "2027-01-31"
    assert tag("Duruşma 12 Şubat'ta yapıldı.")[0][2] == "2026-02-12"


@pytest.mark.parametrize("text, value", [
    ("Enflasyon ekimde yüzde 3 arttı.", "2025-10"),
    ("Ekimde yapılan seçimi iktidar kazandı.", "2025-10"),
    ("Yasa ocakta yürürlüğe girecek.", "2027-01"),
    ("Tohum fuarı Ekim'de yapıldı.", "2025-10"),  # the apostrophe marks the name whatever the sentence is about
])
def test_october_and_january_with_a_glued_ending(tag, text, value):
    assert tag(text)[0][2] == value


def test_numbers_written_as_tens_and_units():
    tagger = TimeTagger.for_language("tr")
    found = tagger(Article(doc="t", text="Son yirmi beş yılda ve son on iki ayda çok şey değişti.", dct=date(2026, 2, 16), lang="tr"))
    assert [(t.text, t.value) for t in found] == [("Son yirmi beş yılda", "P25Y"), ("son on iki ayda", "P12M")]


def test_a_clock_time_later_than_the_article_in_the_past_tense_is_the_day_before(tag):
    morning = datetime(2026, 11, 20, 7, 45)
    assert tag("Kaza saat 23.30 sıralarında meydana geldi.", morning)[0][2] == "2026-11-19T23:30"
    assert tag("Kaza saat 06.30'da meydana geldi.", morning)[0][2] == "2026-11-20T06:30"
    assert tag("Toplantı saat 23.30'da yapılacak.", morning)[0][2] == "2026-11-20T23:30"
    midnight = datetime(2026, 11, 20, 0, 0)  # a date with no hour: nothing to compare with
    assert tag("Kaza saat 23.30 sıralarında meydana geldi.", midnight)[0][2] == "2026-11-20T23:30"


def test_a_local_time_abroad_is_not_set_against_the_hour_of_publication(tag):
    # published at 06.30 in Istanbul; 07.12 in Seoul had already passed
    morning = datetime(2026, 12, 1, 6, 30)
    assert tag("Füze yerel saatle 07.12'de ateşlendi.", morning)[0][2] == "2026-12-01T07:12"


@pytest.mark.parametrize("text, value", [
    # said on a Monday: a weekend told in the past is the one just gone, one ahead is this week's
    ("HDK, kente hafta sonu düzenlediği saldırıda 60 sivili öldürdü.", "2026-W08-WE"),
    ("Bakan hafta sonu Ankara'ya gidecek.", "2026-W09-WE"),
    ("Meteoroloji, hafta sonundan itibaren kar yağışı beklendiğini duyurdu.", "2026-W09-WE"),
])
def test_a_weekend_told_on_a_weekday_by_its_verbs_tense(tag, text, value):
    monday = datetime(2026, 2, 23, 9, 0)
    assert tag(text, monday)[0][2] == value


def test_a_decade_by_its_tens_spans_its_ten_years(tag):
    timex = TimeTagger.for_language("tr")(Article(doc="t", text="Bu yöntem 90'larda yaygınlaştı.", dct=date(2026, 3, 11), lang="tr"))[0]
    assert (timex.value, timex.interval) == ("199", ("1990-01-01", "1999-12-31"))


@pytest.mark.parametrize("text, expected", [
    ("Kanunla 2053 net sıfır emisyon hedefi güvenceye alındı.", [("2053", "DATE", "2053", None)]),
    ("Meclis 2027 bütçesini görüşüyor.", [("2027", "DATE", "2027", None)]),
    ("Takım 2025-2026 sezonunda şampiyon oldu.", [("2025", "DATE", "2025", None), ("2026", "DATE", "2026", None)]),
    ("Operasyonda 2053 şüpheli yakalandı.", []),
])
def test_a_bare_year_before_a_noun_it_names_the_year_of(tag, text, expected):
    assert tag(text) == expected


def test_the_time_stamps_of_a_live_report_are_on_its_day_even_after_the_hour_it_was_first_published(tag):
    report = ("Canlı | Son durum\n\n"
              "09.12 - Hava Kuvvetleri, gece boyunca 96 insansız hava aracıyla saldırı düzenlendiğini açıkladı.\n\n"
              "13.30 - Kremlin Sözcüsü yeni bir müzakere turuna kapıyı kapatmadıklarını söyledi.")
    # the night the first entry tells of does not carry its day over to the next entry's stamp
    assert tag(report, datetime(2026, 11, 4, 9, 0)) == [("09.12", "TIME", "2026-11-04T09:12", None),
                                                         ("gece boyunca", "TIME", "2026-11-03TNI", None),
                                                         ("13.30", "TIME", "2026-11-04T13:30", None)]


def test_a_weekday_before_a_word_for_a_town_is_the_towns_name(tag):
    assert tag("Sel Çayeli ve Pazar ilçelerinde 40 evi yıktı.") == []
    assert tag("Toplantı pazar günü yapılacak.") == [("pazar günü", "DATE", "2026-02-15", None)]


def test_an_occasion_decided_on_is_ahead_and_a_courts_decision_keeps_its_own_date(tag):
    july = datetime(2026, 7, 29, 20, 0)
    assert tag("Parti Meclisi, kurultayın 14-15 Kasım tarihlerinde Ankara'da yapılmasına karar verdi.", july)[0][2] == "2026-11-14"
    assert tag("Mahkeme, 14 Mart'ta sanığın tutuklanmasına karar verdi.", july)[0][2] == "2026-03-14"


def test_a_hearing_set_for_a_date_is_ahead(tag):
    june = datetime(2026, 6, 16, 17, 30)
    assert tag("Mahkeme, iddianameyi kabul ederek ilk duruşmayı 9 Eylül'e bıraktı.", june)[0][2] == "2026-09-09"


def test_a_clock_time_in_a_sentence_naming_no_day_is_on_the_day_named_just_before(tag):
    december = datetime(2026, 12, 1, 16, 0)
    found = tag("Kabine yarın toplanacak. Saat 14.00'te başlayacak toplantıda asgari ücret ele alınacak.", december)
    assert [value for _, _, value, _ in found] == ["2026-12-02", "2026-12-02T14:00"]


def test_a_clock_time_is_not_on_a_day_that_only_bounds_a_span_told_before(tag):
    april = datetime(2026, 4, 20, 16, 20)
    found = tag("Listeler en geç 15 Mayıs'a kadar teslim edilecek. Oy kullanma işlemi sabah 08.00'de başlayacak.", april)
    assert found[-1][2] == "2026-04-20T08:00"  # with no day of its own to take, the article's


def test_days_declared_a_holiday_are_ahead_whatever_the_verbs_tense(tag):
    tuesday = datetime(2026, 12, 1, 10, 20)
    found = tag("Valilik, okulların çarşamba ve perşembe günleri tatil edildiğini duyurdu.", tuesday)
    assert [value for _, _, value, _ in found] == ["2026-12-02", "2026-12-03"]


@pytest.mark.parametrize("text, expected", [
    # the night from one day to the next belongs to the first, last week's in a report of the past
    ("Saldırı cumartesiyi pazara bağlayan gece gerçekleşti.", ("cumartesiyi pazara bağlayan gece", "TIME", "2026-02-07TNI", None)),
    ("Tatbikat pazartesiyi salıya bağlayan gece başlayacak.", ("pazartesiyi salıya bağlayan gece", "TIME", "2026-02-16TNI", None)),
    # a week or part of the month a relative word names
    ("Toplantı önümüzdeki ayın ilk haftasında yapılacak.", ("önümüzdeki ayın ilk haftasında", "DATE", "2026-03", "START")),
    ("Karar geçen ayın sonunda açıklandı.", ("geçen ayın sonunda", "DATE", "2026-01", "END")),
])
def test_a_night_between_two_days_and_a_part_of_a_month_named_relatively(tag, text, expected):
    assert tag(text, published=datetime(2026, 2, 11, 10, 0)) == [expected]  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    # typed without Turkish letters, or with the dotless and dotted i swapped: the same words
    ("Kayalar şımdı dağın altında.", ("şımdı", "DATE", "PRESENT_REF", None)),
    ("Karar hazıran ayında alındı.", ("hazıran ayında", "DATE", "2025-06", None)),
    ("Oylama yarin yapılacak.", ("yarin", "DATE", "2026-02-15", None)),
    ("Sonuçlar aralık ayının ılk haftasında açıklanacak.", ("aralık ayının ılk haftasında", "DATE", "2026-12", "START")),
])
def test_a_word_typed_with_the_other_i_is_read_not_a_failure(tag, text, expected):
    assert expected in tag(text)


def test_a_plan_past_a_converb_does_not_date_a_time_before_the_converb(tag):
    december = datetime(2026, 12, 4, 10, 0)
    text = "Hamas, İsrail'i ekim ayında yürürlüğe giren ateşkesi ihlal etmekle suçlayarak arabulucuları harekete geçmeye çağırdı."
    assert tag(text, december)[0][2] == "2026-10"
    assert tag("Hamas, ekim ayında arabulucuları harekete geçmeye çağırdı.", december)[0][2] == "2027-10"


@pytest.mark.parametrize("text", ["Fransa Dışişleri Bakanı Jean-Noel Barrot açıklama yaptı.", "Bakan Pere Noel Garcia konuştu."])
def test_a_feasts_name_inside_a_persons_is_no_time(tag, text):
    assert tag(text) == []


def test_the_feast_alone_is_still_a_time(tag):
    assert [t[2][5:] for t in tag("Noel tatili başladı.")] == ["12-25"]
