"""Direct and reported speech on sentences written for these tests."""

import pytest

from tests.conftest import speech_in


@pytest.fixture(scope="module")
def speech():
    return speech_in("tr")


@pytest.mark.parametrize("text, expected", [
    ('Dışişleri Bakanı Ali Demir, "Görüşmeler olumlu geçti." dedi.', ("Görüşmeler olumlu geçti.", "Ali Demir", "dedi")),
    ("Bakan Ali Demir, “Süreç devam edecek, kimse endişe etmesin.” ifadesini kullandı.",
     ("Süreç devam edecek, kimse endişe etmesin.", "Ali Demir", "ifadesini kullandı")),
    ('Almanya Başbakanı Friedrich Merz, gazetecilere «Kararımız kesindir.» diye konuştu.',
     ("Kararımız kesindir.", "Friedrich Merz", "diye konuştu")),
    ('Japonya Dışişleri Bakanlığı\'ndan yapılan yazılı açıklamada, "Saldırıyı kınıyoruz." denildi.',
     ("Saldırıyı kınıyoruz.", "Ministry of Foreign Affairs of Japan", "denildi")),
    ('Fransa Cumhurbaşkanı Emmanuel Macron açıklamada, "Avrupa birlik içinde kalmalı." ifadelerini kullandı.',
     ("Avrupa birlik içinde kalmalı.", "Emmanuel Macron", "ifadelerini kullandı")),
    # a quoted fragment closing a reported clause, before the verb of saying, is quoted too
    ('Kremlin Sözcüsü Dmitriy Peskov ise yaptırımların "işe yaramayacağını" savundu.',
     ("işe yaramayacağını", "Dmitriy Peskov", "savundu")),
    ('Bakan Ali Demir, görüşmenin "yapıcı bir atmosferde" geçtiğini söyledi.', ("yapıcı bir atmosferde", "Ali Demir", "söyledi")),
    # an analyst's quote closed by "değerlendirmesinde bulundu"
    ('Ekonomist Ali Demir, "Rezerv birikimi kura istikrar getiriyor" değerlendirmesinde bulundu.',
     ("Rezerv birikimi kura istikrar getiriyor", "Ali Demir", "değerlendirmesinde bulundu")),
    # a quote closed by the noun of the statement: "açıklamasını yaptı"
    ('Vali Ali Demir, eleştirilere yanıt olarak, "Hatalar varsa araştıracağız." açıklamasını yaptı.',
     ("Hatalar varsa araştıracağız.", "Ali Demir", "açıklamasını yaptı")),
    # a message posted, and a quote closed by "diye ekledi"
    ('Devlet Başkanı Ali Demir, sosyal medya hesabından yaptığı paylaşımda, "Her birini eve getireceğiz." mesajını verdi.',
     ("Her birini eve getireceğiz.", "Ali Demir", "mesajını verdi")),
    ('Vali Mehmet Kaya, "Vatandaşlarımız dikkatli olsun." diye ekledi.', ("Vatandaşlarımız dikkatli olsun.", "Mehmet Kaya", "diye ekledi")),
    ('Başbakan Ali Demir, kararı "halka yönelik bir şantaj" olarak nitelendirerek tepki gösterdi.',
     ("halka yönelik bir şantaj", "Ali Demir", "olarak nitelendirerek")),
])
def test_direct_quote_text_speaker_and_cue(speech, text, expected):
    quotes, _ = speech(text)
    assert quotes == [expected]


def test_the_speaker_of_a_later_quote_can_be_the_one_named_before(speech):
    text = 'Vali Mehmet Kaya, "Yollar açıldı." dedi. "Vatandaşlarımız dikkatli olsun." diye ekledi.'
    quotes, _ = speech(text.replace("diye ekledi", "sözlerine ekledi"))
    assert [speaker for _, speaker, _ in quotes] == ["Mehmet Kaya", "Mehmet Kaya"]


def test_apostrophes_of_suffixes_are_not_quotes(speech):
    quotes, _ = speech("Bakan Ali Demir'in Ankara'daki toplantısı Erdoğan'ın katılımıyla yapıldı.")
    assert quotes == []


def test_scare_quotes_without_a_cue_are_not_quotes(speech):
    quotes, _ = speech('Hükümet, "yeni dönem" olarak adlandırılan süreci başlattı.')
    assert quotes == []


@pytest.mark.parametrize("text, expected", [
    # a quote the statement gives is the statement maker's
    (("Japonya Dışişleri Bakanlığından yapılan yazılı açıklamada, görüşmelerin sürdüğü belirtildi. "
      'Açıklamada, "Bölgede kalıcı barış için çaba göstermeye devam edeceğiz" ifadesine yer verildi.'),
     [("Ministry of Foreign Affairs of Japan", "ifadesine yer verildi")]),
    # a bare title after a participle stands for the person last named with it
    (("Sağlık Bakanı Kemal Memişoğlu hastaneyi ziyaret etti. "
      'Gazetecilerin sorularını yanıtlayan Bakan, "Açıklama yapmayacağım" dedi.'), [("Kemal Memişoğlu", "dedi")]),
])
def test_the_speaker_named_in_an_earlier_sentence(speech, text, expected):
    quotes, _ = speech(text)
    assert [(speaker, cue) for _, speaker, cue in quotes] == expected


def test_reported_speech_with_subject_and_passive_cue(speech):
    text = ("Polonya, ittifakın doğu sınırını güçlendireceğini açıkladı. "
            "Japonya Dışişleri Bakanlığı'ndan yapılan açıklamada, tutumunu koruduğu yinelendi.")
    _, reported = speech(text)
    assert reported == [("güçlendireceğini açıkladı", "Poland"), ("koruduğu yinelendi", "Ministry of Foreign Affairs of Japan")]


def test_reported_speech_of_a_bare_title_is_the_holders_named_before_unless_a_nationality_qualifies_it(speech):
    text = ("Sağlık Bakanı Kemal Memişoğlu kampanyayı başlattı. Bakan, kampanyanın ocak sonuna kadar süreceğini söyledi. "
            "Soruları yanıtlayan Bakan, hedefin 2 milyon çocuk olduğunu ifade etti. Rus Bakan, santralin açılacağını belirtti.")
    _, reported = speech(text)
    assert reported == [("süreceğini söyledi", "Kemal Memişoğlu"), ("olduğunu ifade etti", "Kemal Memişoğlu"),
                        ("açılacağını belirtti", None)]


def test_a_passive_converb_of_saying_is_the_statements(speech):
    text = ("Sendika, Ulusal Metal Sanayicileri Birliği ile anlaşamadı. Ulusal Metal Sanayicileri Birliği'nden yapılan "
            "yazılı açıklamada ise grevin ekonomiye zarar vereceği belirtilerek sendikaya çağrı yapıldı.")
    _, reported = speech(text)
    assert reported == [("vereceği belirtilerek", "Ulusal Metal Sanayicileri Birliği")]


def test_a_foreign_general_speaks_under_the_title_general(speech):
    _, reported = speech("Devlet televizyonunda açıklama yapan General Ali N'Diaye, ordunun yönetime el koyduğunu bildirdi.")
    assert reported == [("koyduğunu bildirdi", "Ali N'Diaye")]


def test_a_body_named_by_its_head_word_is_the_speaker(speech):
    text = ('Ulusal Enerji Kurulu dün toplandı. Kurulun karar metninde, "Tarifeler yıl sonuna kadar '
            'değişmeyecek." ifadelerine yer verildi.')
    quotes, _ = speech(text)
    assert quotes == [("Tarifeler yıl sonuna kadar değişmeyecek.", "Ulusal Enerji Kurulu", "ifadelerine yer verildi")]


def test_the_noun_of_a_speech_verb_is_no_cue(speech):
    _, reported = speech("Sendika Başkanı Ali Tan, geçen hafta yaptığı açıklamada ücretlerin artması gerektiğini vurgulamıştı.")
    assert reported == [("gerektiğini vurgulamıştı", "Ali Tan")]


def test_a_title_with_ve_still_opens_the_sentence_before_its_holder(speech):
    _, reported = speech("Hazine ve Maliye Bakanı Cem Arslan de paylaşımında kararlılığın süreceğini belirtti.")
    assert reported == [("süreceğini belirtti", "Cem Arslan")]



@pytest.mark.parametrize("text, expected", [
    # the plural of the reported clause ("-dıklarını", "-eceklerini") is reported speech too
    ("Sendika Başkanı Ali Demir, grevi sürdüreceklerini açıkladı.", [("sürdüreceklerini açıkladı", "Ali Demir")]),
    ("Bakan Ali Demir, teklifi reddettiklerini duyurdu.", [("reddettiklerini duyurdu", "Ali Demir")]),
    # a focus particle after a bare name marks the subject as a comma does
    ("Muhalefet partisi CHP ise rakamların yanlış olduğunu öne sürdü.", [("olduğunu öne sürdü", "Republican People's Party")]),
    # "savunmak" (to argue) reports what was argued
    ("Ali Demir, kararın hukuka aykırı olduğunu savundu.", [("olduğunu savundu", "Ali Demir")]),
    # "anlatmak" (to tell) reports what was told
    ("Ali Demir, arabada yalnız kaldıklarını anlattı.", [("kaldıklarını anlattı", "Ali Demir")]),
    # "yazmak" (to write, in a post) reports what was written; "yazılı" (written) is no cue
    ("Ali Demir ise paylaşımında sonuçlara saygı duyduğunu yazdı.", [("duyduğunu yazdı", "Ali Demir")]),
    ("Ali Demir, teklifi kabul ettiğini yazılı olarak bildirdi.", []),
    # a warning or a claim "made" ("uyarısında bulundu") reports the clause before it
    ("Ali Demir, yağışların hafta sonuna kadar süreceği uyarısında bulundu.", [("süreceği uyarısında bulundu", "Ali Demir")]),
])
def test_plural_reported_clauses_focus_particles_and_arguing(speech, text, expected):
    assert speech(text)[1] == expected


def test_a_quote_after_a_bare_title_is_spoken_by_the_person_last_named_with_it(speech):
    text = ('Sağlık Bakanı Kemal Aksoy ile Vali Ayşe Kaya toplantıya katıldı. '
            'Bakan, "Aşılar ücretsiz olacak" dedi. Vali, "Okullar açık kalacak" dedi.')
    quotes, _ = speech(text)
    assert [(quote, speaker) for quote, speaker, _ in quotes] == [
        ("Aşılar ücretsiz olacak", "Kemal Aksoy"), ("Okullar açık kalacak", "Ayşe Kaya")]


def test_a_quote_in_a_paragraph_of_its_own_after_the_sentence_that_introduces_it(speech):
    text = ("Ticaret Bakanı Ali Demir, zirvede konuştu. Demir, konuşmasında şunları söyledi:\n\n"
            "“Bu yıl ihracatta yeni bir rekor bekliyoruz. Hedefimize ulaşacağız.”\n")
    quotes, _ = speech(text)
    assert [(speaker, cue) for _, speaker, cue in quotes] == [("Ali Demir", "şunları söyledi")]


@pytest.mark.parametrize("text, expected", [
    # a participle of saying after the quote: the speaker is named after it
    ('"Süreç devam ediyor" diyen Bakan Ali Demir, ayrıntı vermedi.', [("Süreç devam ediyor", "Ali Demir", "diyen")]),
    ('"Hedefimiz büyümek" ifadesini kullanan Bakan Ali Demir, yatırım çağrısı yaptı.',
     [("Hedefimiz büyümek", "Ali Demir", "ifadesini kullanan")]),
    # a name and a colon open the quote
    ('Toplantı bitti. Bakan Ali Demir: "Kararımızın arkasındayız."', [("Kararımızın arkasındayız.", "Ali Demir", ":")]),
    # a quoted sentence right after a quote goes on with the same speaker
    ('Bakan Ali Demir, "Enflasyon düşecek." dedi. "Bunu hep birlikte göreceğiz."',
     [("Enflasyon düşecek.", "Ali Demir", "dedi"), ("Bunu hep birlikte göreceğiz.", "Ali Demir", "")]),
])
def test_more_ways_to_introduce_a_quote(speech, text, expected):
    quotes, _ = speech(text)
    assert quotes == expected


def test_a_colon_after_common_words_names_no_speaker(speech):
    quotes, _ = speech('Sonuç olarak şunu söyleyebiliriz: "Süreç uzun sürecek."')
    assert quotes == []


def test_an_economist_before_the_name_is_a_title(speech):
    quotes, _ = speech('AA muhabirinin sorularını yanıtlayan Ekonomist Ali Demir, "Faiz indirimi sürecek" dedi.')
    assert [speaker for _, speaker, _ in quotes] == ["Ali Demir"]


@pytest.mark.parametrize("text, expected", [
    ('Bakan Ali Demir, "Temiz suya erişim sağlanmazsa salgın yayılabilir" uyarısında bulundu.',
     ("Temiz suya erişim sağlanmazsa salgın yayılabilir", "Ali Demir", "uyarısında bulundu")),
    ('Bakan Ali Demir, anlaşmayı "barışa doğru tarihi bir adım" olarak nitelendirdi.',
     ("barışa doğru tarihi bir adım", "Ali Demir", "olarak nitelendirdi")),
])
def test_a_warning_and_a_characterisation_close_a_quote(speech, text, expected):
    quotes, _ = speech(text)
    assert quotes == [expected]


def test_a_name_in_quotation_marks_is_no_quote(speech):
    quotes, _ = speech('Milli Savunma Bakanlığından yapılan açıklamada, "Sarsılmaz Kardeşlik-2026" adlı tatbikatın süreceği bildirildi.')
    assert quotes == []


def test_a_subject_closed_by_its_short_form_and_a_word_for_what_it_is_speaks(speech):
    quotes, _ = speech('Aşırı sağcı Almanya için Alternatif (AfD) partisi, görüşmeleri "seçmen iradesine ihanet" olarak nitelendirdi.')
    assert [(text, speaker) for text, speaker, _ in quotes] == [("seçmen iradesine ihanet", "Alternative for Germany")]


def test_a_subject_described_by_a_role_is_the_person_named_before_in_that_role(speech):
    text = ('Kulüp, orta saha oyuncusu Ali Demir ile sözleşme imzaladı. Başkan Veli Kaya, "Ali bizim için çok değerli" dedi. '
            'Genç futbolcu ise "Bu formayı giymek benim için gurur verici" diye konuştu.')
    quotes, _ = speech(text)
    assert [speaker for _, speaker, _ in quotes] == ["Veli Kaya", "Ali Demir"]


def test_a_described_subject_named_nowhere_is_not_the_last_speaker(speech):
    text = 'Başkan Veli Kaya, "Sezona iyi başladık" dedi. Deneyimli kaleci ise "Hedefimiz şampiyonluk" diye konuştu.'
    quotes, _ = speech(text)
    assert [speaker for _, speaker, _ in quotes] == ["Veli Kaya", None]


def test_a_body_described_by_its_kind_is_the_one_of_that_kind_named_before(speech):
    text = "Fenerbahçe, yeni transferini açıkladı. Sarı-lacivertli kulüp, oyuncuya 12 milyon avro ödeneceğini bildirdi."
    _, reported = speech(text)
    assert reported == [("ödeneceğini bildirdi", "Fenerbahçe SK")]


def test_a_company_described_by_its_kind_is_the_one_the_article_names_most(speech):
    text = ("Koç Holding kârını artırdı. Koç Holding, yeni yatırımlar yapacak. Arçelik'in maliyetleri kârı sınırladı. "
            "Şirket, yıl sonu hedeflerini koruduğunu bildirdi.")
    _, reported = speech(text)
    assert reported[-1] == ("koruduğunu bildirdi", "Koç Holding")


def test_the_datelines_agency_does_not_speak_and_a_bodys_post_is_its_statement(speech):
    text = ('Ordu açıklama yaptı.\n\nANKARA (AA) - Kara Kuvvetleri Komutanlığının sosyal medya hesabından yapılan paylaşımda, '
            '"Tatbikat başarıyla tamamlandı." ifadesine yer verildi.')
    quotes, _ = speech(text)
    assert quotes == [("Tatbikat başarıyla tamamlandı.", "Kara Kuvvetleri Komutanlığı", "ifadesine yer verildi")]


def test_after_a_clause_of_its_own_closed_by_a_comma_the_main_clauses_subject_speaks(speech):
    _, reported = speech("Karara Brezilya'dan da eleştiri gelirken, Avrupa Birliği üye ülkelerin iş birliği yapması gerektiğini vurguladı.")
    assert reported == [("gerektiğini vurguladı", "European Union")]


def test_a_party_and_the_word_for_its_leader_speak_for_the_leader_named_before(speech):
    text = 'CHP Genel Başkanı Ali Kaya konuştu. CHP lideri, "Milletin sabrı taştı." ifadesini kullandı.'
    quotes, _ = speech(text)
    assert quotes == [("Milletin sabrı taştı.", "Ali Kaya", "ifadesini kullandı")]


def test_a_quoted_characterisation_closed_by_a_verb_of_judging(speech):
    found = speech('CHP Grup Başkanvekili Ali Demir, kararı "geç gelen ama doğru bir adım" olarak değerlendirdi.')
    assert found == ([("geç gelen ama doğru bir adım", "Ali Demir", "olarak değerlendirdi")], [])


def test_the_spokesperson_of_a_body_named_by_its_head_word_speaks_for_it(speech):
    found = speech('Çin Doğu Bölge Komutanlığı tatbikat başlattı. Komutanlık sözcüsü, tatbikatın "ciddi bir uyarı" olduğunu belirtti.')
    assert found[0] == [("ciddi bir uyarı", "Çin Doğu Bölge Komutanlığı", "belirtti")]


@pytest.mark.parametrize("text, quote, speaker, cue", [
    # a body's head word alone, no name, stands for the body named before
    (("Japonya Dışişleri Bakanlığı, saldırıyı kınadı. Bakanlıktan yapılan yazılı açıklamada, "
     '"Bu tür eylemlere izin verilmesi kabul edilemez" denildi.'),
     "Bu tür eylemlere izin verilmesi kabul edilemez", "Ministry of Foreign Affairs of Japan", "denildi"),
    # a statement from a body's web site
    ('Japonya Dışişleri Bakanlığının internet sitesinden yapılan açıklamada, "Saldırıyı kınıyoruz" denildi.',
     "Saldırıyı kınıyoruz", "Ministry of Foreign Affairs of Japan", "denildi"),
    # a text issued by a body named by its head word in the genitive
    (("Para Politikası Kurulu faizi indirdi. Kurulun toplantının ardından yayımlanan metninde enflasyonun gerilediği "
     'vurgulandı. Metinde, "Sıkı duruş sürdürülecektir" ifadesine yer verildi.'),
     "Sıkı duruş sürdürülecektir", "Para Politikası Kurulu", "ifadesine yer verildi"),
])
def test_a_written_statement_is_the_bodys_it_came_from(speech, text, quote, speaker, cue):
    assert speech(text)[0] == [(quote, speaker, cue)]


@pytest.mark.parametrize("text, speaker", [
    # a statement's body in the genitive, named or by its head word, before "açıklamasında"
    ("Para Politikası Kurulu faizi indirdi. Kurulun açıklamasında, enflasyonun gerilediği kaydedildi.", "Para Politikası Kurulu"),
    ("Japonya Dışişleri Bakanlığının açıklamasında, saldırının planlandığı belirtildi.", "Ministry of Foreign Affairs of Japan"),
    # a claim told in the passive, in a statement from a body named with its own-language name in brackets
    ("Venezuela Gelecek Hareketi'nden (Vente Venezuela) yapılan açıklamada, gözaltının siyasi olduğu ileri sürüldü.",
     "Venezuela Gelecek Hareketi"),
    # a person's title is no body's head word, though a body's name may open with it
    ("Diyanet İşleri Başkanlığı bayram mesajı yayımladı. Başkanın açıklamasında, ibadetlerin sürdüğü belirtildi.", None),
])
def test_a_statement_in_the_genitive_is_the_bodys_that_issued_it(speech, text, speaker):
    assert [reported[1] for reported in speech(text)[1]][-1] == speaker


def test_a_claim_defended_is_told_by_its_subject_not_a_statement_before(speech):
    text = "Ulusal Enerji Kurulundan yapılan açıklamada tarifelerin arttığı bildirildi. Ali Kaya, kararın yanlış olduğunu savundu."
    assert [reported[1] for reported in speech(text)[1]] == ["Ulusal Enerji Kurulu", "Ali Kaya"]


def test_a_statement_from_a_head_word_a_group_word_also_reads(speech):
    # "Başsavcılık" is also the prosecutors' group word; the statement is the body's named before
    found = speech("İstanbul Cumhuriyet Başsavcılığı soruşturma başlattı. Başsavcılıktan yapılan yazılı açıklamada, "
                   "şüphelilerin rüşvet suçundan arandığı belirtildi.")
    assert found[1] == [("arandığı belirtildi", "İstanbul Cumhuriyet Başsavcılığı")]


def test_a_passive_participle_of_saying_that_qualifies_a_noun_reports_nothing(speech):
    found = speech("Bakan Ali Demir, polisin kaçak taşıdığı iddia edilen bir tırı durdurduğunu açıkladı.")
    assert found[1] == [("durdurduğunu açıkladı", "Ali Demir")]



def test_a_clause_told_in_a_statement_closing_with_a_quoted_fragment_is_the_statements(speech):
    _, reported = speech('Sendikadan yapılan açıklamada, grevin "sonuna kadar süreceği" belirtildi. '
                         'Ali Demir, kararın "yanlış olduğunu" söyledi.')
    assert reported == [('süreceği" belirtildi', None)]


@pytest.mark.parametrize("text, expected", [
    # the sentence before reports what the body said
    ("Ulusal Enerji Kurulu, bunun yılın ikinci indirimi olduğunu açıkladı. Açıklamada, indirimlerin süreceği kaydedildi.",
     "Ulusal Enerji Kurulu"),
    # the sentence before tells of the body's statement by its acts, with no verb of saying
    (("Ali Demir tutuklandı. Ulusal Enerji Kurulu, kararı kınayarak hükümete çağrıda bulundu. "
      "Açıklamada, kararın yanlış olduğu belirtildi."), "Ulusal Enerji Kurulu"),
])
def test_a_sentence_opened_by_the_statement_goes_on_with_the_sentence_before(speech, text, expected):
    _, reported = speech(text)
    assert reported[-1][1] == expected


def test_someones_lawyers_set_off_as_the_subject_speak(speech):
    _, reported = speech("Ali Demir'in avukatları, kararın siyasi olduğunu söyledi.")
    assert reported == [("olduğunu söyledi", "lawyers")]


def test_an_unnamed_officer_of_a_body_speaks_for_it_and_a_town_before_the_office_does_not(speech):
    _, reported = speech("DİSK'e bağlı Genel-İş Sendikası İzmir Şube Başkanı ise eylemin süreceğini söyledi.")
    assert reported == [("süreceğini söyledi", "Genel-İş Sendikası")]
    _, reported = speech("Sendikanın İzmir Şube Başkanı ise eylemin süreceğini söyledi.")
    assert reported == [("süreceğini söyledi", None)]


def test_a_quote_in_a_statement_named_again_is_the_one_the_sentence_before_told_of(speech):
    quotes, _ = speech("Japonya Dışişleri Bakanlığı da yaptığı yazılı açıklamada, saldırıları kınadıklarını bildirdi. "
                       'Açıklamada, "Saldırılar bölgenin istikrarını bozuyor." denildi.')
    assert quotes == [("Saldırılar bölgenin istikrarını bozuyor.", "Ministry of Foreign Affairs of Japan", "denildi")]


def test_a_place_after_the_subjects_comma_is_no_subject_of_the_sentence_before_a_statement(speech):
    _, reported = speech("Dışişleri Bakanlığından yapılan yazılı açıklamaya göre, sınır kapısı ele alındı. "
                         "Taraflar, Kars ile Gümrü arasındaki demiryolu hattı konusunda mutabık kaldı. "
                         "Açıklamada, görüşmenin yapıcı geçtiği belirtildi.")
    assert reported[-1] == ("geçtiği belirtildi", "Ministry of Foreign Affairs of Türkiye")
