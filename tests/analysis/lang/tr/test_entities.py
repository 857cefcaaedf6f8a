"""Turkish mentions on sentences written for these tests (none from the seeds), rules only."""
from datetime import date

import pytest

from gundem.analysis.entities import EntityRecognizer, ModelSpan
from gundem.analysis.linking import link_article
from gundem.model import Article


def _found(recognizer, text):
    """(text, type) of each mention the recogniser finds in ``text`` read as an article."""
    return [(m.text, m.type) for m in recognizer(Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr"))]


@pytest.fixture(scope="module")
def recognise(resources_tr):
    recognizer = EntityRecognizer(resources_tr)  # no model: these are the rules' guarantees
    return lambda text: _found(recognizer, text)


@pytest.fixture(scope="module")
def recognise_with_model(resources_tr):
    """The rules with a stand-in model that tags the given words: ``(tagged, text) -> mentions``."""
    return lambda tagged, text: _found(EntityRecognizer(resources_tr, _ModelThatTagsWords(tagged)), text)


@pytest.mark.parametrize("text, expected", [
    # the suffix after any apostrophe is not part of the name
    ("Heyet Almanya'dan döndü.", [("Almanya", "LOC")]),
    ("Heyet Tahran’a gitti.", [("Tahran", "LOC")]),
    # a mosque is a place, as the Milliyet gold has it
    ("Konuk heyet yarın Sultanahmet Camii'ni ziyaret edecek.", [("Sultanahmet Camii", "LOC")]),
    ("Bakan Kahire‘de konuştu.", [("Kahire", "LOC")]),
    # a title announces a person; the country before it is a place mention
    ("Fransa Dışişleri Bakanı Jean-Noël Barrot'nun açıklaması bekleniyor.",
     [("Fransa", "LOC"), ("Jean-Noël Barrot", "PER")]),
    ("Almanya Başbakanı Friedrich Merz ile Fransa Cumhurbaşkanı Emmanuel Macron görüştü.",
     [("Almanya", "LOC"), ("Friedrich Merz", "PER"), ("Fransa", "LOC"), ("Emmanuel Macron", "PER")]),
    ("Suudi Arabistan Dışişleri Bakanı Faysal bin Ferhan, Riyad'da açıklama yaptı.",
     [("Suudi Arabistan", "LOC"), ("Faysal bin Ferhan", "PER"), ("Riyad", "LOC")]),
    ("Toplantıya bakanın danışmanı Selin Kaya da katıldı.", [("Selin Kaya", "PER")]),
    # organisation heads close one organisation name; nested names are not split
    ("Birleşmiş Milletler Güvenlik Konseyi olağanüstü toplandı.", [("Birleşmiş Milletler Güvenlik Konseyi", "ORG")]),
    ("Teklif Türkiye Büyük Millet Meclisi'nde kabul edildi.", [("Türkiye Büyük Millet Meclisi", "ORG")]),
    ("Japonya Dışişleri Bakanlığı Sözcüsü Kenji Sato sorulara yanıt verdi.",
     [("Japonya Dışişleri Bakanlığı", "ORG"), ("Kenji Sato", "PER")]),
    # a lower-case cue after the name makes it an organisation
    ("Bloomberg haber ajansına konuşan kaynaklar bilgi verdi.", [("Bloomberg", "ORG")]),
    # nationality adjectives are not places
    ("ABD'li ve İngiliz yetkililer Kanadalı mevkidaşlarıyla görüştü.", []),
    ("Amerikan şirketleri ile Rus yetkililer bir araya geldi.", []),
    # ALL-CAPS headlines still give their places, and nothing else
    ("ALMANYA VE FRANSA'DAN ORTAK AÇIKLAMA", [("ALMANYA", "LOC"), ("FRANSA", "LOC")]),
    # a capitalised common word opening a sentence is not a name
    ("Görüşmelerde Ankara'nın tutumu ele alındı.", [("Ankara", "LOC")]),
    ("Kara sınırında yeni önlemler alındı.", []),
    # cities by their Turkish names, from GeoNames
    ("Heyetler Cenevre'den sonra Viyana'ya geçti.", [("Cenevre", "LOC"), ("Viyana", "LOC")]),
    # a company's legal form closes its name
    ("Koç Holding AŞ'nin hisseleri yükseldi.", [("Koç Holding AŞ", "ORG")]),
    # the Arabic article as Turkish spells it, where GeoNames has another spelling
    ("Saldırı El-Faşir'de oldu.", [("El-Faşir", "LOC")]),
    # the hyphenated second syllable of an East Asian given name is part of the name
    ("Güney Kore Devlet Başkanı Lee Jae-myung açıklama yaptı.", [("Güney Kore", "LOC"), ("Lee Jae-myung", "PER")]),
    # the hyphenated lower-case syllable ends the name before a comma too
    ("Tayvan Devlet Başkanı Lai Ching-te, açıklama yaptı.", [("Tayvan", "LOC"), ("Lai Ching-te", "PER")]),
    ("Bordo-mavililer sahaya çıktı.", []),
    # a lower-case word for a landform after a name makes it a place
    ("Keşif aracı Jezero kraterinde örnek topladı.", [("Jezero", "LOC")]),
    # in a title-case headline, known names before an organisation's head open that body's name
    ("Katar Dışişleri Bakanlığından Yeni Açıklama", [("Katar Dışişleri Bakanlığı", "ORG")]),
    ("ABD Hazine Bakanlığı İran'a Yaptırım Uyguladı", [("ABD Hazine Bakanlığı", "ORG"), ("İran", "LOC")]),
    # a known club with the word for a club after it is that club
    ("Galatasaray Kulübü Başkanı Ali Kaya konuştu.", [("Galatasaray Kulübü", "ORG"), ("Ali Kaya", "PER")]),
    # "Hint" is the adjective of India, not a place; its ocean is one
    ("Hint askerleri sınırı geçti.", []),
    ("Gemi Hint Okyanusu'nda battı.", [("Hint Okyanusu", "LOC")]),
    # a person named earlier is found again by the surname alone
    ("İçişleri Bakanı Ali Demir açıklama yaptı. Demir'e göre önlemler yeterli.", [("Ali Demir", "PER"), ("Demir", "PER")]),
    # a nation's adjective, one field, "ve", then a body's head: one name ("Sanayii": industries)
    ("Türk Havacılık ve Uzay Sanayii (TUSAŞ) teslimatı erteledi.", [("Türk Havacılık ve Uzay Sanayii", "ORG"), ("TUSAŞ", "ORG")]),
    # a place's name in the genitive at the end of a name run is the family name
    ("Temsilci Maria Angela Holguin'in ziyareti bekleniyor.", [("Maria Angela Holguin", "PER")]),
    ("Bakan Nils Berg Oslo'ya gitti.", [("Nils Berg", "PER"), ("Oslo", "LOC")]),
    # a capitalised adjective of nationality with its endings opens no name ("Filistinlilere" is a group)
    ("Gazze'de Filistinlilere İsrail'in saldırısı sürüyor.", [("Gazze", "LOC"), ("İsrail", "LOC")]),
    # a body's name after a lower-case title holds no one
    ("Hollanda büyükelçisi Dışişleri Bakanlığına çağrıldı.", [("Hollanda", "LOC"), ("Dışişleri Bakanlığı", "ORG")]),
    # a country's own name is no adjective of a place ("Somali" is not of Soma)
    ("Somali hükümeti açıklama yaptı.", [("Somali", "LOC")]),
    # a title word Arabic names carry between a given name and another is part of the name
    ("Somali Cumhurbaşkanı Hasan Şeyh Mahmud konuştu.", [("Somali", "LOC"), ("Hasan Şeyh Mahmud", "PER")]),
    # a body's or a delegation's common noun opening a sentence before a comma names no one
    ("Heyet, bugün açıklama yaptı ve kararın yarın uygulanacağını söyledi.", []),
    ("Belediye, bölgede çalışma başlattı.", []),
    ("Dernek, açıklama yaptı.", []),
    # an organisation's mission chief: the country before the title is where the mission serves
    ("IMF Türkiye Misyon Şefi James Walsh konuştu.", [("IMF", "ORG"), ("Türkiye", "LOC"), ("James Walsh", "PER")]),
    # a word for a relative announces a person; a place before a word of origin is no part of the name
    ("Annesi Lucienne Borg Tunus doğumlu bir öğretmendir.", [("Lucienne Borg", "PER"), ("Tunus", "LOC")]),
    # a known group before a sea in a headline, and a port named by its lower-case cue
    ("Husiler Kızıldeniz'de bir gemiye saldırdı", [("Husiler", "ORG"), ("Kızıldeniz", "LOC")]),
    ("Gemi Hudeyde limanının batısında vuruldu.", [("Hudeyde", "LOC")]),
    ("Gemi Salif limanında demirledi.", [("Salif", "LOC")]),
    ("Fener Rum Patriği Bartholomeos konuştu.", [("Bartholomeos", "PER")]),
    ("Kenya Kızılhaçı açıklama yaptı.", [("Kenya Kızılhaçı", "ORG")]),
    # a body's head word alone, with a suffix after the apostrophe, is the body named before, not a person
    ("Kurulun üyeleri toplandı. Kurul'un kararı yarın açıklanacak.", []),
    # a network closes a body's name
    ("Sudan Doktorlar Ağı, saldırıyı kınadı.", [("Sudan Doktorlar Ağı", "ORG")]),
    # a bare noun opening the sentence before a possessed noun and a head opens the body's name; an adverb does not
    ("Para Politikası Kurulu faizi sabit bıraktı.", [("Para Politikası Kurulu", "ORG")]),
    ("Bugün Milli Eğitim Bakanlığı açıklama yaptı.", [("Milli Eğitim Bakanlığı", "ORG")]),
    # in a title-case headline, a small home town named like a dictionary word is that word
    ("AB, Gürcistan'a Vize Muafiyetini Askıya Aldı\n\nKarar dün açıklandı.", [("AB", "ORG"), ("Gürcistan", "LOC")]),
    # a medium the tables know and a word they do not: one of its services
    ("Ekonomistler, AA Finans'ın anketine katıldı.", [("AA Finans", "ORG")]),
    ("Bakan, BBC Türkçe'ye konuştu.", [("BBC Türkçe", "ORG")]),
    # a body, then the place of its branch, before a branch chair's title
    ("İnşaat Mühendisleri Odası Hatay Şube Başkanı Mustafa Kaya konuştu.",
     [("İnşaat Mühendisleri Odası", "ORG"), ("Hatay", "LOC"), ("Mustafa Kaya", "PER")]),
    # a nationality adjective opening a body's name before a title keeps its place in the name
    ("Türk Tabipleri Birliği Başkanı Ali Demir konuştu.", [("Türk Tabipleri Birliği", "ORG"), ("Ali Demir", "PER")]),
    # the word after a scripture's Persian compound is the scripture's
    ("Stockholm'de Kur'an-ı Kerim yakıldı.", [("Stockholm", "LOC")]),
    # a body named for fields listed with a comma and "ve" opens with the first field; a sentence's adverb is no field
    ("Çevre, Şehircilik ve İklim Değişikliği Bakanlığı açıklama yaptı.", [("Çevre, Şehircilik ve İklim Değişikliği Bakanlığı", "ORG")]),
    ("Ancak, Sanayi ve Teknoloji Bakanlığı açıklama yaptı.", [("Sanayi ve Teknoloji Bakanlığı", "ORG")]),
    ("TSK ile Türkiye Erozyonla Mücadele, Ağaçlandırma ve Doğal Varlıkları Koruma Vakfı ortak çalışma yaptı.",
     [("TSK", "ORG"), ("Türkiye Erozyonla Mücadele, Ağaçlandırma ve Doğal Varlıkları Koruma Vakfı", "ORG")]),
    # after a title, places side by side, none a capital and a town last, are the holder's names
    ("Futbolcu Jordan Henderson sahaya çıktı.", [("Jordan Henderson", "PER")]),
    # a lower-case word inside a name the tables know whole joins it; "da" after a name is still "too"
    ("Heyet Rio de Janeiro'ya gitti.", [("Rio de Janeiro", "LOC")]),
    # "koalisyon ortağı" right before a name types a party; after a name it is someone's partner
    ("Hükümet ve koalisyon ortağı Kibonoto çoğunluğu kaybetti.", [("Kibonoto", "ORG")]),
    # a known body's acronym opens its department's name before a title
    ("BM İnsani İşler Koordinatörü Tom Fletcher konuştu.", [("BM", "ORG"), ("Tom Fletcher", "PER")]),
    # a verb of "we" opening a quote, set off by a comma, is no name
    ("Kaya, \"Vazgeçmeyeceğiz, çalışmaya devam edeceğiz\" dedi.", [("Kaya", "PER")]),
    ("Brezilya da Arjantin de toplantıya katıldı.", [("Brezilya", "LOC"), ("Arjantin", "LOC")]),
    ("Bakan Ankara ve Kahire'yi ziyaret etti.", [("Ankara", "LOC"), ("Kahire", "LOC")]),
])
def test_mentions(recognise, text, expected):
    assert recognise(text) == expected


@pytest.fixture(scope="module")
def link(resources_tr):
    recognizer = EntityRecognizer(resources_tr)

    def run(text, dct=date(2026, 3, 1)):
        article = Article(doc="t", text=text, dct=dct, lang="tr")
        mentions, entities = link_article(text, recognizer(article), resources_tr, dct)
        return {entities[m.cluster].name: entities[m.cluster] for m in mentions}

    return run


def test_a_given_name_alone_is_the_person_the_article_named_not_a_foreign_town(link):
    entities = link("Kulüp, kaleci Victor Lindqvist ile sözleşme imzaladı. Başkan, \"Victor bizim için çok değerli\" dedi.")
    assert entities["Victor Lindqvist"].names == ["Victor Lindqvist", "Victor"] and "Victor" not in entities
    # before a word for a settlement the name is the town's
    assert link("Kaleci Victor Lindqvist transfer oldu. Takım, Victor kentinde kamp yapacak.")["Victor"].type == "LOC"


def test_a_body_opened_by_the_short_form_of_one_named_is_part_of_it_and_its_head_of_its_country(link):
    entities = link("Türk Eczacıları Birliği (TEB) eylem yaptı. TEB Merkez Konseyi Başkanı Prof. Dr. Ayşe Tan açıklama yaptı.")
    assert entities["TEB Merkez Konseyi"].country == "TUR" and entities["Ayşe Tan"].country == "TUR"


@pytest.mark.parametrize("text, person, country", [
    ("Mossad Direktörü David Barnea Kahire'ye gitti.", "David Barnea", "ISR"),
    ("CIA Direktörü John Ratcliffe Doha'ya gitti.", "John Ratcliffe", "USA"),
    # a state company known by its name
    ("Rosatom Genel Müdürü Ali Kaya Astana'ya gitti.", "Ali Kaya", "RUS"),
    ("SOCAR Başkanı Ali Kaya Ankara'ya geldi.", "Ali Kaya", "AZE"),
])
def test_an_intelligence_service_known_by_its_short_form_gives_its_head_its_country(link, text, person, country):
    assert link(text)[person].country == country


def test_a_bodys_envoy_to_a_country_is_of_no_country_and_a_coalition_is_a_body(link):
    assert link("AB'nin Gürcistan Büyükelçisi Pawel Herczynski endişe duyduklarını belirtti.")["Pawel Herczynski"].country is None
    assert link("Başbakan liderliğindeki İmar ve Kalkınma Koalisyonu 46 sandalye kazandı.")["İmar ve Kalkınma Koalisyonu"].type == "ORG"


def test_a_former_holder_of_a_bodys_title_is_of_the_bodys_country(link):
    person = link("Demokrasi ve Atılım Partisi (DEVA) eski Genel Başkan Yardımcısı Ali Kaya hakkında dava açıldı.")["Ali Kaya"]
    assert person.country == "TUR"


def test_a_form_of_address_after_an_office_leaves_the_office_the_role(link):
    person = link("Katar Başbakanı Şeyh Muhammed bin Halid konuştu.")["Muhammed bin Halid"]
    assert (person.role, person.country) == ("Prime Minister", "QAT")


def test_a_bodys_head_named_after_it_in_the_genitive_is_of_its_country(link):
    entities = link("Danimarka'da seçimde Yeni Düzen Partisi birinci oldu. Muhalefetteki Özgür Halk Partisi'nin lideri Lars Holm konuştu.")
    assert entities["Lars Holm"].country == "DNK"


def test_role_and_country_from_the_title(link):
    entities = link("Fransa Dışişleri Bakanı Jean-Noël Barrot, Paris'te konuştu.")
    person = entities["Jean-Noël Barrot"]
    assert (person.role, person.country) == ("Minister of Foreign Affairs", "FRA")


def test_country_from_the_organisation_in_the_title(link):
    person = link("Japonya Dışişleri Bakanlığı Sözcüsü Kenji Sato açıklama yaptı.")["Kenji Sato"]
    assert (person.role, person.country) == ("Spokesperson", "JPN")


def test_country_from_the_organisation_before_a_bracketed_acronym_and_the_title(link):
    person = link("Japonya Otomobil Üreticileri Birliği (JAMA) Başkanı Kenji Sato açıklama yaptı.")["Kenji Sato"]
    assert (person.role, person.country) == ("President", "JPN")
    entities = link("Toplantıya Türkiye Odalar ve Borsalar Birliği katıldı.")
    assert entities["Türkiye Odalar ve Borsalar Birliği"].country == "TUR"
    entities = link("Açıklamayı İstanbul Su ve Kanalizasyon İdaresi yaptı.")
    assert entities["İstanbul Su ve Kanalizasyon İdaresi"].country == "TUR"


def test_the_parliament_named_alone_in_a_report_from_abroad_is_that_countrys(link):
    entities = link("Sırbistan'da gösteri: Sırbistan'ın başkenti Belgrad'da binlerce kişi Meclis önünde toplandı. İçişleri Bakanı Milan Petrović açıklama yaptı.")
    assert (entities["Meclis"].country, entities["Milan Petrović"].country) == ("SRB", "SRB")
    assert link("Ankara'da Meclis yeni yasayı kabul etti.")["Meclis"].country == "TUR"
    # who holds its office goes with it
    entities = link("Güney Kore'de sıkıyönetim. Güney Kore'de askerler sokağa çıktı. Meclis Başkanı Kim Jae-won açıklama yaptı.")
    assert (entities["Meclis"].country, entities["Kim Jae-won"].country) == ("KOR", "KOR")
    assert link("Meclis Başkanı Selin Kaya açıklama yaptı.")["Selin Kaya"].country == "TUR"


def test_a_general_staff_named_alone_right_after_a_foreign_place_is_that_countrys(link):
    entities = link("İsrail, Suriye'nin başkenti Şam'da Genelkurmay Başkanlığı binasını vurdu. Türkiye saldırıyı kınadı.")
    assert entities["Genelkurmay Başkanlığı"].country == "SYR"
    assert link("Genelkurmay Başkanlığı açıklama yaptı.")["Genelkurmay Başkanlığı"].country == "TUR"


def test_a_port_is_in_the_country_of_its_town_or_of_the_place_before_it(link):
    entities = link("Gemi, Samsun Limanı'ndan yola çıktı ve Mısır'ın El-Ariş Limanı'na ulaştı. Yardımlar Kerem Şalom Sınır Kapısı'ndan geçti.")
    assert (entities["Samsun Limanı"].country, entities["El-Ariş Limanı"].country) == ("TUR", "EGY")
    assert entities["Kerem Şalom Sınır Kapısı"].type == "LOC"
    # a sea or a palace is not its namesake town's
    assert link("Gemi Japonya Denizi'nde görüldü.")["Japonya Denizi"].country is None


def test_a_body_of_a_known_organisation_has_its_country(link):
    assert link("AB Dönem Başkanlığı açıklama yaptı.")["AB Dönem Başkanlığı"].country is None
    assert link("Açıklamayı Emniyet Genel Müdürlüğü Siber Suçlarla Mücadele Daire Başkanlığı yaptı.")[
        "Emniyet Genel Müdürlüğü Siber Suçlarla Mücadele Daire Başkanlığı"].country == "TUR"


def test_an_unknown_acronym_after_a_known_name_is_its_short_form(link):
    entities = link("Hızlı Destek Kuvvetleri'nin (HDK) saldırısı sürüyor. HDK açıklama yaptı.")
    assert list(entities) == ["Hızlı Destek Kuvvetleri"]
    assert entities["Hızlı Destek Kuvvetleri"].names.count("HDK") == 1


def test_an_acronym_that_is_also_a_common_nouns_names_the_body_only_in_brackets(recognise):
    assert recognise("Ukrayna'dan Rusya'ya İHA saldırısı düzenlendi.") == [("Ukrayna", "LOC"), ("Rusya", "LOC")]
    assert ("İHA", "ORG") in recognise("ERZURUM (İHA) - Kar yağışı etkili oldu.")
    # in brackets after the lower-case noun it shortens, it is the drone's short form
    assert recognise("Romanya, bir insansız hava aracının (İHA) düşürüldüğünü açıkladı.") == [("Romanya", "LOC")]


def test_an_embassy_is_the_country_named_before_it_in_the_genitive(link):
    entities = link("Japonya, Çin'in Tokyo Büyükelçiliği'nden bir diplomatı bakanlığa çağırdı. Vilnius'taki Rusya Büyükelçiliği kapandı.")
    assert (entities["Tokyo Büyükelçiliği"].country, entities["Rusya Büyükelçiliği"].country) == ("CHN", "RUS")


def test_an_office_named_beside_the_scene_countrys_own_is_the_home_countrys(link):
    entities = link("Anlaşma, Bakü'de Enerji Bakanı Ali Kaya ile Azerbaycan Ekonomi Bakanı Samir Aliyev arasında imzalandı.")
    assert (entities["Ali Kaya"].country, entities["Samir Aliyev"].country) == ("TUR", "AZE")


def test_a_trade_union_named_alone_is_the_home_countrys(link):
    assert link("Birleşik Metal-İş Sendikası greve çıktı.")["Birleşik Metal-İş Sendikası"].country == "TUR"


def test_nakhchivan(link):
    assert link("Boru hattı Nahçıvan'a uzanacak.")["Nahçıvan"].country == "AZE"


def test_the_country_an_office_holder_acts_for(link):
    entities = link("Anlaşmayı Türkiye adına Ulaştırma ve Altyapı Bakanı Ali Kaya, Irak adına Ulaştırma Bakanı Selim Hamid imzaladı.")
    assert (entities["Ali Kaya"].country, entities["Selim Hamid"].country) == ("TUR", "IRQ")


@pytest.mark.parametrize("text, name, country", [
    # fields joined by "ve", the second of two words, before a one-word title: the country before them is the minister's
    ("Törende Kenya Petrol ve Maden Kaynakları Bakanı Ahmed Nur konuştu.", "Ahmed Nur", "KEN"),
    # a body whose head is "Otoritesi" is of the country its name opens with
    ("Kenya Sivil Havacılık Otoritesi açıklama yaptı.", "Kenya Sivil Havacılık Otoritesi", "KEN"),
])
def test_the_country_opening_an_office_or_a_bodys_name(link, text, name, country):
    assert link(text)[name].country == country


def test_an_office_with_no_country_in_a_sentence_set_abroad_is_that_countrys(link):
    entities = link("Portekiz'de dün yapılan seçimde Başbakan Luís Montenegro birinci oldu. AB, Montenegro'yu tebrik etti.")
    assert entities["Luís Montenegro"].country == "PRT"
    # alone, his family name is him, though a country (Karadağ) goes by the word too
    assert "Montenegro" not in [name for name, entity in entities.items() if entity.type == "LOC"]
    assert link("Başbakan Selin Kaya Ankara'da konuştu.", date(2015, 3, 1))["Selin Kaya"].country == "TUR"


def test_a_prime_minister_after_turkiye_abolished_the_office_is_the_foreign_scenes(link):
    text = ("Pakistan'da sel felaketi sürüyor. Başbakan Kamran Ali, pazartesi günü bölgeyi ziyaret etti. "
            "Türkiye'den gönderilen yardım Pakistan'a ulaştı.")
    assert link(text)["Kamran Ali"].country == "PAK"
    assert link(text, date(2015, 3, 1))["Kamran Ali"].country == "TUR"  # Türkiye had one then
    # with no country the article is set in, none
    assert link("Başbakan Selin Kaya konuştu.")["Selin Kaya"].country is None


def test_a_head_of_state_and_an_opposition_leader_with_no_country_are_the_foreign_scenes(link):
    # Türkiye's head of state has been "Cumhurbaşkanı" since 1982
    text = ("Venezuela'da muhalefet lideri Ana Rosa Vega gözaltına alındı. Devlet Başkanı Luis Mora ise açıklama yaptı. "
            "Venezuela'daki gelişmeler yakından izleniyor.")
    entities = link(text)
    assert (entities["Ana Rosa Vega"].role, entities["Ana Rosa Vega"].country) == ("Opposition Leader", "VEN")
    assert (entities["Luis Mora"].role, entities["Luis Mora"].country) == ("Head of State", "VEN")
    assert link("Muhalefet lideri Ali Kaya Ankara'da konuştu.")["Ali Kaya"].country == "TUR"


def test_an_office_after_a_place_that_is_no_country_is_not_the_home_countrys(link):
    entities = link("KKTC Cumhurbaşkanı Ali Demirel ile Dışişleri Bakanı Ayla Koç Lefkoşa'da görüştü.")
    assert entities["Ali Demirel"].country is None
    assert entities["Ayla Koç"].country == "TUR"


def test_regional_organisations_by_their_turkish_names(link):
    entities = link("Batı Afrika Devletleri Ekonomik Topluluğu (ECOWAS), Türk Kızılay ve Afrika Birliği ortak açıklama yaptı.")
    assert sorted({entity.english_name for entity in entities.values()}) == [
        "African Union", "Economic Community of West African States", "Turkish Red Crescent"]


def test_an_acronym_title_takes_the_country_of_the_company_before_it(link):
    person = link("Koç Holding CEO'su Levent Çakıroğlu açıklama yaptı.")["Levent Çakıroğlu"]
    assert (person.role, person.country) == ("Chief Executive Officer", "TUR")


def test_a_party_in_the_genitive_before_the_title_gives_its_country(link):
    person = link("Ana muhalefet partisi CHP'nin Genel Başkanı Ayşe Kara, rakamları eleştirdi.")["Ayşe Kara"]
    assert person.country == "TUR"
    person = link("Taliban yönetiminin sözcüsü Ali Kaya, iddiaları reddetti.")["Ali Kaya"]
    assert (person.role, person.country) == ("Spokesperson", "AFG")


@pytest.mark.parametrize("text, name, role, country", [
    # a deputy minister's field is part of the title: the country before it is the holder's, none is the home country
    ("Rusya Dışişleri Bakan Yardımcısı Oleg Petrov, Ankara'ya geldi.", "Oleg Petrov", "Deputy Minister of Foreign Affairs", "RUS"),
    ("İçişleri Bakan Yardımcısı Mehmet Kaya, Atina'da konuştu.", "Mehmet Kaya", "Deputy Minister of the Interior", "TUR"),
])
def test_a_deputy_ministers_title_with_its_field(link, text, name, role, country):
    person = link(text)[name]
    assert (person.role, person.country) == (role, country)


def test_a_nationality_before_a_lower_case_title_of_two_words(link):
    person = link("Yunan hükümet sözcüsü Pavlos Marinakis, toplantıyı verimli buldu.")["Pavlos Marinakis"]
    assert (person.role, person.country) == ("Government Spokesperson", "GRC")
    # a player's position is a title of its own, so the nationality before it is the player's
    person = link("Kulüp, Sırp orta saha oyuncusu Marko Petrovic ile sözleşme imzaladı.")["Marko Petrovic"]
    assert (person.role, person.country) == ("midfielder", "SRB")


def test_an_office_after_a_capital_in_the_locative_is_that_countrys(link):
    entities = link("Dışişleri Bakanı Ali Kaya, Bakü'de Cumhurbaşkanı Veli Demir tarafından kabul edildi.")
    assert (entities["Ali Kaya"].country, entities["Veli Demir"].country) == ("TUR", "AZE")


def test_a_corridor_named_by_its_cue_is_a_place(link):
    assert link("Görüşmede Zengezur koridoru ele alındı.")["Zengezur"].type == "LOC"


def test_the_adjective_of_the_philippines_is_no_one(link):
    assert [entity.type for entity in link("Çin gemileri Filipin ikmal teknesine su sıktı.").values()] == ["LOC"]


def test_a_capital_by_its_own_name_outranks_a_bigger_city_known_by_it_of_old(link):
    # GeoNames lists Islamabad among Chattogram's old names
    assert link("Pakistan, İslamabad'daki büyükelçiyi çağırdı.")["İslamabad"].country == "PAK"


@pytest.mark.parametrize("text, name, country", [
    ("Rus ordusu Herson'a saldırdı.", "Herson", "UKR"),
    ("Filistin yönetimi Ramallah'ta toplandı.", "Ramallah", "PSE"),
    ("Bakan Brasilya'ya gitti.", "Brasilya", "BRA"),
    # the two Congos
    ("Demokratik Kongo ile M23 anlaşma imzaladı.", "Demokratik Kongo", "COD"),
    ("Demokratik Kongo Cumhuriyeti hükümeti açıklama yaptı.", "Demokratik Kongo Cumhuriyeti", "COD"),
    ("Kongo Cumhuriyeti seçime gidiyor.", "Kongo Cumhuriyeti", "COG"),
    # islands, and a compass word before a place, at a sentence's start too
    ("Göçmenler Sicilya'ya ulaştı.", "Sicilya", "ITA"),
    ("Endonezya'nın Sumatra Adası'nda sel oldu.", "Sumatra Adası", "IDN"),
    ("Güney Sumatra, Endonezya'da bir ildir.", "Güney Sumatra", "IDN"),
    ("Kuzey Suriye'de çatışma çıktı.", "Kuzey Suriye", "SYR"),
])
def test_turkish_names_of_places_the_generated_table_lacks(link, text, name, country):
    assert link(text)[name].country == country


def test_country_from_the_delegation(link):
    entities = link("Almanya heyetinde Dışişleri Bakanı Anna Berger ve danışmanı Tomas Weil yer alacak.")
    assert entities["Anna Berger"].country == "DEU" and entities["Tomas Weil"].country == "DEU"


@pytest.mark.parametrize("text, people", [
    ("Mısır heyetine Bakan Samir Adel başkanlık ederken, Ürdün'ü Bakan Omar Nasser temsil etti.",
     {"Samir Adel": "EGY", "Omar Nasser": "JOR"}),
    # an adjective of nationality before the word for a delegation stands for its country, and so does a body's country
    ("Türk heyetine Büyükelçi Ali Kaya, Macar heyetine ise Büyükelçi Péter Szabó başkanlık etti.", {"Péter Szabó": "HUN"}),
    ("Görüşmede Hizbullah heyetine Hüseyin Fadlallah başkanlık etti.", {"Hüseyin Fadlallah": "LBN"}),
    # the country's army or government between the name and the word for the delegation
    ("Sudan ordusu heyetine Tümgeneral Ahmed Hamid başkanlık ediyor.", {"Ahmed Hamid": "SDN"}),
])
def test_delegation_country_stops_at_the_next_country(link, text, people):
    entities = link(text)
    assert {name: entities[name].country for name in people} == people


def test_envoy_shares_the_country_of_the_person_they_act_for(link):
    entities = link("Norveç Başbakanı Erik Lund'un Özel Temsilcisi Nils Berg Oslo'ya döndü.")
    assert entities["Nils Berg"].country == "NOR"


def test_same_surname_different_first_names_stay_apart(link):
    entities = link("Milletvekili Ahmet Yılmaz ile Vali Mehmet Yılmaz görüştü.")
    assert {"Ahmet Yılmaz", "Mehmet Yılmaz"} <= set(entities)


def test_organisation_country_from_its_first_word_and_from_a_demonym(link):
    entities = link("Katar Dışişleri Bakanlığı açıklama yaptı. Amerikan Politico haber sitesine konuşan yetkili bilgi verdi.")
    assert entities["Katar Dışişleri Bakanlığı"].country == "QAT"
    assert entities["Politico"].country == "USA"


def test_a_short_form_of_an_organisation_is_the_same_organisation(link):
    entities = link("Türkiye Cumhuriyet Merkez Bankası faizi sabit tuttu. Merkez Bankası açıklama yaptı.")
    assert list(entities) == ["Türkiye Cumhuriyet Merkez Bankası"]
    assert set(entities["Türkiye Cumhuriyet Merkez Bankası"].names) == {"Türkiye Cumhuriyet Merkez Bankası", "Merkez Bankası"}


def test_a_ministry_named_without_a_country_is_turkeys_and_a_foreign_one_keeps_its_own(link):
    entities = link("Hazine ve Maliye Bakanlığı verileri açıkladı. Katar Dışişleri Bakanlığı da açıklama yaptı.")
    assert entities["Hazine ve Maliye Bakanlığı"].country == "TUR"
    assert entities["Katar Dışişleri Bakanlığı"].country == "QAT"


def test_a_home_ministry_named_alone_is_the_ministry_the_tables_know(link):
    # one entity with the body's short name, and the same entity in other articles; not a foreign ministry
    entities = link("Dışişleri, saldırıyı kınadı. Dışişleri Bakanlığı açıklamasında İsveç'e çağrı yaptı.")
    assert (entities["Dışişleri"].key, entities["Dışişleri Bakanlığı"].key) == ("org:tr-mfa", "org:tr-mfa")
    entities = link("Rusya Dışişleri Bakanlığı açıklama yaptı. Sağlık Bakanlığı vaka bildirmedi.")
    assert (entities["Rusya Dışişleri Bakanlığı"].key, entities["Sağlık Bakanlığı"].key) == ("org:ministry-of-foreign-affairs-of-russia", "org:tr-health")


def test_a_known_party_named_with_its_cue_word_is_the_party_the_tables_know(resources_tr):
    text = "Aşırı sağcı Almanya için Alternatif (AfD) partisi güçlendi. Başbakan, AfD ile işbirliğini reddetti."
    mentions = EntityRecognizer(resources_tr)(Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr"))
    assert [m.key for m in mentions if m.text == "AfD"] == ["org:afd", "org:afd"]


def test_an_office_of_the_home_state_that_is_no_ministry(link):
    person = link("Savunma Sanayii Başkanı Haluk Demir, sözleşmeyi imzaladı.")["Haluk Demir"]
    assert (person.role, person.country) == ("President of Defence Industries", "TUR")


def test_a_place_told_of_as_where_things_happen_sets_no_foreign_scene_for_an_office(link):
    entities = link("Filistin oturumu. BM Genel Kurulu'nda konuşan Cumhurbaşkanı Ali Kaya, Gazze'de yaşananları soykırım olarak "
                    "nitelendirdi. Kaya, Filistin devletini tanımayan ülkelere çağrı yaptı. Filistin devleti için destek istedi.")
    assert entities["Ali Kaya"].country == "TUR"


def test_an_office_holder_abroad_is_not_of_the_country_of_the_counterpart_met(link):
    entities = link("Dışişleri Bakanı Hakan Fidan, gittiği Irak'ın başkenti Bağdat'ta Iraklı mevkidaşı Fuad Hüseyin ile bir araya geldi. "
                    "Fidan, Irak'ın toprak bütünlüğüne destek verdi.")
    assert (entities["Hakan Fidan"].country, entities["Fuad Hüseyin"].country) == ("TUR", "IRQ")


@pytest.mark.parametrize("text, name, key", [
    ("IKBY Başkanı Neçirvan Barzani açıklama yaptı.", "IKBY", "org:krg"),
    ("Sınır Tanımayan Gazeteciler (RSF) kararı eleştirdi.", "Sınır Tanımayan Gazeteciler", "org:rsf-press"),
    ("Denetçiler Natanz'daki tesise girdi.", "Natanz", "loc:natanz"),
])
def test_bodies_and_places_the_libraries_lack(link, text, name, key):
    assert link(text)[name].key == key


def test_the_head_of_a_delegation_is_of_the_country_its_adjective_names(link):
    person = link("Rus heyetinin başkanı Vladimir Medinski, görüşmelerin yapıcı geçtiğini söyledi.")["Vladimir Medinski"]
    assert (person.role, person.country) == ("Head of Delegation", "RUS")


def test_forces_named_after_a_country_are_its(link):
    entities = link("Suriye Demokratik Güçleri (SDG) Komutanı Mazlum Abdi anlaşmayı imzaladı. Kortej Taksim'e ulaştı.")
    assert (entities["Suriye Demokratik Güçleri"].country, entities["Mazlum Abdi"].country) == ("SYR", "SYR")
    assert (entities["Taksim"].type, entities["Taksim"].country) == ("LOC", "TUR")


def test_a_navy_is_an_organisation_of_the_country_its_adjective_names(link):
    assert link("Hint Donanması, bölgeye bir savaş gemisi gönderdi.")["Hint Donanması"].country == "IND"


def test_an_office_named_without_a_country_is_turkeys(link):
    entities = link("Dışişleri Bakanı Hakan Fidan, Kahire'de Mısırlı mevkidaşı Bedr Abdulati ile görüştü.")
    assert entities["Hakan Fidan"].country == "TUR"
    assert (entities["Bedr Abdulati"].country, entities["Bedr Abdulati"].role) == ("EGY", "Minister of Foreign Affairs")


def test_a_counterpart_holds_the_office_of_the_person_named_before_and_stays_a_counterpart_alone(link):
    entities = link("Savunma Bakanı Ayşe Kaya, Romen mevkidaşı Ion Popescu ile görüştü.")
    assert (entities["Ion Popescu"].country, entities["Ion Popescu"].role) == ("ROU", "Minister of Defence")
    assert link("Toplantıya Romen mevkidaşı Ion Popescu da katıldı.")["Ion Popescu"].role == "counterpart"


@pytest.mark.parametrize("text, state", [
    ("Saksonya Eyaleti Başbakanı Michael Kretschmer, açıklama yaptı.", "Saksonya Eyaleti"),
    ("Kuzey Ren-Vestfalya Eyaleti İçişleri Bakanı Herbert Reul, saldırıyı kınadı.", "Kuzey Ren-Vestfalya Eyaleti"),
])
def test_a_state_no_table_knows_before_an_office_is_a_place_and_the_office_is_not_turkeys(link, text, state):
    entities = link(text)
    assert entities[state].type == "LOC"
    person = next(entity for entity in entities.values() if entity.type == "PER")
    assert person.country != "TUR"


def test_the_text_outranks_the_home_country_default(link):
    entities = link("Almanya heyetinde Dışişleri Bakanı Anna Berger yer alacak.")
    assert entities["Anna Berger"].country == "DEU"


def test_an_unqualified_office_in_a_report_from_abroad_is_that_countrys(link):
    text = ("Almanya'da hükümet krizi büyüyor. Almanya'da muhalefet erken seçim istedi. "
            "Cumhurbaşkanı Klaus Weber tarafları bir araya getirecek.")
    assert link(text)["Klaus Weber"].country == "DEU"
    # once the home country is named, the office is the home country's
    text = "Almanya'da kriz büyüyor. Almanya ile Türkiye görüştü. Cumhurbaşkanı Ali Kaya açıklama yaptı."
    assert link(text)["Ali Kaya"].country == "TUR"
    # a country named only as where the president goes is no scene of the report
    text = "Cumhurbaşkanı Ali Kaya, Macaristan'ı ziyaret edecek. Macaristan Başbakanı Péter Nagy ile görüşecek."
    assert link(text)["Ali Kaya"].country == "TUR"


def test_a_bare_president_title_is_not_assumed_turkish(link):
    assert link("Başkan Joe Miller açıklama yaptı.")["Joe Miller"].country is None


@pytest.mark.parametrize("text, expected", [
    # a form of address marks a person and is not part of the name
    ("Toplantıda Kerem Bey'in önerisi kabul edildi.", [("Kerem", "PER")]),
    ("Bu kararı Nermin Hanım da onayladı.", [("Nermin", "PER")]),
    ("Sayın Kocabaş sorulara yanıt verdi.", [("Kocabaş", "PER")]),
    # a title after it names an office, not a person
    ("Sayın Bakan, bu soruyu yanıtlayın.", []),
    ("Sayın Meclis Başkanı, söz istiyorum.", [("Meclis", "ORG")]),
    # occupations and acting offices written before a name
    ("Maçı izleyen teknik direktör Hansen açıklama yaptı.", [("Hansen", "PER")]),
    ("Başbakan Vekili Tuncay Demirci konuştu.", [("Tuncay Demirci", "PER")]),
    # GeoNames lists "Sarı" and "Yılı" as other names of foreign cities; in Turkish they are words
    ("Maçta Sarı - Kırmızılı taraftarlar tribünü doldurdu.", []),
    ("Dernek 2001 Yılı Ödülleri'ni dağıttı.", []),
])
def test_forms_of_address_occupations_and_common_words(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plain word that opens the sentence is capitalised but is not part of the name after it
    ("Sadece Mehmet Demirci bu görüşü savundu.", [("Mehmet Demirci", "PER")]),
    ("Sonra Ankara'ya döndüler.", [("Ankara", "LOC")]),
    # a word before a given name opens the sentence, though a family name may read the same
    ("Bizde Ahmet Kural'ın sözleri yankı uyandırdı.", [("Ahmet Kural", "PER")]),
    ("Mehmet Ali Kural konuştu.", [("Mehmet Ali Kural", "PER")]),
    ("Cumhurbaşkanı Ahmet Kural konuştu.", [("Ahmet Kural", "PER")]),
    # alone and capitalised at the start, it is no name at all, whatever word follows it
    ("Tercih bizim.", []),
    ("Örneğin kent içinde hız sınırı düşürülecek.", []),
    # unless the article has named someone so ("atar" is also a verb)
    ("Başkan Kemal Atar konuştu. Atar, zam teklifini reddetti.", [("Kemal Atar", "PER"), ("Atar", "PER")]),
    # a colon, or a colon and a dialogue dash, opens a clause like a sentence
    ("Birliğin iki amacı var: Birincisi, yolculukları artırmak.", []),
    ("Meclis Başkanı: - Sıkıntılı bir dönem.", [("Meclis", "ORG")]),
    # titles are not plain openers even though they are written in lower case elsewhere
    ("Başbakan Erik Lund konuştu.", [("Erik Lund", "PER")]),
    # an opener with only a plural or a compound's ending before an organisation's head is the name's
    # first word, and so is a body's compound name ("Cumhurbaşkanlığı"); a case ending is not
    ("Yeşiller Partisi Eş Genel Başkanı Elke Braun konuştu.", [("Yeşiller Partisi", "ORG"), ("Elke Braun", "PER")]),
    ("Cumhurbaşkanlığı İletişim Başkanlığından açıklama yapıldı.", [("Cumhurbaşkanlığı İletişim Başkanlığı", "ORG")]),
    ("Toplantıya Sağlık Bakanlığı katıldı.", [("Sağlık Bakanlığı", "ORG")]),
    ("Sonuçları Sağlık Bakanlığı açıkladı.", [("Sağlık Bakanlığı", "ORG")]),
    # a known name that opens the run keeps its first word, though it is a plain word ("dem")
    ("DEM Parti Eş Genel Başkanı Tülay Hatimoğulları konuştu.", [("DEM Parti", "ORG"), ("Tülay Hatimoğulları", "PER")]),
    # "Parti" closes a party's name as "Partisi" does
    ("Dün Demokratik Sol Parti toplandı.", [("Demokratik Sol Parti", "ORG")]),
])
def test_plain_sentence_openers(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # parties, state bodies and clubs that Turkish news names by a short form
    ("Toplantıya MHP ve DSP temsilcileri katıldı.", [("MHP", "ORG"), ("DSP", "ORG")]),
    ("Tasarı Meclis'te görüşülecek.", [("Meclis", "ORG")]),
    ("Kocaelispor dün Samsunspor'u yendi.", [("Kocaelispor", "ORG"), ("Samsunspor", "ORG")]),
    # a word ending in -bank is a bank; sports pages shorten clubs with an initial
    ("Kredi Akbank'la ve Halkbank'tan alındı.", [("Akbank", "ORG"), ("Halkbank", "ORG")]),
    ("Tüpraş ve Ford Otosan'ın katkısı belirleyici oldu.", [("Tüpraş", "ORG"), ("Ford Otosan", "ORG")]),
    ("Ödüller Atlas 1948 Sineması'nda verilecek.", [("Atlas 1948 Sineması", "ORG")]),
    ("F. Bahçe'ye transfer olan oyuncu G.Saray maçında oynadı.", [("F. Bahçe", "ORG"), ("G.Saray", "ORG")]),
    # a known body after a capitalised title is no title holder
    ("Bakan NATO toplantısına katıldı.", [("NATO", "ORG")]),
    # platforms are companies, even where GeoNames lists the name for a city
    ("Paylaşım Twitter'da ve Google'da yayıldı.", [("Twitter", "ORG"), ("Google", "ORG")]),
    ("Gençlik ve Spor Bakanlığı açıklama yaptı.", [("Gençlik ve Spor Bakanlığı", "ORG")]),
    ("Heyet IMF ve Dünya Bankası yetkilileriyle görüştü.", [("IMF", "ORG"), ("Dünya Bankası", "ORG")]),
])
def test_organisations_named_by_short_forms_and_club_names(recognise, text, expected):
    assert recognise(text) == expected


class _ModelThatTagsWords:
    """Stands in for the trained model: tags the given words wherever they occur."""

    def __init__(self, tagged: dict[str, str]) -> None:
        self.tagged = tagged

    def batch(self, text, sentences):
        from gundem.analysis.entities import ModelSpan

        found = []
        for tokens in sentences:
            line = text[tokens[0].start:tokens[-1].end]
            spans = []
            for words, kind in self.tagged.items():
                at = line.find(words)
                if at >= 0:
                    spans.append(ModelSpan(tokens[0].start + at, tokens[0].start + at + len(words), kind))
            found.append(spans)
        return found


def test_in_a_title_case_headline_the_model_names_what_the_tables_do_not_know(resources_tr):
    model = _ModelThatTagsWords({"Selin Kaya": "PER", "Müzakerelerine": "PER"})
    recognizer = EntityRecognizer(resources_tr, model)
    article = Article(doc="t", text="Selin Kaya Ankara'da Müzakerelerine Başladı", dct=date(2026, 3, 1), lang="tr")
    found = [(m.text, m.type) for m in recognizer(article)]
    # two words are evidence; one capitalised word without an apostrophe suffix is not
    assert found == [("Selin Kaya", "PER"), ("Ankara", "LOC")]


def test_in_a_headline_a_span_opening_with_a_glued_case_ending_is_no_name(resources_tr):
    model = _ModelThatTagsWords({"Otoyolda Zincirleme Kaza": "PER"})
    recognizer = EntityRecognizer(resources_tr, model)
    article = Article(doc="t", text="Otoyolda Zincirleme Kaza: 3 Ölü, 12 Yaralı", dct=date(2026, 3, 1), lang="tr")
    assert recognizer(article) == []


@pytest.mark.parametrize("text, tagged, expected", [
    # an institution's common noun opening a sentence points back to it; it is no name of its own
    ("Holding, geçen yıl bir şirket satın aldı.", {"Holding": "LOC"}, []),
    ("Bakanlık, açıklama yaptı.", {}, []),
    # a company's legal form closes its name
    ("Şirket, Nordwerk GmbH'nin hisselerini aldı.", {"Nordwerk GmbH": "PER"}, [("Nordwerk GmbH", "ORG")]),
])
def test_institutions_named_by_their_common_noun_or_legal_form(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


def test_a_common_word_opening_a_noun_compound_is_no_person_whatever_the_model_says(recognise_with_model):
    assert recognise_with_model({"Kamu": "PER", "NHK": "ORG"}, "Kamu yayıncısı NHK'nin haberine göre dalga gözlendi.") == [("NHK", "ORG")]
    assert recognise_with_model({"Ayşe": "PER"}, "Ayşe geldi ve konuştu.") == [("Ayşe", "PER")]


def test_the_last_words_of_a_persons_name_the_model_found_are_that_person_again(recognise_with_model):
    text = ("Sağcı aday Abelardo de la Espriella yenildi. De la Espriella, sonuçlara itiraz etti. "
            "Cepeda yüzde 50,8, de la Espriella yüzde 49,2 oy aldı.")
    found = recognise_with_model({"Abelardo de la Espriella": "PER", "De la Espriella": "LOC"}, text)
    assert found == [("Abelardo de la Espriella", "PER"), ("De la Espriella", "PER"), ("de la Espriella", "PER")]


def test_a_bodys_name_in_its_own_language_in_brackets_is_the_body(recognise_with_model):
    text = "Muhalefet partisi Venezuela Gelecek Hareketi'nden (Vente Venezuela) yapılan açıklamada gözaltı kınandı."
    assert recognise_with_model({"Vente Venezuela": "PER"}, text) == [("Venezuela Gelecek Hareketi", "ORG"), ("Vente Venezuela", "ORG")]


def test_a_storms_name_is_no_one(recognise_with_model):
    assert recognise_with_model({"Lan Tayfunu": "PER"}, "Kyushu Adası'nı vuran Lan Tayfunu nedeniyle uçuşlar iptal edildi.") == [
        ("Kyushu Adası", "LOC")]


def test_a_word_of_letters_and_digits_is_a_model_or_a_code_whatever_the_model_says(recognise_with_model):
    text = "Havayolu, 40 adet B787x uçağı için Nordwerk ile anlaştı."
    assert recognise_with_model({"B787x": "LOC", "Nordwerk": "ORG"}, text) == [("Nordwerk", "ORG")]


def test_a_ministry_of_two_fields_is_part_of_the_title_even_where_the_model_tags_a_field(recognise_with_model):
    text = "Törene Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu katıldı."
    assert recognise_with_model({"Ulaştırma": "ORG"}, text) == [("Abdulkadir Uraloğlu", "PER")]


@pytest.mark.parametrize("text, expected", [
    # a known body opens the name of its department before a title
    ("Avrupa Birliği Dış İlişkiler Sözcüsü Peter Stano açıklama yaptı.", [("Avrupa Birliği", "ORG"), ("Peter Stano", "PER")]),
    # an adjective of nationality before an envoy's title is the envoy's, the body before it a name of its own
    ("Irak Dışişleri Bakanlığı Türk Büyükelçisi'ni bakanlığa çağırdı.", [("Irak Dışişleri Bakanlığı", "ORG")]),
    # an operation is no place, nor a person
    ("Pençe-Kilit Operasyonu bölgesinde 4 terörist etkisiz hale getirildi.", []),
])
def test_what_stands_before_a_title_or_an_events_head(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Vuçiç, operasyonu Kosovalı Sırplara yönelik bir provokasyon olarak nitelendirdi.", {"Kosovalı Sırplara": "LOC"}, [("Vuçiç", "PER")]),
    ("Polis, nüfusun yoğun olduğu Zubin Potok'ta bir operasyon düzenledi.", {"Zubin Potok": "PER"}, [("Zubin Potok", "LOC")]),
])
def test_the_model_is_overruled_for_people_named_by_origin_and_for_a_person_in_the_locative(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


def test_a_field_joined_to_a_title_of_several_words_is_part_of_the_title(recognise_with_model):
    text = "Bakan, Mısır Yatırım ve Dış Ticaret Bakanı Hasan el-Hatib ile görüştü."
    assert recognise_with_model({"Mısır Yatırım": "LOC"}, text) == [("Mısır", "LOC"), ("Hasan el-Hatib", "PER")]


def test_a_date_inside_a_place_name_and_a_common_word_in_a_headline(recognise):
    assert recognise("Maç Samsun Yeni 19 Mayıs Stadı'nda oynandı.") == [("Samsun Yeni 19 Mayıs Stadı", "LOC")]
    assert recognise("TBMM'de Vergi Paketi Kabul Edildi") == [("TBMM", "ORG")]  # not Kabul, Afghanistan


@pytest.mark.parametrize("text, expected", [
    ("Kadıköy'de bir binada dün akşam yangın çıktı.", [("Kadıköy", "LOC")]),
    ("Pendik ile Kartal arasındaki yol kapandı.", [("Pendik", "LOC")]),  # "Kartal": a club or an eagle as often
    ("Keçiören Belediye Başkanı Ali Er açıklama yaptı.", [("Keçiören", "LOC"), ("Ali Er", "PER")]),
    ("Beşiktaş dün akşam kazandı.", []),  # the club far more often than the district: left to the model
])
def test_the_home_countrys_districts_are_places_unless_the_name_is_more_often_someones(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("TOPRAKOĞLU: İlk yarıda savunmada, ikinci yarıda orta sahada oynadı.", [("TOPRAKOĞLU", "PER")]),
    ("VLAHOVIC : Boy avantajını iyi kullandı.", [("VLAHOVIC", "PER")]),
    ("NOT: Toplantı ertelendi.", []),  # a common word
    ("KAYSERİSPOR: Kadro açıklanmadı.", [("KAYSERİSPOR", "ORG")]),  # a club
    ("ANKARA: Meclis bugün toplandı.", [("ANKARA", "LOC"), ("Meclis", "ORG")]),  # a dateline
    # a body the article names in brackets
    ("UEK: Fiyatlar artacak\nUlusal Enerji Kurulu (UEK), fiyatların artacağını açıkladı.",
     [("UEK", "ORG"), ("Ulusal Enerji Kurulu", "ORG"), ("UEK", "ORG")]),
])
def test_one_word_in_capitals_before_a_colon_opening_a_line_names_a_person(recognise, text, expected):
    assert recognise(text) == expected


def test_a_mayor_takes_the_country_of_the_district_before_the_title(link):
    entities = link("Bornova Belediye Başkanı Ayşe Yıldız yeni parkı açtı.")
    assert (entities["Bornova"].key, entities["Ayşe Yıldız"].country) == ("district:TR-35:Bornova", "TUR")


def test_a_province_is_not_the_city_geonames_files_under_its_name(link):
    assert link("Sakarya Valisi Rahmi Doğan açıklama yaptı.")["Sakarya"].key == "subdivision:TR-54"
    assert link("Deprem Hatay'da da hissedildi.")["Hatay"].key == "subdivision:TR-31"


def test_a_chief_executive_is_a_title(link):
    entities = link("Koç Holding CEO'su Levent Çakıroğlu açıklama yaptı.")
    assert entities["Levent Çakıroğlu"].role == "Chief Executive Officer"
    assert "Koç Holding" in entities


@pytest.mark.parametrize("text, tagged, expected", [
    # a common word with its case ending glued on opens the sentence: the model's guess is dropped
    ("Futbolda yeni dönem başladı.", {"Futbolda": "PER"}, []),
    ("Kasetin içeriği tartışıldı.", {"Kasetin": "PER"}, []),
    ("Oturup konuştular.", {"Oturup": "PER"}, []),
    # or a common word made from a stem (şüphe-li) with its ending
    ("Şüphelilerin, geliri akladığı belirlendi.", {}, []),
    # so does the first word of a quotation opened by a lone apostrophe
    ("Patey ,' Amacım , barışa katkı sunmak ' dedi.", {"Amacım": "LOC"}, [("Patey", "PER")]),
    # and a common word is no part of the name after it
    ("Rahmetli Ahmet Aksoy'un evi müze oldu.", {"Rahmetli Ahmet Aksoy": "PER"}, [("Ahmet Aksoy", "PER")]),
    # given names that are also words, or read like a word and an ending, stay names
    ("Serdar gol attı.", {"Serdar": "PER"}, [("Serdar", "PER")]),
    ("Gülden sahneye çıktı.", {"Gülden": "PER"}, [("Gülden", "PER")]),
])
def test_a_sentence_opener_that_reads_as_a_common_word_is_no_name(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place word closes a place's name, as an organisation word closes an organisation's
    ("Yürüyüş İstiklal Caddesi boyunca sürdü.", [("İstiklal Caddesi", "LOC")]),
    ("Dün heyet Çek Cumhuriyeti'ne gitti.", [("Çek Cumhuriyeti", "LOC")]),
    # a given name does not make a person of a run that holds an organisation word
    ("Sergi Gazi Üniversitesi Güzel Sanatlar Bölümü'nde açıldı.", [("Gazi Üniversitesi Güzel Sanatlar Bölümü", "ORG")]),
])
def test_place_words_and_organisation_words_inside_names(recognise, text, expected):
    assert recognise(text) == expected


def test_a_states_official_name_is_the_country(resources_tr):
    recognizer = EntityRecognizer(resources_tr)
    article = Article(doc="t", text="Tören Türkiye Cumhuriyeti'nin kuruluş yıl dönümünde yapıldı.", dct=date(2026, 3, 1), lang="tr")
    [mention] = recognizer(article)
    assert (mention.text, mention.type, mention.country_hint) == ("Türkiye Cumhuriyeti", "LOC", "TUR")


@pytest.mark.parametrize("text, expected", [
    # a name no table knows before a title is the holder's employer
    ("Toplantıya Kortekbank Genel Müdürü Selin Ural da katıldı.", [("Kortekbank", "ORG"), ("Selin Ural", "PER")]),
    ("Karagümrükspor Teknik Direktörü Ali Oruç istifa etti.", [("Karagümrükspor", "ORG"), ("Ali Oruç", "PER")]),
    # before a district or provincial chair it is a place
    ("Toplantıda Mamak İlçe Başkanı Hasan Yıldız konuştu.", [("Mamak", "LOC"), ("Hasan Yıldız", "PER")]),
    # a nationality adjective is neither: it gives the holder's country
    ("Basın Çek Cumhurbaşkanı Petr Novak'ı yazdı.", [("Petr Novak", "PER")]),
    # a common word before the title is what the article is about, not a name
    ("Sendika Başkanı Kemal Sarı konuştu.", [("Kemal Sarı", "PER")]),
    # a name the tables know is never read as a common word ("Kremlin" would read as "krem" + "lin")
    ("Kremlin Sözcüsü Dmitri Orlov konuştu.", [("Kremlin", "ORG"), ("Dmitri Orlov", "PER")]),
    # before a mayor's or a governor's title it is a place
    ("Mahkeme eski Bornova Belediye Başkanı Kemal Aksoy'a ceza verdi.", [("Bornova", "LOC"), ("Kemal Aksoy", "PER")]),
    # particles in a row belong to the name
    ("Komisyon Başkanı Ursula von der Leyen konuştu.", [("Ursula von der Leyen", "PER")]),
    # "de" joins a name only before another particle: alone it is the conjunction
    ("Senatör Abelardo de la Espriella konuştu.", [("Abelardo de la Espriella", "PER")]),
    ("Senatör Ayşe Kaya de konuştu.", [("Ayşe Kaya", "PER")]),
    # "Devlet Başkanı" is one title, head of state
    ("Ama Devlet Başkanı Ahmet Arslan konuşmadı.", [("Ahmet Arslan", "PER")]),
])
def test_what_stands_before_a_title(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unknown capitalised word with an apostrophe suffix is most often a person
    ("Toplantıda Halvorsen'in önerisi kabul edildi.", [("Halvorsen", "PER")]),
    # but not a month, a weekday, a language, a feast, a religion, a scripture or an acronym
    ("Karar Şubat'ta Türkçe'ye çevrildi.", []),
    ("Ramazan'da camilerde Kur'an'ı Kerim okundu.", []),
    ("Konferansta İslam'ın ilkeleri anlatıldı.", []),
    ("Rapor Pazartesi'ye kaldı.", []),
    ("Öneri TBV'ye iletildi.", []),
])
def test_an_unknown_word_with_an_apostrophe_suffix(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in the locative or ablative an unknown word may be a place, an institution or a subject:
    # it is left alone
    ("Maç dün akşam Moda'da oynandı.", []),
    ("Öğrenci Edebiyat'tan kaldı.", []),
    # a conjunction inside a title keeps the title whole, so no organisation is read into it
    ("Hazine ve Maliye Bakanı Kerem Aydın konuştu.", [("Kerem Aydın", "PER")]),
    ("Kararın ardından Fed'in tutumu izlendi.", [("Fed", "ORG")]),
])
def test_case_of_an_unknown_name_and_conjunctions_in_titles(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family name the training data often tags alone names a person alone
    ("Ecevit dün Ankara'da konuştu.", [("Ecevit", "PER"), ("Ankara", "LOC")]),
    # before an organisation's head word a nationality adjective belongs to the name
    ("Alman Futbol Federasyonu kararı açıkladı.", [("Alman Futbol Federasyonu", "ORG")]),
    ("Türk Dil Kurumu'nun toplantısı yapıldı.", [("Türk Dil Kurumu", "ORG")]),
    # elsewhere it does not: "Amerikan" describes the outlet
    ("Haberi Amerikan Reuters duyurdu.", [("Reuters", "ORG")]),
    # "-li" after a country makes a nationality adjective, after a party a member of it
    ("ABD'li bakan açıklama yaptı.", []),
    ("CHP'li vekiller toplandı.", [("CHP", "ORG")]),
    # after a lower-case title a known place in the accusative is where the holder went ...
    ("Yabancı bakan Ankara'yı ziyaret etti.", [("Ankara", "LOC")]),
    # ... and a place's name without an ending names a person
    ("Toplantıda başkan Aydın konuştu.", [("Aydın", "PER")]),
])
def test_family_names_nationality_adjectives_and_names_after_a_lower_case_title(recognise, text, expected):
    assert recognise(text) == expected


def test_a_nationality_adjective_gives_the_organisation_its_country(resources_tr):
    article = Article(doc="t", text="Alman Futbol Federasyonu kararı açıkladı.", dct=date(2026, 3, 1), lang="tr")
    [federation] = EntityRecognizer(resources_tr)(article)
    assert federation.country_hint == "DEU"


def test_a_sentence_opener_before_known_places_is_not_part_of_a_name(resources_tr):
    class WholeRunAsPlace:  # a model that, like the shipped one at times, takes the opener in
        def batch(self, text, sentences):
            return [[ModelSpan(tokens[0].start, tokens[1].end, "LOC")] for tokens in sentences]

    recognizer = EntityRecognizer(resources_tr, WholeRunAsPlace())
    article = Article(doc="t", text="Sarsıntı Elazığ ve Adıyaman'da da hissedildi.", dct=date(2026, 3, 1), lang="tr")
    assert [(m.text, m.type) for m in recognizer(article)] == [("Elazığ", "LOC"), ("Adıyaman", "LOC")]


def test_an_acronym_in_brackets_names_the_organisation_wherever_it_is_used(recognise, link):
    text = "Ulusal Enerji Konseyi (UEK) dün toplandı. UEK'nin kararı açıklandı."
    assert recognise(text) == [("Ulusal Enerji Konseyi", "ORG"), ("UEK", "ORG"), ("UEK", "ORG")]
    assert set(link(text)) == {"Ulusal Enerji Konseyi"}


def test_the_name_before_a_bracketed_acronym_types_what_the_model_typed_otherwise(resources_tr):
    class AcronymAsPlace:  # a model that takes an unknown acronym for a place
        def batch(self, text, sentences):
            return [[ModelSpan(t.start, t.end, "LOC") for t in tokens if t.text == "OCHA"] for tokens in sentences]

    recognizer = EntityRecognizer(resources_tr, AcronymAsPlace())
    text = "BM İnsani İşler Koordinasyon Ofisi (OCHA), yardımın durduğunu bildirdi."
    found = [(m.text, m.type) for m in recognizer(Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr"))]
    assert found == [("BM İnsani İşler Koordinasyon Ofisi", "ORG"), ("OCHA", "ORG")]


def test_a_known_acronym_in_brackets_lends_its_key_to_the_full_name(link):
    entities = link("Afet ve Acil Durum Yönetimi Başkanlığı (AFAD) ekip gönderdi. AFAD açıklama yaptı.")
    assert len({id(entity) for entity in entities.values()}) == 1
    assert next(iter(entities.values())).country == "TUR"


@pytest.mark.parametrize("text, expected", [
    # TDK spelling: no apostrophe after a common word closing a name; the ending stays outside
    ("Lübnan Sağlık Bakanlığından yapılan açıklamada bilgi verildi.", [("Lübnan Sağlık Bakanlığı", "ORG")]),
    ("Dosya Ankara Cumhuriyet Başsavcılığının elinde.", [("Ankara Cumhuriyet Başsavcılığı", "ORG")]),
    ("Türkiye, Avrupa Birliğiyle görüşüyor.", [("Türkiye", "LOC"), ("Avrupa Birliği", "ORG")]),
    ("Yürüyüş Cumhuriyet Caddesinde başladı.", [("Cumhuriyet Caddesi", "LOC")]),
])
def test_a_case_ending_glued_to_a_names_closing_word(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dava Antalya 3. Ağır Ceza Mahkemesinde görüldü.", [("Antalya 3. Ağır Ceza Mahkemesi", "ORG")]),
    ("Kazada 3. kattan düşen işçi Bursa'da tedavi görüyor.", [("Bursa", "LOC")]),
    ("Birleşmiş Milletler Lübnan Geçici Görev Gücü (UNIFIL) Sözcüsü Andrea Tenenti konuştu.",
     [("Birleşmiş Milletler Lübnan Geçici Görev Gücü", "ORG"), ("UNIFIL", "ORG"), ("Andrea Tenenti", "PER")]),
])
def test_ordinals_inside_names_and_a_bracketed_acronym_before_a_title(recognise, text, expected):
    assert recognise(text) == expected


def test_a_title_keeps_the_field_it_is_responsible_for(link):
    entities = link("Avrupa Komisyonu Genişlemeden Sorumlu Üyesi Marta Kos Ankara'ya geldi.")
    assert set(entities) == {"Avrupa Komisyonu", "Marta Kos", "Ankara"}
    assert entities["Marta Kos"].role == "Commissioner"


def test_a_place_named_by_a_word_after_it_takes_its_country_from_the_province_before(link, recognise):
    assert recognise("Deprem Malatya'nın Pütürge ilçesinde hissedildi.") == [("Malatya", "LOC"), ("Pütürge", "LOC")]
    assert link("Deprem Malatya'nın Pütürge ilçesinde hissedildi.")["Pütürge"].country == "TUR"
    assert recognise("Saldırılar Sur kentlerinde sürdü.") == [("Sur", "LOC")]
    assert recognise("Çatışmalar Darfur ve Kordofan bölgelerinde yoğunlaşıyor.") == [("Darfur", "LOC"), ("Kordofan", "LOC")]


def test_an_initial_stays_inside_the_name(recognise):
    assert recognise("Başkan George W. Bush konuştu.") == [("George W. Bush", "PER")]


def test_a_surnames_initial_keeps_its_full_stop_before_a_comma_or_a_case_ending(recognise):
    assert recognise("34 yaşındaki Hasan K., 41 yaşındaki Murat Y.'yi yaraladı.") == [("Hasan K.", "PER"), ("Murat Y.", "PER")]


def test_a_former_state_is_a_place_though_its_name_ends_like_a_union(recognise):
    assert recognise("Sovyetler Birliği 1991'de dağıldı, Avrupa Birliği ise genişledi.") == [
        ("Sovyetler Birliği", "LOC"), ("Avrupa Birliği", "ORG")]
    assert recognise("Rusya Federasyonu ile Türkiye Futbol Federasyonu anlaştı.") == [
        ("Rusya Federasyonu", "LOC"), ("Türkiye Futbol Federasyonu", "ORG")]


def test_a_quotes_first_word_is_read_as_a_sentences_first_word(recognise):
    assert recognise('Komutan, "Ordu her zaman hazır." dedi.') == []  # "ordu" (army) opens the quote, not the city


def test_a_suspect_named_by_initials_and_age_and_a_police_unit(recognise):
    text = "İstanbul Emniyet Müdürlüğü Dolandırıcılık Büro Amirliği ekipleri, şebekenin lideri A.K. (45) ile 11 şüpheliyi yakaladı."
    assert recognise(text) == [("İstanbul Emniyet Müdürlüğü Dolandırıcılık Büro Amirliği", "ORG"), ("A.K.", "PER")]
    assert recognise("Şüpheliler iş yeri sahibi M.K.'yi (54) tehdit etti.") == [("M.K.", "PER")]  # a case ending between


def test_a_lower_case_title_of_two_words_gives_the_role(link):
    assert link("Rüşvet davasında eski belediye başkanı Kemal Aydın tutuklandı.")["Kemal Aydın"].role == "former Mayor"


@pytest.mark.parametrize("text, persons, role", [
    ("Prof. Dr. Naci Görür depremi değerlendirdi.", ["Naci Görür"], "Professor"),
    ("Toplantıya Doç. Dr. Ayşe Kaya ve Av. Mehmet Demir katıldı.", ["Ayşe Kaya", "Mehmet Demir"], "Associate Professor"),
    ("Arş. Gör. Deniz Sarp projeyi yürütüyor.", ["Deniz Sarp"], "Research Assistant"),
    # an office before the degree is the role: the degree is not the job
    ("Rasathane Müdürü Prof. Dr. Haluk Özener uyardı.", ["Haluk Özener"], "Director"),
    ("Hastane Başhekimi Op. Dr. Selim Aras açıklama yaptı.", ["Selim Aras"], "Chief Physician"),
])
def test_an_abbreviated_title_with_its_full_stop_introduces_a_person(recognise, link, text, persons, role):
    assert [name for name, kind in recognise(text) if kind == "PER"] == persons
    assert link(text)[persons[0]].role == role


def test_a_nationality_adjective_is_no_place_even_where_geonames_has_the_word(recognise, link):
    assert recognise("Türk ve Yunan bakanlar görüştü.") == []
    body = link("Liderler Türk Devletleri Teşkilatı zirvesinde buluşacak.")["Türk Devletleri Teşkilatı"]
    assert (body.type, body.english_name) == ("ORG", "Organization of Turkic States")


def test_a_plural_after_a_word_is_no_organisation_cue(recognise):
    assert recognise('Bakan, "Diyalog kanallarını açık tutacağız." dedi. Açıklama Bloomberg kanalına yansıdı.') == [("Bloomberg", "ORG")]


def test_two_titles_joined_by_ve_keep_the_country_of_the_first(link):
    entities = link("Katar Başbakanı ve Dışişleri Bakanı Muhammed bin Abdurrahman Al Sani Doha'da konuştu.")
    person = entities["Muhammed bin Abdurrahman Al Sani"]
    assert (person.country, "ve" in entities) == ("QAT", False)


def test_a_place_in_the_adjectival_locative_gives_an_institution_its_country(link):
    assert link("Gazze'deki Sağlık Bakanlığı açıklama yaptı.")["Sağlık Bakanlığı"].country == "PSE"


def test_a_party_group_chair(link):
    entities = link("AK Parti Grup Başkanı Abdullah Güler açıklama yaptı.")
    assert entities["Abdullah Güler"].role == "Parliamentary Group Chair" and entities["Abdullah Güler"].country == "TUR"



@pytest.mark.parametrize("text, tagged, expected", [
    # an unknown word set off by a comma at the start is the sentence's subject, a person by default
    ("Kaymakçıoğlu, toplantının ardından yeni bir dönem başladığını söyledi.", {}, [("Kaymakçıoğlu", "PER")]),
    # the model's place stands where nobody speaks; where someone does, the subject is a person
    ("Terzibaşı, Ege kıyısında küçük bir kasabadır.", {"Terzibaşı": "LOC"}, [("Terzibaşı", "LOC"), ("Ege", "LOC")]),
    ("Karadumanlı, sorunun yakında çözüleceğini belirtti.", {"Karadumanlı": "LOC"}, [("Karadumanlı", "PER")]),
    # a language, a plural and an acronym before a comma are no person
    ("Türkçe, anayasada resmi dil olarak yer alır.", {}, []),
    ("Sendikacılar, yeni dönemde daha güçlü olacaklarını söyledi.", {}, []),
    # nor is a common word, bare or derived, that only the words of bodies' names share
    ("Uydu, yörüngesine ulaşmak için dört ay yol alacak.", {}, []),
    ("Hakimlik, şüphelinin tutuklanmasına karar verdi.", {}, []),
])
def test_a_name_set_off_by_a_comma_at_the_start_of_a_sentence(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


@pytest.mark.parametrize("byline, expected", [
    ("Pelin YURTSEVER - İZMİR", [("Pelin YURTSEVER", "PER"), ("İZMİR", "LOC")]),
    ("Ayten Nur KARAKAYA Berlin", [("Ayten Nur KARAKAYA", "PER"), ("Berlin", "LOC")]),
    ("Doç. Dr. Kerem ÖZTOPRAK", [("Kerem ÖZTOPRAK", "PER")]),
    ("Dışişleri Bakanı FİDANLI açıkladı", [("FİDANLI", "PER")]),  # a title is no given name: the holder alone
])
def test_a_byline_sets_the_family_name_in_capitals(recognise, byline, expected):
    assert recognise(byline + "\n\nYağmurlar bölgede etkili oldu.") == expected


@pytest.mark.parametrize("text, expected", [
    ("Paris Otomobil Fuarı gelecek hafta kapılarını açıyor.", [("Paris", "LOC")]),
    ("Takım UEFA Kupası'na ilk turda veda etti.", [("UEFA", "ORG")]),
    ("İngiliz Süper Ligi'nde yeni sezon başladı.", []),
    ("Dünya Kupası'nda final oynanacak.", []),  # the world places nothing
])
def test_an_event_is_no_entity_but_the_names_inside_it_are(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Meclis'te 11. Yargı Paketi kabul edildi.", {"Yargı Paketi": "LOC"}, [("Meclis", "ORG")]),
    ("Fransa Ceza Yasası'na göre ceza indirildi.", {}, [("Fransa", "LOC")]),
    ("Terörle Mücadele Kanunu değiştirildi.", {}, []),
])
def test_a_law_or_a_package_of_measures_is_no_entity_even_where_the_model_tags_it(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    # who is said to have said something is a person, though the name reads as a word (güney, south)
    ("Kararın yanlış olduğunu belirten Güney , itiraz edeceklerini söyledi.", {}, [("Güney", "PER")]),
    ("Sürecin uzun süreceğini ifade eden Toprak , sabırlı olunmasını istedi.", {"Toprak": "LOC"}, [("Toprak", "PER")]),
    # an unknown subject set off by a comma is a person even when the model calls it a place ...
    ("Valtonen , 2019 yılında bakan olarak Ankara'yı ziyaret etmişti.", {"Valtonen": "LOC"},
     [("Valtonen", "PER"), ("Ankara", "LOC")]),
    # ... unless the sentence tells where a place is
    ("Kuyubaşı , Tokat ilinin bir köyüdür.", {"Kuyubaşı": "LOC"}, [("Kuyubaşı", "LOC"), ("Tokat", "LOC")]),
    # who tells something is a person, though a German town bears the name
    ("Kassel , bakanla arabada yalnız kaldıkları anı kitabında anlattı.", {"Kassel": "LOC"}, [("Kassel", "PER")]),
    ("Halle , kararın yanlış olduğunu söyledi.", {}, [("Halle", "PER")]),
    # a town where nobody speaks, and a capital that speaks for its government, stay places
    ("Kassel , kış aylarında çok turist çekiyor.", {}, [("Kassel", "LOC")]),
    ("Brüksel , yaptırımların süreceğini açıkladı.", {}, [("Brüksel", "LOC")]),
    ("Atina , Ankara'yı \"uluslararası hukuka saygı göstermeye\" çağırdı.", {}, [("Atina", "LOC"), ("Ankara", "LOC")]),
])
def test_a_speaker_or_a_subject_before_a_comma(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a province's name right after a given name is a family name, suffix or not
    ("Komisyon Başkanı Mehmet Muş'un konuşmasıyla toplantı başladı.", [("Mehmet Muş", "PER")]),
    # a party known by its short form opens the sentence; its first word is no plain word
    ("DEM Parti milletvekilleri itiraz etti.", [("DEM Parti", "ORG")]),
    # a title's word inside a body's name, with no one named after it
    ("Kararlar Merkez Hakem Kurulu tarafından incelenecek.", [("Merkez Hakem Kurulu", "ORG")]),
    # the common noun of a body right before its name, in apposition
    ("İnsan hakları örgütü Nordwatch, rapor yayımladı.", [("Nordwatch", "ORG")]),
    ("Muhalefet partisi Yenidem ise karara itiraz etti.", [("Yenidem", "ORG")]),
    # a known body whose first word is a plain word keeps it at the start of a sentence, case glued on or not
    ("Sahil Güvenlik Komutanlığından yapılan açıklamaya göre olay gece yaşandı.", [("Sahil Güvenlik Komutanlığı", "ORG")]),
    ("Sermaye Piyasası Kurulu yeni kararlar aldı.", [("Sermaye Piyasası Kurulu", "ORG")]),
    ("Hızlı Destek Kuvvetleri'nin saldırıları sürüyor.", [("Hızlı Destek Kuvvetleri", "ORG")]),
    # an adjective opening the sentence before "takımı" is no club; "Birlik" closes a union's name
    ("Milli takımı dün yenildi.", []),
    ("Hıristiyan Demokrat Birlik kongresini yaptı.", [("Hıristiyan Demokrat Birlik", "ORG")]),
    # Istanbul's municipality by its initials, no town in Yemen (Ibb); nor is a short acronym another town
    ("İBB'nin yeni metro hattı açıldı.", [("İBB", "ORG")]),
    # a body of two fields joined by "ve", named after a doctor, is one organisation
    ("Olay Dr. Ersin Kaya Eğitim ve Araştırma Hastanesi'nde yaşandı.", [("Dr. Ersin Kaya Eğitim ve Araştırma Hastanesi", "ORG")]),
    ("Ödül Sinema Sanatları ve Bilimleri Akademisi'nden geldi.", [("Sinema Sanatları ve Bilimleri Akademisi", "ORG")]),
    # two bodies joined by "ve" stay two
    ("İskoçya Parlamentosu ve Galler Yerel Meclisi için seçim yapılacak.",
     [("İskoçya Parlamentosu", "ORG"), ("Galler Yerel Meclisi", "ORG")]),
    # a title's holder and the body after the name, in one capitalised run
    ("Sağlık Bakanı Ali Kaya Ankara Şehir Hastanesi'ni ziyaret etti.", [("Ali Kaya", "PER"), ("Ankara Şehir Hastanesi", "ORG")]),
    # car makers are companies, not the Japanese city (Toyota) nor a person; a person's full name stays one
    ("Toyota'nın yeni modeli fuarda tanıtıldı.", [("Toyota", "ORG")]),
    ("Oyuncu Harrison Ford filmde oynadı.", [("Harrison Ford", "PER")]),
    # a conductor's and a founder's title stand before the name, outside it
    ("Konseri Şef Hans Weber yönetti.", [("Hans Weber", "PER")]),
    ("Ulu Önder Atatürk , dil devrimini başlattı.", [("Atatürk", "PER")]),
    # a ship named after a sultan is no person
    ("Ekip, Yavuz Selim sondaj gemisine geçti.", []),
    # bodies news names by a short or foreign name: the weather service, investment banks
    ("Meteoroloji, kar yağışının süreceğini duyurdu.", [("Meteoroloji", "ORG")]),
    ("Goldman Sachs'ın ekonomisti rapor yayımladı.", [("Goldman Sachs", "ORG")]),
    # an unknown one does not: the plain word opens the sentence
    ("Karar Sağlık Bakanlığından geldi.", [("Sağlık Bakanlığı", "ORG")]),
])
def test_names_that_hold_words_the_tables_know_otherwise(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, role, country", [
    ("Türkiye'nin Berlin Büyükelçisi Ahmet Kaya törene katıldı.", "Ambassador", "TUR"),  # Berlin is the posting
    ("Kanada Büyükelçisi Jane Smith törene katıldı.", "Ambassador", "CAN"),  # a country before the title is the envoy's own
    ("Berlin Büyükelçisi Ahmet Kaya törene katıldı.", "Ambassador", None),  # a city alone says where, not whose
    # after a body's short form the country is where the body's envoy serves
    ("Dünya Gıda Programı (WFP) Türkiye Temsilcisi Jane Smith açıklama yaptı.", "Representative", None),
    # a special envoy for a country is sent by another: the one in the genitive, or the first of two
    ("Anlaşma ABD'nin Suriye Özel Temsilcisi John Smith'in gözetiminde hazırlandı.", "Special Envoy", "USA"),
    ("ABD Suriye Özel Temsilcisi John Smith Ankara'ya geldi.", "Special Envoy", "USA"),
    # an office in the genitive sends the envoy: the office's country, or none for a world body's
    ("Rusya Devlet Başkanı'nın Suriye Özel Temsilcisi Ivan Petrov Ankara'ya geldi.", "Special Envoy", "RUS"),
    ("BM Genel Sekreteri'nin Suriye Özel Temsilcisi Jane Smith Ankara'ya geldi.", "Special Envoy", None),
])
def test_an_envoys_country_is_the_sender_not_the_posting(resources_tr, text, role, country):
    envoy, _ = _first_person(resources_tr, text)
    assert (envoy.role, envoy.country_hint) == (role, country)


def _first_person(resources_tr, text):
    """The first person the rules find in ``text``, and all the mentions."""
    mentions = EntityRecognizer(resources_tr)(Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr"))
    return next(m for m in mentions if m.type == "PER"), mentions


@pytest.mark.parametrize("text, person, role, country", [
    # a ministry of two fields that the title table lacks, as another country names it
    ("İngiltere İş ve Ticaret Bakanı Jane Smith törene katıldı.", "Jane Smith", "Minister of Trade", "GBR"),
    # a country's treasury minister is no official of Türkiye's Treasury
    ("ABD Hazine Bakanı John Smith açıklama yaptı.", "John Smith", "Minister of Treasury", "USA"),
])
def test_a_ministers_title_gives_role_and_country(resources_tr, person, text, role, country):
    holder, mentions = _first_person(resources_tr, text)
    assert (holder.text, holder.role, holder.country_hint) == (person, role, country)
    assert not any(m.type == "ORG" for m in mentions)


@pytest.mark.parametrize("text, expected", [
    # a title in the plural names no one; the countries before it are still places
    ("Toplantıya Almanya ve Fransa Dışişleri Bakanları katıldı.", [("Almanya", "LOC"), ("Fransa", "LOC")]),
    ("Rusya ve Ukrayna Büyükelçileri görüştü.", [("Rusya", "LOC"), ("Ukrayna", "LOC")]),
])
def test_countries_before_a_plural_title(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title with no one after it takes its case with no apostrophe: no person, the places stay
    ("Bakanlık, Hollanda'nın Ankara Büyükelçisini bakanlığa çağırdı.", [("Hollanda", "LOC"), ("Ankara", "LOC")]),
    # "Dışişleri" alone, as headlines write it, is Türkiye's foreign ministry
    ("Dışişleri, Hollanda'nın büyükelçisini bakanlığa çağırdı.", [("Dışişleri", "ORG"), ("Hollanda", "LOC")]),
])
def test_a_bare_title_in_a_case_and_the_ministry_by_its_short_name(recognise, text, expected):
    assert recognise(text) == expected


def test_a_body_of_a_high_commissioner_is_an_organisation(recognise):
    found = recognise("Birleşmiş Milletler Mülteciler Yüksek Komiserliği (BMMYK) rapor yayımladı.")
    assert found[0] == ("Birleşmiş Milletler Mülteciler Yüksek Komiserliği", "ORG")


def test_a_suffixed_unknown_name_keeps_the_type_the_model_gives_it_twice(resources_tr):
    class TagsItUnlessSuffixed(_ModelThatTagsWords):
        def batch(self, text, sentences):
            return [[span for span in spans if text[span.end:span.end + 1] != "'"] for spans in super().batch(text, sentences)]

    text = "Dün Nordvik yenildi. Maçta Nordvik sahasında kaybetti. Maçta Nordvik'in tek golü geldi."
    found = _found(EntityRecognizer(resources_tr, TagsItUnlessSuffixed({"Nordvik": "ORG"})), text)
    assert found == [("Nordvik", "ORG")] * 3  # the apostrophe alone would have made a person


def test_month_and_weekday_names_are_no_name_whatever_the_model_says(recognise_with_model):
    text = "Takım 3 Aralık Çarşamba günü deplasmana gidecek."
    assert recognise_with_model({"Aralık Çarşamba": "LOC"}, text) == []


def test_the_models_mentions_take_the_type_a_rule_gives_the_same_name(recognise_with_model):
    text = "Nordelo yeni modelini tanıttı. Nordelo CEO'su Ayşe Kara konuştu."
    found = recognise_with_model({"Nordelo": "PER"}, text)
    assert found == [("Nordelo", "ORG"), ("Nordelo", "ORG"), ("Ayşe Kara", "PER")]


@pytest.mark.parametrize("text, expected", [
    # alone, the family name of a person the article named is that person, though a city has the name
    ("Brezilyalı oyuncu Paulo Neves takıma katıldı. Neves, ilk antrenmana çıktı.",
     [("Paulo Neves", "PER"), ("Neves", "PER")]),
    # in a case of place it is still the city
    ("Oyuncu Paulo Neves takıma katıldı. Kulüp kampını Neves'te yapacak.", [("Paulo Neves", "PER"), ("Neves", "LOC")]),
])
def test_a_family_name_that_a_city_also_bears(recognise, text, expected):
    assert recognise(text) == expected


def test_a_body_that_reports_keeps_the_models_organisation(recognise_with_model):
    # a subject set off by a comma in a sentence of saying is a person only if the model has no organisation
    text = "Nordvale, oyuncuyla anlaştığını bildirdi."
    assert recognise_with_model({"Nordvale": "ORG"}, text) == [("Nordvale", "ORG")]


@pytest.mark.parametrize("text, expected", [
    ("Toplantıya genel müdür Ramazan Doğru katıldı.", [("Ramazan Doğru", "PER")]),  # a lower-case title
    ("Yargıtay 12. Ceza Dairesi kararı onadı.", [("Yargıtay 12. Ceza Dairesi", "ORG")]),  # a chamber, numbered
    ("DİSK Araştırma Merkezi rapor yayımladı.", [("DİSK Araştırma Merkezi", "ORG")]),  # a known acronym opens it
])
def test_court_chambers_acronyms_and_lower_case_titles(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a known name that opens with a nationality word keeps it
    ("Toplantıya işçileri temsilen Türk-İş katıldı.", [("Türk-İş", "ORG")]),
    # a city's name before "takımı" is its club; a country's team is named as the country
    ("Takım, Almanya'nın Stuttgart takımına konuk olacak.", [("Almanya", "LOC"), ("Stuttgart", "ORG")]),
    ("Takım, İsrail takımını yendi.", [("İsrail", "LOC")]),
    # a known place with a case ending after a name closed by a head word is a place of its own
    ("Gökçeada Havalimanı Çanakkale'ye bağlı bir havalimanıdır.", [("Gökçeada Havalimanı", "LOC"), ("Çanakkale", "LOC")]),
    # a city before "maçı" or "karşısında" is its team; after another name "karşısında" is "opposite"
    ("Futbolcular Konya maçında iki puan kaybetti.", [("Konya", "ORG")]),
    ("Takım dün Konya karşısında zorlandı.", [("Konya", "ORG")]),
    ("Konya'da oturan aile Kalesin karşısında bir ev aldı.", [("Konya", "LOC")]),
    # the bare noun after a name is no cue: "gruba" is no "grubu"
    ("Daha sonra Martin Henriksson gruba katıldı.", [("Martin Henriksson", "PER")]),
    # the noun after the last of a list that "ve" closes types every name of it; without "ve" none
    ("Yangın nedeniyle Kızılağaç, Çamlıca ve Dereköy mahalleleri boşaltıldı.",
     [("Kızılağaç", "LOC"), ("Çamlıca", "LOC"), ("Dereköy", "LOC")]),
    ("Ayşe Kaya, Ankara kentinde doğdu.", [("Ayşe Kaya", "PER"), ("Ankara", "LOC")]),
    # a comma parts a name from the noun after it
    ("Kulüp Başkanı Serkan Dalgıç konuştu. Dalgıç, kulübün tesislerinde açıklama yaptı.",
     [("Serkan Dalgıç", "PER"), ("Dalgıç", "PER")]),
])
def test_cues_and_nationality_words_in_organisations_names(recognise, text, expected):
    assert recognise(text) == expected


def test_a_known_place_before_a_place_noun_keeps_its_key(resources_tr):
    text = "Sağanak, Çankaya ve Kuşçular ilçelerinde etkili oldu."
    found = EntityRecognizer(resources_tr)(Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr"))
    assert [(m.text, m.type, m.key is not None) for m in found] == [("Çankaya", "LOC", True), ("Kuşçular", "LOC", False)]


def test_the_outlet_on_the_source_line_is_an_organisation_whatever_the_model_says(resources_tr):
    from gundem.model import Span

    text = "Mahkeme tahliye kararı verdi.\nKaynak: Bianet\n"
    start = text.index("Bianet")
    article = Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr", source_span=Span(start, start + len("Bianet")))
    recognizer = EntityRecognizer(resources_tr, _ModelThatTagsWords({"Bianet": "PER"}))
    assert [(m.text, m.type) for m in recognizer(article)] == [("Bianet", "ORG")]


@pytest.mark.parametrize("desk", ["Haber Merkezi", "Dış Haberler Servisi", "Ajanslar"])
def test_the_papers_own_desk_on_the_source_line_is_no_organisation(resources_tr, desk):
    from gundem.model import Span

    text = f"Mahkeme tahliye kararı verdi.\nKaynak: {desk}\n"
    start = text.index(desk)
    article = Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr", source_span=Span(start, start + len(desk)))
    recognizer = EntityRecognizer(resources_tr, _ModelThatTagsWords({word: "ORG" for word in desk.split()}))
    assert recognizer(article) == []


def test_the_lists_of_a_match_report(recognise):
    report = ("Trabzonspor: Uğurcan Çakır, Pedro Malheiro, Batagov, Ozan Tufan, Onuachu\n"
              "Hakemler: Halil Umut Meler, Mustafa Savranlar\n"
              "Goller: Onuachu (dk. 12, 71), Visca (dk. 56) - Thiam (dk. 38)\n"
              "Stat: Papara Park\n")
    assert recognise(report) == [
        ("Trabzonspor", "ORG"), ("Uğurcan Çakır", "PER"), ("Pedro Malheiro", "PER"), ("Batagov", "PER"),
        ("Ozan Tufan", "PER"), ("Onuachu", "PER"), ("Halil Umut Meler", "PER"), ("Mustafa Savranlar", "PER"),
        ("Onuachu", "PER"), ("Visca", "PER"), ("Thiam", "PER"), ("Papara Park", "LOC")]
    # a club and a colon before a score is no line-up
    assert recognise("Trabzonspor: 3 - Kayserispor: 1") == [("Trabzonspor", "ORG"), ("Kayserispor", "ORG")]


@pytest.mark.parametrize("text, expected", [
    # a capitalised word hyphened to a lower-case one is half of a compound adjective
    ("Bordo-mavililer 12. dakikada öne geçti.", []),
    ("ABD-İran görüşmesi yapıldı.", [("ABD", "LOC"), ("İran", "LOC")]),
    # a bracketed acronym no table knows is the short form of the name before it; a known one an affiliation
    ("Bakan, Sınır Tanımayan Gazeteciler (RSF) ile görüştü.", [("Sınır Tanımayan Gazeteciler", "ORG"), ("RSF", "ORG")]),
    ("Toplantıya Ayşe Öz (CHP) katıldı.", [("Ayşe Öz", "PER"), ("CHP", "ORG")]),
])
def test_hyphened_colours_and_bracketed_acronyms(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a nationality and a word for a team, a name is a club's, even a city's
    ("Hollanda ekibi Ajax'ı yendiler.", [("Hollanda", "LOC"), ("Ajax", "ORG")]),
    ("Maçta İspanyol ekibi Real Madrid kazandı.", [("Real Madrid", "ORG")]),
    # a country stays a place (a national team), and with no nationality "ekibi" may be a crew
    ("Dün milli takımı Hollanda'yı yendi.", [("Hollanda", "LOC")]),
    ("Kurtarma ekibi Ahmet Yılmaz'ı enkazdan çıkardı.", [("Ahmet Yılmaz", "PER")]),
    ("Arama kurtarma ekibi Van'a ulaştı.", [("Van", "LOC")]),
])
def test_clubs_after_a_word_for_a_team(recognise, text, expected):
    assert recognise(text) == expected


def test_a_club_named_after_a_nationality_has_its_country(resources_tr):
    recognizer = EntityRecognizer(resources_tr)
    found = recognizer(Article(doc="t", text="Maçta İspanyol ekibi Valencia kazandı.", dct=date(2026, 3, 1), lang="tr"))
    assert [(m.text, m.type, m.country_hint) for m in found] == [("Valencia", "ORG", "ESP")]  # not Venezuela's Valencia


def test_a_clubs_name_of_two_words_is_the_club_wherever_the_article_repeats_it(recognise):
    text = "Maçta İspanyol ekibi Real Madrid kazandı. Real Madrid'de ise Luis Vega öne çıktı."
    assert [(name, kind) for name, kind in recognise(text) if "Madrid" in name] == [("Real Madrid", "ORG"), ("Real Madrid", "ORG")]


def test_a_head_coach_before_the_name(recognise):
    assert recognise("Anadolu Efes Başantrenörü Ivan Petrov maçı değerlendirdi.")[-1] == ("Ivan Petrov", "PER")


def test_a_city_the_article_names_as_a_club_is_the_club_elsewhere_but_in_a_case_of_place(recognise):
    text = "İspanyol ekibi Valencia kazandı. Valencia'nın golünü Luis attı. Maç Valencia'da oynandı."
    assert [kind for name, kind in recognise(text) if name == "Valencia"] == ["ORG", "ORG", "LOC"]


@pytest.mark.parametrize("text, expected", [
    # Damascus by its letters: folded, "Şam" is the given name "Sam"
    ("Heyet Şam'da temaslarda bulundu.", [("Şam", "LOC", "SYR")]),
    ("ŞAM'DA PATLAMA", [("ŞAM", "LOC", "SYR")]),
    ("Sam Altman, Şampiyonlar Ligi maçını izledi.", [("Sam Altman", "PER", None)]),
])
def test_a_place_told_from_a_given_name_by_its_letters(resources_tr, text, expected):
    mentions = EntityRecognizer(resources_tr)(Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr"))
    assert [(m.text, m.type, m.country_hint) for m in mentions] == expected


def test_a_place_the_model_glued_to_a_person_before_it_is_split_off(recognise_with_model):
    found = recognise_with_model({"Geir Pedersen Şam": "PER"}, "Bugün Geir Pedersen Şam'a gitti.")
    assert found == [("Geir Pedersen", "PER"), ("Şam", "LOC")]
    # a family name alone before a capital
    found = recognise_with_model({"Miçotakis Ankara": "PER"}, "Bugün Kaya ile Miçotakis Ankara'da görüştü.")
    assert found[-2:] == [("Miçotakis", "PER"), ("Ankara", "LOC")]


@pytest.mark.parametrize("text, expected", [
    # the North Sea oil blend, not the London borough
    ("Brent petrolün varil fiyatı yüzde 2 arttı.", []),
    ("Brent petrolü 70 doları aştı.", []),
    ("Yangın Londra'nın Brent bölgesinde çıktı.", [("Londra", "LOC"), ("Brent", "LOC")]),
])
def test_an_oil_blend_named_like_a_place_is_no_place(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, name, key", [
    # a body's full name and its short form are one body
    ("Rehineler Uluslararası Kızılhaç Komitesine teslim edildi.", "Uluslararası Kızılhaç Komitesi", "org:icrc"),
    ("ABD Merkez Bankası faiz kararını açıkladı.", "ABD Merkez Bankası", "org:fed"),
])
def test_foreign_bodies_by_their_turkish_names(link, text, name, key):
    assert link(text)[name].key == key


def test_an_office_closes_a_bodys_name(recognise):
    assert recognise("İsrail Başbakanlık Ofisi'nden açıklama yapıldı.") == [("İsrail Başbakanlık Ofisi", "ORG")]


@pytest.mark.parametrize("text, person, role, country", [
    # a player's position before the name, a nationality before that
    ("Kulüp, Nijeryalı golcü John Okafor'un bonservisini aldı.", "John Okafor", "striker", "NGA"),
    ("AK Parti Genel Başkanvekili Ali Demir açıklama yaptı.", "Ali Demir", "Deputy Chair", "TUR"),
])
def test_more_titles_before_a_name(resources_tr, text, person, role, country):
    holder, _ = _first_person(resources_tr, text)
    assert (holder.text, holder.role, holder.country_hint) == (person, role, country)


def test_off_the_coast_of_names_a_place(recognise):
    assert recognise("Deprem Kosaki açıklarında meydana geldi.") == [("Kosaki", "LOC")]


@pytest.mark.parametrize("text, expected", [
    # the place after a body's head is where its branch is, a place of its own
    ("Uluslararası Af Örgütü İstanbul grubu kampanya başlattı.", [("Uluslararası Af Örgütü", "ORG"), ("İstanbul", "LOC")]),
    # a decision or a report named after the body: the body alone is the name
    ("Basın toplantısı Yargıtay Kararı üzerine yapıldı.", [("Yargıtay", "ORG")]),
    ("Açıklama Anayasa Mahkemesi Kararında yer aldı.", [("Anayasa Mahkemesi", "ORG")]),
])
def test_a_bodys_name_ends_at_its_head(recognise, text, expected):
    assert recognise(text) == expected


def test_a_city_the_model_glued_to_a_person_in_a_case_of_place_is_split_off(recognise_with_model):
    found = recognise_with_model({"Wang Yi Moskova": "PER"}, "Bugün bakan Wang Yi Moskova'da görüştü.")
    assert found == [("Wang Yi", "PER"), ("Moskova", "LOC")]


def test_the_name_after_a_match_minute_is_a_player(recognise):
    text = "Fenerbahçe'nin gollerini 34. dakikada Youssef En-Nesyri ve 78. dakikada Kerem Aktürkoğlu kaydetti."
    assert recognise(text) == [("Fenerbahçe", "ORG"), ("Youssef En-Nesyri", "PER"), ("Kerem Aktürkoğlu", "PER")]


def test_the_director_general_of_a_body_known_by_its_full_name(link):
    entities = link("Dünya Sağlık Örgütü Genel Direktörü Tedros Adhanom Ghebreyesus, Cenevre'de konuştu. DSÖ, uyarıda bulundu.")
    assert entities["Tedros Adhanom Ghebreyesus"].role == "Director-General"
    assert [name for name, entity in entities.items() if entity.type == "ORG"] == ["Dünya Sağlık Örgütü"]  # DSÖ is the same


def test_a_country_before_a_lower_case_title_is_the_persons(link):
    assert link("Kuzey Kore lideri Kim Jong Un açıklama yaptı.")["Kim Jong Un"].country == "PRK"


def test_an_office_with_no_country_in_a_report_set_in_a_foreign_city_is_that_countrys(link):
    text = ("Gürcistan'ın başkenti Tiflis'te binlerce kişi toplandı. Gürcistan İçişleri Bakanlığı 43 gözaltı olduğunu duyurdu. "
            "Cumhurbaşkanı Salome Zurabişvili polisi eleştirdi. AB, Gürcistan hükümetini itidale çağırdı.")
    assert link(text)["Salome Zurabişvili"].country == "GEO"


def test_a_foreign_capital_counts_for_its_country_when_the_country_is_named_once(link):
    # Georgia is named once by its name, twice by its capital, and every scene is there
    text = ("Gürcistan'ın başkenti Tiflis'te göstericiler ile polis arasında arbede çıktı. Göstericiler dün akşam Tiflis'te "
            "parlamento önünde toplandı. Cumhurbaşkanı Nika Beridze göstericileri eleştirdi.")
    assert link(text)["Nika Beridze"].country == "GEO"
    # the capital alone, its country never named, sets nobody's country
    assert link("Tiflis'te arbede çıktı. Göstericiler Tiflis'te toplandı. Cumhurbaşkanı Nika Beridze konuştu.")["Nika Beridze"].country == "TUR"


def test_an_office_turkiye_abolished_is_never_turkiyes(link):
    text = ("Dışişleri Bakanı Ali Kaya, Moskova'da Rus mevkidaşı ile görüştü. Kaya, Türkiye'nin Ukrayna için arabuluculuğa hazır "
            "olduğunu söyledi. Türkiye'nin önerisi ele alındı. Kaya'nın yarın Devlet Başkanı Pavel Orlov tarafından kabul edilmesi bekleniyor.")
    assert link(text)["Pavel Orlov"].country != "TUR"


def test_a_titled_person_takes_the_country_the_article_gives_the_body_before_the_title(link):
    text = "ABD Ulusal Havacılık ve Uzay Dairesi (NASA), görevi erteledi. NASA Başkanı Jared Isaacman konuştu."
    assert link(text)["Jared Isaacman"].country == "USA"


def test_a_headlines_body_takes_the_country_named_in_it(link):
    assert link("ABD Hazine Bakanlığı İran'a Yaptırım Uyguladı")["ABD Hazine Bakanlığı"].country == "USA"


def test_a_known_club_named_with_the_word_for_club_is_the_same_club(link):
    entities = link("Galatasaray, yeni transferini açıkladı. Galatasaray Kulübü Başkanı Ali Kaya konuştu.")
    assert [name for name, entity in entities.items() if entity.type == "ORG"] == ["Galatasaray Kulübü"]  # and "Galatasaray"


@pytest.mark.parametrize("text, tagged, expected", [
    ("Yangın sürüyor.\n\nMUĞLA (AA) - Yangın, gece saatlerinde başladı.", {"Yangın": "LOC"}, [("MUĞLA", "LOC"), ("AA", "ORG")]),
    ("Yeni kural.\n\nANKARA (İHA) - Bakanlıktan yapılan açıklamada kural duyuruldu.", {"Bakanlıktan": "LOC"},
     [("ANKARA", "LOC"), ("İHA", "ORG")]),
])
def test_the_word_after_a_datelines_dash_opens_the_sentence(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Milli Savunma Bakanlığı Basın ve Halkla İlişkiler Müşaviri Tuğamiral Zeki Aktaş açıklama yaptı.",
     [("Milli Savunma Bakanlığı", "ORG"), ("Zeki Aktaş", "PER")]),
    ("Filo öğrencisi Teğmen Gülay Okan, hazırlandıklarını söyledi.", [("Gülay Okan", "PER")]),
])
def test_naval_ranks_lieutenants_and_counsellors_are_titles_before_a_name(recognise, text, expected):
    assert recognise(text) == expected


def test_a_party_leader_named_after_the_partys_short_form_in_brackets_is_of_the_partys_country(link):
    entities = link("Japonya'da Liberal Demokrat Parti (LDP) lideri Yuki Sato, başbakan seçildi.")
    assert (entities["Yuki Sato"].country, entities["Yuki Sato"].role) == ("JPN", "Leader")


@pytest.mark.parametrize("text, person, role", [
    ("Törene Kültür ve Turizm Bakanı Ali Kaya katıldı.", "Ali Kaya", "Minister of Culture and Tourism"),
    ("Sanayi ve Teknoloji Bakanı Veli Demir lansmana katılacak.", "Veli Demir", "Minister of Industry and Technology"),
])
def test_a_minister_of_any_ministry_named_without_a_country_is_turkeys(link, text, person, role):
    assert (link(text)[person].country, link(text)[person].role) == ("TUR", role)


def test_a_prime_minister_in_a_story_of_one_foreign_country_is_its_and_a_base_is_a_place(link):
    entities = link("Macaristan, mahkemeden çekilme kararını onayladı. Başbakan Viktor Lang, mahkemeyi eleştirdi. "
                    "Avrupa Komisyonu, Budapeşte'yi kararını gözden geçirmeye çağırdı. Macaristan'ın kararı tartışılıyor.")
    assert entities["Viktor Lang"].country == "HUN"
    assert link("Irak'ın kuzeyindeki Zilkan üs bölgesine saldırı düzenlendi.")["Zilkan"].type == "LOC"


@pytest.mark.parametrize("text, expected", [
    # the constitution is written capitalised with an apostrophe, and names no one
    ("Mahkeme, kanunun iki maddesini Anayasa'ya aykırı buldu.", []),
    # a case ending glued on a body's closing word ends its name: the word after opens another
    ("Rusya, BM Güvenlik Konseyinde Sudan tasarısını veto etti.",
     [("Rusya", "LOC"), ("BM Güvenlik Konseyi", "ORG"), ("Sudan", "LOC")]),
    ("Bakan, Dışişleri Bakanlığında Mısır Büyükelçisi ile görüştü.", [("Dışişleri Bakanlığı", "ORG"), ("Mısır", "LOC")]),
    # a common noun opening the sentence is no part of a known name after it
    ("Toplantı BM Güvenlik Konseyinde yapıldı.", [("BM Güvenlik Konseyi", "ORG")]),
    ("Kamu İhale Kurumu karar verdi.", [("Kamu İhale Kurumu", "ORG")]),
    # "our embassy" in Abuja: a body, with the possessive of "our" glued on
    ("Keçeli, Abuja Büyükelçiliğimizin yetkililerle temas halinde olduğunu belirtti.",
     [("Abuja Büyükelçiliği", "ORG")]),
    # a weekday's name before a word for a town is the town
    ("Açıklamada, Çayeli ve Pazar ilçelerinde 40 evin hasar gördüğü belirtildi.", [("Çayeli", "LOC"), ("Pazar", "LOC")]),
    ("Toplantı 3 Aralık Çarşamba günü yapılacak.", []),
    # a town's name before a word of meeting in a match is its club
    ("Trabzonspor, Konya ile berabere kaldı.", [("Trabzonspor", "ORG"), ("Konya", "ORG")]),
])
def test_names_and_the_words_around_them(recognise, text, expected):
    assert [(name, kind) for name, kind in recognise(text) if kind != "GROUP"] == expected


@pytest.mark.parametrize("text, name, country, role", [
    ("İngiltere'nin BM Daimi Temsilcisi Barbara Woodward vetoyu eleştirdi.", "Barbara Woodward", "GBR", "Permanent Representative"),
    ("Rusya'nın BM Daimi Temsilci Yardımcısı Dmitriy Polyanskiy konuştu.", "Dmitriy Polyanskiy", "RUS", "Deputy Permanent Representative"),
    # the body before the title is given the home country only at the end; its head takes it all the same
    ("Eğitim-İş Sendikası Genel Başkanı Kadem Özbay açıklama yaptı.", "Kadem Özbay", "TUR", "Chair"),
    ("Kamu-Sen Genel Başkanı Ali Yalçın açıklama yaptı.", "Ali Yalçın", "TUR", "Chair"),
    # "Bakan X" in the headline, the full office after: the fuller role
    ("Bakan Tekin: Müfredat eylülde uygulanacak\n\nMilli Eğitim Bakanı Yusuf Tekin soruları yanıtladı.",
     "Yusuf Tekin", "TUR", "Minister of National Education"),
    ("Fidan, ABD'li mevkidaşı Marco Rubio ile görüştü.", "Marco Rubio", "USA", "counterpart"),
])
def test_country_and_role_of_a_titled_person(link, text, name, country, role):
    person = link(text)[name]
    assert (person.country, person.role) == (country, role)


@pytest.mark.parametrize("text, name, country", [
    # a nationality before the common noun of a body in apposition
    ("Alman havayolu şirketi Lufthansa'nın pilotları greve başladı.", "Lufthansa", "DEU"),
    ("ABD'li teknoloji şirketi Nvidia yeni çipini tanıttı.", "Nvidia", "USA"),
    # "our embassy" is the home country's
    ("Keçeli, Abuja Büyükelçiliğimizin yetkililerle temas halinde olduğunu belirtti.", "Abuja Büyükelçiliği", "TUR"),
    # a place no table keeps (a town named like a weekday) listed after a known one
    ("Açıklamada, Çayeli ve Pazar ilçelerinde 40 evin hasar gördüğü belirtildi.", "Pazar", "TUR"),
    ("YSK Başkanı Ahmet Yener sonuçları açıkladı.", "Ahmet Yener", "TUR"),
    ("Rekabet Kurulu, şirkete para cezası verdi.", "Rekabet Kurulu", "TUR"),
    ("Memur-Sen açıklama yaptı.", "Memur-Sen", "TUR"),
    ("Galatasaray, 5 Kasım'da deplasmanda Ajax ile karşılaşacak.", "Ajax", "NLD"),
])
def test_country_of_a_body_or_place(link, text, name, country):
    assert link(text)[name].country == country


@pytest.mark.parametrize("text, name, country", [
    # fields listed with commas, the first a word the tables know as a body alone, and the country opening the name
    ("Endonezya Meteoroloji, Klimatoloji ve Jeofizik Ajansı (BMKG), depremin merkez üssünü açıkladı.",
     "Endonezya Meteoroloji, Klimatoloji ve Jeofizik Ajansı", "IDN"),
    # an assembly named without its country is the scene's
    ("Sırbistan'da yapılan oylamada Ulusal Meclisi yeni hükümeti onayladı.", "Ulusal Meclisi", "SRB"),
    # an association named alone is the home country's
    ("Gazeteciler Cemiyeti kararı eleştirdi.", "Gazeteciler Cemiyeti", "TUR"),
])
def test_country_of_a_body_named_by_its_fields_or_alone(link, text, name, country):
    assert link(text)[name].country == country


def test_a_group_word_before_a_list_of_fields_is_no_field(recognise):
    found = recognise("Polis, Sahil Güvenlik ve Jandarma Genel Komutanlığı ekipleri bölgeye gitti.")
    assert found == [("Sahil Güvenlik ve Jandarma Genel Komutanlığı", "ORG")]


def test_a_president_on_a_tour_of_several_countries_is_the_home_countrys(link):
    entities = link("Cumhurbaşkanı Ali Kaya, yarın Suudi Arabistan, Katar ve Birleşik Arap Emirlikleri'ni kapsayan bir tura çıkacak. "
                    "Kaya ilk olarak Riyad'da Suudi Arabistan Veliaht Prensi Muhammed bin Selman ile görüşecek. "
                    "Doha'da Katar Emiri Şeyh Temim bin Hamed Al Sani ile bir araya gelecek.")
    assert (entities["Ali Kaya"].country, entities["Muhammed bin Selman"].role) == ("TUR", "Crown Prince")
    assert link("Kaymakam Ali Demir açıklama yaptı.")["Ali Demir"].role == "District Governor"


@pytest.mark.parametrize("text, expected", [
    # a body the tables know after a title holds no one; a name before it does
    ("İsrail'in Ankara Büyükelçisi Dışişleri Bakanlığına çağrıldı.",
     [("İsrail", "LOC"), ("Ankara", "LOC"), ("Dışişleri Bakanlığı", "ORG")]),
    ("İsrail'in Ankara Maslahatgüzarı Avi Cohen Dışişleri Bakanlığına çağrıldı.",
     [("İsrail", "LOC"), ("Ankara", "LOC"), ("Avi Cohen", "PER"), ("Dışişleri Bakanlığı", "ORG")]),
])
def test_a_known_body_after_a_title(recognise, text, expected):
    assert recognise(text) == expected


def test_an_embassy_before_its_chargé_daffaires_is_the_country_in_the_genitives(link):
    entities = link("İsrail'in Ankara Büyükelçiliği Maslahatgüzarı Dışişleri Bakanlığına çağrıldı.")
    assert entities["Ankara Büyükelçiliği"].country == "ISR"


@pytest.mark.parametrize("text", [
    "İsveç'in Ankara Büyükelçisi Bakanlığa çağrılarak Türkiye'nin tepkisi iletildi.",
    "Rusya'nın Ankara Büyükelçisi Bakanlıkta kabul edildi.",
    "Türkiye'nin Tahran Büyükelçisi Derneğe gitti.",
])
def test_a_bodys_common_noun_with_its_case_after_a_title_holds_no_one(recognise, text):
    assert not [name for name, kind in recognise(text) if kind == "PER"]



def test_a_sentence_case_headline_full_of_names_keeps_its_capitals_meaning(recognise):
    # most of its words are capitalised, but a verb in lower case says it is no title-case headline
    found = recognise("Fidan, Kahire'de Mısır Dışişleri Bakanı Abdulati ile görüştü")
    assert ("Abdulati", "PER") in found and ("Fidan", "PER") in found


@pytest.mark.parametrize("text, expected", [
    # a family name, then a body the tables know, no comma between: the person and the body
    ("Erdoğan BM Genel Kurulunda konuştu.", [("Erdoğan", "PER"), ("BM Genel Kurulu", "ORG")]),
    ("Erdoğan Dışişleri Bakanlığını ziyaret etti.", [("Erdoğan", "PER"), ("Dışişleri Bakanlığı", "ORG")]),
    # a body named after someone opens with no known body
    ("Recep Tayyip Erdoğan Üniversitesi açıldı.", [("Recep Tayyip Erdoğan Üniversitesi", "ORG")]),
])
def test_a_person_written_right_before_a_known_body(recognise, text, expected):
    assert recognise(text) == expected


def test_a_service_named_before_its_kind_is_a_body(recognise):
    assert ("Magen David Adom", "ORG") in recognise("İsrail'in Magen David Adom acil yardım servisi, yaralıları hastaneye kaldırdı.")


@pytest.mark.parametrize("text, expected", [
    # a title with its case ending closes its phrase before a body the tables know
    ("Türkiye, İsrail'in Ankara Büyükelçisini Dışişleri Bakanlığına çağırdı.",
     [("Türkiye", "LOC"), ("İsrail", "LOC"), ("Ankara", "LOC"), ("Dışişleri Bakanlığı", "ORG")]),
    ("Türkiye, İsrail'in Ankara Büyükelçiliği Maslahatgüzarını Dışişleri Bakanlığına çağırdı.",
     [("Türkiye", "LOC"), ("İsrail", "LOC"), ("Ankara Büyükelçiliği", "ORG"), ("Dışişleri Bakanlığı", "ORG")]),
])
def test_a_title_in_the_accusative_before_a_known_body(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Papa 14. Leo, Türkiye'yi ziyaret edecek.", [("Leo", "PER"), ("Türkiye", "LOC")]),  # a regnal number after a title
    # a law's name: its words are no one's, and the body after them is named alone
    ("İklim Kanunu TBMM Genel Kurulunda kabul edildi", [("TBMM Genel Kurulu", "ORG")]),
])
def test_a_regnal_number_and_a_laws_name(recognise, text, expected):
    assert recognise(text) == expected


def test_a_title_whose_fields_a_comma_parts_still_names_the_office(link):
    entities = link("Çevre, Şehircilik ve İklim Değişikliği Bakanı Murat Kurum, kanunun önemli olduğunu söyledi.")
    assert entities["Murat Kurum"].role == "Minister of Environment, Urbanisation and Climate Change"


def test_the_home_countrys_name_before_a_home_body_is_the_home_body(link):
    entities = link("Türkiye Dışişleri Bakanlığı, anlaşmayı memnuniyetle karşıladığını açıkladı.")
    assert entities["Türkiye Dışişleri Bakanlığı"].key == link("Dışişleri Bakanlığı açıklama yaptı.")["Dışişleri Bakanlığı"].key


def test_a_capital_in_a_case_of_place_after_a_titled_name_is_where_they_went(recognise):
    assert recognise("İngiltere Kralı Charles Ankara'ya geldi.") == [("İngiltere", "LOC"), ("Charles", "PER"), ("Ankara", "LOC")]


@pytest.mark.parametrize("name, key", [("Trabzonspor", "org:trabzonspor"), ("KAP", "org:kap")])
def test_a_club_the_tables_know_is_theirs_though_its_ending_types_it_alone(link, name, key):
    # "-spor" types a club by itself; the table's entry still gives its key and country
    entity = link(f"{name}, yeni bir açıklama yaptı.")[name]
    assert (entity.key, entity.country) == (key, "TUR")


@pytest.mark.parametrize("text, name, key", [
    ("Avrupa Birliği (AB) Komisyonu da ülkeye teknik destek teklif etti.", "Avrupa Birliği (AB) Komisyonu", "org:european-commission"),
    ("Birleşmiş Milletler (BM) Güvenlik Konseyi'nin toplantısı ertelendi.", "Birleşmiş Milletler (BM) Güvenlik Konseyi", "org:unsc"),
    ("Avrupa Birliği (AB) Komisyonunun raporu yayımlandı.", "Avrupa Birliği (AB) Komisyonu", "org:european-commission"),
])
def test_a_body_named_on_after_its_owners_bracketed_acronym(link, text, name, key):
    # the words after "(AB)" are read with the name before the bracket: one name, the owner's body's, no place
    entities = link(text)
    assert entities[name].key == key and len(entities) == 1


@pytest.mark.parametrize("text, expected", [
    ("Sonuçlara göre, Hak ve Özgürlükler Hareketi (DPS) ikinci oldu.",
     [("Hak ve Özgürlükler Hareketi", "ORG"), ("DPS", "ORG")]),
    ("Seçimde Demokratik Halk Hareketi birinci oldu.", [("Demokratik Halk Hareketi", "ORG")]),
])
def test_a_movement_is_a_body(recognise, text, expected):
    assert recognise(text) == expected


def test_a_party_named_before_the_common_noun_is_the_scenes(link):
    # the first in the sentence that sets the scene, the second in the next, with none
    entities = link("Bulgaristan'da pazar günü yapılan seçimde GERB partisi birinci oldu. "
                    "Sonuçlara göre Yeniden Doğuş partisi üçüncü sırada yer aldı.")
    assert (entities["GERB"].country, entities["Yeniden Doğuş"].country) == ("BGR", "BGR")


@pytest.mark.parametrize("text, name, role", [
    ("Eski Başbakan Ahmet Kaya açıklama yaptı.", "Ahmet Kaya", "former Prime Minister"),
    ("CHP eski Genel Başkanı Mehmet Demir konuştu.", "Mehmet Demir", "former Chair"),
    ("Savcılık, eski Bolu Belediye Başkanı Ali Yılmaz hakkında soruşturma başlattı.", "Ali Yılmaz", "former Mayor"),
    ("Başbakan Ahmet Kaya, eski bakanlarla görüştü.", "Ahmet Kaya", "Prime Minister"),
])
def test_an_office_held_no_longer_is_given_as_former(link, text, name, role):
    assert link(text)[name].role == role


@pytest.mark.parametrize("tagged, text, expected", [
    # the name of an exercise or an operation that no table knows is no place or body
    ({"BALTOPS": "LOC"}, "NATO'nun düzenlediği BALTOPS 26 tatbikatı bugün başladı.", [("NATO", "ORG")]),
    ({"Efes": "ORG"}, "Ordunun düzenlediği Efes-2026 tatbikatı sona erdi.", []),
    # a known place before the noun is still a place
    ({}, "Liderler Ankara zirvesinde bir araya geldi.", [("Ankara", "LOC")]),
])
def test_the_name_of_an_event_before_its_common_noun(recognise_with_model, tagged, text, expected):
    assert recognise_with_model(tagged, text) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Bugünkü Erdoğan-Putin görüşmesinde enerji ele alındı.", {}, [("Erdoğan", "PER"), ("Putin", "PER")]),
    # the model's one span over the pair types each name
    ("Dün yapılan Trump-Putin zirvesi sona erdi.", {"Trump-Putin": "PER"}, [("Trump", "PER"), ("Putin", "PER")]),
    # a double-barrelled family name stays whole
    ("Almanya Savunma Bakanı Annegret Kramp-Karrenbauer konuştu.", {},
     [("Almanya", "LOC"), ("Annegret Kramp-Karrenbauer", "PER")]),
])
def test_two_names_a_hyphen_pairs_before_a_noun_are_two(recognise_with_model, text, tagged, expected):
    assert recognise_with_model(tagged, text) == expected


def test_two_people_named_apart_are_not_one_where_a_hyphen_pairs_them(link):
    entities = link("Cumhurbaşkanı Erdoğan, Rus mevkidaşı Putin ile görüştü. Erdoğan-Putin görüşmesi üç saat sürdü.")
    assert entities["Erdoğan"] is not entities["Putin"] and "Erdoğan-Putin" not in entities


@pytest.mark.parametrize("text, name, country", [
    ("Teksas'ta sel felaketi yaşandı.", "Teksas", "USA"),
    ("Kaliforniya Valisi açıklama yaptı.", "Kaliforniya", "USA"),
    ("İskoçya'da seçim yapıldı.", "İskoçya", "GBR"),
    ("Florida'da kasırga etkili oldu.", "Florida", "USA"),
    ("Bavyera Eyaleti Başbakanı Markus Söder, açıklama yaptı.", "Markus Söder", "DEU"),
])
def test_a_region_within_a_country(link, text, name, country):
    assert link(text)[name].country == country


def test_the_baltic_is_a_region(link):
    assert link("NATO'nun Baltık'taki tatbikatı başladı.")["Baltık"].key == "region:baltic"


def test_a_sea_named_with_its_word_for_sea_is_the_sea_named_without_it(link):
    linked = link("Yunan sahil güvenliği Ege Denizi'nde iki tekneye el koydu. Pasifik kıyılarına tsunami uyarısı yapıldı.")
    assert (linked["Ege Denizi"].key, linked["Pasifik"].key) == ("region:aegean", "region:pacific")


def test_a_bodys_common_noun_with_its_case_is_no_name_whatever_the_model_says(recognise_with_model):
    text = "İsveç'in Ankara Büyükelçisi, Bakanlığa çağrıldı."
    assert recognise_with_model({"Bakanlığa": "LOC"}, text) == [("İsveç", "LOC"), ("Ankara", "LOC")]


@pytest.mark.parametrize("club", ["Samsunspor", "Kayserispor"])
def test_a_club_named_for_a_town_is_of_its_country(link, club):
    assert link(f"{club} deplasmanda kazandı.")[club].country == "TUR"


def test_a_body_at_work_at_home_named_in_a_report_from_abroad_is_the_scenes(link):
    entities = link("Fransa'nın başkenti Paris'te binlerce kişi yürüdü. İçişleri Bakanlığı, 45 kişinin gözaltına "
                    "alındığını açıkladı. Paris'te gösteriler sürüyor.")
    assert (entities["İçişleri Bakanlığı"].country, entities["İçişleri Bakanlığı"].key) == ("FRA", "org:ministry-of-the-interior-of-france")
    # the foreign ministry works abroad: it stays the home country's in such a report
    assert link("Dışişleri Bakanlığı, İsveç'in başkenti Stockholm'de yapılan eylemi kınadı. "
                "Stockholm'de polis önlem aldı.")["Dışişleri Bakanlığı"].country == "TUR"


def test_countries_people_are_from_set_no_scene(resources_tr):
    from gundem.core import Analyser

    text = ("Bodrum açıklarında göçmen botu battı\n\nMuğla'nın Bodrum ilçesi açıklarında botun batması sonucu 9 kişi öldü. "
            "Akyarlar açıklarında 14 göçmen kurtarıldı. Kurtarılan göçmenlerin Afganistan ve Eritre uyruklu olduğu belirlendi.")
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=date(2026, 8, 14), lang="tr"))
    countries = {e["name"]: e["country"] for e in document["entities"].values()}
    # the quarter off whose coast the boat sank is in the story's one country; the migrants are of none it names
    assert (countries["Akyarlar"], countries["migrants"]) == ("TUR", None)


def test_an_office_holder_welcomed_abroad_is_the_guest_not_the_host(link):
    entities = link("Cumhurbaşkanı Ali Kaya, Malezya'nın başkenti Kuala Lumpur'da Başbakan Veli Demir tarafından "
                    "resmi törenle karşılandı. Kaya, Malezya'dan sonra Endonezya'ya geçecek. Malezya'da temaslar sürüyor.")
    assert (entities["Ali Kaya"].country, entities["Veli Demir"].country) == ("TUR", "MYS")


def test_the_leader_of_a_party_named_before_the_common_noun_is_of_the_scene(link):
    entities = link("Gürcistan'da muhalefetteki Birleşik Ulusal Hareket partisinin lideri Nika Kara tutuklandı.")
    assert (entities["Birleşik Ulusal Hareket"].country, entities["Nika Kara"].country) == ("GEO", "GEO")


def test_a_short_form_of_two_senses_takes_the_one_the_article_names(link):
    story = link("RSF, El-Faşir'de hastaneyi vurdu. Hızlı Destek Kuvvetleri'nin saldırısında 19 kişi öldü.")
    assert "RSF" in story["Hızlı Destek Kuvvetleri"].names and "RSF" not in story
    # alone, the table's sense
    assert link("RSF, basın özgürlüğü endeksini yayımladı.")["RSF"].key == "org:rsf-press"


def test_a_club_typed_a_body_by_its_short_name(recognise_with_model, resources_tr):
    recognizer = EntityRecognizer(resources_tr, _ModelThatTagsWords({"Beşiktaş": "ORG"}))
    mentions = recognizer(Article(doc="t", text="Beşiktaş, teknik direktörüyle yollarını ayırdı.", dct=date(2026, 6, 1), lang="tr"))
    assert [(m.text, m.key) for m in mentions] == [("Beşiktaş", "org:besiktas")]


def test_the_line_of_control_is_a_place(recognise):
    assert ("Kontrol Hattı", "LOC") in recognise("Çatışma Keşmir'deki Kontrol Hattı boyunca çıktı.")


def test_an_island_named_after_a_country_is_that_countrys(link):
    assert link("Çin, Tayvan Adası çevresinde tatbikat başlattı.")["Tayvan Adası"].country == "TWN"


def test_a_rank_after_the_office_of_a_body_named_by_its_head_word_keeps_the_bodys_country(link):
    entities = link("Çin Halk Kurtuluş Ordusu Doğu Bölge Komutanlığı tatbikat başlattı. "
                    "Komutanlık Sözcüsü Albay Li Wei, tatbikatın bir uyarı olduğunu söyledi.")
    assert entities["Li Wei"].country == "CHN"


@pytest.mark.parametrize("text, expected", [
    # one capital, an apostrophe and a capitalised word: one name, not a name and a suffix
    ("İrlandalı yazar Edna O'Brien hayatını kaybetti.", [("Edna O'Brien", "PER")]),
    ("Çad'ın başkenti N'Djamena'da patlama oldu.", [("Çad", "LOC"), ("N'Djamena", "LOC")]),
    # a military rank before a foreign name is a title, not part of the name
    ("General Ali Demir ile Mareşal Mehmet Kaya görüştü.", [("Ali Demir", "PER"), ("Mehmet Kaya", "PER")]),
    # but not where it opens a body the tables know, or follows another language's article
    ("General Motors hisseleri düştü.", [("General Motors", "ORG")]),
    ("Yönetmenliğini yaptığı The General isimli filmde oynadı.", []),
])
def test_names_with_an_inner_apostrophe_and_ranks_before_names(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Husilerin askeri sözcüsü açıklama yaptı.", [("Husiler", "ORG")]),
    ("Husilere ait 3 insansız hava aracı düşürüldü.", [("Husiler", "ORG")]),
])
def test_a_case_ending_glued_on_a_known_plural_name(recognise, text, expected):
    assert recognise(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a word hyphened to a union's tail names a union, though both halves are common words
    ("Dün Petrol-İş Sendikası grev kararı aldı.", [("Petrol-İş Sendikası", "ORG")]),
    ("Birleşik Metal-İş üyeleri iş bıraktı.", [("Birleşik Metal-İş", "ORG")]),
    ("Eğitim-İş Genel Başkanı Ali Demir açıklama yaptı.", [("Eğitim-İş", "ORG"), ("Ali Demir", "PER")]),
])
def test_a_word_hyphened_to_a_unions_tail_names_a_union(recognise, text, expected):
    assert recognise(text) == expected


def test_a_union_named_by_its_tail_and_its_chair_are_the_home_countrys(link):
    assert link("Sağlık-Sen Genel Başkanı Ali Demir açıklama yaptı.")["Ali Demir"].country == "TUR"


def test_a_plural_title_in_a_headline_names_no_body(recognise):
    assert recognise("AB Dışişleri Bakanları Kredi Konusunda Uzlaşamadı\n\nToplantı sürdü.") == [("AB", "ORG")]


@pytest.mark.parametrize("text, names", [
    ("Alican-Margara sınır kapısının açılması ele alındı.", [("Alican-Margara", "LOC")]),
    ("Polonya, Terespol ve Kuźnica sınır kapılarını kapattı.", [("Polonya", "LOC"), ("Terespol", "LOC"), ("Kuźnica", "LOC")]),
])
def test_a_border_gate_is_a_place(recognise, text, names):
    assert recognise(text) == names


@pytest.mark.parametrize("text, name, role", [
    ("TBMM Başkanı Numan Kurtulmuş, heyeti kabul etti.", "Numan Kurtulmuş", "Speaker of Parliament"),
    ("Ukrayna Meclisi Başkanı Ruslan Stefançuk Ankara'ya geldi.", "Ruslan Stefançuk", "Speaker of Parliament"),
    ("Ermenistan Ulusal Meclis Başkan Yardımcısı Ruben Rubinyan açıklama yaptı.", "Ruben Rubinyan", "Deputy Speaker of the National Assembly"),
])
def test_the_chair_of_a_parliament_is_its_speaker(link, text, name, role):
    assert link(text)[name].role == role


def test_emir_after_a_title_is_a_given_name(link):
    assert "Emir Han Muttaki" in link("Taliban yönetiminin Dışişleri Bakanı Emir Han Muttaki, yardımlar için teşekkür etti.")


def test_khan_yunis_by_its_turkish_spelling_is_a_town_in_gaza(link):
    assert link("İsrail ordusu, Gazze Şeridi'nin güneyindeki Han Yunus'a hava saldırısı düzenledi.")["Han Yunus"].country == "PSE"


@pytest.mark.parametrize("text, tagged", [
    ("Ordu, F-16 savaş uçaklarıyla hedefleri vurdu.", {"F": "LOC"}),
    ("İtalyan F-35 uçaklarının havalandığı bildirildi.", {"İtalyan F": "PER"}),
    ("Üç Rus MiG-31 savaş uçağı hava sahasını ihlal etti.", {"MiG": "ORG"}),
])
def test_a_models_letters_before_a_number_are_no_name_whatever_the_model_says(recognise_with_model, text, tagged):
    assert not any(name in ("F", "İtalyan F", "MiG") for name, _ in recognise_with_model(tagged, text))


@pytest.mark.parametrize("text", [
    "Bakan Yardımcısı Osman Çelik, Merkez Bankası Başkan Yardımcılığına atandı.",
    "Eski vali, Genel Sekreterliğine getirildi.",
])
def test_an_office_named_as_a_common_noun_after_a_title_is_no_person(recognise, text):
    assert all(kind != "PER" or name == "Osman Çelik" for name, kind in recognise(text))


@pytest.mark.parametrize("text, expected", [
    ('Soruşturma, saldırıyı "Z-Pentest" adlı grubun gerçekleştirdiğini ortaya koydu.', [("Z-Pentest", "ORG")]),
    ("Nordwerk adlı şirket iflas etti.", [("Nordwerk", "ORG")]),
    ("Deir Hafer adlı köyde çatışma çıktı.", [("Deir Hafer", "LOC")]),
])
def test_a_name_no_table_knows_is_of_the_kind_adli_gives_it(recognise, text, expected):
    assert recognise(text) == expected


def test_an_intelligence_service_is_a_body(recognise):
    assert recognise("Danimarka İstihbarat Servisi'nin raporu yayımlandı.") == [("Danimarka İstihbarat Servisi", "ORG")]


def test_a_partys_compound_name_keeps_its_nationality_word_before_the_word_for_a_party(recognise):
    assert recognise("Gürcü Rüyası partisinden Başbakan Ali Kaya açıklama yaptı.")[0] == ("Gürcü Rüyası", "ORG")
    assert recognise("Alman Yeşiller partisi de açıklama yaptı.") == [("Yeşiller", "ORG")]


@pytest.mark.parametrize("text, expected", [
    ("Özel, DEM Parti Eş Genel Başkanları Tuncer Bakırhan ve Tülay Hatimoğulları'nı kabul etti.",
     [("DEM Parti", "ORG"), ("Tuncer Bakırhan", "PER"), ("Tülay Hatimoğulları", "PER")]),
    ("Bakan, Almanya ve Fransa Dışişleri Bakanları Johann Wadephul ve Jean-Noël Barrot ile görüştü.",
     [("Almanya", "LOC"), ("Fransa", "LOC"), ("Johann Wadephul", "PER"), ("Jean-Noël Barrot", "PER")]),
])
def test_a_title_in_the_plural_names_each_of_the_holders_joined_after_it(recognise, text, expected):
    assert [found for found in recognise(text) if found[0] != "Özel"] == expected


def test_holders_of_a_plural_title_take_the_countries_listed_before_it_in_turn(link):
    entities = link("Bakan, Almanya ve Fransa Dışişleri Bakanları Johann Wadephul ve Jean-Noël Barrot ile görüştü.")
    assert [(entities[name].country, entities[name].role) for name in ("Johann Wadephul", "Jean-Noël Barrot")] == [
        ("DEU", "Minister of Foreign Affairs"), ("FRA", "Minister of Foreign Affairs")]


def test_an_english_possessive_s_is_part_of_a_name_and_not_a_suffix(recognise):
    assert recognise("Moody's'in raporuna göre Fitch de notu korudu.") == [("Moody's", "ORG"), ("Fitch", "ORG")]


def test_a_base_closes_a_place_and_a_region_in_the_adjectival_locative_before_gives_its_country(link):
    entities = link("Uydu, ABD'nin Florida eyaletindeki Cape Canaveral Uzay Üssü'nden fırlatıldı. "
                    "Uçak Almanya'daki Ramstein Hava Üssü'ne indi.")
    assert (entities["Cape Canaveral Uzay Üssü"].country, entities["Ramstein Hava Üssü"].country) == ("USA", "DEU")


@pytest.mark.parametrize("text", [
    "Rusya ve Belarus, Zapad-2027 ortak tatbikatına başladı.",
    "Birlikler Efes-2026 ortak askeri tatbikatında görev aldı.",
])
def test_a_name_with_its_year_before_words_qualifying_an_exercise_names_the_exercise(recognise_with_model, text):
    names = [name for name, _ in recognise_with_model({"Zapad": "LOC", "Efes": "LOC"}, text)]
    assert "Zapad" not in names and "Efes" not in names


def test_a_quarter_whose_name_closes_with_its_word_for_a_settlement_is_in_the_storys_one_country(link):
    entities = link("Şanlıurfa'nın Siverek ilçesinde kavga çıktı. Karakeçili Mahallesi'nde meydana gelen olayda 2 kişi öldü.")
    assert entities["Karakeçili Mahallesi"].country == "TUR"


def test_a_place_spelled_as_a_given_name_after_a_family_name_alone_is_where_the_holder_is(recognise):
    assert recognise("Dışişleri Bakanı Kaya Şam'da mevkidaşıyla görüştü.") == [("Kaya", "PER"), ("Şam", "LOC")]


@pytest.mark.parametrize("text, expected", [
    ("Saldırı Ebu Şuk kampına yönelik düzenlendi.", [("Ebu Şuk", "LOC")]),
    ("Cebaliye mülteci kampında yangın çıktı.", [("Cebaliye", "LOC")]),
    ("Ahmet Yılmaz kampından ayrıldı.", [("Ahmet Yılmaz", "PER")]),
    ("Milli Takım kampına 25 oyuncu çağrıldı.", []),
])
def test_a_camp_after_a_name_no_table_knows_is_a_place(recognise, text, expected):
    assert recognise(text) == expected


def test_iraqs_kurdish_and_turkmen_parties_are_known_bodies_of_iraq(link):
    entities = link("Kürdistan Demokrat Partisi 27 sandalye ile ikinci sırada yer alırken, Irak Türkmen Cephesi Kerkük'te 2 sandalye kazandı.")
    assert (entities["Kürdistan Demokrat Partisi"].country, entities["Irak Türkmen Cephesi"].country) == ("IRQ", "IRQ")


def test_a_deputy_secretary_general_is_no_secretary_general(link):
    assert link("BM Genel Sekreter Yardımcısı Tom Fletcher, açıklama yaptı.")["Tom Fletcher"].role == "Deputy Secretary-General"


def test_un_agencies_for_aid_are_known_bodies(link):
    entities = link("Birleşmiş Milletler (BM) İnsani İşler Koordinasyon Ofisi (OCHA) ile Dünya Gıda Programı (WFP) açıklama yaptı.")
    assert (entities["İnsani İşler Koordinasyon Ofisi"].key, entities["Dünya Gıda Programı"].key) == ("org:ocha", "org:wfp")


def test_a_branch_of_two_fields_after_the_body_it_belongs_to_is_one_name(recognise):
    assert recognise("İl Emniyet Müdürlüğü Kaçakçılık ve Organize Suçlar Şube Müdürlüğü ekipleri baskın düzenledi.") == [
        ("İl Emniyet Müdürlüğü Kaçakçılık ve Organize Suçlar Şube Müdürlüğü", "ORG")]


def test_turkish_outlets_and_a_rescue_service_are_known_turkish_bodies(link):
    entities = link("TRT Haber ve Bianet'in haberine göre UMKE ekipleri bölgeye ulaştı.")
    assert [entities[name].country for name in ("TRT Haber", "Bianet", "UMKE")] == ["TUR", "TUR", "TUR"]


def test_the_east_african_bloc_and_the_sea_of_japan_have_their_english_names(link):
    entities = link("Hükümetlerarası Kalkınma Otoritesi (IGAD) toplandı. Füze Japonya Denizi'ne düştü.")
    assert (entities["Hükümetlerarası Kalkınma Otoritesi"].key, entities["Japonya Denizi"].key) == ("org:igad", "region:sea-of-japan")


def test_a_fighter_jets_name_is_no_body(recognise_with_model):
    assert recognise_with_model({"KAAN": "ORG"}, "Endonezya, 48 adet KAAN milli muharip uçağı alacak.") == [("Endonezya", "LOC")]


def test_a_colombian_department_a_guerrilla_army_and_a_patriarch(link):
    entities = link("Norte de Santander eyaletinde Ulusal Kurtuluş Ordusu (ELN) saldırı düzenledi. Bakan, Ekümenik Patrik "
                    "Bartholomeos ile görüştü.")
    assert (entities["Norte de Santander"].country, entities["Ulusal Kurtuluş Ordusu"].key,
            entities["Bartholomeos"].role) == ("COL", "org:eln", "Ecumenical Patriarch")


def test_a_common_word_made_an_adjective_opening_a_sentence_is_no_part_of_the_name(recognise):
    assert recognise("Muhalefetteki Kongre Partisi, hükümeti eleştirdi.") == [("Kongre Partisi", "ORG")]


def test_a_syrian_agency_a_charity_a_french_union_and_a_chief_negotiator(link):
    entities = link("SANA'nın haberine göre Dünya Merkez Mutfağı ve CGT açıklama yaptı. AB Başmüzakerecisi Ali Kaya konuştu.")
    assert (entities["SANA"].country, entities["Dünya Merkez Mutfağı"].key, entities["CGT"].country,
            entities["Ali Kaya"].role) == ("SYR", "org:wck", "FRA", "Chief Negotiator")


def test_the_greek_cypriot_leader_and_the_chinese_army(link):
    entities = link("Rum lider Nikos Hristodulidis toplantıya katıldı. Çin Halk Kurtuluş Ordusu tatbikat başlattı.")
    assert (entities["Nikos Hristodulidis"].role, entities["Çin Halk Kurtuluş Ordusu"].key) == ("Greek Cypriot Leader", "org:pla")


def test_a_countrys_own_parliament_is_not_turkiyes(link):
    entities = link("Törene Ermenistan Meclis Başkan Yardımcısı Ruben Arakelyan katıldı.")
    assert (entities["Ruben Arakelyan"].country, entities["Ruben Arakelyan"].role, "Grand National Assembly of Turkey" in entities) == (
        "ARM", "Deputy Speaker", False)


@pytest.mark.parametrize("text, expected", [
    # a known name whose last word carries a glued case ending keeps the nationality word that opens it
    ("Türk Silahlı Kuvvetlerinin görev süresi uzatıldı.", [("Türk Silahlı Kuvvetleri", "ORG")]),
    ("Alman Dışişleri Bakanlığının açıklaması geldi.", [("Alman Dışişleri Bakanlığı", "ORG")]),
    # two fields joined by "ve" before a facility's head
    ("Takım, Hasan Demir Kamp ve Eğitim Tesisleri'nde çalıştı.", [("Hasan Demir Kamp ve Eğitim Tesisleri", "LOC")]),
    # but a place's head before "ve" closes a place of its own
    ("Rhône Nehri ve Alp Dağları arasında yürüdüler.", [("Rhône Nehri", "LOC"), ("Alp Dağları", "LOC")]),
    # a gang or a cartel named by its common noun after the name
    ("Los Lobos çetesinin lideri yakalandı.", [("Los Lobos", "ORG")]),
])
def test_bodies_and_places_named_with_their_common_nouns(recognise, text, expected):
    assert recognise(text) == expected


def test_irans_agency_the_football_federation_and_a_turkish_broadcaster(link):
    entities = link("İRNA'nın haberine göre TFF ve Habertürk açıklama yaptı.")
    assert (entities["İRNA"].key, entities["TFF"].country, entities["Habertürk"].country) == ("org:irna", "TUR", "TUR")


def test_a_prince_holding_an_office_has_the_office_as_his_role(link):
    entities = link("Suudi Arabistan Dışişleri Bakanı Prens Faysal bin Halid geldi.")
    assert entities["Faysal bin Halid"].role == "Minister of Foreign Affairs"


def test_the_west_a_gang_coalition_and_an_iranian_agency(link):
    entities = link("Bakan, Batı'nın kısıtlamaları kaldırmasını istedi. Viv Ansanm çete koalisyonuna bağlı silahlılar "
                    "evleri yaktı. Tesnim haber ajansı duyurdu.")
    assert (entities["Batı"].key, entities["Viv Ansanm"].type, entities["Tesnim"].country) == ("region:the-west", "ORG", "IRN")


def test_a_nationality_before_a_person_the_model_names_is_no_part_of_the_name_but_stays_in_a_places(recognise_with_model):
    assert recognise_with_model({"Portekizli Rui Vitoria": "PER"}, "Kulüp, Portekizli Rui Vitoria ile anlaştı.") == [
        ("Rui Vitoria", "PER")]
    assert recognise_with_model({"Alman İmparatorluğu": "LOC"}, "Savaş sonunda Alman İmparatorluğu dağıldı.") == [
        ("Alman İmparatorluğu", "LOC")]


def test_a_union_named_with_no_country_is_the_scenes(link):
    entities = link("İngiltere'de Kraliyet Hemşirelik Koleji üyesi hemşireler bu sabah greve başladı.")
    assert entities["Kraliyet Hemşirelik Koleji"].country == "GBR"


def test_an_office_read_from_a_welcome_outweighs_the_articles_default_read_from_an_earlier_mention(link):
    entities = link("Dışişleri Bakanı Ali Kaya, Tahran'da Cumhurbaşkanı Mesud Pezeşkiyan ile görüştü. Dışişleri Bakanı Ali Kaya, "
                    "geldiği İran'ın başkenti Tahran'da Cumhurbaşkanı Mesud Pezeşkiyan tarafından kabul edildi.")
    assert (entities["Ali Kaya"].country, entities["Mesud Pezeşkiyan"].country) == ("TUR", "IRN")


def test_fields_joined_by_ve_before_a_head_even_where_one_is_a_towns_or_a_given_name(link):
    entities = link("Afrika Birliği Barış ve Güvenlik Konseyi toplandı. Deniz ve Hava Kuvvetleri Komutanlığı açıklama yaptı.")
    assert (entities["Afrika Birliği Barış ve Güvenlik Konseyi"].key, entities["Deniz ve Hava Kuvvetleri Komutanlığı"].type) == (
        "org:au-psc", "ORG")


@pytest.mark.parametrize("text, person, country", [
    # an office the home country does not have, no country named: the foreign body of its sentence
    ("Peru Kongresi, Devlet Başkanı Dina Boluarte'yi görevden aldı. Boluarte kararı tanımadı.", "Dina Boluarte", "PER"),
    # a candidate with no scene of the sentence: the foreign country the article is about
    (("Romanya'da cumhurbaşkanlığı seçiminin ikinci turu yarın yapılacak. İlk turda önde olan aday George Simion, "
      "Nicuşor Dan ile yarışacak. Sandıklar Romanya'da sabah açılacak."), "George Simion", "ROU"),
])
def test_a_foreign_office_with_no_country_named_takes_the_foreign_scene_of_its_sentence_or_article(link, text, person, country):
    assert link(text)[person].country == country


def test_a_name_before_a_word_for_a_locality_is_a_place(link):
    entities = link("Sahil Güvenlik, Badavut mevkii açıklarında batan bir botu aradı.")
    assert entities["Badavut"].type == "LOC"


def test_a_country_opening_a_chain_of_offices_set_off_by_a_comma_is_the_holders(link):
    entities = link("Ermenistan Özel Temsilcisi, Ulusal Meclis Başkan Yardımcısı Aram Sarkisyan açıklama yaptı.")
    assert (entities["Aram Sarkisyan"].country, entities["Aram Sarkisyan"].role) == ("ARM", "Deputy Speaker of the National Assembly")


def test_a_disease_before_the_word_for_its_outbreak_names_no_one(link):
    entities = link("Uganda'da yayılan Ebola salgını nedeniyle ABD Hastalık Kontrol ve Önleme Merkezleri (CDC) bölgeye ekip gönderdi.")
    assert "Ebola" not in entities and entities["Uganda"].type == "LOC"
    assert entities["CDC"].country == "USA"


def test_a_name_before_a_camp_of_displaced_people_is_a_place(link):
    entities = link("HDK, El-Faşir yakınlarındaki Ebu Naga yerinden edilmiş kişiler kampına saldırdı.")
    assert entities["Ebu Naga"].type == "LOC"


def test_a_special_envoy_named_by_the_bare_title(link):
    person = link("Başbakan, Delhi'de kabul ettiği Özel Temsilci Carl Wendt ile görüştü.")["Carl Wendt"]
    assert person.role == "Special Envoy"


def test_a_short_form_the_article_spells_out_is_its_body_not_the_one_the_tables_know(link):
    entities = link("Avrupa Parlamentosu (AP) raporu kabul etti. Açıklamada, AP'nin tutumu eleştirildi.")
    assert {name for name, entity in entities.items() if entity.type == "ORG"} == {"Avrupa Parlamentosu"}
    assert entities["Avrupa Parlamentosu"].key == "org:european-parliament"


def test_a_spokesperson_of_a_countrys_government_is_of_that_country(link):
    assert link("Irak hükümeti Sözcüsü Salim Cabbar açıklama yaptı.")["Salim Cabbar"].country == "IRQ"


# a state's or region's bracketed short form between it and the title: the office is the place's; a place of no
# country of its own (the TRNC) keeps its office from the home country's default
@pytest.mark.parametrize("text, holder, country", [
    ("Birleşik Arap Emirlikleri (BAE) Dışişleri Bakanı Carl Wendt açıklama yaptı.", "Carl Wendt", "ARE"),
    ("Sırp Cumhuriyeti (RS) Başkanı Cem Ufuk Toprak açıklama yaptı.", "Cem Ufuk Toprak", "BIH"),
    ("Kuzey Kıbrıs Türk Cumhuriyeti (KKTC) Cumhurbaşkanı Cem Ufuk Toprak açıklama yaptı.", "Cem Ufuk Toprak", None),
])
def test_the_office_after_a_places_bracketed_short_form_is_that_places(link, text, holder, country):
    assert link(text)[holder].country == country


def test_pakistans_military_media_wing_and_a_kyrgyz_region_are_in_the_tables(link):
    entities = link("Pakistan Ordusu Medya Birimi (ISPR), Batken bölgesinde çatışma çıktığını açıkladı.")
    assert (entities["Pakistan Ordusu Medya Birimi"].key, entities["Batken"].country) == ("org:ispr", "KGZ")
