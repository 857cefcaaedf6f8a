"""Groups with no name (the police, suspects, protesters) on sentences written for these tests."""
from datetime import date

import pytest

from gundem.analysis.entities import EntityRecognizer
from gundem.analysis.groups import find_groups
from gundem.analysis.linking import link_article
from gundem.model import Article


@pytest.fixture(scope="module")
def groups(resources_tr):
    """``text -> [(mention text, English label, country)]`` of the groups found."""
    recognizer = EntityRecognizer(resources_tr)

    def run(text):
        article = Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr")
        mentions, entities = link_article(text, recognizer(article), resources_tr, article.dct)
        mentions, entities = find_groups(text, mentions, entities, resources_tr)
        return [(m.text, entities[m.cluster].english_name, entities[m.cluster].country) for m in mentions if m.type == "GROUP"]

    return run


def test_the_police_and_the_suspects_they_detained(groups):
    # the case ending stays outside the mention, to be read as a name's is
    assert groups("Polis, Konya'da 12 şüpheliyi gözaltına aldı.") == [("Polis", "police", "TUR"), ("şüpheli", "suspects", "TUR")]


@pytest.mark.parametrize("text", [
    "Şüpheli paket incelendi.",  # in the singular, with no number, a word like any other
    "Bölgede sivil savunma tatbikatı yapıldı.",
    "İsrail polisi açıklama yaptı.",  # after a name, the name's: the state acts through it
    "Bakan, gazetecilere yaptığı açıklamada kararı savundu.",  # spoken to, no actor
    "Askeri tatbikat başladı.",  # the adjective of soldiers
    "Gazeteci 4 aydır tutuklu bulunuyor.",  # a span of time counts no group
])
def test_no_group(groups, text):
    assert groups(text) == []


def test_a_nationality_gives_the_country(groups):
    assert groups("Filistinli göstericiler ile ABD'li askerler karşılaştı.") == [
        ("göstericiler", "protesters", "PSE"), ("askerler", "soldiers", "USA")]


def test_the_place_the_sentence_is_set_in_gives_the_country(groups):
    text = "Türkiye, Gürcistan'daki olayları kınadı. Tiflis'te polis göstericilere biber gazıyla müdahale etti."
    assert groups(text) == [("polis", "police", "GEO"), ("göstericiler", "protesters", "GEO")]


def test_a_place_set_in_the_locative_by_a_word_for_a_town_gives_the_country(groups):
    text = "ABD, Sudan'daki çatışmaları kınadı. Darfur'daki El-Faşir kentinde saldırıda 12 sivil öldü."
    assert groups(text) == [("sivil", "civilians", "SDN")]


def test_a_story_told_of_two_countries_does_not_say_whose_people_they_were(groups):
    assert groups("İsrail'in Lübnan'a saldırılarında 9 kişi öldü.") == [("kişi", "people", None)]


def test_a_compound_at_the_head_of_its_clause_keeps_its_possessive(groups):
    # "işçileri" is the compound's possessive (the subject), not the accusative
    assert groups("Metal işçileri Bursa'da greve çıktı.") == [("işçileri", "workers", "TUR")]
    assert groups("Sendika, Bursa'da işçileri greve çağırdı.") == [("işçiler", "workers", "TUR")]
    assert groups("Ekvador'da mahkumlar, 2 gardiyanı rehin aldı.")[-1] == ("gardiyan", "prison guards", "ECU")  # a number qualifies nothing
    # a group's word of two that ends in the compound's own possessive, however deep in its clause
    assert groups("Almanya'da Rus bağlantılı bir bilgisayar korsanı grubu saldırıyı üstlendi.")[0][:2] == ("bilgisayar korsanı", "hackers")


def test_a_countrys_people_by_the_plural_of_its_adjective(groups):
    assert groups("Refah'ta bekleyen Filistinlilere ateş açıldı. ABD'liler ve Ruslar da bölgede.") == [
        ("Filistinliler", "nationals", "PSE"), ("ABD'liler", "nationals", "USA"), ("Ruslar", "nationals", "RUS")]
    # counted in the singular with a case ending; without one it is an adjective
    assert groups("Askerler Cenin'de 3 Filistinliyi yaraladı.")[-1] == ("Filistinli", "nationals", "PSE")


def test_a_group_the_text_gives_one_nationality_has_it_wherever_it_is_named(groups):
    # the headline's hostages are the Israeli hostages of the text, not Gaza's for being held there
    text = "Gazze'de 3 rehine serbest bırakıldı\nHamas, 3 İsrailli rehineyi Kızılhaç'a teslim etti."
    assert groups(text) == [("rehine", "hostages", "ISR"), ("rehine", "hostages", "ISR")]


def test_armies_and_armed_groups(groups):
    assert [label for _, label, _ in groups("Şan eyaletinde ordu ile silahlı gruplar arasında çatışma çıktı.")] == ["army", "armed groups"]


def test_gangs_and_the_army_opening_a_sentence(groups):
    assert [label for _, label, _ in groups("Silahlı çetelerin düzenlediği saldırılarda 25 kişi öldü. Ordu, bölgede operasyon başlattı.")] == [
        "gangs", "people", "army"]


def test_a_qualified_number_counts_a_group(groups):
    assert [label for _, label, _ in groups("300'den fazla kişi Konya'da gözaltına alındı.")] == ["people"]


def test_citizens_and_residents(groups):
    assert [label for _, label, _ in groups("Vatandaşlar ve mahalle sakinleri, Konya'da tesisi protesto etti. Hava sakin geçti.")] == [
        "citizens", "residents"]


def test_fans_and_firefighters(groups):
    assert [label for _, label, _ in groups("25 taraftar Konya'da gözaltına alındı. Yangına itfaiye ekipleri müdahale etti. İtfaiye aracı devrildi.")] == [
        "fans", "firefighters"]


def test_a_compounds_possessive_before_its_case_stays_in_the_mention(groups):
    # "askerlerini": the soldiers' possessive, then the accusative read as a name's case
    assert groups("Ukrayna ordusu, Rus askerlerini geri püskürttü.") == [("askerleri", "soldiers", "RUS")]


def test_an_army_named_with_its_possessive(groups):
    # "ordusu", "ordusunun": the possessive after a vowel carries an "s"; the genitive stays outside
    assert groups("Rus ordusu Harkiv'e saldırdı. Sudan'da Rus ordusunun tatbikatı sürdü.") == [
        ("ordusu", "army", "RUS"), ("ordusu", "army", "RUS")]


def test_defendants_and_smugglers(groups):
    # "göçmen kaçakçısı": the smugglers, not the migrants; the court is a body of its own
    assert [label for _, label, _ in groups("Mahkeme 4 sanığa ceza verdi. Jandarma 3 göçmen kaçakçısını ve 2 organizatörü yakaladı.")] == [
        "court", "defendants", "gendarmerie", "smugglers", "organisers"]


def test_a_court_acts_but_not_in_the_dative_nor_as_the_first_word_of_its_ruling(groups):
    assert [label for _, label, _ in groups("Mahkeme, tahliye talebini reddetti. Sanık mahkemeye sevk edildi. Mahkeme kararıyla serbest kaldı.")] == [
        "court"]


def test_the_coast_guard(groups):
    # the migrants rescued off Bodrum are not Türkiye's people: only a nationality named with them gives one
    assert groups("Bodrum açıklarında sahil güvenlik ekipleri 40 göçmeni kurtardı.") == [
        ("sahil güvenlik", "coast guard", "TUR"), ("göçmen", "migrants", None)]
    assert groups("Bodrum açıklarında 40 Afgan göçmen kurtarıldı.")[-1] == ("göçmen", "migrants", "AFG")


def test_a_group_the_scene_gives_one_country_has_it_wherever_it_is_named(groups):
    assert groups("Nijer'de askeri yönetim büyükelçiyi sınır dışı etti. Bakanlık, askeri yönetimi eleştirdi.") == [
        ("askeri yönetim", "military government", "NER"), ("askeri yönetim", "military government", "NER")]


def test_a_countrys_name_no_mention_took_gives_the_group_its_country(groups):
    assert groups("Güney Çin Denizi'nde Çin Sahil Güvenlik gemileri tekneye su sıktı.")[0] == ("Sahil Güvenlik", "coast guard", "CHN")


def test_the_police_of_a_story_datelined_abroad_are_of_that_country(groups):
    text = ("BERLİN (AA) - Almanya'da bir binaya saldırı düzenlendi. Türkiye, saldırıyı kınadı. "
            "Polis, olayla ilgili 2 kişiyi gözaltına aldı.")
    assert ("Polis", "police", "DEU") in groups(text)


def test_a_group_word_opening_a_title_names_no_group_but_its_members_do(groups):
    assert groups("Zirvede 32 ülkenin devlet ve hükümet başkanları bir araya geldi.") == []
    assert groups("Polisin operasyonunda 12 çete üyesi yakalandı.")[-1][1] == "gangs"


def test_a_prosecutor_named_alone_acts_but_a_prosecutors_title_before_a_name_is_no_group(groups):
    assert [label for _, label, _ in groups("Savcı, sanıkların tutuklanmasını talep etti.")] == ["prosecutors", "defendants"]
    assert groups("Cumhuriyet Savcısı Ahmet Yılmaz soruşturma başlattı. Savcı Ayşe Demir iddianame hazırladı.") == []


@pytest.mark.parametrize("text, expected", [
    # a group named by its trade, owned by a name in the genitive: that name's country
    ("Alman havayolu şirketi Lufthansa'nın pilotları greve başladı.", [("pilotlar", "pilots", "DEU")]),
    ("Gazze'de İsrail'in askerleri ateş açtı.", [("askerler", "soldiers", "ISR")]),
    ("Bakan, ailelere aşı çağrısında bulundu.", [("aileler", "families", None)]),
    ("Hamas, uluslararası topluma çağrıda bulundu.", [("uluslararası toplum", "international community", None)]),
])
def test_trades_families_and_the_international_community(groups, text, expected):
    assert groups(text) == expected


def test_a_counted_noun_or_a_plural_before_a_groups_word_is_no_compound(groups):
    # the group's word is in the accusative, no compound's possessive: the mention stops before the ending
    assert groups("194 milletvekili hükümeti destekledi.") == [("hükümet", "government", None)]
    assert groups("Göstericiler hükümeti protesto etti.") == [("Göstericiler", "protesters", None), ("hükümet", "government", None)]


@pytest.mark.parametrize("text, expected", [
    # counted past the body's adjective of belonging, and the body's people, not the scene's
    ("Irak'ın kuzeyindeki bölgede 4 PKK'lı terörist etkisiz hale getirildi.", [("terörist", "militants", None)]),
    ("Suriye'de DEAŞ'lı 3 terörist yakalandı.", [("terörist", "militants", None)]),
    ("Suriye'de 3 terörist yakalandı.", [("terörist", "militants", "SYR")]),  # no body: the scene's
])
def test_a_group_after_a_bodys_adjective_of_belonging(groups, text, expected):
    assert groups(text) == expected


def test_a_home_body_is_not_the_one_foreign_place_named_on_its_agenda(groups):
    # a Turkish president in the story: Syria is not the one country named
    text = ("Kabine, yarın Cumhurbaşkanı Recep Tayyip Erdoğan başkanlığında toplanacak. "
            "Toplantıda Suriye'deki son gelişmelerin ele alınması bekleniyor.")
    assert groups(text) == [("Kabine", "cabinet", None)]



def test_a_countrys_people_counted_before_its_name(groups):
    # "İsrail polisi" uncounted is the state acting; "42 Afganistan vatandaşı" are Afghans
    assert groups("Almanya, 42 Afganistan vatandaşını sınır dışı etti.") == [("vatandaşı", "citizens", "AFG")]


def test_a_time_stamped_on_the_line_before_counts_no_one(groups):
    # "Hong Kong polisi": the state acting through its police, not a group counted by "08:00"
    assert groups("23.04.2026 08:00\n\nHong Kong polisi 9 kişiyi gözaltına aldı.") == [("kişi", "people", "HKG")]


def test_a_countrys_new_government_is_still_its_own(groups):
    # a word of tenure between the owner and the group's word; a Turkish minister named beside it changes nothing
    text = "Dışişleri Bakanı Hakan Fidan, Suriye'nin yeni hükümeti ile görüştü."
    assert ("hükümeti", "government", "SYR") in groups(text)


def test_a_group_belonging_to_a_country_named_in_the_dative(groups):
    assert groups("Japonya'da Çin'e ait 4 sahil güvenlik gemisi görüldü.") == [("sahil güvenlik", "coast guard", "CHN")]


@pytest.mark.parametrize("text, expected", [
    # a force's elements are a group only with the country they belong to named before them
    ("Yunan unsurlarınca geri itilen göçmenler kurtarıldı.", [("unsurları", "security forces", "GRC"), ("göçmenler", "migrants", None)]),
    ("Yunanistan Sahil Güvenlik unsurlarınca geri itilen göçmenler kurtarıldı.",
     [("Sahil Güvenlik", "coast guard", "GRC"), ("göçmenler", "migrants", None)]),  # the coast guard's elements are the coast guard
    ("Ordu, kara, deniz ve hava unsurlarının katıldığı tatbikat başlattı.", [("Ordu", "army", None)]),  # air units, no group
])
def test_a_forces_elements_are_a_group_only_with_their_owner_named(groups, text, expected):
    assert groups(text) == expected


def test_a_group_word_after_a_body_it_closes_is_named_is_that_body(resources_tr):
    text = "Ankara 5. Ağır Ceza Mahkemesinde dava görüldü. Mahkeme heyeti, tutukluluk halinin devamına karar verdi."
    article = Article(doc="t", text=text, dct=date(2026, 3, 1), lang="tr")
    mentions, entities = link_article(text, EntityRecognizer(resources_tr)(article), resources_tr, article.dct)
    mentions, entities = find_groups(text, mentions, entities, resources_tr)
    court = next(m for m in mentions if m.text == "Mahkeme heyeti")
    assert entities[court.cluster].names == ["Ankara 5. Ağır Ceza Mahkemesi"]


def test_an_english_group_is_of_the_country_its_sentence_sets_the_scene_in_not_the_datelines(resources_en):
    from gundem.analysis.stages import build_recognizer

    text = "CAIRO (Reuters) - A strike in Khan Younis in southern Gaza killed five Palestinians, including two children, on Friday."
    article = Article(doc="t", text=text, dct=date(2026, 3, 1), lang="en")
    mentions, entities = link_article(text, build_recognizer(resources_en)(article), resources_en, article.dct)
    mentions, entities = find_groups(text, mentions, entities, resources_en)
    assert {m.text: entities[m.cluster].country for m in mentions if m.type == "GROUP"}["children"] == "PSE"



def test_a_plural_group_word_closing_a_body_named_before_is_the_group_at_large(groups):
    found = groups("Sınır Tanımayan Gazeteciler, Ankara'da gazetecilerin gözaltına alınmasını kınadı.")
    assert found == [("gazeteciler", "journalists", "TUR")]


def test_the_international_community_is_no_countrys(groups):
    assert groups("Sudan'da Bakanlık, uluslararası toplumu harekete geçmeye çağırdı.") == [("uluslararası toplum", "international community", None)]


@pytest.mark.parametrize("text, expected", [
    # after a compound that qualifies it whole, or set off as its clause's subject deep in it
    ("İzmir'de belediye otobüsü şoförleri iş bıraktı.", [("şoförleri", "drivers", "TUR")]),
    ("İzmir'de belediyeye bağlı otobüs şoförleri, ikramiyeleri ödenmediği için iş bıraktı.", [("şoförleri", "drivers", "TUR")]),
    # still the accusative after a subject and a time
    ("Polis dün akşam şüphelileri gözaltına aldı.", [("Polis", "police", None), ("şüpheliler", "suspects", None)]),
])
def test_drivers_and_a_compound_possessive_deeper_in_the_clause(groups, text, expected):
    assert groups(text) == expected


def test_civil_servants_pensioners_and_rights_groups(groups):
    found = groups("Memurlar ve emekliler zam talebiyle yürüdü. İnsan hakları örgütleri yasayı eleştirdi.")
    assert [label for _, label, _ in found] == ["civil servants", "pensioners", "rights groups"]


def test_a_word_set_off_by_a_comma_before_a_group_gives_it_no_nationality(groups):
    assert groups("Yüksek Komiser Volker Türk, yetkilileri itidale çağırdı.") == [("yetkililer", "officials", None)]


@pytest.mark.parametrize("text, country", [
    ("Saldırıda iki Cezayirli kamyon şoförü öldü.", "DZA"),
    ("Kolombiyalı uyuşturucu kaçakçıları yakalandı.", "COL"),
    # before another group's word the adjective is that group's
    ("Suriyeli göçmen kaçakçıları yakalandı.", None),
])
def test_a_nationality_before_the_noun_of_the_groups_compound(groups, text, country):
    assert groups(text)[-1][2] == country


def test_young_people_counted_or_in_the_plural_and_a_young_woman_is_no_group(groups):
    assert groups("Katmandu'da binlerce genç meclis binasını ateşe verdi.")[-1][1] == "youths"
    assert groups("Genç kadın hastaneye kaldırıldı.") == []


def test_the_army_named_bare_in_what_a_states_ministry_tells_is_that_states(groups):
    # the foreign warplanes seen nearer the army do not make it theirs
    text = "Tayvan Savunma Bakanlığı, adanın çevresinde 71 Çin savaş uçağı tespit ettiğini, ordunun yüksek alarma geçtiğini duyurdu."
    assert ("ordu", "army", "TWN") in groups(text)


@pytest.mark.parametrize("text, expected", [
    # a country's name before a word of citizenship gives the group's country, a number or adjectives between
    ("Jandarma, Suriye uyruklu 56 düzensiz göçmeni yakaladı.", ("göçmen", "migrants", "SYR")),
    ("Jandarma, 56 Suriye uyruklu düzensiz göçmeni yakaladı.", ("göçmen", "migrants", "SYR")),
    # a list of countries before it gives none
    ("Kurtarılanlar arasında Afganistan, Suriye ve Eritre uyruklu 12 göçmen bulunuyor.", ("göçmen", "migrants", None)),
])
def test_a_countrys_citizens_named_by_a_word_of_citizenship(groups, text, expected):
    assert expected in groups(text)
