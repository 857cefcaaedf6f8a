"""PLOVER events on Turkish sentences written for these tests (no seed text, no seed names)."""
from datetime import datetime

import pytest

from gundem.core import Analyser
from gundem.model import Article

WEDNESDAY = datetime(2026, 3, 11, 10, 0)


@pytest.fixture(scope="module")
def events():
    analyser = Analyser(use_model=False)

    def run(text):
        article = Article(doc="t", text=text, dct=WEDNESDAY.date(), published=WEDNESDAY, lang="tr")
        document = analyser.annotate_one(article)
        names = {id_: entity["name"] for id_, entity in document["entities"].items()}
        return [
            {
                "type": e["type"], "status": e["status"], "date": e["date"],
                "location": names.get(e["location"]),
                "roles": {role: sorted(names[i] for i in ids) for role, ids in e["participants"].items() if role != "persons"},
                "countries": sorted({c for cs in e["countries"].values() for c in cs}),
                "evidence": [item["text"] for item in e["evidence"]],
                "counts": [(count["kind"], count["value"]) for count in e.get("counts", [])],
            }
            for e in document["events"]
        ]

    return run


def one(found):
    assert len(found) == 1, found
    return found[0]


def with_persons(text):
    """``text``'s document and its events as (type, status, every role by name, "persons" too)."""
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=WEDNESDAY.date(), published=WEDNESDAY, lang="tr"))
    names = {id_: entity["name"] for id_, entity in document["entities"].items()}
    return document, [(e["type"], e["status"], {role: sorted(names[i] for i in ids) for role, ids in e["participants"].items()})
                      for e in document["events"]]


@pytest.mark.parametrize("text, kind, status", [
    ("Almanya ile Fransa arasında Berlin'de yapılan görüşmeler dün sona erdi.", "CONSULT", "occurred"),
    ("Yunanistan ve Türkiye heyetleri Atina'da bir araya geldi.", "CONSULT", "occurred"),
    ("Mısır ile Ürdün arasındaki görüşmenin gelecek hafta Kahire'de yapılması planlanıyor.", "CONSULT", "planned"),
    ("Rusya ile Ukrayna arasındaki müzakerelerin yarın İstanbul'da başlaması bekleniyor.", "CONSULT", "expected"),
    ("Japonya ile Çin arasında planlanan toplantı yapılmadı.", "CONSULT", "negated"),
    ("Sırbistan ile Kosova, Brüksel'de anlaşmaya vardı.", "AGREE", "occurred"),
    ("Polonya, Ukrayna'nın girişimini destekledi.", "SUPPORT", "occurred"),
    # a negated future inside a reported clause ("desteklemeyeceğini") is negated, as is a plain one
    ("Sendika Başkanı Ali Kaya, bütçe taslağını desteklemeyeceğini açıkladı.", "SUPPORT", "negated"),
    ("Fransa, planı desteklemedi.", "SUPPORT", "negated"),
    ("Almanya, plana destek verdi.", "SUPPORT", "occurred"),
    ("İsrail'in Lübnan'a yönelik saldırıları sürüyor.", "ASSAULT", "occurred"),
    ("Rusya, Belarus sınırına askeri yığınak yaptı.", "MOBILIZE", "occurred"),
    ("Kuzey Kore, Güney Kore'yi tehdit etti.", "THREATEN", "occurred"),
    ("Avrupa Birliği, Rusya'ya yeni yaptırımlar uyguladı.", "SANCTION", "occurred"),
    ("Venezuela, ABD'yi darbe girişimiyle suçladı.", "ACCUSE", "occurred"),
    ("Hamas, saldırıları sert bir dille kınadı.", "ACCUSE", "occurred"),
    ("Hamas, Mısır'ın önerisini reddetti.", "REJECT", "occurred"),
    ("Fransa, İran'dan nükleer faaliyetlerini durdurmasını talep etti.", "DEMAND", "occurred"),
    ("Birleşmiş Milletler, taraflara ateşkes çağrısında bulundu.", "REQUEST", "occurred"),
    ("Türkiye, Suriye'ye insani yardım gönderdi.", "AID", "occurred"),
    ("İran, tutuklu iki Fransız vatandaşını serbest bıraktı.", "RETREAT", "occurred"),
    ("Rusya, Herson'dan askerlerini geri çekti.", "RETREAT", "occurred"),
    ("Gürcistan'da binlerce kişi hükümeti protesto etti.", "PROTEST", "occurred"),
    ("Metal işçileri Bursa'da iş bıraktı.", "PROTEST", "occurred"),
    ("Sendika üyeleri Ankara'da yürüyüş düzenledi.", "PROTEST", "occurred"),
    ("Emekliler yarın İzmir'de eylem yapacak.", "PROTEST", "planned"),
    ("Gürcistan ile Ermenistan, sınır metni üzerinde uzlaştı.", "AGREE", "occurred"),
    ("Gürcistan ile Ermenistan anlaşamadı.", "AGREE", "negated"),
    ("Polis, Tiflis'te gazetecileri gözaltına aldı.", "COERCE", "occurred"),
    ("Rusya'nın Ukrayna'ya saldırı düzenlediği iddia edildi.", "ASSAULT", "reported"),
    ("İddiaya göre Sudan ordusu, Darfur'a yeni birlikler konuşlandırdı.", "MOBILIZE", "reported"),
    # not accepting is rejecting: the negation is the act, not its denial; not rejecting is denied
    ("Ali Demir, suçlamaları kabul etmediğini söyledi.", "REJECT", "occurred"),
    ("İran, teklifi kabul etmeyecek.", "REJECT", "planned"),
    ("İran, teklifi reddetmedi.", "REJECT", "negated"),
    # a converb takes the tense of the sentence's last verb
    ("Katar ve Mısır, ateşkes çağrısında bulunarak müzakerelerin yeniden başlamasını önerdi.", "REQUEST", "occurred"),
    ("İsrail, Gazze'ye saldırarak 20 kişiyi öldürdü.", "ASSAULT", "occurred"),
    # a strike named by its noun, with the verb after the noun's possessive ending
    ("Maden İşçileri Sendikası yarın Soma'da iş bırakma eylemi yapacağını duyurdu.", "PROTEST", "planned"),
    ("CHP, seçimi boykot etti.", "PROTEST", "occurred"),
    # no plan, a plan not made, a report or claim denied: the act is negated
    ("Türkiye'nin bölgeye asker gönderme gibi bir planı bulunmamaktadır.", "MOBILIZE", "negated"),
    ("Yunanistan, adalara asker göndermeyi planlamadığını açıkladı.", "MOBILIZE", "negated"),
    ("Bakanlık, Mısır'ın Sina'ya asker konuşlandıracağı yönündeki haberlerin gerçeği yansıtmadığını açıkladı.", "MOBILIZE", "negated"),
    ("Bakanlık, Suriye'ye asker gönderileceği iddialarını yalanladı.", "MOBILIZE", "negated"),
    # a visit called off will not happen; one put off is still to come
    ("Şansölye Karl Weber, Ankara ziyaretini iptal etti.", "CONSULT", "negated"),
])
def test_every_type_with_its_status(events, text, kind, status):
    event = one(events(text))
    assert (event["type"], event["status"]) == (kind, status)


def test_condemning_in_a_converb_is_an_accusation_with_the_subject_as_source(events):
    found = events("Afrika Birliği, darbe girişimini kınayarak anayasal düzene dönülmesi çağrısında bulundu.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [
        ("ACCUSE", "occurred", {"source": ["African Union"]}), ("REQUEST", "occurred", {"source": ["African Union"]})]


def test_an_act_of_terror_is_no_protest(events):
    assert events("Örgüt, Ankara'da terör eylemi yaptı.") == []


def test_parties_place_and_date_of_talks(events):
    event = one(events("Almanya ile Fransa arasında Berlin'de yapılan görüşmeler dün sona erdi."))
    assert event["roles"]["parties"] == ["France", "Germany"]
    assert (event["location"], event["date"]) == ("Berlin", "2026-03-10")


def test_a_weekday_before_a_planned_meeting_is_the_coming_one(events):
    event = one(events("Mısır ile Ürdün arasındaki görüşmenin pazartesi günü Kahire'de yapılması planlanıyor."))
    assert (event["status"], event["date"], event["location"]) == ("planned", "2026-03-16", "Cairo")


def test_source_and_target_from_genitive_and_dative(events):
    event = one(events("İsrail'in Lübnan'a yönelik saldırıları sürüyor."))
    assert event["roles"] == {"source": ["Israel"], "target": ["Lebanon"]}
    assert event["location"] == "Lebanon"  # a strike on a country takes place there


def test_coordinated_sources_share_the_case_of_the_last(events):
    event = one(events("Geçen yıl Rusya ve Belarus'un Ukrayna'ya saldırıları yoğunlaştı."))
    assert event["roles"]["source"] == ["Belarus", "Russia"] and event["roles"]["target"] == ["Ukraine"]


def test_a_group_closing_a_compound_after_a_name_and_ve_is_a_second_subject_not_an_object(events):
    # "maden" ends like a participle ("soyan") but is a noun: no relative clause hides the subject
    event = one(events("Türk Mühendisleri Birliği (TMB) ve maden sendikaları, ücretleri protesto etmek amacıyla iş bıraktı."))
    assert event["type"] == "PROTEST" and event["roles"] == {"source": ["Türk Mühendisleri Birliği", "trade unions"]}
    talks = one(events("Hükümet ve işçi sendikaları, asgari ücreti görüştü."))
    assert talks["type"] == "CONSULT" and talks["roles"] == {"parties": ["government", "trade unions"]}


def test_the_name_opening_the_clause_after_a_while_clause_is_the_main_clauses_subject(events):
    event = one(events("Başbakan Ali Kaya, kararın doğru olduğunu savunurken, muhalefet partileri Ankara'da protesto gösterisi düzenledi."))
    assert event["type"] == "PROTEST" and event["roles"] == {"source": ["opposition"]} and event["location"] == "Ankara"


def test_mediator_from_the_participle_and_from_hosting(events):
    found = events("Taraflar arasında arabuluculuk yapan Katar, Hamas ile İsrail arasındaki müzakerelere Doha'da ev sahipliği yaptı.")
    event = one(found)
    assert event["roles"]["mediator"] == ["Qatar"] and event["roles"]["parties"] == ["Hamas", "Israel"]
    assert event["location"] == "Doha"


def test_an_agreement_signed_a_few_words_after_its_noun(events):
    event = one(events("Gürcistan ile Ermenistan arasında serbest ticaret anlaşması dün Tiflis'te imzalandı."))
    assert (event["type"], event["status"], event["date"], event["location"]) == ("AGREE", "occurred", "2026-03-10", "Tbilisi")
    assert event["roles"] == {"parties": ["Armenia", "Georgia"]}


def test_a_noun_in_the_genitive_is_not_the_act_of_the_sentences_subject(events):
    # "the exercise's raising tension": Greece's ministry speaks of the exercise, it holds none
    found = events("Yunanistan Dışişleri Bakanlığı ise tatbikatın gerilimi artırabileceğini öne sürdü.")
    assert all("Yunanistan Dışişleri Bakanlığı" not in names for e in found for names in e["roles"].values())
    # the exercise's own holder, in the genitive before it, is its source
    event = one(events("Yunanistan Dışişleri Bakanlığı ise Rusya'nın tatbikatının gerilimi artırabileceğini öne sürdü."))
    assert (event["type"], event["roles"]) == ("MOBILIZE", {"source": ["Russia"]})


def test_last_years_instance_of_an_act_is_not_the_one_told(events):
    found = events("Rusya, Baltık Denizi'nde tatbikat başlattı. Geçen yılki tatbikat nisan ayında yapılmıştı.")
    assert [(e["type"], e["date"], e["roles"]) for e in found] == [("MOBILIZE", None, {"source": ["Russia"]})]


def test_a_prisoner_swap_is_a_release_by_both_sides(events):
    event = one(events("Katar'ın arabuluculuğunda Ermenistan ile Azerbaycan arasında esir takası bugün Doha'da gerçekleştirildi."))
    assert (event["type"], event["status"], event["location"]) == ("RETREAT", "occurred", "Doha")
    # the names after the mediator's word are the parties, not more mediators
    assert event["roles"] == {"mediator": ["Qatar"], "parties": ["Armenia", "Azerbaijan"]}


@pytest.mark.parametrize("text, expected", [
    # caught by the police or in an operation: an arrest
    ("Firari hükümlü Ali Vural, polis tarafından İzmir'de yakalandı.", [("COERCE", {"source": ["police"], "target": ["Ali Vural"]})]),
    # caught by an illness or a speed camera: no one coerced
    ("Bakan Ali Vural koronavirüse yakalandı.", []),
    ("Milletvekili Ali Vural radara yakalandı.", []),
])
def test_caught_is_an_arrest_only_where_the_sentence_tells_of_one(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


def test_the_place_of_what_the_subject_did_is_not_where_it_was_caught(events):
    event = one(events("Kadıköy'de bir kuyumcuyu soyan şüpheli Ali Vural, Gebze'de yakalandı."))
    assert (event["type"], event["location"], event["roles"]) == ("COERCE", "Gebze", {"target": ["Ali Vural"]})
    # the occasion's own participle keeps its place
    event = one(events("Ankara'da düzenlenen operasyonda, firari hükümlü Ali Vural gözaltına alındı."))
    assert event["location"] == "Ankara"


def test_sender_of_a_relayed_message_is_on_whose_behalf(events):
    event = one(events("Norveç, Kolombiya hükümetinin mesajını gerillalara iletti."))
    assert (event["type"], event["status"]) == ("CONSULT", "occurred")
    assert event["roles"] == {"source": ["Norway"], "on_behalf_of": ["Colombia"]}


def test_a_conditional_threat_in_a_quote(events):
    text = ('Başbakan Erik Lund, "Eğer sınırdaki birliklerinizi çekmezseniz, bunun bedelini ağır ödeyeceksiniz." dedi. '
            "Lund'un sözleri Rusya'ya yönelikti.")
    threats = [e for e in events(text) if e["type"] == "THREATEN"]
    assert len(threats) == 1 and threats[0]["status"] == "conditional"


@pytest.mark.parametrize("text, roles", [
    # a condition told by a verbal noun and "halinde" or "durumunda", sanctions or retaliation after it
    ("Bakan John Smith, İran'ın zenginleştirmeyi durdurmaması halinde yeni yaptırımların gündeme geleceğini söyledi.",
     {"source": ["John Smith"], "target": ["Iran"]}),
    ("Rusya, Ukrayna'ya silah verilmesi durumunda karşılık vereceğini açıkladı.", {"source": ["Russia"], "target": ["Ukraine"]}),
])
def test_a_conditional_threat_told_by_a_verbal_noun(events, text, roles):
    threat = one([e for e in events(text) if e["type"] == "THREATEN"])
    assert (threat["status"], threat["roles"]) == ("conditional", roles)


@pytest.mark.parametrize("text", [
    "Başbakan Keiko Mori, 2 Mart'ta yaptığı konuşmada, Tayvan'a yönelik olası bir Çin saldırısının Japonya için tehdit sayılabileceğini söyledi.",
    "Sözcü Ali Demir, İran'a muhtemel bir saldırının ağır sonuçlar doğuracağını söyledi.",
])
def test_an_act_told_as_possible_is_conditional_and_takes_no_day_of_the_telling(events, text):
    attack = one([e for e in events(text) if e["type"] == "ASSAULT"])
    assert (attack["status"], attack["date"]) == ("conditional", None)


def test_summoning_an_envoy_to_the_ministry_is_an_official_complaint(events):
    event = one(events("Dışişleri Bakanlığı, Hollanda'nın Ankara Büyükelçisi Jan Smit'i bakanlığa çağırdı."))
    # the country in the genitive before the envoy's title is the envoy's, not the complainant's
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Ministry of Foreign Affairs of Türkiye"], "target": ["Jan Smit"]})


@pytest.mark.parametrize("text, roles", [
    # a list inside the sentence shares the case of its last member, commas and all
    ("Gazze'de ateşkes için Mısır, Katar ve ABD'nin arabuluculuğunda yürütülen görüşmeler bugün Kahire'de başladı.",
     {"mediator": ["Egypt", "Qatar", "United States"]}),
    ("İsrail'in Lübnan, Suriye ve İran'a saldırıları sürüyor.", {"source": ["Israel"], "target": ["Iran", "Lebanon", "Syria"]}),
    # at the start of the sentence the first name, set off by its comma, is the subject
    ("Rusya, Ukrayna ve Belarus'a saldırdı.", {"source": ["Russia"], "target": ["Belarus", "Ukraine"]}),
])
def test_lists_of_names_with_commas(events, text, roles):
    event = one(events(text))
    assert {role: sorted(names) for role, names in event["roles"].items()} == roles


def test_the_last_time_two_leaders_met_is_another_meeting(events):
    text = ("Dışişleri Bakanı Ali Kaya, Yunanistan Dışişleri Bakanı Nikos Dendias ile telefonda görüştü. "
            "İki bakan en son 3 Eylül'de Atina'da görüşmüştü.")
    assert [(e["type"], e["date"], e["location"]) for e in events(text)] == [("CONSULT", None, None), ("CONSULT", "2025-09-03", "Athens")]


def test_an_operation_run_from_a_city_is_placed_there(events):
    event = one(events("İzmir merkezli 4 ilde düzenlenen operasyonda 9 şüpheli gözaltına alındı."))
    assert (event["type"], event["status"], event["location"]) == ("COERCE", "occurred", "İzmir")


def test_taking_part_joins_the_nearest_event_it_fits():
    text = ("Katar'ın arabuluculuğunda yürütülen görüşmeler bugün Kahire'de başladı. Hamas heyetine Ali Vural başkanlık ediyor. "
            "Görüşmelerin önceki turu 12 Ekim'de Doha'da yapılmıştı.")
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=WEDNESDAY.date(), published=WEDNESDAY, lang="tr"))
    names = {id_: entity["name"] for id_, entity in document["entities"].items()}
    persons = {e["date"]: [names[i] for i in e["participants"].get("persons", [])] for e in document["events"] if e["type"] == "CONSULT"}
    assert persons == {"2026-03-11": ["Ali Vural"], "2025-10-12": []}


@pytest.mark.parametrize("text, roles", [
    # forces that step in against protesters, a march or boats coerce them; a country's army after the objects is the subject
    ("Polis, göstericilere müdahale etti.", {"source": ["police"], "target": ["protesters"]}),
    ("Mavi Umut Filosu'na İsrail askerleri uluslararası sularda müdahale etti.", {"source": ["Israel"], "target": ["Mavi Umut Filosu"]}),
])
def test_stepping_in_against_people_or_boats_is_coercion(events, text, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("COERCE", roles)


def test_protesters_gathered_somewhere_protest_not_the_police_stepping_in(events):
    found = events("Polis, Taksim'de toplanan göstericilere müdahale etti.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("PROTEST", {"source": ["protesters"]}), ("COERCE", {"source": ["police"], "target": ["protesters"]})]


def test_a_body_named_after_another_acts_on_its_side(events):
    found = events("Avrupa Birliği (AB), Belarus'a yönelik yeni yaptırım paketini kabul etti. "
                   "AB Konseyinden yapılan açıklamada, 28 kişinin yaptırım listesine eklendiği duyuruldu.")
    assert [(e["type"], e["roles"]["source"]) for e in found] == [("SANCTION", ["Council of the European Union", "European Union"])]


@pytest.mark.parametrize("text, kind, roles", [
    # "ve" inside the second's title joins no third name
    ("Türkiye İçişleri Bakanı Ali Kaya ile Yunanistan Göç ve İltica Bakanı Tom Berg, Atina'da düzenlenen toplantıda görüştü.",
     "CONSULT", {"parties": ["Ali Kaya", "Tom Berg"]}),
    # officials with no name ask; forces sent in are mobilised
    ("Yetkililer, 300 bin kişiye evlerini terk etmeleri çağrısında bulundu.", "REQUEST", {"source": ["officials"], "target": ["people"]}),
    ("Başbakan Ali Kaya, Öz Savunma Kuvvetlerinin bölgeye sevk edildiğini söyledi.", "MOBILIZE", {"source": ["Öz Savunma Kuvvetleri"]}),
])
def test_pairs_in_long_titles_officials_and_forces_sent(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_the_wounded_sent_to_hospital_mobilise_nothing(events):
    assert events("Yaralı askerler hastaneye sevk edildi.") == []


@pytest.mark.parametrize("text, kind, roles", [
    # the place in the title of the person a participle qualifies is no head of it
    ("Mahkeme, rüşvet almakla suçlanan eski Manavgat Belediye Başkanı Ali Kaya'ya 8 yıl hapis cezası verdi.", "ACCUSE",
     {"target": ["Ali Kaya"]}),
    # a country owning the team a participle's clause names is where the head plays, no side of the act
    ("Fenerbahçe, Brezilya'nın Flamengo takımında forma giyen forvet Pedro Santos ile sözleşme imzaladı.", "AGREE",
     {"source": ["Fenerbahçe SK"], "target": ["Pedro Santos"]}),
    # ... but the genitive subject of a verb made a noun does the act
    ("Rusya'nın Donetsk bölgesinde yaşayan sivillere saldırdığı bildirildi.", "ASSAULT", {"source": ["Russia"], "target": ["civilians"]}),
    # going somewhere to hold talks is a visit
    ("Almanya Dışişleri Bakanı Johann Wadephul, resmi temaslarda bulunmak üzere Ankara'ya geldi.", "CONSULT", {"source": ["Johann Wadephul"]}),
    # a warning that no tolerance will be shown threatens
    ("İran Yargı Erki Başkanı Ali Kaya, göstericilere karşı hiçbir müsamaha gösterilmeyeceği uyarısında bulundu.", "THREATEN",
     {"source": ["Ali Kaya"], "target": ["protesters"]}),
])
def test_heads_of_participles_visits_and_warnings(events, text, kind, roles):
    found = [e for e in events(text) if e["type"] == kind]
    assert found and all({role: e["roles"].get(role) for role in roles} == roles for e in found)


@pytest.mark.parametrize("text, kind, status, roles", [
    # food and hygiene kits sent are aid
    ("Türk Kızılay, bölgeye gıda ve hijyen kitleri gönderdi.", "AID", "occurred", {"source": ["Turkish Red Crescent"]}),
    # a defence ministry telling of facilities its side struck, the clause with no subject of its own, struck them
    ("Rusya Savunma Bakanlığı, Harkov'daki askeri tesisleri vurduklarını duyurdu.", "ASSAULT", "occurred", {"source": ["Ministry of Defence of Russia"]}),
    # talks in the locative are the occasion of the saying, whatever the tense of what was said
    ("Ali Kaya ile görüşmesinde ise Erdoğan, Türkiye'nin çabalarını sürdüreceğini ifade etti.", "CONSULT", "occurred", {}),
])
def test_aid_kits_own_strikes_and_talks_as_an_occasion(events, text, kind, status, roles):
    found = [e for e in events(text) if e["type"] == kind]
    assert [(e["status"], {role: e["roles"][role] for role in roles}) for e in found] == [(status, roles)]


@pytest.mark.parametrize("text", [
    "Bakan, terörle mücadelenin son terörist etkisiz hale getirilinceye kadar süreceğini söyledi.",
    "Heyet, akşam eve gitti.",
])
def test_the_bound_of_a_time_and_going_home_are_no_acts(events, text):
    assert events(text) == []


def test_stepping_in_against_a_fire_is_no_event(events):
    assert events("Yangına polis ve itfaiye ekipleri müdahale etti.") == []


def test_a_hoped_for_outcome_is_no_threat_and_its_condition_no_event(events):
    assert events("Bakan Ali Demir, anlaşmanın imzalanması halinde yatırımların artacağını söyledi.") == []


def test_what_must_happen_first_unless_told_by_madikca_is_no_event(events):
    # "bırakmadıkça": unless it releases them; no release told, let alone one refused
    assert events("Hükümet, Kara Kartallar Örgütü tüm rehineleri serbest bırakmadıkça ateşkesin ikinci aşamasına geçilmeyeceğini bildirdi.") == []


def test_the_condition_itself_is_not_an_event(events):
    text = 'Bakan Ali Demir, "Eğer anlaşmaya varamazsak, ikinci aşamaya geçeceğiz ve bu çok zor olacak." dedi.'
    assert [e["type"] for e in events(text)] == ["THREATEN"]


def test_one_event_told_three_times_comes_out_once(events):
    text = ("Azerbaycan ile Ermenistan arasında Bakü'de barış müzakereleri yapıldı. "
            "Müzakerelerde Azerbaycan heyetine Dışişleri Bakanı başkanlık etti. "
            "Bakü'deki görüşmeler olumlu bir havada gerçekleşti.")
    found = events(text)
    assert len(found) == 1 and found[0]["location"] == "Baku"


def test_two_rounds_at_different_dates_stay_apart(events):
    text = ("Azerbaycan ile Ermenistan arasındaki ilk tur görüşmeler 2 Mart'ta Bakü'de yapıldı. "
            "İkinci tur görüşmelerin 20 Mart'ta Erivan'da yapılması planlanıyor.")
    found = events(text)
    assert [(e["status"], e["date"], e["location"]) for e in found] == [
        ("occurred", "2026-03-02", "Baku"), ("planned", "2026-03-20", "Yerevan"),
    ]


def test_messages_passed_in_opposite_directions_are_two_events(events):
    text = ("Katar Dışişleri Bakanı, Hamas'ın mesajını İsrail'e iletti. "
            "İsrail de Katar Dışişleri Bakanı'na yanıtını aktardı.")
    found = [e for e in events(text) if e["type"] == "CONSULT"]
    assert len(found) == 2


def test_no_date_means_none_not_the_article_date(events):
    assert one(events("Polonya, Ukrayna'nın girişimini destekledi."))["date"] is None


def test_an_event_with_nobody_named_and_no_place_is_not_reported(events):
    assert events("Gelecek toplantı 17 Nisan'da yapılacak.") == []
    assert events("Gelecek toplantı 17 Nisan'da Ankara'da yapılacak.")[0]["location"] == "Ankara"


def test_a_countrys_army_as_subject_acts_for_the_country(events):
    event = one(events("Sudan ordusu, Darfur bölgesine yeni birlikler konuşlandırdı."))
    assert (event["type"], event["roles"]["source"]) == ("MOBILIZE", ["Sudan"])


def test_two_talks_between_different_people_stay_apart_and_the_subject_is_the_source(events):
    text = ("Dışişleri Bakanı Hakan Fidan, Kahire'de Mısırlı mevkidaşı Bedr Abdulati ile görüştü. "
            "Cumhurbaşkanı Recep Tayyip Erdoğan da dün Mısır Cumhurbaşkanı Abdülfettah Sisi ile telefonda görüştü.")
    found = events(text)
    assert [(e["roles"]["source"], e["roles"]["target"]) for e in found] == [
        (["Hakan Fidan"], ["Bedr Abdulati"]), (["Recep Tayyip Erdoğan"], ["Abdülfettah Sisi"])]
    assert [e["countries"] for e in found] == [["EGY", "TUR"], ["EGY", "TUR"]]
    assert [e["date"] for e in found] == [None, "2026-03-10"]


def test_a_strike_report_names_attacker_target_place_and_date(events):
    found = events("İsrail ordusu, dün gece Gazze'nin kuzeyine hava saldırıları düzenledi.")
    event = one(found)
    assert (event["type"], event["date"], event["location"]) == ("ASSAULT", "2026-03-10", "Gaza Strip")
    assert event["roles"] == {"source": ["Israel"], "target": ["Gaza Strip"]}


def test_requests_by_different_actors_stay_apart(events):
    text = ("Hamas, uluslararası topluma çağrıda bulundu. "
            "BM Genel Sekreteri Antonio Guterres, taraflara itidal çağrısı yaptı.")
    assert [e["roles"]["source"] for e in events(text)] == [["Hamas"], ["Antonio Guterres"]]


@pytest.mark.parametrize("text, status", [
    ("Türkiye ile Yunanistan, Atina'da ortak bildiri imzaladı.", "occurred"),
    ("Rusya ve Ukrayna, tahıl koridoru anlaşmasını imzalamadı.", "negated"),
    ("Gürcistan ile Ermenistan, gelecek ay Tiflis'te bir mutabakat muhtırası imzalayacak.", "planned"),
])
def test_signing_an_agreement_a_declaration_or_a_memorandum(events, text, status):
    event = one(events(text))
    assert (event["type"], event["status"]) == ("AGREE", status)
    assert len(event["roles"]["parties"] if "parties" in event["roles"] else event["roles"]["source"]) == 2


def test_a_document_signed_earlier_is_an_agreement_with_its_place_and_date(events):
    event = one(events("Bakanlar, geçen yıl Aralık ayında Atina'da imzalanan ortak bildirinin uygulanmasını değerlendirdi."))
    assert (event["type"], event["status"], event["date"], event["location"]) == ("AGREE", "occurred", "2025-12", "Athens")


def test_two_names_joined_by_ile_as_the_subject_are_parties(events):
    text = "Dışişleri Bakanı Hakan Fidan ile Yunanistan Dışişleri Bakanı Yorgos Gerapetritis, dün Ankara'da bir araya geldi."
    event = one(events(text))
    assert event["roles"] == {"parties": ["Hakan Fidan", "Yorgos Gerapetritis"]}
    assert (event["date"], event["location"], event["countries"]) == ("2026-03-10", "Ankara", ["GRC", "TUR"])


@pytest.mark.parametrize("text, parties", [
    # with no comma, two names opening the sentence are its joint subject all the same
    ("Rusya ile Japonya anlaşmaya vardı.", ["Japan", "Russia"]),
    ("Bakan Ali Kaya ile Fransa Dışişleri Bakanı Jean Barrot Paris'te görüştü.", ["Ali Kaya", "Jean Barrot"]),
])
def test_two_names_opening_the_sentence_are_parties_without_a_comma(events, text, parties):
    assert one(events(text))["roles"] == {"parties": parties}


def test_the_time_and_place_of_a_planned_meeting_are_not_those_of_the_agreement(events):
    agreement = one(events("Almanya ile Fransa, mayıs ayında Paris'te ortak bir fuar düzenleme konusunda uzlaştı."))
    assert (agreement["type"], agreement["date"], agreement["location"]) == ("AGREE", None, None)
    # a place named before the plan's own is the agreement's
    agreement = one(events("Almanya ile Fransa, Berlin'de mayıs ayında Paris'te ortak bir fuar düzenleme konusunda uzlaştı."))
    assert (agreement["date"], agreement["location"]) == (None, "Berlin")


def test_two_names_owning_a_meeting_are_its_parties(events):
    event = one(events("Dışişleri Bakanı Hakan Fidan ile Yunanistan Dışişleri Bakanı Yorgos Gerapetritis'in görüşmesi yarın Atina'da yapılacak."))
    assert event["roles"] == {"parties": ["Hakan Fidan", "Yorgos Gerapetritis"]}
    assert (event["status"], event["date"], event["location"]) == ("planned", "2026-03-12", "Athens")


def test_a_meeting_in_the_locative_is_planned_by_a_future_verb_after_it(events):
    text = "Dışişleri Bakanı Hakan Fidan ile Yunanistan Dışişleri Bakanı Yorgos Gerapetritis'in görüşmesinde göç ve enerji konularının ele alınacağı bildirildi."
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"]) == ("CONSULT", "planned", {"parties": ["Hakan Fidan", "Yorgos Gerapetritis"]})
    # the names of what will be discussed are not the meeting's
    assert one(events("NATO zirvesinde Ukrayna'ya destek konusu ele alınacak."))["roles"] == {"source": ["NATO"]}


def test_a_name_in_the_genitive_after_a_meeting_owns_something_else(events):
    event = one(events("Dışişleri Bakanı Hakan Fidan, dün Berlin'de düzenlenen bir toplantıda Türkiye'nin Avrupa için vazgeçilmez olduğunu söyledi."))
    assert (event["roles"], event["location"]) == ({"source": ["Hakan Fidan"]}, "Berlin")


def test_a_parliaments_debate_of_a_budget_or_a_bill_is_no_talks(events):
    assert events("Türkiye Büyük Millet Meclisi, bütçe görüşmelerine dün başladı.") == []
    assert events("TBMM, kanun teklifinin görüşmelerine başladı.") == []


def test_a_vague_time_does_not_date_an_event(events):
    event = one(events("Almanya ile Fransa arasında son günlerde yapılan görüşmeler olumlu geçti."))
    assert event["date"] is None


@pytest.mark.parametrize("text, kind, roles", [
    # the object in the accusative is the target
    ("Rusya, Ukrayna'yı suçladı.", "ACCUSE", {"source": ["Russia"], "target": ["Ukraine"]}),
    ("Gürcistan Başbakanı Irakli Kobahidze, muhalefeti sokaklara çağırdı.", "REQUEST", {"source": ["Irakli Kobahidze"], "target": ["opposition"]}),
    # a name in the genitive whose possessed noun, a few words on, is the object: the target
    ("Savcı, gazeteci Ayten Koç'un 7 yıl 6 aya kadar hapsini talep etti.", "DEMAND", {"source": ["prosecutors"], "target": ["Ayten Koç"]}),
    # in the passive the subject is the target and "X tarafından" the source
    ("Azerbaycan, Avrupa Parlamentosu tarafından kınandı.", "ACCUSE", {"source": ["European Parliament"], "target": ["Azerbaijan"]}),
    ("Gazeteci Deniz Aksoy, İzmir'de gözaltına alındı.", "COERCE", {"target": ["Deniz Aksoy"]}),
    # told by someone, the act's own subject is in the genitive; the teller is not in the act
    ("Vali Ali Demir, gazeteci Deniz Aksoy'un İzmir'de gözaltına alındığını açıkladı.", "COERCE", {"target": ["Deniz Aksoy"]}),
    # with none, the teller is the one it happened to
    ("Gazeteci Deniz Aksoy, İzmir'de gözaltına alındığını açıkladı.", "COERCE", {"target": ["Deniz Aksoy"]}),
    # a body whose teams, in the genitive, ran the operation is its source
    ("Kocaeli İl Emniyet Müdürlüğü ekiplerinin düzenlediği operasyonda Ali Vural gözaltına alındı.", "COERCE",
     {"source": ["Kocaeli İl Emniyet Müdürlüğü"], "target": ["Ali Vural"]}),
    # "geri çekildi" and "çağrıda bulundu" look passive and are not
    ("Rusya, Herson'dan geri çekildi.", "RETREAT", {"source": ["Russia"]}),
    ("Hamas, uluslararası topluma çağrıda bulundu.", "REQUEST", {"source": ["Hamas"], "target": ["international community"]}),
])
def test_objects_and_the_passive(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_who_tells_of_a_planned_round_of_talks_is_not_a_party(events):
    event = one(events("Sözcü Ali Demir, yeni bir müzakere turunun ocak ayında Ankara'da yapılabileceğini söyledi."))
    assert (event["type"], event["status"], event["location"], event["roles"]) == ("CONSULT", "planned", "Ankara", {})


def test_an_arrest_told_days_after_a_dated_one_gets_its_own_day(events):
    found = events("Eski belediye başkanı Can Yurt, 12 Mart 2025'te gözaltına alınmış ve 4 gün sonra tutuklanmıştı.")
    assert [(e["type"], e["date"], e["roles"]) for e in found] == [
        ("COERCE", "2025-03-12", {"target": ["Can Yurt"]}), ("COERCE", "2025-03-16", {"target": ["Can Yurt"]})]


def test_a_call_and_a_meeting_sharing_one_side_are_two_events(events):
    text = ("Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile telefonda görüştü. "
            "Aliyev, dün Ermenistan Başbakanı Nikol Paşinyan ile Abu Dabi'de görüşmüştü.")
    found = events(text)
    assert [e["countries"] for e in found] == [["AZE", "TUR"], ["ARM", "AZE"]]
    assert [(e["date"], e["location"]) for e in found] == [(None, None), ("2026-03-10", "Abu Dhabi")]


def test_a_summit_noun_lends_its_date_place_and_parties_to_the_verb_after_it(events):
    text = ("Dışişleri Bakanı Ali Kaya ve Gürcistan Dışişleri Bakanı Nino Beridze, 21-23 Mart tarihlerinde "
            "Bakü'de düzenlenecek zirvede bir araya gelecek.")
    event = one(events(text))
    assert (event["status"], event["date"], event["location"]) == ("planned", "2026-03-21", "Baku")
    assert event["roles"] == {"parties": ["Ali Kaya", "Nino Beridze"]}


def test_who_heard_the_statement_is_no_party_of_the_act(events):
    threat = one(events("Bakan Ali Kaya, CNN'e verdiği röportajda İran'ı tehdit etti."))
    assert threat["roles"] == {"source": ["Ali Kaya"], "target": ["Iran"]}
    condemnation = one(events("Mısır, Anadolu Ajansı'na (AA) yaptığı yazılı açıklamada, Sudan'ı kınadı."))
    assert condemnation["roles"] == {"source": ["Egypt"], "target": ["Sudan"]}


def test_whose_stance_is_criticised_is_the_target(events):
    event = one(events("Rusya, Ukrayna'nın tutumunu sert bir dille eleştirdi."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Russia"], "target": ["Ukraine"]})


def test_a_warning_to_a_party_is_a_threat_but_safety_advice_is_not(events):
    threat = one(events("Dışişleri Bakanı Ali Kaya, İsrail'i sert bir dille uyardı."))
    assert (threat["type"], threat["roles"]["target"]) == ("THREATEN", ["Israel"])
    assert events("Vali Ali Kaya, vatandaşları hasarlı binalara girmemeleri konusunda uyardı.") == []


def test_a_press_conference_or_a_party_caucus_is_no_meeting_between_parties(events):
    assert events("DSÖ Sözcüsü Tarik Jasarevic, Cenevre'de düzenlenen basın toplantısında konuştu.") == []
    assert events("Genel Başkan Ali Kaya, TBMM'de partisinin grup toplantısında konuştu.") == []



def test_sanctions_approved_and_aid_sent_with_source_and_target(events):
    found = events("Avrupa Birliği, Ukrayna'daki savaş nedeniyle Rusya'ya yönelik yeni yaptırım paketini onayladı. "
                   "Türkiye, Ukrayna'ya insani yardım gönderdi.")
    assert [(e["type"], e["status"], e["roles"], e["location"]) for e in found] == [
        ("SANCTION", "occurred", {"source": ["European Union"], "target": ["Russia"]}, None),  # the war's place is not the act's
        ("AID", "occurred", {"source": ["Türkiye"], "target": ["Ukraine"]}, None)]


def test_an_organisation_before_a_persons_title_is_not_the_subject(events):
    event = one(events("Fenerbahçe Teknik Direktörü Domenico Tedesco ise hakem kararlarını eleştirdi."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Domenico Tedesco"]})


def test_talks_between_parties_have_no_source_or_target(events):
    text = ("Almanya ile Fransa arasında Berlin'de görüşmeler yapıldı. "
            "Almanya Başbakanı Olaf Kaya, Fransa ile görüşmelerin sürdüğünü söyledi.")
    event = one(events(text))  # the second sentence's "Fransa ile" and its subject do not make it directed
    assert event["roles"] == {"parties": ["France", "Germany"]}


def test_the_place_after_a_mediators_name_is_where_the_talks_are(events):
    event = one(events("Hamas ile İsrail arasındaki görüşmeler, Mısır ve Katar'ın arabuluculuğunda Kahire'de başladı."))
    assert (event["roles"]["mediator"], event["location"]) == (["Egypt", "Qatar"], "Cairo")


def test_a_places_case_on_the_word_kent_after_it_makes_it_the_target(events):
    event = one(events("Sudan ordusu, geçen hafta El-Faşir kentine saldırı düzenledi."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["Sudan"], "target": ["El Fasher"]})


def test_an_organisation_compounded_with_a_summit_noun_takes_part_in_it(events):
    event = one(events("Enerji konusundaki NATO zirvesi 15 Mart'ta Brüksel'de yapılacak."))
    assert (event["type"], event["status"], event["date"], event["location"]) == ("CONSULT", "planned", "2026-03-15", "Brussels")
    assert event["roles"] == {"source": ["NATO"]}


def test_inviting_to_a_meeting_is_a_request_to_the_invited(events):
    event = one(events("Lübnan Başbakanı Nevvaf Selam, BM Güvenlik Konseyi'ni acil toplantıya çağırdı."))
    assert (event["type"], event["roles"]) == ("REQUEST", {"source": ["Nevvaf Selam"], "target": ["United Nations Security Council"]})


def test_a_place_named_after_a_part_of_a_country_is_in_that_country(events):
    event = one(events("İsrail ordusu, dün Lübnan'ın güneyindeki Nabatiye kentine hava saldırısı düzenledi."))
    assert (event["type"], event["roles"]["target"], event["countries"]) == ("ASSAULT", ["Nabatiye"], ["ISR", "LBN"])


def test_the_noun_of_an_accusation_is_no_accusation(events):
    assert events("Rüşvet suçlamasıyla yargılanan Ali Demir'in duruşması ertelendi.") == []


def test_the_head_of_a_relative_clause_is_who_acts(events):
    # -(y)An on the verb: "the one who rejected"; what he says next is no negation of it
    event = one(events('Suçlamaları reddeden Ayşe Kara, "Hiçbir usulsüzlük yapmadım." dedi.'))
    assert (event["type"], event["status"], event["roles"]) == ("REJECT", "occurred", {"source": ["Ayşe Kara"]})


def test_a_year_in_the_compound_form_qualifies_a_noun_and_dates_nothing(events):
    event = one(events("Türkiye ile Yunanistan, 2027 yılı ticaret hedeflerini görüştü."))
    assert (event["type"], event["date"]) == ("CONSULT", None)


def test_whose_efforts_are_praised_is_the_target_with_a_noun_between(events):
    event = one(events("Rusya, Türkiye'nin arabuluculuk çabalarını takdir etti."))
    assert (event["type"], event["roles"]) == ("SUPPORT", {"source": ["Russia"], "target": ["Türkiye"]})


def test_places_listed_with_ile_are_where_not_whom(events):
    event = one(events("Tahran ile İsfahan ve Şiraz kentlerinde protestolar düzenlendi."))
    assert (event["type"], event["roles"].get("target")) == ("PROTEST", None)


def test_a_places_government_in_the_accusative_is_the_target(events):
    event = one(events("Avrupa Birliği, İran yönetimini şiddetten kaçınmaya çağırdı."))
    assert (event["type"], event["roles"]) == ("REQUEST", {"source": ["European Union"], "target": ["Iran"]})


def test_a_bare_name_before_ise_is_the_subject(events):
    event = one(events("Muhalefet partisi CHP ise hükümeti taviz vermekle suçladı."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Republican People's Party"], "target": ["government"]})


def test_a_date_with_da_after_it_tells_of_another_time_it_happened(events):
    found = events("Tahran'da başlayan protestolar dördüncü gününde de devam etti. "
                   "Tahran'da 2019 yılının kasım ayında da gösteriler düzenlenmişti.")
    assert [(e["type"], e["date"]) for e in found] == [("PROTEST", None), ("PROTEST", "2019-11")]


def test_a_province_in_the_genitive_before_its_district_is_where(events):
    event = one(events("Polis, Kocaeli'nin Gebze ilçesinde düzenlenen operasyonla iki kişiyi gözaltına aldı."))
    assert (event["type"], event["location"]) == ("COERCE", "Gebze")
    assert event["roles"] == {"source": ["police"], "target": ["people"]}  # the police and the two people, no names


@pytest.mark.parametrize("text", [
    "Suriye'nin Deyrizor kırsalında ordu ile militanlar arasında çatışma çıktı.",
    "Suriye'nin doğusundaki Deyrizor kırsalında ordu ile militanlar arasında çatışma çıktı.",
])
def test_the_countryside_of_a_town_places_the_act_in_the_town_and_the_country_before_it_is_no_side(events, text):
    event = one(events(text))
    assert (event["type"], event["location"], "Syria" in str(event["roles"])) == ("ASSAULT", "Deir ez-Zor", False)


def test_a_time_inside_a_relative_clause_does_not_date_the_event(events):
    # 2027 is when the wage applies, not when the commission met
    meeting = one(events("Asgari Ücret Tespit Komisyonu, 2027 yılında uygulanacak asgari ücreti belirlemek için Ankara'da toplantı yaptı."))
    assert (meeting["type"], meeting["date"], meeting["location"]) == ("CONSULT", None, "Ankara")
    # a participle naming the event's own occasion passes its time on
    signed = [e for e in events("Türkiye ile Irak, 17 Şubat'ta yapılan toplantıda anlaşma imzaladı.") if e["type"] == "AGREE"]
    assert [e["date"] for e in signed] == ["2026-02-17"]
    # so does the participle of the act's start: a strike begun yesterday and going on
    strike = one(events("Ulaşım İşçileri Sendikası, ücret görüşmelerinin sonuçsuz kalması üzerine dün akşam başlattığı grevi sürdürüyor."))
    assert (strike["type"], strike["date"]) == ("PROTEST", "2026-03-10")
    # a participle of a consonant stem ("giren": gir-en) dates the truce it qualifies, not the attacks
    attacks = one(events("Ocak 2025'te yürürlüğe giren ateşkese rağmen Rusya'nın saldırıları sürüyor."))
    assert (attacks["type"], attacks["date"]) == ("ASSAULT", None)


def test_who_tells_of_an_attack_is_not_in_it():
    # the attack is the subject of the clause told (in the genitive): the minister only reports it
    text = "Bakan Ali Demir, sosyal medya hesabından yaptığı paylaşımda, saldırının perşembe gecesi Ankara'da başladığını belirtti."
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=WEDNESDAY.date(), published=WEDNESDAY, lang="tr"))
    assert [e["participants"] for e in document["events"] if e["type"] == "ASSAULT"] in ([], [{}])


@pytest.mark.parametrize("text", [
    # an institution after the first name, or a short description before the second, stands between the parties
    "Suriye hükümeti ile Hizbullah arasında yeni bir mutabakat metni imzalandı.",
    "Suriye hükümeti ile silahlı grup Hizbullah arasında yeni bir mutabakat metni imzalandı.",
])
def test_parties_of_an_agreement_between_a_government_and_a_group(events, text):
    event = one(events(text))
    assert (event["type"], sorted(event["roles"]["parties"]), list(event["roles"])) == ("AGREE", ["Hezbollah", "Syria"], ["parties"])


def test_a_second_counterpart_after_a_title_shares_the_case_of_the_last(events):
    text = ("Dışişleri Bakanı Ali Kaya, Yunanistan Dışişleri Bakanı Nikos Dendias ve "
            "Norveç Dışişleri Bakanı Espen Eide ile ikili görüşmeler yaptı.")
    event = one(events(text))
    assert event["roles"]["target"] == ["Espen Eide", "Nikos Dendias"]


@pytest.mark.parametrize("text, roles", [
    # an investigation or an indictment is legal action: ACCUSE, its target after "hakkında"
    ("İstanbul Cumhuriyet Başsavcılığı, gazeteci Ali Kaya hakkında soruşturma başlattı.",
     {"source": ["İstanbul Cumhuriyet Başsavcılığı"], "target": ["Ali Kaya"]}),
    ("Olayla ilgili Zonguldak Cumhuriyet Başsavcılığı soruşturma başlattı.", {"source": ["Zonguldak Cumhuriyet Başsavcılığı"]}),
    ("Eski bakan Ali Kaya hakkında soruşturma başlatıldı.", {"target": ["Ali Kaya"]}),
])
def test_legal_action_is_an_accusation(events, text, roles):
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"]) == ("ACCUSE", "occurred", roles)


def test_who_announces_an_investigation_is_not_its_target(events):
    assert events("İzmir Valisi Ahmet Kaya, kazayla ilgili soruşturma başlatıldığını açıkladı.") == []


def test_who_reports_a_protest_is_not_its_source(events):
    text = "İçişleri Bakanlığı'nın açıklamasına göre, Paris'te düzenlenen gösterilere 450 bin kişi katıldı."
    assert "source" not in one(events(text))["roles"]


def test_a_visit_at_the_invitation_of_its_host(events):
    text = ("Cumhurbaşkanı Ali Kaya, Macaristan Başbakanı Péter Nagy'ın davetlisi olarak "
            "15 Aralık'ta Budapeşte'ye resmi ziyaret gerçekleştirecek.")
    event = one(events(text))
    assert (event["status"], event["location"]) == ("planned", "Budapest")
    assert event["roles"]["source"] == ["Ali Kaya"] and "Péter Nagy" in event["roles"]["target"]


def test_handing_hostages_over_is_a_release(events):
    event = one(events("Hamas, elinde tuttuğu 3 rehineyi Kızılhaç'a teslim etti."))
    assert (event["type"], event["status"], event["roles"]["source"]) == ("RETREAT", "occurred", ["Hamas"])
    assert events("Şirket, siparişleri zamanında teslim etti.") == []


def test_the_platform_a_statement_was_made_to_is_no_party(events):
    text = "Kulüpten Borsa İstanbul'a yapılan açıklamada, Ali Kaya ile 2030 yılına kadar geçerli sözleşme imzalandığı belirtildi."
    event = one(events(text))
    # the exchange heard the statement; the contract holds until 2030 but was not signed then
    assert (event["type"], event["date"]) == ("AGREE", None)
    assert all("Borsa Istanbul" not in names for names in event["roles"].values())


def test_an_agreement_reached(events):
    event = one(events("İsrail ile Hamas arasında anlaşma sağlandı."))
    assert (event["type"], event["status"], event["roles"]) == ("AGREE", "occurred", {"parties": ["Hamas", "Israel"]})


def test_a_negated_passive_act_still_has_its_subject_as_target(events):
    event = one(events("Gazeteci Ali Kaya tutuklanmadı."))
    assert (event["type"], event["status"], event["roles"]) == ("COERCE", "negated", {"target": ["Ali Kaya"]})


def test_who_says_no_agreement_was_reached_is_not_its_party(events):
    assert events("Dışişleri Bakanı Ali Kaya ise henüz uzlaşma sağlanamadığını ifade etti.") == []


def test_the_two_leaders_are_the_two_the_article_named_last():
    text = ("Dışişleri Bakanı Ali Kaya, ABD Dışişleri Bakanı John Smith ile telefonda görüştü. "
            "İki bakanın önümüzdeki ay Brüksel'de yüz yüze görüşmesi bekleniyor.")
    _, found = with_persons(text)
    assert [roles["parties"] for _, status, roles in found if status == "expected"] == [["Ali Kaya", "John Smith"]]


def test_who_reports_damage_from_an_attack_is_not_in_it():
    text = ("Kiev Belediye Başkanı Vitali Kliçko, yaptığı açıklamada, saldırıda bir apartmanın "
            "hasar gördüğünü bildirdi.")
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=WEDNESDAY.date(), published=WEDNESDAY, lang="tr"))
    names = {id_: entity["name"] for id_, entity in document["entities"].items()}
    people = [names[i] for e in document["events"] for ids in e["participants"].values() for i in ids]
    assert "Vitali Kliçko" not in people


@pytest.mark.parametrize("text, kind, roles", [
    # pushed back by a country's units: the agent in "-ca" after them acts
    ("Bodrum açıklarında Yunanistan unsurlarınca geri itilen 34 göçmen kurtarıldı.", "COERCE", {"source": ["Greece"], "target": ["migrants"]}),
    ("Türkiye, Yunanistan'ı uluslararası kuruluşlara şikayet etti.", "ACCUSE", {"source": ["Türkiye"], "target": ["Greece"]}),
    # a description may stand before the second of two joined subjects
    ("Türk Telekom ile İsveçli telekomünikasyon şirketi Ericsson, işbirliği anlaşması imzaladı.", "AGREE",
     {"parties": ["Ericsson", "Türk Telekom"]}),
])
def test_more_acts_and_their_actors(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], {role: sorted(names) for role, names in event["roles"].items()}) == (kind, roles)


def test_two_countries_before_their_ministers_in_the_plural_are_the_parties(events):
    event = one(events("Fransa ile Almanya Dışişleri Bakanları Paris'te bir araya geldi."))
    assert (event["type"], event["location"], event["roles"]) == ("CONSULT", "Paris", {"parties": ["France", "Germany"]})


def test_a_place_before_a_headlines_colon_gives_way_to_the_bodys(events):
    text = ("Kadıköy'de kuyumcu soygunu: 2 şüpheli yakalandı\n\n"
            "Soygun şüphelisi Ali Kaya ve Veli Demir, Kocaeli'nin Gebze ilçesinde yakalandı.")
    assert [(e["type"], e["location"]) for e in events(text)] == [("COERCE", "Gebze")]


def test_a_ground_operation_by_a_countrys_army_is_an_assault(events):
    event = one(events("İsrail ordusu Lübnan'ın güneyinde kara harekatı başlattı."))
    assert (event["type"], event["location"], event["roles"]) == ("ASSAULT", "Lebanon", {"source": ["Israel"], "target": ["Lebanon"]})


def test_the_sides_are_the_two_of_the_act_told_before(events):
    text = "Azerbaycan ile Ermenistan heyetleri Bakü'de bir araya geldi. Taraflar, sınır konusunda anlaşmaya vardı."
    agreement = one([e for e in events(text) if e["type"] == "AGREE"])
    assert agreement["roles"] == {"parties": ["Armenia", "Azerbaijan"]}


def test_no_one_is_both_source_and_target(events):
    text = ("İzmir'de gözaltına alınan gazeteci Ali Kaya tutuklandı. "
            "Operasyonda Kaya'nın da aralarında bulunduğu 12 şüpheli gözaltına alındı.")
    for event in events(text):
        assert not set(event["roles"].get("source", [])) & set(event["roles"].get("target", []))


@pytest.mark.parametrize("text, roles", [
    # whose act is condemned is the target, however many words stand between
    ("Polonya, Rusya'nın saldırılarını kınadı.", {"source": ["Poland"], "target": ["Russia"]}),
    ("Polonya, İsrail'in Gazze'ye yönelik saldırılarını sert bir dille kınadı.", {"source": ["Poland"], "target": ["Israel"]}),
])
def test_the_actor_of_a_condemned_act_is_the_target(events, text, roles):
    accusation = one([e for e in events(text) if e["type"] == "ACCUSE"])
    assert accusation["roles"] == roles


def test_a_reported_clause_with_a_subject_of_its_own_leaves_the_speaker_out():
    text = "Bakan Ali Demir, törende yaptığı konuşmada, anlaşmanın iki ülke arasındaki işbirliğinde yeni bir dönem başlattığını söyledi."
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=WEDNESDAY.date(), published=WEDNESDAY, lang="tr"))
    assert [e for e in document["events"] if e["type"] == "COOPERATE"] == []


def test_planes_sent_to_fight_a_fire_are_aid(events):
    event = one(events("Türkiye, Yunanistan'a yangınla mücadele için 2 amfibi uçak gönderdi."))
    assert (event["type"], event["roles"]) == ("AID", {"source": ["Türkiye"], "target": ["Greece"]})
    # warplanes sent are a deployment, no aid
    assert [e["type"] for e in events("Rusya, Suriye'ye savaş uçakları gönderdi.")] == ["MOBILIZE"]


def test_two_joined_bodies_with_their_short_forms_in_brackets(events):
    text = "Türkiye Petrolleri Anonim Ortaklığı (TPAO) ile Azerbaycan Devlet Petrol Şirketi (SOCAR), anlaşma imzaladı."
    event = one(events(text))
    assert event["type"] == "AGREE" and len(event["roles"]["parties"]) == 2


def test_the_two_ministers_named_last_when_no_act_of_theirs_was_told():
    text = ("İmza törenine Enerji Bakanı Ali Kaya ile Azerbaycan Enerji Bakanı Parviz Şahbazov katıldı. "
            "İki bakan, önümüzdeki ay İstanbul'da yeniden bir araya gelecek.")
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=WEDNESDAY.date(), published=WEDNESDAY, lang="tr"))
    names = {id_: entity["name"] for id_, entity in document["entities"].items()}
    planned = one([e for e in document["events"] if e["status"] == "planned"])
    assert sorted(names[i] for i in planned["participants"]["parties"]) == ["Ali Kaya", "Parviz Şahbazov"]


def test_two_parties_with_their_short_forms_between_which_talks_began(events):
    text = "Hristiyan Demokrat Birlik (CDU) ile Sosyal Demokrat Parti (SPD) arasında koalisyon görüşmeleri başladı."
    event = one(events(text))
    assert (event["type"], len(event["roles"]["parties"])) == ("CONSULT", 2)


def test_a_time_of_the_act_the_event_follows_is_not_the_events_date(events):
    event = one(events("Almanya'da geçen ay yapılan seçimin ardından CDU ile SPD arasında görüşmeler başladı."))
    assert (event["type"], event["date"]) == ("CONSULT", None)
    agreement = one([e for e in events("Türkiye ile Yunanistan, dün yapılan görüşmede anlaşmaya vardı.") if e["type"] == "AGREE"])
    assert agreement["date"] == "2026-03-10"  # an occasion's participle alone passes its time on


def test_a_call_after_a_condemnation_is_not_a_stance_on_the_condemning(events):
    found = events("BM Genel Sekreteri Antonio Guterres, saldırıyı kınadı ve taraflara derhal ateşkes çağrısı yaptı.")
    call = one([e for e in found if e["type"] == "REQUEST"])
    assert call["roles"] == {"source": ["Antonio Guterres"]}


def test_a_stance_on_talks_between_two_sides_concerns_both(events):
    found = events("Türkiye, İsrail ile Hamas arasındaki müzakereleri memnuniyetle karşıladı.")
    stance = one([e for e in found if e["type"] == "SUPPORT"])
    assert stance["roles"] == {"source": ["Türkiye"], "target": ["Hamas", "Israel"]}


@pytest.mark.parametrize("text, status", [
    ("Macaristan, Ukrayna'nın üyeliğini destekliyor.", "occurred"),
    ("Macaristan, Ukrayna'nın üyeliğini desteklemiyor.", "negated"),
])
def test_support_in_the_present_and_its_negation(events, text, status):
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"]) == ("SUPPORT", status, {"source": ["Hungary"], "target": ["Ukraine"]})


def test_a_strike_by_a_unions_members_is_the_unions_protest(events):
    text = "Birleşik Metal-İş Sendikası üyesi yaklaşık 15 bin işçi, toplu sözleşmede uzlaşma sağlanamaması üzerine bu sabah greve başladı."
    event = one([e for e in events(text) if e["type"] == "PROTEST"])
    assert (event["status"], event["date"], event["roles"]) == ("occurred", "2026-03-11", {"source": ["Birleşik Metal-İş Sendikası"]})


@pytest.mark.parametrize("text, status, roles", [
    ("Katar, İsrail ile Hamas heyetlerini Doha'da bir araya getirdi.", "occurred",
     {"mediator": ["Qatar"], "parties": ["Hamas", "Israel"]}),
    ("Türkiye, Rusya ve Ukrayna'yı İstanbul'da bir araya getirecek.", "planned",
     {"mediator": ["Türkiye"], "parties": ["Russia", "Ukraine"]}),
])
def test_who_brings_the_sides_together_mediates(events, text, status, roles):
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"]) == ("CONSULT", status, roles)


def test_the_sides_a_minister_will_bring_together_are_those_of_the_talks_before(events):
    text = ("Rusya ile Ukrayna arasında görüşmeler yapıldı. "
            "Bakan Ali Kaya, tarafları perşembe günü Ankara'da bir araya getireceğini açıkladı.")
    planned = one([e for e in events(text) if e["status"] == "planned"])
    assert (planned["date"], planned["location"], planned["roles"]["mediator"]) == ("2026-03-12", "Ankara", ["Ali Kaya"])
    assert planned["roles"]["parties"] == ["Russia", "Ukraine"]


@pytest.mark.parametrize("text, kind, status", [
    ("Türkiye, Yunanistan ile anlaşma imzalamak istiyor.", "AGREE", "planned"),
    ("Türkiye, Yunanistan ile yıl sonuna kadar anlaşma imzalamayı hedefliyor.", "AGREE", "planned"),
    ("İran, ABD ile görüşmek istemiyor.", "CONSULT", "negated"),
])
def test_an_act_someone_wants_is_a_plan(events, text, kind, status):
    event = one(events(text))
    assert (event["type"], event["status"]) == (kind, status)


def test_the_subject_of_a_passive_clause_criticised_is_not_the_target(events):
    event = one(events("Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova, Moskova'nın sürecin dışında tutulmasını eleştirdi."))
    assert event["roles"] == {"source": ["Mariya Zaharova"]}


def test_medicine_sent_against_an_epidemic_is_aid(events):
    event = one(events("DSÖ, salgınla mücadele için Çad ve Güney Sudan'a aşı ve tıbbi malzeme gönderdi."))
    assert (event["type"], event["roles"]) == ("AID", {"source": ["World Health Organization"], "target": ["Chad", "South Sudan"]})


def test_a_body_named_again_by_the_word_for_its_kind(events):
    text = ("Dünya Sağlık Örgütü, Sudan'da kolera vakalarının arttığını bildirdi. "
            "Örgüt, Çad ve Güney Sudan'a aşı ve tıbbi malzeme gönderdiğini açıkladı.")
    event = one(events(text))
    assert (event["type"], event["roles"]["source"]) == ("AID", ["World Health Organization"])


def test_names_in_the_subjects_relative_clause_are_not_the_acts(events):
    text = ("Göçmenleri Yunanistan'ın İstanköy Adası'na geçirmeye çalıştığı değerlendirilen 2 organizatör, "
            "Bodrum'da düzenlenen operasyonla yakalandı.")
    event = one(events(text))
    assert (event["type"], event["location"], event["roles"]) == ("COERCE", "Bodrum", {"target": ["organisers"]})


def test_the_subject_is_the_head_its_relative_clause_qualifies(events):
    event = one(events("Bakan Ali Kaya başkanlığında toplanan Milli Güvenlik Kurulu, İsrail'in saldırılarını kınadı."))
    assert event["roles"] == {"source": ["National Security Council"], "target": ["Israel"]}


@pytest.mark.parametrize("text, source", [
    ("Ukrayna, Rusya'nın Kiev'e saldırdığını açıkladı.", ["Russia"]),
    ("Ermenistan Savunma Bakanlığı, Azerbaycan ordusunun salı gecesi sınırdaki mevzilere ateş açtığını iddia etti.", ["Azerbaijan"]),
])
def test_who_reports_an_act_with_a_subject_of_its_own_is_no_party(events, text, source):
    event = one(events(text))
    assert (event["type"], event["roles"]["source"]) == ("ASSAULT", source)


def test_a_noun_owned_before_a_postposition_is_no_subject_of_the_clause_told(events):
    text = "Beşiktaş, Benfica'dan Portekizli orta saha oyuncusu João Neves'in transferi için kulübüyle anlaşmaya vardığını KAP'a bildirdi."
    assert "Beşiktaş" in one(events(text))["roles"]["source"]


def test_a_border_named_without_a_possessive_is_no_part_of_the_country_before(events):
    event = one(events("Ermenistan, Azerbaycan'ın sınırdaki mevzilere ateş açtığını açıkladı."))
    assert (event["location"], event["roles"]) == (None, {"source": ["Azerbaijan"]})


@pytest.mark.parametrize("text, sources", [
    ("Rusya ile Çin, Pasifik'te ortak tatbikat düzenledi.", ["China", "Russia"]),
    ("ABD ile İsrail, İran'a saldırdı.", ["Israel", "United States"]),
])
def test_two_joined_subjects_of_a_directed_act_both_act(events, text, sources):
    assert one(events(text))["roles"]["source"] == sources


@pytest.mark.parametrize("text, kind, roles", [
    # declaring a diplomat persona non grata expels a diplomat: a sanction, as "sınır dışı etti" of diplomats is
    ("Litvanya, Rus diplomatı istenmeyen kişi ilan etti.", "SANCTION", {"source": ["Lithuania"]}),
    ('Litvanya, 3 Rus diplomatı "istenmeyen kişi" ilan etti.', "SANCTION", {"source": ["Lithuania"], "target": ["diplomats"]}),
    ("İran Devrim Muhafızları, Hürmüz Boğazı'nda bir petrol tankerine el koydu.", "COERCE", {"source": ["Islamic Revolutionary Guard Corps"]}),
    ("Japonya, Kuzey Kore'nin fırlatmalarını kabul edilemez olarak nitelendirdi.", "ACCUSE", {"source": ["Japan"], "target": ["North Korea"]}),
    ('Japonya, Kuzey Kore\'nin kararını "terörü ödüllendirmek" olarak nitelendirdi.', "ACCUSE", {"source": ["Japan"], "target": ["North Korea"]}),
    ("Japonya, Kuzey Kore'nin kararını büyük bir hata olarak nitelendirdi.", "ACCUSE", {"source": ["Japan"], "target": ["North Korea"]}),
    ("Polonya, Rusya'dan diplomatlarının serbest bırakılmasını istedi.", "REQUEST", {"source": ["Poland"], "target": ["Russia"]}),
])
def test_expelling_seizing_denouncing_and_asking(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_a_place_opening_the_sentence_is_the_scene_of_its_verbs(events):
    text = "Gürcistan'ın başkenti Tiflis'te hükümetin AB üyelik müzakerelerini askıya alma kararını protesto eden binlerce kişi toplandı."
    event = one(events(text))
    assert (event["type"], event["location"]) == ("PROTEST", "Tbilisi")


def test_a_response_promised_is_a_threat_by_the_genitive_subject_of_the_clause_told(events):
    text = "Kremlin Sözcüsü Dmitriy Peskov, yeni yaptırımların yasa dışı olduğunu ve Rusya'nın karşılık vereceğini belirtti."
    threat = one([e for e in events(text) if e["type"] == "THREATEN"])
    assert (threat["status"], threat["roles"]) == ("planned", {"source": ["Russia"]})  # "karşılık" is no "karşı"


@pytest.mark.parametrize("text, roles", [
    ("Türkiye, Yunanistan adaları silahlandırırsa karşılık vereceğini açıkladı.", {"source": ["Türkiye"], "target": ["Greece"]}),
    ('Bakan Ali Kaya, "Düşmanlar provokasyona devam ederse her türlü silahı kullanmaktan çekinmeyiz" dedi.', {"source": ["Ali Kaya"]}),
    # a warning that pressure follows if a demand is not met
    ("Sendika Başkanı Ali Kaya, yeni bir teklif sunulmaması halinde grevin uzatılacağı uyarısında bulundu.", {"source": ["Ali Kaya"]}),
])
def test_a_threat_in_a_conditional_without_eger_is_told_once(events, text, roles):
    threat = one(events(text))
    assert (threat["type"], threat["status"], threat["roles"]) == ("THREATEN", "conditional", roles)


def test_a_warning_of_what_follows_if_nothing_is_done_is_no_threat(events):
    assert events("Uzmanlar, önlem alınmaması halinde salgının yayılacağı uyarısında bulundu.") == []


def test_a_place_ending_like_a_conditional_verb_is_no_condition(events):
    assert one(events("Metal işçileri Bursa'da iş bıraktı."))["status"] == "occurred"


def test_a_leader_promising_the_strongest_measures_threatens(events):
    text = ('Kuzey Kore lideri Kim Jong Un, ABD ile Güney Kore\'nin ortak askeri tatbikatlarına karşılık olarak '
            '"en güçlü önlemleri" alacaklarını söyledi.')
    threat = one([e for e in events(text) if e["type"] == "THREATEN"])
    assert threat["roles"]["source"] == ["Kim Jong Un"]  # the genitive owns the exercises, it is no subject of the clause told


@pytest.mark.parametrize("text, kind", [
    ("Türkiye, İstanbul'da yeni bir müzakere turuna ev sahipliği yapmaya hazır.", "CONSULT"),
    ("Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova, Moskova'nın sürece destek vermeye hazır olduğunu kaydetti.", "SUPPORT"),
])
def test_an_act_someone_is_ready_for_is_an_offer(events, text, kind):
    event = one(events(text))
    assert (event["type"], event["status"]) == (kind, "conditional")


def test_a_round_of_talks_is_between_the_sides_of_the_talks_told_before(events):
    text = ("Türkiye ile Birleşik Krallık, serbest ticaret anlaşması için müzakerelere başladı. "
            "İlk müzakere turu mart ayında Ankara'da yapılacak.")
    planned = one([e for e in events(text) if e["status"] == "planned"])
    assert (planned["date"], planned["location"], planned["roles"]["parties"]) == ("2026-03", "Ankara", ["Türkiye", "United Kingdom"])


def test_two_joined_subjects_with_an_institution_and_a_description_act_in_every_verb(events):
    text = ("Kolombiya hükümeti ile Ulusal Kurtuluş Ordusu (ELN) gerilla örgütü, Küba'nın başkenti Havana'da "
            "yürütülen müzakerelerin ardından 6 aylık ateşkes ilan etti.")
    talks, ceasefire = events(text)
    assert (talks["type"], talks["status"], talks["location"]) == ("CONSULT", "occurred", "Havana")
    assert talks["roles"]["parties"] == ceasefire["roles"]["source"] == ["Colombia", "National Liberation Army"]


def test_tents_and_food_parcels_sent_are_aid_whatever_the_sentence_names(events):
    event = one(events("Türk Kızılay, Gazze'ye 500 çadır ve gıda kolisi gönderdi."))
    assert (event["type"], event["roles"]) == ("AID", {"source": ["Turkish Red Crescent"], "target": ["Gaza Strip"]})


@pytest.mark.parametrize("text, status", [
    ("Hindistan ile Pakistan arasında çatışma çıktı.", "occurred"),
    ("Keşmir'de Hindistan ve Pakistan askerleri arasında dün gece çıkan çatışmada 5 asker öldü.", "occurred"),
])
def test_a_clash_between_two_armies_is_an_assault_between_their_states(events, text, status):
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"]) == ("ASSAULT", status, {"parties": ["India", "Pakistan"]})


def test_talks_going_on_are_talks_that_happened(events):
    assert one(events("Rusya ile Ukrayna arasında süren görüşmeler sonuç vermedi."))["status"] == "occurred"


def test_the_target_of_a_passive_participle_is_its_head_not_the_sentences_subject(events):
    text = "Bakanlık, Yekaterinburg'da gözaltına alınan Azerbaycan vatandaşlarına yönelik muameleyi kınadı."
    arrest = one([e for e in events(text) if e["type"] == "COERCE"])
    assert (arrest["location"], arrest["roles"]) == ("Yekaterinburg", {"target": ["Azerbaijan"]})


def test_an_act_inside_a_charge_is_no_event_and_the_accused_is_the_target(events):
    event = one(events("İsrail Başbakanı Binyamin Netanyahu ise Hamas'ı esirleri serbest bırakmaya yanaşmamakla suçladı."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Binyamin Netanyahu"], "target": ["Hamas"]})


def test_three_listed_subjects_act_together(events):
    event = one(events("Fransa, Almanya ve İngiltere, İran'ı kınadı."))
    assert event["roles"] == {"source": ["France", "Germany", "United Kingdom"], "target": ["Iran"]}


def test_whose_account_it_is_takes_no_role(events):
    event = one(events("BM'ye göre Sudan'da Nisan 2023'ten bu yana süren çatışmalar nedeniyle 12 milyon kişi yerinden edildi."))
    assert (event["type"], event["location"], event["roles"]) == ("ASSAULT", "Sudan", {})


def test_people_released_are_acted_on_though_a_withdrawal_is_reflexive(events):
    released = one(events("Gazeteci Ali Kaya, Ankara'da serbest bırakıldı."))
    assert (released["type"], released["roles"]) == ("RETREAT", {"target": ["Ali Kaya"]})
    assert one(events("Rusya, Herson'dan geri çekildi."))["roles"] == {"source": ["Russia"]}


@pytest.mark.parametrize("text, roles", [
    ("İstanbul 27. Asliye Ceza Mahkemesi, gazeteci Ali Kaya'ya 4 yıl 2 ay hapis cezası verdi.",
     {"source": ["İstanbul 27. Asliye Ceza Mahkemesi"], "target": ["Ali Kaya"]}),
    ("Eski belediye başkanı Ali Kaya'ya 8 yıl hapis cezası verildi.", {"target": ["Ali Kaya"]}),
])
def test_a_court_sentencing_someone_accuses_them(events, text, roles):
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"]) == ("ACCUSE", "occurred", roles)


def test_riot_police_using_water_cannon_or_tear_gas_is_an_assault(events):
    event = one(events("İstanbul'da polis, göstericilere biber gazıyla müdahale etti."))
    assert (event["type"], event["status"], event["location"]) == ("ASSAULT", "occurred", "Istanbul")
    assert events("Hakem, Ankara'daki maça müdahale etti.") == []  # stepping in is no violence


def test_groups_with_no_name_take_part_in_events(events):
    found = events("Tiflis'te polis, göstericilere biber gazıyla müdahale etti. Polis, 12 şüpheliyi gözaltına aldı.")
    assert [(e["type"], e["roles"], e["countries"]) for e in found] == [
        ("ASSAULT", {"source": ["police"], "target": ["protesters"]}, ["GEO"]),
        ("COERCE", {"source": ["police"], "target": ["suspects"]}, ["GEO"])]


def test_a_group_and_the_body_it_belongs_to_are_one_side_of_one_event(events):
    # the headline's workers and the union whose members they are: one strike
    found = events("Metal işçileri greve çıktı\nBirleşik Metal-İş Sendikası üyesi 15 bin işçi bugün Bursa'da greve başladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("PROTEST", {"source": ["Birleşik Metal-İş Sendikası", "workers"]})]


def test_one_among_a_group_detained_is_detained_too(events):
    event = one(events("Operasyonda Ali Demir'in de aralarında bulunduğu 12 şüpheli gözaltına alındı."))
    assert event["roles"] == {"target": ["Ali Demir", "suspects"]}


def test_the_head_after_an_active_participle_acts(events):
    event = one(events("Nairobi'de vergi düzenlemesini protesto eden binlerce gösterici parlamentoya yürüdü."))
    assert (event["type"], event["roles"]) == ("PROTEST", {"source": ["protesters"]})


def test_soldiers_of_a_country_in_the_genitive_are_the_countrys_act(events):
    event = one(events("Refah'ta bekleyen Filistinlilere İsrail askerlerinin ateş açması sonucu 21 kişi hayatını kaybetti."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["Israel"], "target": ["nationals"]})


def test_a_passive_clause_told_before_ve_has_its_genitive_subject_as_target(events):
    event = one(events("Açıklamada, Ali Demir'in Ankara'da gözaltına alındığı ve hastaneye götürüldüğü bildirildi."))
    assert event["roles"] == {"target": ["Ali Demir"]}


def test_a_group_with_no_name_mediates_nothing(events):
    found = events("Açıklamada, rehinelerin Kızılhaç aracılığıyla İsrail'e teslim edildiği ve hastaneye götürüldüğü bildirildi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("RETREAT", {"mediator": ["International Committee of the Red Cross"], "target": ["Israel", "hostages"]})]


def test_the_army_and_armed_groups_clash(events):
    event = one(events("Myanmar'ın kuzeyinde ordu ile etnik silahlı gruplar arasında çatışma çıktı."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"parties": ["armed groups", "army"]})


def test_each_told_clause_joined_by_ve_has_its_own_subject(events):
    found = events("Bakan, olaylarda 48 polisin yaralandığını ve 80 kişinin gözaltına alındığını açıkladı.")
    # the clashes ("olaylar") in which the police were hurt are an act of their own, told by how many were hurt
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"target": ["police"]}), ("COERCE", {"target": ["people"]})]


def test_people_pouring_into_the_streets_protest(events):
    # "dökülmek" has the passive's form, but those who pour into the streets act
    event = one(events("Belgrad'da on binlerce kişi sokaklara döküldü."))
    assert (event["type"], event["location"], event["roles"]) == ("PROTEST", "Belgrade", {"source": ["people"]})


def test_gunmen_kidnapping_people(events):
    event = one(events("Borno eyaletinde silahlı kişiler, bir yardım kuruluşunda çalışan 6 kişiyi kaçırdı."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["gunmen"], "target": ["people"]})


def test_missing_a_penalty_is_no_kidnapping(events):
    assert events("Fenerbahçe, Ankara'da penaltı kaçırdı.") == []


def test_who_tells_of_a_passive_act_is_not_acted_on_and_gives_a_sanction_or_aid(events):
    event = one(events("AB, Rusya'ya yeni yaptırımlar uygulanacağını açıkladı."))
    assert event["roles"] == {"source": ["European Union"], "target": ["Russia"]}
    event = one(events("Tarım Bakanlığı, çiftçilere hibe desteği verileceğini duyurdu."))
    assert event["roles"] == {"source": ["Ministry of Agriculture of Türkiye"], "target": ["farmers"]}


def test_an_envoy_summoned_to_the_ministry_is_the_target_and_the_ministry_no_one(events):
    event = one(events("Hollanda'nın Ankara Büyükelçisi Joep Wijnands, Dışişleri Bakanlığına çağrıldı."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"target": ["Joep Wijnands"]})


def test_an_accusation_of_a_country_and_one_by_it_are_two_acts(events):
    found = events("Hollanda'nın Ankara Büyükelçisi Joep Wijnands, Dışişleri Bakanlığına çağrıldı. "
                   "Hollanda Dışişleri Bakanı Caspar Veldkamp ise saldırıları kınadığını açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"target": ["Joep Wijnands"]}), ("ACCUSE", {"source": ["Caspar Veldkamp"]})]


def test_a_place_in_the_objects_relative_clause_is_not_acted_on(events):
    event = one(events("Jandarma ekipleri, Yunanistan'a geçmeye çalışan 47 düzensiz göçmeni yakaladı."))
    assert event["roles"] == {"source": ["gendarmerie"], "target": ["migrants"]}


@pytest.mark.parametrize("text, expected", [
    ("İsrail, Gazze'de Hamas'a ait 5 hedefi vurdu.", [("ASSAULT", {"source": ["Israel"], "target": ["Hamas"]})]),
    ("Rusya, Kiev'i füzelerle vurdu.", [("ASSAULT", {"source": ["Russia"], "target": ["Kyiv"]})]),
    # hitting the goal or the economy is no attack
    ("Arda Güler, Madrid'de kaleyi vurdu.", []),
    ("Enflasyon, Türkiye'de ekonomiyi vurdu.", []),
])
def test_striking_targets_is_an_attack(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Saldırıyı Eş-Şebab terör örgütü üstlendi.", ("ASSAULT", "occurred", {"source": ["al-Shabaab"]})),
    ("Çin donanması, Filipinler'e ait bir gemiye tazyikli su sıktı.", ("ASSAULT", "occurred", {"source": ["China"], "target": ["Philippines"]})),
    ("Guayaquil'deki cezaevinde mahkumlar, 2 gardiyanı rehin aldı.",
     ("ASSAULT", "occurred", {"source": ["prisoners"], "target": ["prison guards"]})),
    ("Ekvador hükümeti, olağanüstü hal ilan etti.", ("COERCE", "occurred", {"source": ["Ecuador"]})),
    # the owner of the body acted on takes no role of its own ("Çin'in Manila Büyükelçiliğine")
    ("Filipinler Dışişleri Bakanlığı, Çin'in Manila Büyükelçiliğine protesto notası verdi.",
     ("ACCUSE", "occurred", {"source": ["Ministry of Foreign Affairs of the Philippines"], "target": ["Manila Büyükelçiliği"]})),
    # whose acts are condemned, past quoted adjectives ending in -lI, is the target
    ('ABD, Çin\'in "tehlikeli ve istikrarsızlaştırıcı" eylemlerini kınadı.', ("ACCUSE", "occurred", {"source": ["United States"], "target": ["China"]})),
])
def test_claims_water_cannon_hostages_emergencies_and_protest_notes(events, text, expected):
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"]) == expected


def test_a_body_before_a_bare_noun_in_the_accusative_is_its_subject_not_its_compound(events):
    found = events("Türkiye Dışişleri Bakanlığı saldırıyı kınayarak başsağlığı diledi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ACCUSE", {"source": ["Ministry of Foreign Affairs of Türkiye"]})]


def test_a_scuffle_among_fans_has_them_as_both_sides(events):
    event = one(events("İstanbul'da iki takımın taraftarları arasında arbede çıktı."))
    assert (event["type"], event["location"], event["roles"]) == ("ASSAULT", "Istanbul", {"parties": ["fans"]})


def test_the_subject_of_a_condition_is_not_the_subject_of_the_clause_told(events):
    event = one(events("Türk-İş, taleplerinin karşılanmaması halinde greve gideceğini açıkladı."))
    assert (event["type"], event["status"], event["roles"]) == (
        "PROTEST", "conditional", {"source": ["Confederation of Turkish Trade Unions"]})


def test_an_outsider_stepping_into_a_clash_is_another_act(events):
    found = events("İstanbul'da iki takımın taraftarları arasında arbede çıktı. Polis, taraftarlara biber gazıyla müdahale etti.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"parties": ["fans"]}), ("ASSAULT", {"source": ["police"], "target": ["fans"]})]
    # one of the sides attacking is the clash told again
    found = events("Rusya ile Ukrayna arasında çatışma çıktı. Rusya, Ukrayna'ya saldırdı.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"parties": ["Russia", "Ukraine"]})]


@pytest.mark.parametrize("text, expected", [
    ("Hizbullah militanları İsrail'e roket attı.", {"source": ["Hezbollah"], "target": ["Israel"]}),
    ("Göstericiler Ankara'da polise taş attı.", {"source": ["protesters"], "target": ["police"]}),
    ("Ukrayna ordusu, Rus askerlerini geri püskürttü.", {"source": ["Ukraine"], "target": ["soldiers"]}),
    ("Yahudi yerleşimciler Filistinlilerin evlerini ateşe verdi.", {"source": ["settlers"], "target": ["nationals"]}),
    # soldiers after a country's name are the country's
    ("İsrail askerleri Batı Şeria'da 3 Filistinliyi öldürdü.", {"source": ["Israel"], "target": ["nationals"]}),
])
def test_killing_rockets_stones_repelling_and_arson_are_attacks(events, text, expected):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("ASSAULT", expected)


def test_whom_the_cause_concerns_is_no_target_of_the_act(events):
    event = one(events("Hollanda Büyükelçisi Joep Wijnands, Türk vatandaşlarına yönelik saldırılar nedeniyle Dışişleri Bakanlığına çağrıldı."))
    assert event["roles"] == {"target": ["Joep Wijnands"]}


def test_a_named_subject_acts_beside_a_group_that_called_with_it(events):
    event = one(events("Türk Tabipleri Birliği ve sağlık sendikalarının çağrısıyla doktorlar bugün iş bıraktı."))
    assert event["roles"]["source"] == ["Türk Tabipleri Birliği", "trade unions"]


def test_deaths_after_an_attack_noun_tell_it_happened_but_the_dead_did_not_do_it(events):
    event = one(events("Gazze'de İsrail'in hava saldırısında 12 Filistinli hayatını kaybetti."))
    assert (event["type"], event["status"], event["roles"]) == ("ASSAULT", "occurred", {"source": ["Israel"]})
    # who reports the dead is no attacker; the dead are the attack's targets
    found = events("Lübnan Sağlık Bakanlığı, saldırıda 9 kişinin hayatını kaybettiğini açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"target": ["people"]})]


def test_the_genitive_subject_of_a_passive_relative_clause_is_what_the_act_hit(events):
    event = one(events("Kentteki Suudi Hastanesi'nin de vurulduğu saldırıda 150'den fazla kişi yaralandı."))
    # the hospital hit, and the people hurt (counted past "'den fazla")
    assert (event["type"], event["roles"]) == ("ASSAULT", {"target": ["Suudi Hastanesi", "people"]})  # "Kentteki": in the city


def test_a_number_between_a_passive_participle_and_its_head(events):
    event = one(events("Ankara'da düzenlenen operasyonda gözaltına alınan 5 şüpheliden 3'ü tutuklandı."))
    assert (event["type"], event["roles"]) == ("COERCE", {"target": ["suspects"]})


def test_the_dead_and_wounded_of_an_attack_are_its_targets(events):
    event = one(events("Kiev'e düzenlenen saldırıda 5 kişi öldü."))
    assert event["roles"] == {"target": ["Kyiv", "people"]}
    # those who shot and those shot, both "kişi", are two sets of people
    event = one(events("Kadıköy'de kafeye düzenlenen silahlı saldırıda 1 kişi yaralandı. Motosikletli iki kişi, kafeye ateş açarak kaçtı."))
    assert event["roles"] == {"source": ["people"], "target": ["people"]}


@pytest.mark.parametrize("connective", ["Öte yandan", "Bu arada", "Ayrıca"])
def test_a_connective_opening_the_sentence_leaves_its_subject_in_place(events, connective):
    found = one(events(f"{connective} Rus ordusu dün gece Harkiv'e saldırı düzenledi."))
    assert found["roles"] == {"source": ["army"], "target": ["Kharkiv"]}


def test_the_object_before_a_noun_of_another_act_is_the_verbs(events):
    # a noun takes no object in the accusative: "Ali Kaya'yı" waits for "gözaltına aldı"
    found = events("Polis, gazeteci Ali Kaya'yı Ankara'da düzenlenen bir mitingin ardından gözaltına aldı.")
    detention = next(e for e in found if e["type"] == "COERCE")
    assert detention["roles"] == {"source": ["police"], "target": ["Ali Kaya"]}


def test_a_sanction_told_by_a_noun_of_warning_is_the_tellers(events):
    found = one(events("ABD Dışişleri Bakanı Ali Kaya, Karakas yönetimine yeni yaptırımlar uygulanacağı uyarısında bulundu."))
    assert (found["type"], found["status"], found["roles"]) == ("SANCTION", "planned", {"source": ["Ali Kaya"], "target": ["Caracas"]})


@pytest.mark.parametrize("text, sides, mediator", [
    ("Ukrayna ile Rusya, Birleşik Arap Emirlikleri'nin (BAE) arabuluculuğunda esir takası yaptı.", ["Russia", "Ukraine"], ["United Arab Emirates"]),
    ("Katar, İsrail ile Hamas arasındaki ateşkes görüşmelerine arabuluculuk yapıyor.", ["Hamas", "Israel"], ["Qatar"]),
])
def test_the_mediator_of_an_act(events, text, sides, mediator):
    found = one(events(text))
    assert (found["roles"]["parties"], found["roles"]["mediator"]) == (sides, mediator)


def test_who_mediated_an_act_did_not_act_in_it(events):
    found = one(events("Türkiye, iki ülke arasındaki esir takasına aracılık etti."))
    assert found["roles"] == {"mediator": ["Türkiye"]}


@pytest.mark.parametrize("predicate", ["askıya alındı", "tıkandı"])
def test_talks_halted_were_held(events, predicate):
    found = one(events(f"Almanya'da CDU ile SPD arasındaki koalisyon görüşmeleri göç konusundaki anlaşmazlık nedeniyle {predicate}."))
    assert (found["type"], found["status"]) == ("CONSULT", "occurred")


def test_talks_named_again_at_a_sentences_start_are_the_talks_told(events):
    found = events("CDU ile SPD arasındaki görüşmeler askıya alındı. Görüşmelerin cuma günü yeniden başlaması planlanıyor.")
    assert [(e["status"], e["date"], e["roles"]) for e in found] == [
        ("occurred", None, {"parties": ["Christian Democratic Union", "Social Democratic Party of Germany"]}),
        ("planned", "2026-03-13", {"parties": ["Christian Democratic Union", "Social Democratic Party of Germany"]})]


def test_an_agreement_at_a_meeting_of_two_is_both_sides(events):
    found = events("Bakan Ali Kaya, dün Ankara'da Bakan Veli Demir ile bir araya geldi. Görüşmede, ticaretin artırılması konusunda anlaşmaya varıldı.")
    agreement = next(e for e in found if e["type"] == "AGREE")
    assert agreement["roles"] == {"parties": ["Ali Kaya", "Veli Demir"]}


def test_a_tally_of_acts_is_not_the_act_told(events):
    found = events("Ukrayna ile Rusya, BAE arabuluculuğunda esir takası yaptı. BAE, bu yıl iki ülke arasında 6 esir takasına aracılık ettiğini kaydetti.")
    assert [e["roles"] for e in found] == [
        {"mediator": ["United Arab Emirates"], "parties": ["Russia", "Ukraine"]},
        {"mediator": ["United Arab Emirates"], "parties": ["Russia", "Ukraine"]}]  # six swaps this year, "iki ülke arasında"


def test_a_genitive_of_the_act_before_ve_gives_the_told_clause_after_it_no_subject(events):
    found = events("ABD Dışişleri Bakanı Ali Kaya, Veli Demir'in derhal serbest bırakılmasını talep etti ve "
                   "Karakas yönetimine yeni yaptırımlar uygulanacağı uyarısında bulundu.")
    sanction = next(e for e in found if e["type"] == "SANCTION")
    assert sanction["roles"] == {"source": ["Ali Kaya"], "target": ["Caracas"]}


def test_two_people_of_one_country_each_accusing_are_two_acts(events):
    found = events("Kenya'da Devlet Başkanı Samuel Kiptoo şiddeti kınadı. Muhalefet lideri Peter Otieno ise hükümeti suçladı.")
    assert [(e["type"], e["roles"].get("source")) for e in found] == [("ACCUSE", ["Samuel Kiptoo"]), ("ACCUSE", ["Peter Otieno"])]


@pytest.mark.parametrize("text, source, target", [
    ("Bakan Ali Kaya, Rusya'nın Ukrayna'dan çekilmesi gerektiğini vurguladı.", ["Ali Kaya"], ["Russia"]),
    # the body speaks through its unnamed spokesperson; the clause before ", ancak" is another
    (("ABD Dışişleri Bakanlığı Sözcüsü, anlaşmayı memnuniyetle karşıladıklarını, ancak İran'ın sözlerini eylemlerle kanıtlaması "
      "gerektiğini belirtti."), ["United States Department of State"], ["Iran"]),
])
def test_who_says_another_must_act_demands_it_of_them(events, text, source, target):
    demand = next(e for e in events(text) if e["type"] == "DEMAND")
    assert (demand["status"], demand["roles"]) == ("occurred", {"source": source, "target": target})


def test_an_obligation_of_no_one_named_is_no_demand(events):
    assert events("Bakan Ali Kaya, dikkatli olunması gerektiğini söyledi.") == []


def test_welcoming_told_in_the_plural_happened_and_ends_at_its_verb(events):
    found = events("Almanya ve Fransa, anlaşmayı olumlu karşıladıklarını, ancak Rusya'nın adım atması gerektiğini söyledi.")
    support = next(e for e in found if e["type"] == "SUPPORT")
    assert support["status"] == "occurred" and "target" not in support["roles"]
    demand = next(e for e in found if e["type"] == "DEMAND")
    assert demand["roles"] == {"source": ["France", "Germany"], "target": ["Russia"]}  # both tell it


def test_clashes_going_on_since_a_date_are_not_the_act_told_today(events):
    found = events("Ordu, Darfur'da sivillere saldırı düzenledi. Ordu ile HDK arasındaki çatışmalar Nisan 2023'ten bu yana sürüyor.")
    assert [(e["type"], e["date"]) for e in found] == [("ASSAULT", None), ("ASSAULT", "2023-04")]


def test_a_clash_named_at_a_sentences_start_takes_no_sides_from_an_attack_of_one_on_another(events):
    found = events("Rusya, dün Harkiv'e saldırı düzenledi. Çatışmalar 2024'ten bu yana sürüyor.")
    assert [e["roles"] for e in found] == [{"source": ["Russia"], "target": ["Kharkiv"]}]


@pytest.mark.parametrize("teller, source", [
    ("Başsavcı Ali Kaya", ["Ali Kaya"]),
    ("Ankara Cumhuriyet Başsavcılığı", ["Ankara Cumhuriyet Başsavcılığı"]),
    ("Vali Ali Kaya", None),  # a governor only reports the prosecutors' act
])
def test_a_prosecutor_telling_of_an_investigation_opened_opened_it(events, teller, source):
    found = one(events(f"{teller}, gazeteci Veli Demir hakkında soruşturma başlatıldığını açıkladı."))
    assert (found["type"], found["roles"].get("source"), found["roles"]["target"]) == ("ACCUSE", source, ["Veli Demir"])


@pytest.mark.parametrize("text", [
    "Hindistan ile Pakistan arasında Keşmir'de çatışma çıktı. BM Genel Sekreteri Antonio Guterres, iki ülkeyi itidale çağırdı.",
    "Hindistan ile Pakistan arasındaki çatışmalar sürüyor. Birleşmiş Milletler, taraflara ateşkes çağrısında bulundu.",
    # the soldiers with no name are one of the two named sides'
    "Kontrol Hattı'nda Hint askerleri ile Hindistan ve Pakistan arasında çatışma çıktı. BM, iki ülkeyi itidale çağırdı.",
    # the envoy's own talks, told in between, are not the sides he calls on; after a postposition the subject still speaks
    ("Hindistan ile Pakistan arasında çatışma çıktı. Başbakan Ali Kaya, Delhi'de kabul ettiği Özel Temsilci John Smith ile görüştü. "
     "Smith, görüşmenin ardından yaptığı açıklamada, tarafları itidale davet ederek ateşkesin korunması gerektiğini söyledi."),
])
def test_a_call_to_the_sides_is_aimed_at_the_sides_of_the_clash_told(events, text):
    call = next(e for e in events(text) if e["type"] == "REQUEST")
    assert call["roles"]["target"] == ["India", "Pakistan"]
    assert "Ali Kaya" not in call["roles"].get("source", []) + call["roles"]["target"]


def test_an_envoy_calling_on_the_sides_calls_on_neither_his_country_nor_the_one_he_is_sent_to(events):
    call = one(events("ABD'nin Suriye Özel Temsilcisi Tom Barrack, tarafları itidale davet etti."))
    assert call["roles"] == {"source": ["Tom Barrack"]}


@pytest.mark.parametrize("text, target", [
    ("Fransa, İsrail'i derhal geri çekilmeye davet etti.", ["Israel"]),
    ("Fransa, İsrail'i gerilimi tırmandırmamaya davet etti.", ["Israel"]),
])
def test_what_a_call_asks_for_is_no_act_and_its_object_is_the_one_called_on(events, text, target):
    found = one(events(text))
    assert (found["type"], found["location"], found["roles"]) == ("REQUEST", None, {"source": ["France"], "target": target})


def test_a_mention_of_attacks_joins_the_attack_of_its_actor(events):
    found = events("İsrail ordusu dün Lübnan'a kara harekatı başlattı. Hizbullah, İsrail ordusuna ait iki tankı füzelerle vurduğunu duyurdu. "
                   "İran ise İsrail'in saldırılarının bölgeyi savaşa sürükleyeceği uyarısında bulundu.")
    assert [(e["roles"]["source"], e["roles"]["target"]) for e in found] == [(["Israel"], ["Lebanon"]), (["Hezbollah"], ["Israel"])]
    assert [e["evidence"] for e in found] == [["kara harekatı başlattı", "saldırılarının"], ["vurduğunu"]]


def test_an_investigation_opened_last_year_is_not_todays_sentence(events):
    found = events("Ankara 2. Ağır Ceza Mahkemesi, 4 sanığa hapis cezası verdi. "
                   "Soruşturma, geçen yıl temmuz ayında Ankara Cumhuriyet Başsavcılığı tarafından başlatılmıştı.")
    assert [(e["date"], e["roles"]) for e in found] == [
        (None, {"source": ["Ankara 2. Ağır Ceza Mahkemesi"], "target": ["defendants"]}),
        ("2025-07", {"source": ["Ankara Cumhuriyet Başsavcılığı"]})]


def test_investigations_criticised_are_no_investigation(events):
    found = one(events("Bakan Ali Kaya, Ankara'da gazetecilere yönelik soruşturmaları eleştirdi."))
    assert found["evidence"] == ["eleştirdi"]


def test_an_act_alleged_and_denied_is_reported_at_the_place_off_whose_coast_it_was(events):
    found = events("Yunanistan Sahil Güvenliği ise dün Midilli Adası açıklarında 40 göçmeni geri ittiği iddialarını reddetti.")
    pushback = next(e for e in found if e["type"] == "COERCE")
    assert (pushback["status"], pushback["location"]) == ("reported", "Lesbos")


def test_the_two_leaders_meeting_at_a_summit_are_its_parties_not_the_summits_host(events):
    found = events("Cumhurbaşkanı Ali Kaya, Fransa Cumhurbaşkanı Emmanuel Macron ile telefonda görüştü. "
                   "İki lider, önümüzdeki ay Lahey'de yapılacak NATO zirvesinde bir araya gelmeyi kararlaştırdı.")
    assert [(e["status"], e["date"], e["location"], e["roles"]) for e in found][1] == (
        "planned", "2026-04", "The Hague", {"parties": ["Ali Kaya", "Emmanuel Macron"]})


def test_two_leaders_met_by_another_are_not_the_parties_in_place_of_who_meets_them(events):
    found = events("Ali Kaya ile Veli Demir dün Lefkoşa'da görüştü. BM'nin Kıbrıs Temsilcisi Ayşe Kara'nın gelecek hafta "
                   "adaya gelerek iki liderle ayrı ayrı görüşmesi planlanıyor.")
    assert found[-1]["roles"] == {"source": ["Ayşe Kara"]}


def test_a_word_of_an_act_inside_a_bodys_name_is_the_names(events):
    found = one(events("Sözcü Ali Kaya, dün Ankara'da yapılan Türkiye-Yunanistan Yüksek Düzeyli İşbirliği Konseyi toplantısını "
                       "verimli olarak nitelendirdi."))
    # no COOPERATE from "İşbirliği"; the name counts as one word between the participle and the meeting
    assert (found["type"], found["status"], found["date"], found["location"]) == ("CONSULT", "occurred", "2026-03-10", "Ankara")


def test_a_bare_noun_in_the_next_sentence_is_the_act_told_just_before(events):
    found = events("Ali Kaya, dün Ankara'da yapılan toplantıyı verimli buldu. Kaya, toplantıda 11 anlaşma imzalandığını belirtti. "
                   "Veli Demir ile gelecek ay Atina'da görüşeceğini açıkladı.")
    assert (found[0]["type"], found[0]["status"], found[0]["evidence"]) == ("CONSULT", "occurred", ["yapılan toplantıyı", "toplantıda"])


def test_a_veto_announced_is_a_planned_rejection(events):
    found = one(events("Cumhurbaşkanı Ayşe Kara, yasayı veto edeceğini açıkladı."))
    assert (found["type"], found["status"], found["roles"]) == ("REJECT", "planned", {"source": ["Ayşe Kara"]})


@pytest.mark.parametrize("text, roles", [
    # the owner of the drone struck; the owner of the tanks was struck
    ("Gazze Sivil Savunma Müdürlüğü, İsrail ordusuna ait insansız hava aracının konvoyu hedef aldığını açıkladı.", {"source": ["Israel"]}),
    ("Hizbullah, İsrail ordusuna ait iki tankı füzelerle vurduğunu duyurdu.", {"source": ["Hezbollah"], "target": ["Israel"]}),
])
def test_the_owner_of_what_strikes_or_is_struck(events, text, roles):
    assert one(events(text))["roles"] == roles


def test_a_package_aimed_at_banks_is_no_attack(events):
    assert [e["type"] for e in events("AB, Rus bankalarını hedef alan yaptırım paketini onayladı.")] == ["SANCTION"]


def test_talks_told_again_with_their_mediator_only_are_the_talks(events):
    found = events("İran ile ABD arasındaki müzakerelerin üçüncü turu, 7 Nisan Salı günü Cenevre'de yapılacak. "
                   "Sözcü, müzakerelerin yine Umman'ın arabuluculuğunda yürütüleceğini belirtti.")
    assert [(e["date"], e["roles"]) for e in found] == [("2026-04-07", {"mediator": ["Oman"], "parties": ["Iran", "United States"]})]


def test_a_town_named_by_its_common_noun_is_more_precise_than_its_region(events):
    found = one(events("Gazze Şeridi'nin güneyindeki Refah kentinde İsrail ordusu yardım konvoyuna saldırdı."))
    assert found["location"] == "Refah"


@pytest.mark.parametrize("text", [
    # agreeing to do something, and the pair in a told clause whose verb is far from its genitive
    "Ulusal Birlik Hükümeti ile Temsilciler Meclisi, ortak bir komite kurmayı kabul etti.",
    "Sözcü Ali Kaya, Ulusal Birlik Hükümeti ile Temsilciler Meclisinin ortak bir komite kurma konusunda uzlaştığını açıkladı.",
])
def test_a_pair_agreeing_is_the_deals_parties(events, text):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("AGREE", {"parties": ["Temsilciler Meclisi", "Ulusal Birlik Hükümeti"]})


def test_last_months_meeting_told_in_the_pluperfect_is_not_todays_call(events):
    found = events("Dışişleri Bakanı Ali Kaya, Irak Dışişleri Bakanı Fuad Salih ile telefonda görüştü. "
                   "Kaya, geçen ay Erbil'i ziyaret ederek Mesut Berzenci ile bir araya gelmişti.")
    meetings = [(e["date"], e["location"], e["roles"]) for e in found if e["type"] == "CONSULT"]
    assert meetings == [(None, None, {"source": ["Ali Kaya"], "target": ["Fuad Salih"]}),
                        ("2026-02", "Erbil", {"source": ["Ali Kaya"], "target": ["Mesut Berzenci"]})]


@pytest.mark.parametrize("text", [
    "Firari Ali Kaya, pazartesi günü Gürcistan polisi tarafından yakalandı.",
    "Firari Ali Kaya, pazartesi günü Gürcistan polisince yakalandı.",
])
def test_a_countrys_police_as_the_agent_of_a_passive_is_that_country(events, text):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("COERCE", {"source": ["Georgia"], "target": ["Ali Kaya"]})


def test_a_country_before_its_army_after_a_word_for_people_is_no_person(events):
    event = one(events("Üç gazeteci İsrail ordusu tarafından gözaltına alındı."))
    assert event["roles"] == {"source": ["Israel"], "target": ["journalists"]}


def test_a_reception_within_a_visit_is_still_told(events):
    event = one(events("Bakan Ali Kaya, ziyaret kapsamında Özbekistan Cumhurbaşkanı Rustam Alimov tarafından da kabul edildi."))
    assert (event["type"], event["roles"]) == ("CONSULT", {"source": ["Rustam Alimov"], "target": ["Ali Kaya"]})


def test_an_act_named_as_the_frame_of_another_takes_none_of_its_sides(events):
    # "Soruşturma kapsamında": within the investigation; who sent the report to the prosecutors did not investigate them
    found = events("Soruşturma kapsamında, Türkiye Futbol Federasyonu tarafından cumartesi günü Başsavcılığa gönderilen raporda, "
                   "152 hakemin bahis hesabı bulunduğu belirtilmişti.")
    assert [e for e in found if e["type"] == "ACCUSE"] == []


def test_freezing_assets_is_a_sanction(events):
    event = one(events("Avrupa Birliği, 12 şirketin mal varlığını dondurdu."))
    assert (event["type"], event["roles"]) == ("SANCTION", {"source": ["European Union"]})


@pytest.mark.parametrize("text", [
    "Adalet Bakanlığı, iş insanının iadesi için Gürcistan makamlarına resmi talepte bulundu.",
    "Adalet Bakanlığı, Gürcistan'a iade talebinde bulundu.",
])
def test_making_a_request_is_a_demand(events, text):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("DEMAND", {"source": ["Ministry of Justice of Türkiye"], "target": ["Georgia"]})


@pytest.mark.parametrize("text, roles", [
    # the country in the ablative before the imports stopped is the target; "ayrıca" after a bare name marks the subject
    ("Çin ayrıca Japonya'dan deniz ürünleri ithalatını askıya aldığını duyurdu.", {"source": ["China"], "target": ["Japan"]}),
    ("Rusya, Gürcistan'dan şarap ithalatını yasakladı.", {"source": ["Russia"], "target": ["Georgia"]}),
])
def test_stopping_a_countrys_imports_sanctions_it(events, text, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("SANCTION", roles)


@pytest.mark.parametrize("text", ["Nijerya'da 20 öğrenci kaçırıldı.", "Silahlı bir grup iki işçiyi kaçırdı."])
def test_people_carried_off_are_assaulted(events, text):
    assert one(events(text))["type"] == "ASSAULT"


def test_a_place_in_the_genitive_before_a_distance_and_a_side_of_it_is_where_not_who(events):
    found = one(events("Başkent Bamako'nun yaklaşık 300 kilometre kuzeyindeki bir şantiyede 2 mühendis kaçırıldı."))
    assert (found["type"], found["location"], found["roles"].get("source")) == ("ASSAULT", "Bamako", None)
    # nor is the town struck when a village some way from it is: the village is the target
    found = one(events("Militanlar, Halep kentinin yaklaşık 50 kilometre batısındaki bir köye saldırdı."))
    assert (found["location"], found["roles"]) == ("Aleppo", {"source": ["militants"]})
    # a side with no distance is still a part of the place itself
    found = one(events("Militanlar, Halep kentinin kuzeyindeki köylere saldırdı."))
    assert found["roles"] == {"source": ["militants"], "target": ["Aleppo"]}


@pytest.mark.parametrize("teller, source", [
    ("Milli Savunma Bakanlığı (MSB)", ["Ministry of National Defence of Türkiye"]),  # a defence ministry's own strike
    ("İçişleri Bakanı Ali Kaya", ["Ali Kaya"]),  # an interior minister's police
])
def test_a_body_telling_of_an_act_of_its_own_kind_did_it(events, teller, source):
    text = {"Milli Savunma Bakanlığı (MSB)": "{}, Irak'ın kuzeyinde 7 teröristin etkisiz hale getirildiğini açıkladı.",
            "İçişleri Bakanı Ali Kaya": "{}, 11 şüphelinin gözaltına alındığını açıkladı."}[teller].format(teller)
    assert one(events(text))["roles"]["source"] == source


def test_who_tells_a_headline_before_its_colon_is_not_in_it(events):
    found = events("MSB: Irak'ın kuzeyinde 7 terörist etkisiz hale getirildi\n\n"
                   "Milli Savunma Bakanlığı, Irak'ın kuzeyinde 7 teröristin etkisiz hale getirildiğini açıkladı.")
    assert [(e["location"], e["roles"]) for e in found] == [
        ("Iraq", {"source": ["Ministry of National Defence of Türkiye"], "target": ["militants"]})]  # in Iraq's north, at the militants


def test_until_an_act_is_done_is_no_act(events):
    assert events('MSB, "Mücadelemiz son terörist etkisiz hale getirilene kadar sürecek" dedi.') == []


def test_a_told_clause_before_a_converb_of_saying_is_not_the_verbs(events):
    found = one(events("Irak Dışişleri Bakanlığı, operasyonun Irak'ın egemenliğini ihlal ettiğini belirterek Türkiye'yi kınadı."))
    assert found["roles"] == {"source": ["Ministry of Foreign Affairs of Iraq"], "target": ["Türkiye"]}


def test_an_agreement_they_expect_to_be_signed_is_expected(events):
    found = one(events("Bakan Ali Kaya, Azerbaycan ile Ermenistan arasındaki barış anlaşmasının bu yıl imzalanmasını beklediklerini söyledi."))
    assert (found["type"], found["status"], found["date"]) == ("AGREE", "expected", "2026")


@pytest.mark.parametrize("text", [
    "Ekipler, şüphelilerin Suriye'deki çatışma bölgelerindeki örgüt üyeleriyle irtibatlı olduğunu belirledi.",
    "Polis, evde bir saldırı tüfeği buldu.",
])
def test_words_of_an_act_naming_a_thing_or_a_place_are_no_act(events, text):
    assert [e["type"] for e in events(text)] == []


def test_a_ministry_telling_of_the_other_sides_fire_did_not_fire(events):
    found = one(events("Ermenistan Savunma Bakanlığı, Azerbaycan ordusunun dün sınırdaki mevzilere ateş açtığını iddia etti."))
    assert found["roles"] == {"source": ["Azerbaijan"]}


def test_waiting_is_no_expectation_of_a_meeting(events):
    assert events("Piyasalar, Fed'in eylül ayındaki toplantısında faiz indirimine gitmesini bekliyor.") == []


@pytest.mark.parametrize("text, roles", [
    ("Yunanistan, Türkiye'nin tezlerine karşı çıkıyor.", {"source": ["Greece"], "target": ["Türkiye"]}),
    # the bodies that voted against; the parties in the genitive voted for it
    ("AK Parti ve MHP milletvekillerinin oylarıyla kabul edilen teklife CHP ve İYİ Parti karşı çıktı.",
     {"source": ["Good Party", "Republican People's Party"]}),
])
def test_opposing_is_rejecting(events, text, roles):
    found = one(events(text))
    assert (found["type"], found["roles"]) == ("REJECT", roles)


def test_taking_a_law_to_court_is_legal_action_and_the_court_no_target(events):
    found = one(events("CHP Grup Başkanvekili Ali Kaya, teklifi Anayasa Mahkemesine götüreceklerini açıkladı."))
    assert (found["type"], found["status"], found["roles"]) == ("ACCUSE", "planned", {"source": ["Ali Kaya"]})


def test_a_possessed_noun_in_the_dative_two_words_on_is_anothers(events):
    found = one(events("Ankara Cumhuriyet Başsavcılığının talimatıyla DEAŞ terör örgütüne yönelik düzenlenen operasyonda "
                       "11 şüpheli gözaltına alındı."))
    assert found["roles"] == {"source": ["Ankara Cumhuriyet Başsavcılığı"], "target": ["suspects"]}


def test_a_condemnation_of_acts_described_in_quotes_and_support_renewed(events):
    found = events("ABD Dışişleri Bakanlığı, Çin'in \"tehlikeli ve istikrarı bozucu\" eylemlerini kınadı ve Filipinler'e desteğini yineledi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["United States Department of State"], "target": ["China"]}),
        ("SUPPORT", {"source": ["United States Department of State"], "target": ["Philippines"]})]


@pytest.mark.parametrize("text, status", [
    ("ABD, Çin mallarına ek gümrük vergisi getirdi.", "occurred"),
    ("ABD, Çin ürünlerine yüzde 50 ek gümrük vergisi uygulayacak.", "planned"),
])
def test_tariffs_imposed_are_sanctions_on_whose_goods_they_fall(events, text, status):
    found = one(events(text))
    assert (found["type"], found["status"], found["roles"]) == ("SANCTION", status, {"source": ["United States"], "target": ["China"]})


def test_tariffs_struck_down_are_no_sanction(events):
    assert events("ABD Yüksek Mahkemesi, gümrük vergilerini iptal etti.") == []


def test_retaliation_announced_is_a_threat(events):
    found = one(events("Çin Ticaret Bakanlığı, misilleme yapacağını duyurdu."))
    assert (found["type"], found["roles"]) == ("THREATEN", {"source": ["Ministry of Trade of China"]})


def test_the_two_countries_called_on_are_the_two_the_article_names_most(events):
    found = events("ABD, Çin mallarına ek gümrük vergisi getirdi. Çin, ABD'yi eleştirdi. AB, iki ülkeyi diyaloğa davet etti.")
    assert found[-1]["roles"] == {"source": ["European Union"], "target": ["China", "United States"]}


def test_a_bare_noun_before_the_verb_after_a_subject_is_the_object(events):
    found = one(events("Litvanya, 3 Rus diplomatı sınır dışı etti."))
    # expelling diplomats is a sanction, as PLOVER's gold standard records code it; deporting others is coercion
    assert (found["type"], found["roles"]) == ("SANCTION", {"source": ["Lithuania"], "target": ["diplomats"]})


def test_who_is_asked_to_act_is_the_target_of_the_request(events):
    found = one(events("Litvanya, diplomatların 5 gün içinde ülkeyi terk etmesini istedi."))
    assert found["roles"] == {"source": ["Lithuania"], "target": ["diplomats"]}


def test_a_hostile_step_so_called_is_a_condemnation(events):
    found = one(events('Sözcü Ayşe Kara, kararı "düşmanca bir adım" olarak nitelendirdi.'))
    assert (found["type"], found["roles"]) == ("ACCUSE", {"source": ["Ayşe Kara"]})


def test_not_recognising_a_decision_is_a_rejection_that_happened(events):
    found = one(events("Fransa Dışişleri Bakanlığı, askeri yönetimin kararı tanımadığını açıkladı."))
    assert (found["type"], found["status"]) == ("REJECT", "occurred")


def test_a_military_government_acts(events):
    found = one(events("Nijer'de askeri yönetim, Fransız büyükelçisini sınır dışı etti."))
    assert (found["type"], found["roles"]["source"]) == ("SANCTION", ["military government"])


def test_the_ships_of_a_coast_guard_act_for_it(events):
    found = one(events("Filipinler, Çin Sahil Güvenlik gemilerinin ikmal teknesine tazyikli su sıktığını duyurdu."))
    assert (found["type"], found["roles"]) == ("ASSAULT", {"source": ["coast guard"]})


def test_who_tells_of_an_act_aimed_at_something_else_is_not_its_target(events):
    event = one(events("Norveç İçişleri Bakanlığı, hükümetin bilgi sistemlerine yönelik kapsamlı bir siber saldırı düzenlendiğini açıkladı. "
                       "Bakanlık, saldırının arkasında Rusya ile bağlantılı bir grubun olduğunu bildirdi."))
    # the government whose systems were aimed at is the target; the ministry telling of it is not
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["Russia"], "target": ["government"]})


def test_who_is_behind_an_act_did_it(events):
    found = events("Bakanlık Sözcüsü, saldırının arkasında İran ile bağlantılı bir grubun olduğunu söyledi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["Iran"]})]


def test_a_boat_seized_is_its_fishermens_and_those_detained_by_a_converb_are_acted_on(events):
    event = one(events("Norveç Sahil Güvenlik, Kuzey Denizi'nde bir İsveç balıkçı teknesine el koydu. "
                       "Teknedeki 3 balıkçı gözaltına alınarak limana götürüldü."))
    assert (event["type"], event["roles"], event["countries"]) == (
        "COERCE", {"source": ["coast guard"], "target": ["fishermen"]}, ["NOR", "SWE"])


def test_receiving_a_named_guest_is_a_meeting_with_them(events):
    event = one(events("Cumhurbaşkanı Ali Demir, Norveç Başbakanı Jonas Berg'i makamında kabul etti."))
    assert (event["type"], event["roles"]) == ("CONSULT", {"source": ["Ali Demir"], "target": ["Jonas Berg"]})


def test_accepting_a_proposal_is_no_meeting(events):
    assert events("Hükümet, Norveç'in teklifini kabul etti.") == []


def test_a_ceremony_of_welcome_is_part_of_the_visit_it_opens(events):
    event = one(events("Norveç Başbakanı Jonas Berg, Ankara'ya resmi bir ziyaret gerçekleştirdi. "
                       "Berg, Külliye'de resmi törenle karşılandı."))
    assert (event["type"], event["roles"], len(event["evidence"])) == ("CONSULT", {"source": ["Jonas Berg"], "target": ["Ankara"]}, 2)


def test_a_host_welcoming_a_guest_with_a_ceremony_meets_them(events):
    event = one(events("Cumhurbaşkanı Ali Demir, Norveç Başbakanı Jonas Berg'i Külliye'de resmi törenle karşıladı."))
    assert (event["type"], event["status"], event["roles"]) == ("CONSULT", "occurred", {"source": ["Ali Demir"], "target": ["Jonas Berg"]})


def test_a_visit_told_by_a_converb_takes_the_tense_and_the_date_of_its_own_clause(events):
    # "ziyaret ederek": the light verb ends the visit's clause; the year after it dates the earthquakes, not the visit
    event = one(events("Norveç Başbakanı Jonas Berg'in cuma günü Malatya'yı ziyaret ederek 2023 depremlerinin ardından "
                       "inşa edilen konutları incelemesi bekleniyor."))
    assert (event["type"], event["status"], event["date"], event["location"]) == ("CONSULT", "expected", "2026-03-13", "Malatya")


def test_a_meeting_told_as_separate_is_another_meeting(events):
    # the talks after the welcome name no one: without "ayrı", the ministers' meeting would have joined them
    found = events("Norveç Başbakanı Jonas Berg, Ankara'ya resmi bir ziyaret gerçekleştirdi. "
                   "Heyetler arası görüşmenin ardından düzenlenen basın toplantısında 3 anlaşma imzalandı. "
                   "Dışişleri Bakanı Can Aydın ile Norveç Dışişleri Bakanı Erik Lund da ayrı bir görüşme gerçekleştirdi.")
    found = [e for e in found if e["type"] == "CONSULT"]
    assert sorted(sorted(name for names in e["roles"].values() for name in names) for e in found) == [
        ["Ankara", "Jonas Berg"], ["Can Aydın", "Erik Lund"]]


@pytest.mark.parametrize("text", [
    "Norveç Başbakanı Jonas Berg Ankara'ya geldi. Norveçli Başbakan, yarın İstanbul'da iş insanlarıyla bir araya gelecek.",
    "Norveç Başbakanı Jonas Berg Ankara'ya geldi. Norveçli lider ise yarın İstanbul'da iş insanlarıyla bir araya gelecek.",
])
def test_a_leader_described_by_nationality_and_title_is_the_one_named_before(events, text):
    assert events(text)[-1]["roles"] == {"source": ["Jonas Berg"]}


def test_a_leader_described_of_another_country_is_not_the_one_named_before(events):
    found = events("Norveç Başbakanı Jonas Berg Ankara'ya geldi. İsveçli Başbakan, yarın İstanbul'da iş insanlarıyla bir araya gelecek.")
    assert all(e["roles"] != {"source": ["Jonas Berg"]} for e in found if e["status"] == "planned")


@pytest.mark.parametrize("text, roles", [
    ("Japonya, Sırbistan'a ekonomik yardımı askıya aldı.", {"source": ["Japan"], "target": ["Serbia"]}),
    ("Kolombiya, İsrail ile diplomatik ilişkilerini kesti.", {"source": ["Colombia"], "target": ["Israel"]}),
    ("Avrupa Birliği, Gürcistan'a uyguladığı vize muafiyetini askıya aldı.", {"source": ["European Union"], "target": ["Georgia"]}),
])
def test_suspending_aid_visas_or_relations_is_a_sanction(events, text, roles):
    found = one(events(text))
    assert (found["type"], found["roles"]) == ("SANCTION", roles)


def test_deporting_people_is_coercion(events):
    assert one(events("Polis, 3 göçmeni sınır dışı etti."))["type"] == "COERCE"


def test_a_protest_that_is_the_aim_of_a_gathering_is_not_passive(events):
    # "toplandı" is the gathering's verb: the protesters protest, they are not protested against
    found = one(events("Tiflis'te binlerce kişi, hükümetin kararını protesto etmek için parlamento binası önünde toplandı."))
    assert (found["type"], found["roles"]) == ("PROTEST", {"source": ["people"], "target": ["government"]})


@pytest.mark.parametrize("text, kind", [
    ("Kuzey Kore, bu sabah Japonya Denizi'ne kısa menzilli balistik füze fırlattı.", "MOBILIZE"),  # a show of force
    ("Kuzey Kore, geçen ay 2 seyir füzesi denemesi yapmıştı.", "MOBILIZE"),
    ("Rusya, Kiev'e 40 füze fırlattı.", "ASSAULT"),  # fired at a city, it strikes
])
def test_a_missile_fired_into_the_sea_or_tested_is_a_show_of_force(events, text, kind):
    assert one(events(text))["type"] == kind


def test_an_office_holder_named_alone_as_subject_does_not_do_the_act_the_object_names(events):
    found = one(events('Japonya Başbakanı, füze denemesini "kabul edilemez bir provokasyon" olarak niteleyerek tepki gösterdi.'))
    assert (found["type"], found["roles"]) == ("ACCUSE", {"source": ["Japan"]})


def test_an_office_holder_named_alone_who_tells_of_an_attack_did_not_make_it(events):
    found = one(events("Rusya'nın Belgorod bölgesinin valisi, Ukrayna ordusunun kente düzenlediği İHA saldırısında "
                       "bir kişinin öldüğünü bildirdi."))
    assert found["roles"]["source"] == ["Ukraine"]


def test_an_office_holder_named_alone_holds_the_meeting_told_by_its_participle(events):
    found = one(events("Trabzonspor Kulübü Başkanı, eski yöneticilerle yaptığı toplantıdan güvenoyu alarak çıktı."))
    assert (found["type"], found["roles"]) == ("CONSULT", {"source": ["Trabzonspor"]})  # the club the tables know


def test_a_datelines_place_and_agency_take_part_in_no_act(events):
    found = one(events("BERLİN (AA) - Almanya'nın Solingen kentinde bir binaya kundaklama saldırısı düzenlendi."))
    assert (found["type"], found["roles"], found["location"]) == ("ASSAULT", {}, "Solingen")


def test_a_countrys_embassy_is_the_countrys_and_does_not_make_it_a_party(events):
    found = events("Türkiye'nin Berlin Büyükelçiliği, saldırıyı kınayarak soruşturma yapılmasını talep etti.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["Berlin Büyükelçiliği"]}), ("DEMAND", {"source": ["Berlin Büyükelçiliği"]})]


def test_whose_sentence_a_court_rules_is_its_target(events):
    found = one(events("Mahkeme heyeti, iki sanığın 3'er yıl hapis cezasına çarptırılmasına hükmetti."))
    assert (found["type"], found["roles"]) == ("ACCUSE", {"source": ["court"], "target": ["defendants"]})


def test_a_condemnation_told_by_a_participle(events):
    found = one(events("Almanya, saldırıyı kınayan bir açıklama yayımladı."))
    assert (found["type"], found["roles"]) == ("ACCUSE", {"source": ["Germany"]})


def test_the_place_of_a_cause_is_not_where_the_act_happened(events):
    found = one(events("Stockholm'de Kur'an yakılmasına izin verilmesi üzerine İsveç'in Ankara Büyükelçisi Staffan Berg, "
                       "Dışişleri Bakanlığına çağrıldı."))
    assert (found["type"], found["location"]) == ("ACCUSE", None)


def test_the_body_another_belongs_to_is_not_whom_the_act_concerns(events):
    found = one(events("Ulaştırma Bakanlığına bağlı Siber Olaylara Müdahale Merkezi, Rusya'yı saldırıyla suçladı."))
    assert found["roles"] == {"source": ["Siber Olaylara Müdahale Merkezi"], "target": ["Russia"]}


@pytest.mark.parametrize("text, kind", [
    ("İşçiler, iş bırakarak fabrikanın önünde toplandı.", "PROTEST"),
    ("Almanya, planı destekleyerek yardım sözü verdi.", "SUPPORT"),
    ("ABD, kararı eleştirerek açıklama yaptı.", "ACCUSE"),
    ("Rusya ile Ukrayna, 150'şer esiri takas ederek anlaşmaya uydu.", "RETREAT"),
    ("Polis, araca el koyarak sürücüyü uyardı.", "COERCE"),
])
def test_an_act_told_by_a_converb(events, text, kind):
    assert events(text)[0]["type"] == kind


def test_a_call_told_by_a_converb_is_a_request(events):
    found = one(events("Bakan Ali Demir, tarafları uzlaşmaya çağırarak bakanlığın arabuluculuğa hazır olduğunu belirtti."))
    assert (found["type"], found["roles"]) == ("REQUEST", {"source": ["Ali Demir"]})


def test_the_offence_a_sentence_is_for_does_not_hide_who_is_sentenced(events):
    # "suçundan" ends like a participle ("çalışan") but is an ablative: it opens no relative clause
    event = one(events("Ağır Ceza Mahkemesi, gazeteci Ayşe Kara'yı terör propagandası suçundan 1 yıl hapis cezasına çarptırdı."))
    assert (event["type"], event["roles"]["target"]) == ("ACCUSE", ["Ayşe Kara"])


def test_whom_an_asked_act_concerns_is_not_the_target_of_the_asking(events):
    event = one(events("ABD Dışişleri Bakanlığı, Gürcistan hükümetini göstericilere karşı güç kullanmaktan kaçınmaya çağırdı."))
    assert (event["type"], event["roles"]["target"]) == ("REQUEST", ["Georgia"])


def test_a_strike_of_five_days_is_one_strike(events):
    event = one(events("İngiltere'de asistan doktorlar greve gitti. Doktorlar, ücret artışı talebiyle 5 günlük greve başladı."))
    assert (event["type"], len(event["evidence"])) == ("PROTEST", 2)


def test_a_meeting_on_the_margins_of_another_is_its_own(events):
    found = events("NATO dışişleri bakanları Brüksel'de bir araya geldi. Toplantıya katılan Dışişleri Bakanı Hakan Fidan, "
                   "toplantı marjında ABD Dışişleri Bakanı Marco Rubio ile görüştü.")
    assert [(e["type"], sorted(r for role in e["roles"].values() for r in role)) for e in found] == [
        ("CONSULT", ["NATO"]), ("CONSULT", ["Hakan Fidan", "Marco Rubio"])]


def test_the_margins_meeting_told_again_is_that_meeting_and_where_the_main_one_was(events):
    found = events("NATO dışişleri bakanları Brüksel'de bir araya geldi. Toplantıya katılan Dışişleri Bakanı Ali Kaya, "
                   "marjında ABD Dışişleri Bakanı John Smith ile ikili görüşme yaptı. "
                   "Kaya, Smith ile görüşmesinde Suriye'deki son durumu ele aldı.")
    assert [(e["type"], e["location"], sorted(r for role in e["roles"].values() for r in role), len(e["evidence"])) for e in found] == [
        ("CONSULT", "Brussels", ["NATO"], 2), ("CONSULT", "Brussels", ["Ali Kaya", "John Smith"], 2)]


@pytest.mark.parametrize("text", ["Kabine yarın toplanıyor.", "Bakan Ali Kaya yarın Veli Demir ile görüşüyor."])
def test_the_present_tense_of_an_act_dated_tomorrow_is_planned(events, text):
    event = one(events(text))
    assert (event["type"], event["status"], event["date"]) == ("CONSULT", "planned", "2026-03-12")


def test_the_attack_whose_planners_are_named_happened_when_its_dead_died_and_is_not_the_captors(events):
    found = events("Polis, 2013'te Reyhanlı'da 53 kişinin hayatını kaybettiği saldırının planlayıcıları arasında yer alan "
                   "aranan Ahmet Yılmaz'ı yakaladı.")
    attack = next(e for e in found if e["type"] == "ASSAULT")
    assert (attack["status"], attack["date"], attack["location"], attack["roles"]) == ("occurred", "2013", "Reyhanlı", {"target": ["people"]})


def test_ministers_gathering_meet(events):
    event = one(events("NATO dışişleri bakanları, ittifakın Brüksel'deki karargahında toplandı."))
    assert (event["type"], event["location"]) == ("CONSULT", "Brussels")
    assert [e["type"] for e in events("Göstericiler Taksim'de toplandı.")] == ["PROTEST"]  # protesters gathering protest


def test_a_name_in_a_clause_told_before_does_not_own_the_noun_after_it(events):
    event = one(events("Norveç Savunma Bakanlığı, İsveç'in sınırda yeniden mevzilendiğini öne sürerek Finlandiya'ya yönelik "
                       "saldırılar düzenlendiğini açıkladı."))
    assert event["roles"] == {"source": ["Ministry of Defence of Norway"], "target": ["Finland"]}


def test_what_someone_is_accused_of_is_no_act_of_its_own(events):
    event = one(events("Rusya, Ukrayna'yı sivillere saldırmakla suçladı."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Russia"], "target": ["Ukraine"]})


def test_refusing_to_allow_is_a_rejection_not_a_negated_act(events):
    event = one(events("İsrail, BM heyetinin Gazze'ye girişine izin vermedi."))
    assert (event["type"], event["status"], event["roles"]["source"]) == ("REJECT", "occurred", ["Israel"])


def test_a_place_opening_a_headline_without_a_comma_acts(events):
    event = one(events("İsveç Finlandiya'ya saldırdı."))
    assert event["roles"] == {"source": ["Sweden"], "target": ["Finland"]}


def test_a_place_before_a_date_is_no_subject(events):
    event = one(events("Türkiye 2025'te Suriye'ye yardım gönderdi."))
    assert event["roles"] == {"target": ["Syria"]}


def test_two_bodies_working_together_both_act(events):
    event = one(events("Norveç İstihbarat Teşkilatı ile Oslo Emniyet Müdürlüğü'nün ortak çalışmasında 6 şüpheli gözaltına alındı."))
    assert event["roles"] == {"source": ["Norveç İstihbarat Teşkilatı", "Oslo Emniyet Müdürlüğü"], "target": ["suspects"]}


def test_whose_detention_goes_on_is_its_target(events):
    event = one(events("Ağır Ceza Mahkemesi, Ayşe Kara'nın tutukluluk halinin devamına karar verdi."))
    assert (event["type"], event["roles"]["target"]) == ("COERCE", ["Ayşe Kara"])


def test_a_name_before_hakkinda_is_what_an_act_of_the_law_concerns(events):
    event = one(events("Ağır Ceza Mahkemesi, Ayşe Kara hakkındaki tutukluluk halinin devamına karar verdi."))
    assert (event["type"], event["roles"]["target"]) == ("COERCE", ["Ayşe Kara"])


def test_aid_with_no_one_named_to_receive_it_goes_where_it_is_given(events):
    event = one(events("Türk Kızılay, Darfur bölgesinde yerinden edilen aileler için 500 ton gıda yardımı gönderdi."))
    assert (event["type"], event["roles"]["target"]) == ("AID", ["Darfur"])


def test_criticising_a_sentence_is_not_passing_it(events):
    found = events("Oslo Ağır Ceza Mahkemesi, Ayşe Kara'ya hapis cezası verdi. Ali Demir, karara tepki gösterdi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["Oslo Ağır Ceza Mahkemesi"], "target": ["Ayşe Kara"]}), ("ACCUSE", {"source": ["Ali Demir"]})]


def test_a_missile_test_is_a_show_of_force(events):
    event = one(events("Kuzey Kore, yeni bir balistik füze denemesi yaptı."))
    assert (event["type"], event["roles"]) == ("MOBILIZE", {"source": ["North Korea"]})


def test_whose_deed_is_condemned_is_the_target(events):
    event = one(events("Yunanistan, Türkiye'nin Ege'de yayımladığı NAVTEX'i kınadı."))
    assert event["roles"] == {"source": ["Greece"], "target": ["Türkiye"]}


def test_a_nominal_clause_is_no_deed_acted_on(events):
    # "aktardığı basına yansımıştı": the clause is the subject of another verb, no object of the act
    event = one(events("Maskat'ta Ali Demir'in de Ankara'nın mesajını Norveç Dışişleri Bakanı Jonas Berg'e aktardığı basına yansımıştı."))
    assert (event["type"], event["roles"]["source"], event["roles"]["target"]) == ("CONSULT", ["Ali Demir"], ["Jonas Berg"])


def test_the_two_countries_ministers_are_the_two_sides_told_before(events):
    found = events("Norveç, İsveç'in büyükelçisini bakanlığa çağırdı. İki ülke dışişleri bakanlarının gelecek ay Oslo'da bir araya gelmesi planlanıyor.")
    assert found[-1]["type"] == "CONSULT" and found[-1]["countries"] == ["NOR", "SWE"]


def test_a_union_telling_of_a_strike_organises_it(events):
    event = one(events("Norveç İşçi Sendikası, 5 Aralık'ta genel grev düzenleneceğini duyurdu."))
    assert (event["type"], event["status"], event["roles"]) == ("PROTEST", "planned", {"source": ["Norveç İşçi Sendikası"]})


@pytest.mark.parametrize("text", [
    "Ali Demir, Jonas Berg'i “Rusya'nın çıkarlarına hizmet etmekle” suçladı.",
    # the charge quoted, its verb far from the name but closing the quotation
    "Ali Demir, Jonas Berg'i \"Rusya'nın iç işlerine kaba bir şekilde karışmakla\" suçladı.",
])
def test_a_name_inside_the_charge_is_not_accused(events, text):
    event = one(events(text))
    assert event["roles"] == {"source": ["Ali Demir"], "target": ["Jonas Berg"]}


def test_a_genitive_far_before_the_charge_still_acts(events):
    event = one(events("İsveç'in BM Genel Kurul Gözlemcisi Jonas Berg ise Genel Kurul'u terörü ödüllendirmekle suçladı."))
    assert event["roles"] == {"source": ["Sweden"]}


def test_a_permanent_representative_acts_for_the_country_named_before(events):
    # "Daimi Temsilcisi" is a title: its holder accuses, as an ambassador would
    event = one(events("İsveç'in BM Daimi Temsilcisi Jonas Berg ise Genel Kurul'u terörü ödüllendirmekle suçladı."))
    assert event["roles"] == {"source": ["Jonas Berg"]}


def test_migrants_caught_by_the_coast_guard(events):
    event = one(events("Ayvacık açıklarında 42 düzensiz göçmen, Sahil Güvenlik ekiplerince yakalandı."))
    assert (event["type"], event["roles"]) == ("COERCE", {"source": ["coast guard"], "target": ["migrants"]})


def test_some_of_a_group_detained_and_the_head_of_an_object_participle_are_acted_on(events):
    found = events("Polis, biber gazıyla müdahale ettiği göstericilerden 120'sini gözaltına aldı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"source": ["police"], "target": ["protesters"]}), ("COERCE", {"source": ["police"], "target": ["protesters"]})]


def test_a_participle_joined_after_the_occasions_own_leaves_it_its_date(events):
    event = one(events("Pakistan'ın Ketta kentinde dün bir pazar yerine düzenlenen ve 17 kişinin hayatını kaybettiği saldırıyı "
                       "Pakistan Talibanı üstlendi."))
    assert (event["type"], event["date"]) == ("ASSAULT", "2026-03-10")


def test_who_claims_an_attack_stands_before_its_short_form_and_the_verb(events):
    event = one(events("Ketta'da dün düzenlenen bombalı saldırıyı Pakistan Talibanı Örgütü (TTP) üstlendi."))
    assert (event["type"], event["roles"]["source"]) == ("ASSAULT", ["Tehrik-i-Taliban Pakistan"])  # the body the tables know


def test_an_envoy_named_only_by_title_stands_for_the_country_met(events):
    event = one(events("Norveç Başbakanı Jonas Berg, Oslo'da ABD'nin Norveç Büyükelçisi ile bir araya geldi."))
    assert (event["type"], event["roles"]) == ("CONSULT", {"source": ["Jonas Berg"], "target": ["United States"]})


def test_the_government_and_the_opposition_act_without_a_name(events):
    found = events("Karakas'ta muhalefetin çağrısıyla düzenlenen yürüyüşe on binlerce kişi katıldı. Muhalefet lideri Ali Demir, hükümeti suçladı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("PROTEST", {"source": ["opposition"]}), ("ACCUSE", {"source": ["Ali Demir"], "target": ["government"]})]


def test_the_owner_of_what_a_protest_is_against_is_its_target(events):
    event = one(events("Fransa'da hükümetin emeklilik reformuna karşı düzenlenen gösterilere binlerce kişi katıldı."))
    assert event["roles"] == {"target": ["government"]}


def test_the_subject_of_the_clause_protested_is_the_target(events):
    event = one(events("Belgrad'da binlerce öğrenci, hükümetin yolsuzlukla mücadelede başarısız olduğunu protesto etmek için yürüdü."))
    assert event["roles"] == {"source": ["students"], "target": ["government"]}


def test_an_adjective_between_an_owner_and_its_deed(events):
    event = one(events("Tiflis'te on binlerce kişi, hükümetin yeni yasasını protesto etti."))
    assert event["roles"] == {"source": ["people"], "target": ["government"]}


def test_the_genitive_subject_of_a_told_act_acts_though_another_genitive_owns_the_object(events):
    event = one(events("Polis sözcüsü Ali Kaya, saldırganların okulun güvenlik görevlisini öldürdüğünü açıkladı."))
    assert event["roles"] == {"source": ["attackers"]}


def test_each_told_clause_after_a_comma_has_its_own_subject(events):
    found = events("Bakan Ali Kaya, olaylarda 12 polisin yaralandığını, 40 kişinin gözaltına alındığını açıkladı.")
    coercion = next(e for e in found if e["type"] == "COERCE")
    assert coercion["roles"]["target"] == ["people"]


def test_the_police_acting_and_the_police_hurt_are_two_acts(events):
    found = events("Polis, göstericilere biber gazıyla müdahale etti. Bakan, olaylarda 12 polisin yaralandığını açıkladı.")
    assert [e["roles"] for e in found if e["type"] == "ASSAULT"] == [
        {"source": ["police"], "target": ["protesters"]}, {"target": ["police"]}]


def test_the_subject_of_the_verb_after_a_passive_participle_is_not_acted_on(events):
    event = one(events("Polis, gözaltına alınan 5 şüpheliyi adliyeye sevk etti."))
    assert event["roles"]["target"] == ["suspects"]


def test_who_asks_for_a_release_is_not_released(events):
    found = events("Parti Genel Başkanı Ali Kaya, gözaltına alınan gazetecilerin serbest bırakılmasını istedi.")
    assert all("Ali Kaya" not in e["roles"].get("target", []) for e in found)


def test_the_owner_of_what_a_purpose_clause_concerns_is_the_target(events):
    event = one(events("Ekvador Devlet Başkanı Ali Kaya, çetelerin cezaevlerindeki kontrolünü kırmak için olağanüstü hal ilan etti."))
    assert (event["type"], event["roles"]) == ("COERCE", {"source": ["Ali Kaya"], "target": ["gangs"]})


def test_the_first_visit_since_a_year_is_the_visit_to_come(events):
    event = one(events("Norveç Başbakanı Jonas Berg yarın Ankara'yı ziyaret edecek. Berg'in ziyareti, 2019'dan bu yana bir Norveç "
                       "başbakanının Türkiye'ye yaptığı ilk resmi ziyaret olacak."))
    assert (event["type"], event["status"], event["date"]) == ("CONSULT", "planned", "2026-03-12")


def test_a_visit_to_come_told_with_the_light_verb_in_the_future(events):
    event = one(events("Norveç Başbakanı Jonas Berg yarın Ankara'yı ziyaret edecek."))
    assert (event["type"], event["status"], event["date"]) == ("CONSULT", "planned", "2026-03-12")


def test_what_talks_will_serve_is_no_plan_to_hold_them(events):
    event = one(events("Mısır ile Ürdün arasında Kahire'de yapılan müzakerelerin, iki tarafın çıkarlarına hizmet edecek bir anlaşmayla sonuçlanması umuluyor."))
    assert (event["type"], event["status"]) == ("CONSULT", "occurred")


def test_a_delegation_named_alone_is_the_one_named_before(events):
    found = events("IMF heyeti dün Ankara'ya geldi. Heyet, bugün Merkez Bankası Başkanı Ali Kaya ile görüşecek.")
    meeting = next(e for e in found if e["status"] == "planned")
    assert meeting["roles"] == {"source": ["International Monetary Fund"], "target": ["Ali Kaya"]}


def test_joint_owners_of_a_drill_to_come_both_hold_it(events):
    found = events("Rusya ile Belarus'un gelecek hafta başlayacak ortak askeri tatbikatı bölgede endişeye yol açtı.")
    drill = next(e for e in found if e["type"] == "MOBILIZE")
    assert (drill["status"], drill["roles"]) == ("planned", {"source": ["Belarus", "Russia"]})


def test_the_owner_of_a_relative_is_not_the_actor(events):
    found = events("Lider Ali Kaya'nın kız kardeşi Ayşe Kaya, tatbikatın provokasyon olduğunu ileri sürdü.")
    assert all("Ali Kaya" not in e["roles"].get("source", []) for e in found)


def test_a_participle_before_a_comma_is_another_nouns(events):
    event = one(events("Bakanlıktan yapılan açıklamada, görüşmenin yarın Ankara'da yapılacağı belirtildi."))
    assert event["status"] == "planned"


def test_in_a_headline_the_ablative_names_who_acts(events):
    event = one(events("Rusya'dan Ukrayna'ya füze saldırısı"))
    assert event["roles"] == {"source": ["Russia"], "target": ["Ukraine"]}


def test_in_a_headline_an_act_qualifying_another_noun_is_not_done(events):
    found = events("İran'dan İsrail'e tatbikat uyarısı")
    assert all(e["roles"].get("source") != ["Iran"] for e in found if e["type"] == "MOBILIZE")


def test_a_diplomat_summoned_is_no_crowd(events):
    found = events("Japonya Dışişleri Bakanlığı, Çin'in Tokyo Büyükelçiliği'nden bir diplomatı bakanlığa çağırarak olayı protesto etti.")
    # the summons (told by a converb) and the ministry's protest, one official complaint: it counts no crowd
    assert [(e["type"], e["counts"]) for e in found] == [("ACCUSE", [])]


def test_talks_held_stay_held_though_the_verb_after_them_is_negative(events):
    event = one(events("Sendika Başkanı Ali Kaya, Türkiye Metal Sanayicileri Sendikası ile yapılan görüşmelerde teklifin kabul edilemez olduğunu söyledi."))
    assert (event["type"], event["status"]) == ("CONSULT", "occurred")


def test_whose_detention_a_court_ruled_on_is_detained_not_detaining(events):
    event = one(events("Avrupa İnsan Hakları Mahkemesi (AİHM), gazeteci Ayşe Kaya'nın tutuklanmasının ifade özgürlüğünü ihlal ettiğine hükmetti."))
    assert (event["type"], event["roles"]) == ("COERCE", {"target": ["Ayşe Kaya"]})


def test_those_acted_on_named_by_a_participle_are_no_act_told_anew(events):
    found = events("Silahlı kişiler 12 göçmeni kaçırdı. Chiapas Başsavcılığı, soruşturma başlattığını ve kaçırılanların "
                   "Guatemala'dan geldiğini açıkladı.")
    assert next(e for e in found if e["type"] == "ASSAULT")["roles"] == {"source": ["gunmen"], "target": ["migrants"]}


def test_a_name_in_the_genitive_by_its_common_noun(events):
    event = one(events("Kuzey Kore bağlantılı Lazarus grubunun, Güney Kore'deki üç bankaya siber saldırı düzenlediği bildirildi."))
    assert event["roles"]["source"] == ["Lazarus"]


def test_a_subject_after_the_act_is_a_later_clauses(events):
    event = one(events("Hengaw, güvenlik güçlerinin göstericilere ateş açması sonucu 14 kişinin öldüğünü bildirdi."))
    assert event["roles"] == {"source": ["security forces"], "target": ["protesters"]}


def test_condemning_an_act_told_before_is_aimed_at_its_actor(events):
    found = events("İsrail, dün gece Lübnan'a hava saldırıları düzenledi. Lübnan Başbakanı Ali Kaya, saldırıları kınadı.")
    assert next(e for e in found if e["type"] == "ACCUSE")["roles"] == {"source": ["Ali Kaya"], "target": ["Israel"]}


def test_the_person_after_a_citizenship_is_the_participles_head(events):
    found = events("Rusya, casuslukla suçlanan ABD vatandaşı gazeteci Tom Berg'i serbest bıraktı.")
    assert next(e for e in found if e["type"] == "ACCUSE")["roles"]["target"] == ["Tom Berg"]


def test_whom_an_aim_concerns_is_no_target(events):
    event = one(events("Husiler, Kızıldeniz'de bir gemiye saldırdıklarını ve saldırının Gazze'deki Filistinlilere destek amacıyla "
                       "düzenlendiğini açıkladı."))
    assert event["roles"] == {"source": ["Houthis"]}


def test_to_be_received_by_a_host_is_a_meeting_to_come(events):
    event = one(events("Bakan Ali Kaya'nın yarın Ankara'da Cumhurbaşkanı Veli Demir tarafından kabul edilmesi bekleniyor."))
    assert (event["type"], event["status"], event["date"]) == ("CONSULT", "expected", "2026-03-12")


def test_received_by_a_host_is_a_meeting_and_one_with_the_talks(events):
    found = events("Bakan Ali Kaya, Bakü'de Cumhurbaşkanı Veli Demir ile görüştü. Kaya, Demir tarafından kabul edildi.")
    assert [(e["type"], e["roles"]) for e in found] == [("CONSULT", {"source": ["Ali Kaya"], "target": ["Veli Demir"]})]


def test_an_indictment_accepted_by_a_court_is_no_meeting(events):
    assert events("Başsavcılığın hazırladığı iddianame, Ankara 24. Ağır Ceza Mahkemesi tarafından kabul edildi.") == []


def test_a_meeting_on_the_margins_in_the_plural_is_its_own(events):
    found = events("NATO toplantısına katılan Bakan Ali Kaya'nın, marjlarda ABD Dışişleri Bakanı Tom Berg ile bir araya gelmesi bekleniyor.")
    meeting = next(e for e in found if e["status"] == "expected")
    assert meeting["evidence"] == ["bir araya gelmesi bekleniyor"]


def test_the_leaders_opening_a_sentence_are_the_two_who_met(events):
    found = events("Başbakan Ali Kaya ile Başbakan Tom Berg Atina'da bir araya geldi. Liderler, enerji alanında 12 anlaşma imzaladı.")
    agreement = next(e for e in found if e["type"] == "AGREE")
    assert agreement["roles"] == {"parties": ["Ali Kaya", "Tom Berg"]}


def test_the_opposition_parties_protest(events):
    event = one(events("Tiflis'te muhalefet partileri, seçimlerde hile yapıldığı iddiasıyla gösteri düzenledi."))
    assert event["roles"] == {"source": ["opposition"]}


def test_whose_government_is_asked_to_resign_is_the_target(events):
    event = one(events("Göstericiler, Gürcü Rüyası Partisi hükümetinin istifasını talep etti."))
    assert event["roles"] == {"source": ["protesters"], "target": ["Gürcü Rüyası Partisi"]}


def test_a_participle_of_the_talks_after_a_release_is_theirs(events):
    found = events("Ali Kaya'nın serbest bırakılması, ABD ile Venezuela arasında Katar'da yürütülen görüşmelerin ardından geldi.")
    talks = next(e for e in found if e["type"] == "CONSULT")
    assert (talks["status"], talks["location"]) == ("occurred", "Qatar")
    assert all(e["location"] != "Qatar" for e in found if e["type"] == "RETREAT")


def test_who_the_told_clause_says_did_the_act_its_object_names(events):
    found = events("Sudan ordusu, saldırıyı Hızlı Destek Kuvvetleri'nin (HDK) gerçekleştirdiğini açıkladı.")
    assert next(e for e in found if e["type"] == "ASSAULT")["roles"] == {"source": ["Rapid Support Forces"]}


def test_condemning_the_attack_named_with_a_person_nearby(events):
    found = events("İsrail, Refah'taki bir hastaneye saldırdı. BM Genel Sekreteri Antonio Guterres, saldırıyı kınadı.")
    assert next(e for e in found if e["type"] == "ACCUSE")["roles"] == {"source": ["Antonio Guterres"], "target": ["Israel"]}


def test_prisoners_swapped(events):
    event = one(events("Ukrayna ile Rusya, BAE'nin arabuluculuğunda 150'şer esiri karşılıklı olarak takas etti."))
    assert (event["type"], event["roles"]["parties"]) == ("RETREAT", ["Russia", "Ukraine"])


def test_a_time_up_to_which_acts_are_counted_is_no_day_and_no_possessed_object(events):
    # "bugüne" reads like a possessed noun in the dative ("X'in Y'sine"), but before "kadar" it bounds a stretch
    event = one(events("Bakan Ali Kaya, Türkiye'nin bugüne kadar Sudan'a 50 bin ton yardım gönderdiğini söyledi."))
    assert (event["type"], event["date"], event["roles"]) == ("AID", None, {"source": ["Türkiye"], "target": ["Sudan"]})


def test_a_protest_told_with_its_light_verb_after_a_converb_takes_the_sentences_scene(events):
    found = events("Belgrad'da binlerce öğrenci, hükümetin istifasını talep ederek gösteri düzenledi.")
    protest = next(e for e in found if e["type"] == "PROTEST")
    # the demand in the converb is the same hands' step towards the same one: the protest is aimed at the government too
    assert (protest["location"], protest["roles"]) == ("Belgrade", {"source": ["students"], "target": ["government"]})


def test_the_time_and_the_dead_of_a_collapse_a_request_concerns_are_the_collapses(events):
    event = one(events("Göstericiler, Ankara'da geçen yıl kasımda yaşanan ve 15 kişinin hayatını kaybettiği köprü çökmesinin "
                       "sorumlularının yargılanmasını istedi."))
    assert (event["type"], event["date"], event["roles"]) == ("REQUEST", None, {"source": ["protesters"]})


@pytest.mark.parametrize("text", [
    "Operasyonda 84 şüpheli yakalanırken, 2 ton uyuşturucu ele geçirildi.",
    "Polis 84 şüpheliyi yakalarken, 2 ton uyuşturucu ele geçirdi.",
])
def test_those_caught_in_a_converb_of_while_are_the_target(events, text):
    event = one(events(text))
    assert (event["type"], event["roles"]["target"]) == ("COERCE", ["suspects"])


def test_an_agreement_signed_at_a_fair_named_in_four_words_is_still_signed_and_the_pair_telling_of_it_signed_it(events):
    event = one(events("Norveç ile İsveç, anlaşmanın Paris Hava Fuarı'nda dün imzalandığını açıkladı."))
    assert (event["type"], event["date"], event["roles"]) == ("AGREE", "2026-03-10", {"parties": ["Norway", "Sweden"]})


def test_a_bare_year_qualifying_the_object_does_not_date_the_act(events):
    event = one(events("Hükümet, muhalefetin 2027 bütçesini engellediğini söyleyerek Ali Kaya'yı suçladı."))
    assert (event["type"], event["date"]) == ("ACCUSE", None)


def test_a_countrys_protesters_and_an_international_body_asking_are_two_requests(events):
    found = events("Belgrad'da göstericiler, hükümetin istifasını istedi. Polis göstericilere müdahale etti. "
                   "Avrupa Birliği ise taraflara itidal çağrısında bulundu.")
    requests = [e["roles"]["source"] for e in found if e["type"] in ("REQUEST", "DEMAND")]
    assert sorted(requests) == [["European Union"], ["protesters"]]


def test_a_group_word_compounded_with_a_genitive_noun_is_no_subject(events):
    event = one(events("Olaylarda 12 polis memurunun yaralandığı, 23 kişinin gözaltına alındığı bildirildi."))
    assert (event["type"], event["roles"]) == ("COERCE", {"target": ["people"]})


def test_a_converb_inside_the_clause_told_is_done_by_that_clauses_subject(events):
    event = one(events("Polis Sözcüsü Ali Kaya, saldırganların gece okula geldiğini ve havaya ateş açarak öğrencileri "
                       "ormana götürdüğünü söyledi."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["attackers"]})


def test_a_converb_the_speaker_closes_with_a_comma_is_the_speakers_own_act(events):
    found = events("Bakan Ali Kaya, tarafları uzlaşmaya çağırarak, bakanlığın arabuluculuk yapmaya hazır olduğunu belirtti.")
    assert next(e for e in found if e["type"] == "REQUEST")["roles"]["source"] == ["Ali Kaya"]


def test_who_is_named_before_a_headlines_colon_is_no_subject_of_the_clause_after_it(events):
    event = one(events("Silahlı Kişiler Okul Bastı: 50 Öğrenci Kaçırıldı"))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"target": ["students"]})


def test_a_bare_group_before_its_verbs_object_phrase_is_the_subject(events):
    event = one(events("Kebbi eyaletinde silahlı kişiler bir yatılı okula saldırarak 50 öğrenciyi kaçırdı."))
    assert event["roles"] == {"source": ["gunmen"], "target": ["students"]}
    # a postposition between makes the name an adjunct, not the subject
    event = one(events("Teknik direktör, futbolcularından maçın Başkan Ali Kaya için kazanılmasını istedi."))
    assert "target" not in event["roles"]


@pytest.mark.parametrize("text, kind, roles", [
    ("ABD Hazine Bakanlığı, 12 şirketi yaptırım listesine aldı.", "SANCTION", {"source": ["United States Department of the Treasury"]}),
    ("Türkiye ile Yunanistan, göç konusunda mutabık kaldı.", "AGREE", {"parties": ["Greece", "Türkiye"]}),
])
def test_a_sanctions_list_and_agreeing_as_mutabik_kalmak(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_an_arrest_warrant_is_legal_action_and_a_name_before_ardindan_takes_no_part(events):
    event = one(events("Uluslararası Ceza Mahkemesi (UCM), Şili'nin eski Devlet Başkanı Ali Kaya'nın ardından "
                       "Peru Devlet Başkanı Mehmet Demir hakkında da yakalama kararı çıkardı."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["International Criminal Court"], "target": ["Mehmet Demir"]})


def test_suspects_named_by_initials_and_ages_in_brackets_are_both_detained(events):
    event = one(events("Dün gece Gemlik ilçesinde bir eve düzenlenen operasyonda M.K. (28) ve S.T. (31) gözaltına alındı."))
    assert (event["type"], sorted(event["roles"]["target"])) == ("COERCE", ["M.K.", "S.T."])


def test_protesters_throwing_stones_and_bottles_at_the_police_assault_them(events):
    event = one(events("Yürüyüşün sonunda bir grup gösterici polise taş ve şişe attı."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["protesters"], "target": ["police"]})


def test_a_day_of_action_announced_is_a_planned_protest(events):
    event = one(events("Sendikalar, gelecek ay yeni bir eylem günü düzenleneceğini duyurdu."))
    assert (event["type"], event["status"], event["roles"]) == ("PROTEST", "planned", {"source": ["trade unions"]})


def test_who_announces_its_strike_on_positions_in_the_north_of_a_country_did_it(events):
    event = one(events("Hizbullah ise misilleme olarak İsrail'in kuzeyindeki askeri mevzilere roketlerle saldırı düzenlediğini duyurdu."))
    assert event["roles"] == {"source": ["Hezbollah"], "target": ["Israel"]}


def test_a_strike_on_a_town_within_the_country_told_happened_in_the_town(events):
    event = one(events("İsrail ordusunun Lübnan'ın güneyindeki Nebatiye kentine düzenlediği hava saldırısında 3 kişi hayatını kaybetti."))
    assert (event["type"], event["location"]) == ("ASSAULT", "Nebatiye")


def test_a_parties_leader_named_by_the_party_and_a_dictionary_noun_before_the_object(events):
    found = events("CHP Genel Başkanı Ali Kaya, hükümetin ekonomi politikalarını sert bir dille eleştirdi. "
                   "CHP lideri, hükümeti erken seçime gitmeye çağırarak konuşmasını bitirdi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["Ali Kaya"], "target": ["government"]}),
        ("REQUEST", {"source": ["Ali Kaya"], "target": ["government"]})]


def test_an_adverb_ending_like_a_participle_opens_no_relative_clause(events):
    event = one(events("Bakan Ali Kaya, Rusya'yı erken seçime çağırdı."))
    assert event["roles"] == {"source": ["Ali Kaya"], "target": ["Russia"]}


def test_a_protester_is_no_protest(events):
    found = events("Paris'te yürüyüşün sonunda bir grup gösterici polise taş ve şişe attı.")
    assert [(e["type"], e["roles"]) for e in found if e["type"] != "PROTEST"] == [
        ("ASSAULT", {"source": ["protesters"], "target": ["police"]})]


@pytest.mark.parametrize("text", [
    "Bazı taraftarlar polise yumurta ve havai fişek attı.",
    "Göstericiler polise işaret fişeği attı.",
    "Bir grup polise ses bombası fırlattı.",
])
def test_eggs_fireworks_and_flares_thrown_at_someone_are_attacks(events, text):
    assert one(events(text))["type"] == "ASSAULT"


def test_a_group_answering_another_groups_attack_acts_alone(events):
    found = events("Göstericiler polise taş attı, polis de tazyikli suyla karşılık verdi.")
    assert [(e["type"], e["roles"].get("source")) for e in found] == [("ASSAULT", ["protesters"]), ("ASSAULT", ["police"])]


def test_a_prosecutors_office_opens_an_investigation_and_a_complaint_is_legal_action(events):
    assert one(events("Savcılık, olayla ilgili soruşturma başlattığını bildirdi."))["roles"] == {"source": ["prosecutors"]}
    event = one(events("Türk Tabipleri Birliği, hastanenin yöneticileri hakkında suç duyurusunda bulunacağını açıkladı."))
    assert (event["type"], event["status"], event["roles"]["source"]) == ("ACCUSE", "planned", ["Türk Tabipleri Birliği"])


def test_a_bodys_supporters_before_a_comma_act_for_it(events):
    event = one(events("Seçim sonuçlarına itiraz eden muhalefet destekçileri, başkentte gösteri düzenledi."))
    assert (event["type"], event["roles"]) == ("PROTEST", {"source": ["opposition"]})


def test_condemning_an_attack_told_before_with_an_adverb_between_is_aimed_at_its_author(events):
    found = events("Karakola düzenlenen saldırıyı Kara Kartallar Örgütü üstlendi. "
                   "Başbakan Ali Kaya, saldırıyı şiddetle kınayarak faillerin yakalanması talimatı verdi.")
    condemning = next(e for e in found if e["type"] == "ACCUSE")
    assert condemning["roles"] == {"source": ["Ali Kaya"], "target": ["Kara Kartallar Örgütü"]}


def test_a_countrys_prosecutors_act_for_it(events):
    event = one(events("Polonya savcılığı, yangınla ilgili 2 kişiyi tutukladı."))
    assert (event["type"], event["roles"]["source"]) == ("COERCE", ["Poland"])


def test_whose_statements_about_a_place_are_criticised_is_the_target_and_the_place_only_the_topic(events):
    found = events("Çin Dışişleri Bakanlığı Sözcüsü Lin Wei ise Sato'nun Tayvan'a ilişkin açıklamalarını eleştirerek, "
                   "Tokyo'yu iç işlerine karışmamaya çağırdı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["Lin Wei"], "target": ["Sato"]}), ("REQUEST", {"source": ["Lin Wei"], "target": ["Tokyo"]})]


def test_a_countrys_promise_to_answer_is_its_own_threat_not_aimed_at_it(events):
    event = one(events("Sözcü Anna Petrova, Moskova'nın buna karşılık vereceğini söyledi."))
    assert (event["type"], event["roles"].get("source"), event["roles"].get("target")) == ("THREATEN", ["Moscow"], None)


def test_a_name_inside_the_objects_relative_clause_is_not_the_one_who_blames(events):
    found = events("Kara Kartallar Örgütü ise yaptığı açıklamada, saldırılardan eski El Kaide militanlarından oluşan grupları sorumlu tuttu.")
    accusing = next(e for e in found if e["type"] == "ACCUSE")
    assert accusing["roles"]["source"] == ["Kara Kartallar Örgütü"]


def test_a_country_whose_steps_are_welcomed_is_the_target_and_the_speaker_welcomes(events):
    event = one(events("Bakan Ali Kaya, görüşmede Norveç'in attığı adımları memnuniyetle karşıladıklarını ifade etti."))
    assert (event["type"], event["roles"]) == ("SUPPORT", {"source": ["Ali Kaya"], "target": ["Norway"]})


def test_attacks_a_group_carried_out_and_in_which_people_died_took_place_and_the_dead_were_their_victims(events):
    found = events("Başbakan Ali Kaya, kararı, Kara Kartallar Örgütü militanlarının bölgede düzenlediği ve 80 kişinin hayatını "
                   "kaybettiği saldırıların ardından aldı.")
    attack = next(e for e in found if e["type"] == "ASSAULT")
    assert (attack["status"], attack["roles"]) == ("occurred", {"source": ["Kara Kartallar Örgütü"], "target": ["people"]})


def test_a_clause_told_by_a_converb_of_saying_leaves_the_subject_to_the_act_told_after_it(events):
    event = one(events("Türk Tabipleri Birliği, iş güvenliği önlemlerinin yetersiz olduğunu belirterek hastanenin yöneticileri hakkında "
                       "suç duyurusunda bulunacağını açıkladı."))
    assert (event["type"], event["status"], event["roles"]) == ("ACCUSE", "planned", {"source": ["Türk Tabipleri Birliği"]})


def test_a_rescue_team_sent_and_an_aid_convoy_leaving_a_country_are_aid_from_it(events):
    event = one(events("Türk Kızılay da bölgeye 40 kişilik bir arama kurtarma ekibi gönderdi."))
    assert (event["type"], event["roles"]) == ("AID", {"source": ["Turkish Red Crescent"]})
    event = one(events("Türkiye'den bölgeye yardım malzemesi taşıyan 12 tır yola çıktı."))
    assert (event["type"], event["status"], event["roles"]) == ("AID", "occurred", {"source": ["Türkiye"]})


def test_a_person_after_a_body_and_a_title_of_six_words_is_the_subject(events):
    event = one(events("Avrupa Birliği Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi Anna Berg, "
                       "gazetecinin derhal serbest bırakılmasını istedi."))
    assert (event["type"], event["roles"]) == ("REQUEST", {"source": ["Anna Berg"]})


def test_a_year_in_the_locative_dates_its_clause_and_one_made_an_adjective_does_not(events):
    event = one(events("Hindistan ve Pakistan, 2021'de Kontrol Hattı'nda ateşkes konusunda anlaşmıştı."))
    assert (event["type"], event["date"]) == ("AGREE", "2021")


def test_a_court_finding_someone_guilty_sentences_them(events):
    event = one(events("Batum Şehir Mahkemesi, gazeteci Ayşe Kaya'nın polise saldırmaktan suçlu olduğuna karar verdi."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Batum Şehir Mahkemesi"], "target": ["Ayşe Kaya"]})


def test_a_scuffle_between_a_group_with_the_comitative_glued_on_and_another_has_both_as_parties(events):
    event = one(events("Lyon'da bazı göstericilerle polis arasında arbede yaşandı."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"parties": ["police", "protesters"]})


def test_a_strike_called_by_unions_against_a_reform_is_theirs(events):
    event = one(events("Fransa'da sendikaların çağrısıyla emeklilik reformuna karşı genel grev başladı."))
    assert (event["type"], event["roles"]) == ("PROTEST", {"source": ["trade unions"]})


def test_calling_a_drill_a_provocation_is_aimed_at_who_holds_it_and_the_necessary_measures_threaten(events):
    found = events("NATO'nun Baltık Denizi'nde düzenlediği tatbikat başladı. Sözcü Anna Petrova, tatbikatı \"provokasyon\" "
                   "olarak nitelendirdi ve Moskova'nın gerekli önlemleri alacağını söyledi.")
    assert [(e["type"], e["roles"]) for e in found[1:]] == [
        ("ACCUSE", {"source": ["Anna Petrova"], "target": ["NATO"]}), ("THREATEN", {"source": ["Moscow"]})]
    assert events("Vali, yangına karşı gerekli önlemleri alacaklarını söyledi.") == []


def test_sanctions_to_be_widened_are_the_announcers_and_aimed_at_the_country(events):
    event = one(events("ABD Dışişleri Bakanı Ali Kaya ise İran'a yönelik yaptırımların genişletileceğini duyurdu."))
    assert (event["type"], event["status"], event["roles"]) == ("SANCTION", "planned", {"source": ["Ali Kaya"], "target": ["Iran"]})


def test_entry_not_to_be_permitted_is_a_refusal_of_the_one_whose_entry_it_is(events):
    event = one(events("Sözcü Ali Kaya, Genel Direktör Jan Berg'in ülkeye girişine izin verilmeyeceğini açıkladı."))
    assert (event["type"], event["status"], event["roles"]) == ("REJECT", "planned", {"target": ["Jan Berg"]})


def test_calling_a_decision_worrying_criticises_its_owner(events):
    found = events("Almanya ve Fransa, İran'ın kararını endişe verici olarak nitelendirdi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ACCUSE", {"source": ["France", "Germany"], "target": ["Iran"]})]


def test_a_court_upholding_a_sentence_sentences_and_an_entity_of_another_state_holds_the_office(events):
    event = one(events("Devlet Mahkemesi, Sırp Cumhuriyeti Başkanı Milan Petrov'a verilen 1 yıl hapis cezasını onadı."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Devlet Mahkemesi"], "target": ["Milan Petrov"]})
    assert event["countries"] == ["BIH"]


def test_the_police_using_tear_gas_on_protesters_attack_them(events):
    event = one(events("Polis, göstericileri dağıtmak için biber gazı ve gerçek mermi kullandı."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["police"], "target": ["protesters"]})


def test_a_countrys_authorities_stand_for_it_and_protesters_named_with_a_case_protest(events):
    event = one(events("Yüksek Komiser Jan Berg, Kenya makamlarını itidalli olmaya çağırdı."))
    assert event["roles"] == {"source": ["Jan Berg"], "target": ["Kenya"]}
    found = events("Kenya'da vergi artışlarını protesto eden göstericilerle güvenlik güçleri arasında çıkan çatışmalarda 8 kişi öldü.")
    assert (found[0]["type"], found[0]["roles"]) == ("PROTEST", {"source": ["protesters"]})


@pytest.mark.parametrize("text", ["Başbakan Ali Kaya, 'Bu çatışmayı sona erdirdik' dedi.", "Rusya, savaşa son verdiğini açıkladı.",
                                  "Başkan Ali Kaya, 'Otuz yıllık bir çatışmayı bugün sona erdiriyoruz' dedi."])
def test_ending_a_conflict_is_no_new_fighting(events, text):
    assert [e["type"] for e in events(text)] == []


def test_a_phone_call_told_by_a_converb_is_talks_and_leaves_the_condemnation_its_own(events):
    found = events("Başbakan Ali Kaya, Cumhurbaşkanı Veli Demir ile telefonda görüşerek saldırıyı kınadı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("CONSULT", {"source": ["Ali Kaya"], "target": ["Veli Demir"]}), ("ACCUSE", {"source": ["Ali Kaya"]})]


def test_a_day_and_month_naming_an_accord_do_not_date_the_accusation(events):
    event = one(events("Dışişleri Bakanı Ali Kaya, Kara Kartallar Örgütü'nü 10 Mart mutabakatına uymamakla suçladı."))
    assert (event["type"], event["date"]) == ("ACCUSE", None)
    event = one(events("Cumhurbaşkanı Ali Kaya, Şam'da kabul ettiği Veli Demir ile 10 Mart mutabakatının uygulanmasını görüştü."))
    assert (event["type"], event["date"]) == ("CONSULT", None)
    event = one(events("Almanya ile Fransa, 6 Şubat görüşmesinde bir araya geldi."))
    assert (event["type"], event["date"]) == ("CONSULT", "2026-02-06")


@pytest.mark.parametrize("text", [
    "Hamas ise henüz saldırıya ilişkin bir açıklama yapmadı.",
    "Rusya, Ukrayna'nın saldırılarıyla ilgili açıklama yapmadı.",
])
def test_an_acts_noun_before_a_postposition_of_topic_takes_no_verb_after_it(events, text):
    # what a statement was about is not an act denied
    assert [e for e in events(text) if e["status"] == "negated"] == []


def test_an_acts_noun_before_a_postposition_of_time_is_no_act_done_to_the_subject(events):
    found = events("İçişleri Bakanlığı, saldırının ardından başlatılan operasyonda 3 şüphelinin yakalandığını bildirdi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("COERCE", {"source": ["Ministry of Interior of Türkiye"], "target": ["suspects"]})]


def test_a_dative_inside_the_infinitive_of_a_request_is_the_requested_acts(events):
    event = one(events("Başbakan Ali Kaya, ABD ve Fransa'yı İsrail'e baskı yapmaya çağırdı."))
    assert event["roles"] == {"source": ["Ali Kaya"], "target": ["France", "United States"]}


@pytest.mark.parametrize("text", [
    "Almanya'da 23 Şubat'taki seçimlerden birinci parti olarak çıkan Hristiyan Demokrat Birlik (CDU), Sosyal Demokrat Parti (SPD) ile koalisyon görüşmelerine başladı.",
    "Bakan Ali Kaya, geçen haftaki seçimlerin ardından Fransa ile görüştü.",
])
def test_a_time_made_an_adjective_dates_the_noun_it_describes_not_the_act(events, text):
    event = one(events(text))
    assert (event["type"], event["date"]) == ("CONSULT", None)


def test_a_subject_after_a_relative_clause_closed_by_its_short_form_and_a_comma(events):
    event = one(events("Seçimlerden birinci parti olarak çıkan Hristiyan Demokrat Birlik (CDU), Sosyal Demokrat Parti (SPD) ile "
                       "koalisyon görüşmelerine başladı."))
    assert event["roles"] == {"source": ["Christian Democratic Union"], "target": ["Social Democratic Party of Germany"]}


def test_initialling_an_agreement_is_agreeing(events):
    event = one(events("Azerbaycan ile Ermenistan, Washington'da düzenlenen törende barış anlaşmasını parafe etti."))
    assert (event["type"], event["status"], event["roles"]) == ("AGREE", "occurred", {"parties": ["Armenia", "Azerbaijan"]})


def test_a_bare_group_before_its_object_and_an_acts_noun_with_its_light_verb_is_the_source(events):
    event = one(events("Nijerya'nın kuzeybatısındaki Kebbi eyaletinde silahlı kişiler bir yatılı okula baskın düzenleyerek "
                       "25 öğrenciyi kaçırdı."))
    # a place before "eyaleti" is more precise than the country before it
    assert (event["type"], event["roles"], event["location"]) == ("ASSAULT", {"source": ["gunmen"], "target": ["students"]}, "Kebbi")


def test_pirates_who_seize_a_ship_are_its_attackers(events):
    event = one(events("Somali açıklarında bir yük gemisi silahlı korsanlar tarafından kaçırıldı."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["pirates"]})


def test_whose_home_was_searched_is_acted_on_and_who_coordinated_the_operation_acted(events):
    event = one(events("İstanbul Cumhuriyet Başsavcılığı koordinesinde yürütülen operasyonda, şüphelilerin evlerinde "
                       "dijital materyallere el konuldu."))
    assert event["roles"] == {"source": ["İstanbul Cumhuriyet Başsavcılığı"], "target": ["suspects"]}


@pytest.mark.parametrize("text, roles", [
    ("Mahkeme, 7 şüpheliden 5'inin tutuklanmasına karar verdi.", {"source": ["court"], "target": ["suspects"]}),
    ("Şüphelilerden 5'i tutuklandı.", {"target": ["suspects"]}),
])
def test_some_of_a_group_in_the_ablative_are_acted_on_and_a_court_ordering_an_arrest_acts(events, text, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("COERCE", roles)


def test_the_court_in_the_dative_is_no_one_acted_on(events):
    assert events("Tutuklanan gazeteci mahkemeye sevk edildi.") == []


@pytest.mark.parametrize("text, roles, status", [
    ("Hamas, İsrail'in şartlarını kabul etmediğini bildirdi.", {"source": ["Hamas"], "target": ["Israel"]}, "occurred"),
    ("Başbakan Ali Kaya ise ülkesinin yüzde 5 hedefini kabul etmeyeceğini açıkladı.", {"source": ["Ali Kaya"]}, "planned"),
])
def test_not_accepting_terms_or_a_target_is_rejecting_them_and_the_owner_of_the_object_is_no_subject(events, text, roles, status):
    event = one(events(text))
    assert (event["type"], event["roles"], event["status"]) == ("REJECT", roles, status)


@pytest.mark.parametrize("text, source", [
    ("Polonya, saldırının ardından savaş uçaklarını havalandırdığını duyurdu.", "Poland"),
    ("Hint Donanması, bölgeye bir savaş gemisi gönderdiğini duyurdu.", "Hint Donanması"),
])
def test_scrambling_fighter_jets_and_sending_a_warship_mobilise(events, text, source):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("MOBILIZE", {"source": [source]})


@pytest.mark.parametrize("text, location", [
    ("Azerbaycan ile Ermenistan, Beyaz Saray'da düzenlenen törende barış anlaşmasını parafe etti.", "White House"),
    ("Cumhurbaşkanı Ali Kaya, Kremlin'de Rusya Dışişleri Bakanı ile görüştü.", "Kremlin"),
])
def test_an_act_told_in_a_seat_of_government_took_place_there(events, text, location):
    assert one(events(text))["location"] == location


def test_an_aid_ship_leaving_a_port_for_another(events):
    event = one(events("İnsani yardım malzemesi taşıyan gemi, Mersin Limanı'ndan Mısır'ın El-Ariş Limanı'na doğru yola çıktı."))
    assert (event["type"], event["status"]) == ("AID", "occurred")


@pytest.mark.parametrize("text, target", [
    ("İngiltere Dışişleri Bakanlığı, İran'dan tankeri derhal serbest bırakmasını istedi.", ["Iran"]),
    # the names inside the act asked are that act's, not the asking's
    ("AB, Türkiye'den göçmenlerin Yunanistan'a geçişini engellemesini istedi.", ["Türkiye"]),
    # several asked: the names listed before the last, in the ablative, and the act of the plural
    ("Cumhurbaşkanı Ali Kaya, ABD ve Fransa'dan İsrail'e baskı yapmalarını istedi.", ["France", "United States"]),
    ("Ali Kaya, Rusya, ABD ve Fransa'dan İsrail'e baskı yapmalarını istedi.", ["France", "Russia", "United States"]),
])
def test_who_is_asked_stands_in_the_ablative_before_the_act_asked(events, text, target):
    event = next(e for e in events(text) if e["type"] == "REQUEST")
    assert sorted(event["roles"]["target"]) == target


def test_a_dative_inside_a_passive_verbal_noun_called_for_is_that_acts(events):
    event = one(events("Genel Sekreter Ali Kaya, sivillere yönelik saldırıların derhal durdurulması çağrısında bulundu."))
    assert (event["type"], event["roles"]) == ("REQUEST", {"source": ["Ali Kaya"]})


@pytest.mark.parametrize("text", [
    "Pentagon, el koyma işlemini uluslararası hukukun açık ihlali olarak nitelendirdi.",
    "Cumhurbaşkanı Ali Kaya, yaşananları soykırım olarak nitelendirdi.",
])
def test_calling_an_act_a_violation_or_a_genocide_is_an_accusation(events, text):
    assert [e["type"] for e in events(text)] == ["ACCUSE"]


def test_characterising_an_act_told_before_is_aimed_at_its_author(events):
    found = events("Çin, Tayvan çevresinde tatbikat başlattı. "
                   "Tayvan Devlet Başkanı Lai Ching-te, tatbikatı bölgesel barışa yönelik bir tehdit olarak nitelendirdi.")
    assert [(e["type"], e["roles"].get("target")) for e in found] == [("MOBILIZE", None), ("ACCUSE", ["China"])]


@pytest.mark.parametrize("text, teller", [
    ("Sözcü Ayşe Kaya, NATO'nun doğu kanadındaki askeri yığınağının bölgesel güvenliği tehdit ettiğini öne sürdü.", "Ayşe Kaya"),
    ("Rusya, NATO'nun genişlemesinin bölgesel istikrarı tehdit ettiğini açıkladı.", "Russia"),
])
def test_saying_that_someone_threatens_security_accuses_them_and_threatens_no_one(events, text, teller):
    found = one(events(text))
    assert (found["type"], found["roles"]["source"], found["roles"]["target"]) == ("ACCUSE", [teller], ["NATO"])


def test_a_threat_to_someone_told_is_still_their_threat(events):
    found = one(events("Ayşe Kaya, NATO'nun Rusya'yı tehdit ettiğini söyledi."))
    assert (found["type"], found["roles"]) == ("THREATEN", {"source": ["NATO"], "target": ["Russia"]})


def test_a_time_still_to_come_before_an_invitation_dates_the_meeting_invited_to_not_the_invitation(events):
    assert [(e["type"], e["date"]) for e in events("Fransa, Türkiye'yi salı günü Paris'te görüşmeye davet etti.")] == [("REQUEST", None)]
    assert [(e["type"], e["date"]) for e in events("Fransa, dün Türkiye'yi görüşmeye çağırdı.")] == [("REQUEST", "2026-03-10")]


@pytest.mark.parametrize("text, roles", [
    ("Kolombiya'da bir mahkeme, eski Devlet Başkanı Ali Kaya'yı 12 yıl ev hapsine mahkum etti.", {"source": ["court"], "target": ["Ali Kaya"]}),
    ("Gazeteci Ayşe Demir 3 yıl hapse mahkum edildi.", {"target": ["Ayşe Demir"]}),
])
def test_a_sentence_by_mahkum_etmek(events, text, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("ACCUSE", roles)


def test_a_state_of_emergency_told_in_the_passive_is_declared_by_its_teller(events):
    event = one(events("Portekiz Başbakanı Luis Montenegro, bölgede olağanüstü hal ilan edildiğini açıkladı."))
    assert (event["type"], event["roles"]) == ("COERCE", {"source": ["Luis Montenegro"]})


@pytest.mark.parametrize("text, kind, roles", [
    ("Fransa ve İngiltere, Filistin devletini resmen tanıdığını açıkladı.", "SUPPORT",
     {"source": ["France", "United Kingdom"], "target": ["Palestinian Territories"]}),
    ("İsrail Başbakanı Ali Kaya ise Filistin devletinin kurulmasına asla izin vermeyeceklerini söyledi.", "REJECT",
     {"source": ["Ali Kaya"], "target": ["Palestinian Territories"]}),
])
def test_recognising_a_state_supports_it_and_barring_its_founding_rejects_it(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_a_bare_name_before_a_possessed_object_alone_names_whose_it_is(events):
    event = one(events("ABD ordusu, misilleme olarak Hudeyde limanındaki Husi hedeflerini vurdu."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["United States"], "target": ["Houthis"]})


def test_a_groups_word_in_the_plural_accusative_after_another_bare_name_is_the_object(events):
    event = one(events("Polis göstericileri gözaltına aldı."))
    assert event["roles"] == {"source": ["police"], "target": ["protesters"]}


def test_the_court_panel_keeps_detainees_in_custody(events):
    event = one(events("İstanbul'da görülen davada mahkeme heyeti, tutuklu sanıkların tutukluluk hallerinin devamına karar verdi."))
    assert (event["type"], event["roles"]) == ("COERCE", {"source": ["court"], "target": ["defendants"]})


@pytest.mark.parametrize("text, roles", [
    # the companies support Israel, not the spokesman who speaks of them
    ("Sözcü Yahya Seri, saldırının İsrail'e destek veren şirketlere yönelik olduğunu iddia etti.", {"target": ["Israel"]}),
    # a statement that condemns is its authors'
    ("ABD, Güney Kore ve Japonya, füze denemesini kınayan ortak bir açıklama yayımladı.",
     {"source": ["Japan", "South Korea", "United States"]}),
])
def test_an_active_participle_before_a_word_for_people_or_bodies_is_theirs(events, text, roles):
    assert one(events(text))["roles"] == roles


def test_sides_addressed_after_a_clash_of_one_group_are_that_group(events):
    found = events("Trablus'ta iki silahlı grup arasında çatışma çıktı. BM Libya Destek Misyonu, tarafları ateşkese uymaya çağırdı.")
    assert [(e["type"], e["roles"].get("target")) for e in found] == [("ASSAULT", None), ("REQUEST", ["armed groups"])]


def test_a_crowd_that_gathers_holds_no_talks_and_women_march(events):
    found = events("Kadıköy'de bir araya gelen yüzlerce kadın, Uluslararası Mücadele Günü dolayısıyla yürüyüş düzenledi.")
    assert [(e["type"], e["roles"]) for e in found] == [("PROTEST", {"source": ["women"]})]


@pytest.mark.parametrize("text, roles, status", [
    ("Almanya, Ukrayna'ya 1,5 milyar avro değerinde yeni bir askeri yardım paketi göndereceğini açıkladı.",
     {"source": ["Germany"], "target": ["Ukraine"]}, "planned"),
    # a verb made a noun in the genitive is another clause's subject: who tells of it does not send the arms
    ("Sözcü Mariya Zaharova, Batı'nın Ukrayna'ya silah göndermesinin çatışmayı uzattığını savundu.",
     {"source": ["the West"], "target": ["Ukraine"]}, "occurred"),
])
def test_aid_packages_and_arms_sent(events, text, roles, status):
    event = one(events(text))
    assert (event["type"], event["roles"], event["status"]) == ("AID", roles, status)


@pytest.mark.parametrize("text", [
    "Devlet Başkanı Ali Kaya, müttefiklerini daha fazla hava savunma sistemi göndermeye çağırdı.",
    "Başbakan Ali Kaya, ülkeleri Gazze'ye yardım göndermeye çağırdı.",
])
def test_an_act_one_calls_on_others_to_do_is_not_the_callers_nor_its_place_whom_they_call(events, text):
    assert [(e["type"], e["roles"]) for e in events(text)] == [("REQUEST", {"source": ["Ali Kaya"]})]


@pytest.mark.parametrize("attitude, kind", [
    ("Dışişleri Bakanlığı, anlaşmayı memnuniyetle karşıladığını açıkladı.", "SUPPORT"),
    ("Rusya ise anlaşmayı eleştirerek sürecin dışında bırakıldığını savundu.", "ACCUSE"),
])
def test_an_attitude_to_an_agreement_named_again_is_aimed_at_its_sides(events, attitude, kind):
    found = events("Azerbaycan ile Ermenistan, Washington'da barış anlaşmasını imzaladı. " + attitude)
    assert next(e["roles"]["target"] for e in found if e["type"] == kind) == ["Armenia", "Azerbaijan"]


def test_a_name_in_the_accusative_inside_a_relative_clause_is_not_the_one_called_on(events):
    event = one(events("Cumhurbaşkanı Ali Kaya, Filistin devletini henüz tanımayan ülkeleri bir an önce tanımaya çağırdı."))
    assert event["roles"] == {"source": ["Ali Kaya"]}


def test_aid_provided_is_aid(events):
    event = one(events("Mutabakata göre AB, Tunus'a sınır güvenliği için 105 milyon avro mali yardım sağlayacak."))
    assert (event["type"], event["status"], event["roles"]) == ("AID", "planned", {"source": ["European Union"], "target": ["Tunisia"]})


@pytest.mark.parametrize("text, source", [
    ("Gözaltına alınan 3 kişi çıkarıldığı mahkemece tutuklandı.", "court"),
    ("Şüphelilerin evlerine Ticaret Bakanlığınca el konuldu.", "Ministry of Trade of Türkiye"),
])
def test_a_name_in_the_agentive_did_the_passive_act(events, text, source):
    assert one(events(text))["roles"]["source"] == [source]


def test_two_places_opening_a_list_of_places_are_no_pair_of_sides(events):
    found = events("Şili'nin başkenti Santiago ile Valparaiso, Concepcion ve Temuco kentlerinde göstericiler ile polis arasında arbede çıktı.")
    clash = next(event for event in found if event["type"] == "ASSAULT")
    assert clash["roles"] == {"parties": ["police", "protesters"]}


def test_a_meeting_still_to_come_is_no_evidence_for_the_call_held_today(events):
    found = events("Başbakan Ali Kaya, Macaristan Başbakanı Péter Szabó ile telefonda görüştü. "
                   "Görüşmede, iki liderin önümüzdeki ay Budapeşte'deki görüşmesinin hazırlıkları ele alındı.")
    call = one([event for event in found if event["status"] == "occurred"])
    assert call["evidence"] == ["telefonda görüştü", "Görüşmede"]


def test_a_meeting_on_the_agenda_is_expected_and_apart_from_the_call_held_today(events):
    found = events("Başbakan Ali Kaya, Macaristan Başbakanı Péter Szabó ile telefonda görüştü. "
                   "Sözcü, iki liderin önümüzdeki ay yüz yüze görüşmesinin gündemde olduğunu söyledi.")
    assert [(event["type"], event["status"], event["date"]) for event in found] == [
        ("CONSULT", "occurred", None), ("CONSULT", "expected", "2026-04")]


def test_a_province_in_the_genitive_of_its_word_before_a_town_holds_the_town_and_does_nothing(events):
    text = "Afganistan'ın doğusundaki Nangarhar vilayetinin Celalabad kentinde bir pazara düzenlenen saldırıda 12 kişi öldü."
    attack = one(events(text))
    assert attack["roles"] == {"target": ["people"]} and attack["location"] == "Jalālābād"


def test_how_long_an_act_lasts_is_no_new_plan_and_its_bound_is_no_date(events):
    found = events("NATO'nun kuzey tatbikatı bugün başladı. Tatbikat, Norveç ve Finlandiya'da 25 Mart'a kadar sürecek.")
    drill = one(found)
    assert (drill["type"], drill["status"], drill["date"]) == ("MOBILIZE", "occurred", "2026-03-11")


def test_an_adjective_of_nationality_may_stand_between_a_participle_and_its_head(events):
    found = events("Viyana'da dün gözaltına alınan 4 Türk gazeteci serbest bırakıldı.")
    detention = next(event for event in found if event["type"] == "COERCE")
    assert detention["roles"] == {"target": ["journalists"]}


@pytest.mark.parametrize("text, source", [
    ("Sağlık Bakanlığı, son 24 saatte İsrail saldırılarında 43 Filistinlinin öldüğünü bildirdi.", ["Israel"]),
    # a name in the genitive right before owns the compound: the country inside it is aimed at
    ("Rusya'nın Ukrayna saldırısında 5 kişi öldü.", ["Russia"]),
])
def test_a_country_compounded_with_an_attack_noun_is_its_source(events, text, source):
    assert one(events(text))["roles"]["source"] == source


def test_the_genitive_subject_of_a_condition_is_not_the_acts_source(events):
    text = "Hizbullah, İsrail ordusunun Lübnan'dan tamamen çekilmesi şartıyla tüm esirleri serbest bırakmaya hazır olduğunu açıkladı."
    event = one(events(text))
    assert (event["status"], event["roles"]["source"]) == ("conditional", ["Hezbollah"])


def test_the_subject_of_uğramak_after_an_acts_noun_is_acted_on_and_the_genitive_acts(events):
    event = one(events("Gazeteci Ali Kaya, polisin saldırısına uğradı."))
    assert event["roles"] == {"source": ["police"], "target": ["Ali Kaya"]}


def test_the_agent_before_a_passive_participle_and_an_acts_noun_is_its_source(events):
    found = events("Bölgeye Sahra Kurtuluş Cephesi (SKC) tarafından düzenlenen saldırılarda 40 sivil öldü.")
    assert one(found)["roles"]["source"] == ["Sahra Kurtuluş Cephesi"]



def test_a_group_in_the_plural_accusative_after_a_subject_set_off_by_a_comma_is_acted_on(events):
    found = events("Bakan, gazeteciyi tutuklayan polisleri kınadı.")
    condemnation = next(event for event in found if event["type"] == "ACCUSE")
    assert condemnation["roles"] == {"target": ["police"]}


def test_the_head_after_an_attackers_participle_attacked(events):
    event = one(events("Gürcistan'a saldıran askerler yakalandı."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["soldiers"], "target": ["Georgia"]})


def test_a_number_counting_the_authors_in_the_genitive_is_no_tally_of_acts(events):
    found = events("Milletvekili Ali Kaya, iki kişinin saldırısına uğradı. Kaya'ya saldıran şüpheliler kaçtı.")
    attack = one([event for event in found if event["type"] == "ASSAULT"])
    assert attack["roles"]["target"] == ["Ali Kaya"] and attack["evidence"] == ["saldırısına uğradı", "saldıran şüpheliler"]


def test_a_place_in_the_dative_before_a_verb_of_going_is_where_the_act_told_after_takes_place(events):
    meeting = one(events("Bakan Ali Kaya, yarın Budapeşte'ye geçerek Macar mevkidaşı ile bir araya gelecek."))
    assert meeting["location"] == "Budapest" and "target" not in meeting["roles"]


@pytest.mark.parametrize("text", ["İsrail, Gazze'ye geçen hafta saldırdı.", "İsrail, Gazze'ye geçtiğimiz hafta saldırdı."])
def test_last_before_a_word_of_time_is_no_verb_and_leaves_the_target_alone(events, text):
    assert one(events(text))["roles"] == {"source": ["Israel"], "target": ["Gaza Strip"]}


def test_employees_named_by_their_trade_are_a_group_that_acts(events):
    event = one(events("Fransa'da liman çalışanları, ücretleri protesto etmek için greve başladı."))
    assert (event["type"], event["roles"]) == ("PROTEST", {"source": ["employees"]})


def test_asking_others_in_the_plural_to_act_is_a_request(events):
    event = one(events("Hükümet, diplomatların ülkeyi terk etmelerini istedi."))
    assert (event["type"], event["roles"]) == ("REQUEST", {"source": ["government"], "target": ["diplomats"]})


def test_a_characterisation_opening_inside_quotation_marks_has_the_subject_outside_them(events):
    event = one(events('Moskova ise kararı "düşmanca bir adım" olarak nitelendirdi.'))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["Moscow"]})


def test_characterising_an_operation_named_again_is_aimed_at_its_author(events):
    found = events("Azerbaycan ordusu, Ermenistan sınırındaki mevzilere hava saldırısı düzenledi. "
                   'Ermenistan Dışişleri Bakanlığı ise operasyonu "açık bir saldırganlık" olarak nitelendirdi.')
    condemnation = next(e for e in found if e["type"] == "ACCUSE")
    assert condemnation["roles"]["target"] == ["Azerbaijan"]


@pytest.mark.parametrize("text, kind, roles", [
    # the uninflected name after a clause of "while" is the subject; the genitive inside that clause is not
    ("İngiltere ve Sierra Leone'nin hazırladığı tasarıya 14 üye olumlu oy verirken, Rusya veto etti.", "REJECT", {"source": ["Russia"]}),
    # a group's word owned by a name in the genitive acts, and the owner does not
    ("Alman havayolu şirketi Lufthansa'nın pilotları, ücret anlaşmazlığı nedeniyle greve başladı.", "PROTEST", {"source": ["pilots"]}),
    ("THY'nin pilotları greve başladı.", "PROTEST", {"source": ["pilots"]}),
    ("Polisin göstericilere ateş açması sonucu 5 kişi öldü.", "ASSAULT", {"source": ["police"], "target": ["protesters"]}),
    # two bodies joined by "ile" before a genitive own the joint work together
    ("Adalet Bakanlığı ile İçişleri Bakanlığının ortak çalışması sonucu Tiflis'te yakalanan şüpheli, dün akşam özel uçakla getirildi.",
     "COERCE", {"source": ["Ministry of Interior of Türkiye", "Ministry of Justice of Türkiye"]}),
    # a region of another country after a country in the genitive: the country attacked it
    ("Ukrayna'nın Belgorod bölgesine düzenlediği saldırıda 3 kişi öldü.", "ASSAULT", {"source": ["Ukraine"], "target": ["Belgorod", "people"]}),
    # in a passive sentence the owner of the subject is acted on
    ("Yunanistan'ın geri itme uygulamaları, insan hakları örgütlerince eleştiriliyor.", "ACCUSE", {"source": ["rights groups"], "target": ["Greece"]}),
    ("İsrail'in saldırıları, birçok ülke tarafından kınandı.", "ACCUSE", {"target": ["Israel"]}),
    # a body's statement condemns, asks or sanctions in the passive: the body is the source
    ("Japonya Dışişleri Bakanlığından yapılan yazılı açıklamada, İsrail'in saldırısı kınandı.", "ACCUSE",
     {"source": ["Ministry of Foreign Affairs of Japan"], "target": ["Israel"]}),
    ("Japonya Dışişleri Bakanlığının açıklamasında, İsrail'in saldırısı kınandı.", "ACCUSE",
     {"source": ["Ministry of Foreign Affairs of Japan"], "target": ["Israel"]}),
    ("AB Komisyonundan yapılan açıklamada, Rusya'ya yeni yaptırımlar uygulanacağı bildirildi.", "SANCTION",
     {"source": ["European Commission"], "target": ["Russia"]}),
    # the subject of a clause of reason is whom the act is aimed at, not its source
    ("Rekabet Kurulu, Google'ın hakim durumunu kötüye kullandığı gerekçesiyle şirkete para cezası verdi.", "ACCUSE",
     {"source": ["Turkish Competition Authority"], "target": ["Google"]}),
    # a genitive after the first inside a clause of reason owns a word of it; the first is the one acted on
    ("İkinci iddia ise Ali Kaya'nın, Veli Demir'in bir şiirini okuduğu için mahkum edildiğidir.", "ACCUSE", {"target": ["Ali Kaya"]}),
    # the subject of a relative clause whose head, in the dative, the act was aimed at
    ("Solingen kentinde Türk kökenli bir ailenin yaşadığı eve kundaklama saldırısı düzenlendi.", "ASSAULT", {"target": ["families"]}),
    ("Sağlık Bakanı Ali Kaya, ailelere çocuklarını aşılatmaları çağrısında bulundu.", "REQUEST",
     {"source": ["Ali Kaya"], "target": ["families"]}),
])
def test_who_acts_around_genitives_and_clauses(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_an_act_named_before_a_postposition_of_opposition_takes_no_tense_from_the_verb_after(events):
    # "saldırılarına karşı kararlılığımızı sürdüreceğiz": the attacks are no plan of the speaker's
    found = events('Yüksek Temsilci Ayşe Kara, "Belarus\'un hibrit saldırılarına karşı kararlılığımızı sürdüreceğiz" dedi.')
    assert not [e for e in found if e["type"] == "ASSAULT" and e["status"] == "planned"]


@pytest.mark.parametrize("text, kind, roles", [
    # a counted noun, a plural or another group's word before a group's word is the subject; the group's word is the object
    ("194 milletvekili hükümeti destekledi.", "SUPPORT", {"target": ["government"]}),
    ("Göstericiler hükümeti protesto etti.", "PROTEST", {"source": ["protesters"], "target": ["government"]}),
    ("Metal işçileri greve çıktı.", "PROTEST", {"source": ["workers"]}),
    # the noun after the subject's own participle is the subject's act, though a postposition follows it
    ("Bakan Ali Kaya, Ankara'da mevkidaşı Veli Demir ile yaptığı görüşmenin ardından açıklama yaptı.", "CONSULT",
     {"source": ["Ali Kaya"], "target": ["Veli Demir"]}),
])
def test_subjects_before_a_groups_word_and_the_subjects_own_act(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_a_stance_towards_an_act_told_before_through_a_quoted_characterisation(events):
    found = events('Husiler, gemiyi vurduklarını açıkladı. Saldırıda iki denizci yaralandı. '
                   'ABD Merkez Kuvvetler Komutanlığı, saldırıyı "uluslararası ticarete yönelik pervasız bir eylem" olarak kınadı.')
    stance = next(e for e in found if e["type"] == "ACCUSE")
    assert stance["roles"] == {"source": ["United States Central Command"], "target": ["Houthis"]}


@pytest.mark.parametrize("text, kind, roles", [
    # "vurdu" is a strike when an army or a ship is in the sentence (a storm "hits" a coast too)
    ("İsrail ordusu, Gazze'yi vurduğunu açıkladı.", "ASSAULT", {"source": ["Israel"], "target": ["Gaza Strip"]}),
    ("Rusya, Ukrayna'yı kınadı. Polonya ise Rusya'yı lanetledi.", "ACCUSE", {"source": ["Poland"], "target": ["Russia"]}),
])
def test_verbs_of_striking_and_of_cursing(events, text, kind, roles):
    assert (kind, roles) in [(e["type"], e["roles"]) for e in events(text)]


def test_a_storm_hitting_a_coast_is_no_attack(events):
    assert events("Fırtına Karadeniz'i vurdu.") == []


@pytest.mark.parametrize("text, kind, roles", [
    # the one asked is the accusative; a name inside the act asked, before its infinitive, is that act's
    ("ABD Dışişleri Bakanlığı, Pekin'i askeri baskıyı durdurmaya ve Tayvan ile anlamlı bir diyalog başlatmaya çağırdı.", "REQUEST",
     {"source": ["United States Department of State"], "target": ["Beijing"]}),
    ("BM, İsrail'i Gazze'ye insani yardım girişine izin vermeye çağırdı.", "REQUEST", {"source": ["United Nations"], "target": ["Israel"]}),
    ("AB, Rusya'yı ve Ukrayna'yı ateşkese uymaya çağırdı.", "REQUEST", {"source": ["European Union"], "target": ["Russia", "Ukraine"]}),
    # the subject after whom it is told according to opens the clause
    ("Açıklamaya göre, Bakan Ali Kaya Riyad'da Veliaht Prens Muhammed bin Selman ile görüşecek.", "CONSULT",
     {"source": ["Ali Kaya"], "target": ["Muhammed bin Selman"]}),
])
def test_who_is_asked_and_who_acts_after_whom_it_is_told_by(events, text, kind, roles):
    event = one(events(text))
    assert (event["type"], event["roles"]) == (kind, roles)


def test_a_place_in_the_locative_before_a_title_is_where_the_talks_were(events):
    event = one(events("Bakan Ali Kaya, Riyad'da Prens Muhammed bin Selman ile görüştü."))
    assert (event["location"], event["roles"]) == ("Riyadh", {"source": ["Ali Kaya"], "target": ["Muhammed bin Selman"]})


def test_a_past_time_before_a_future_participle_dates_the_act_and_a_government_in_the_comitative_is_its_country(events):
    event = one(events("Lübnan hükümeti, geçen ay Suriye yönetimiyle gönüllü dönüşleri kolaylaştıracak bir protokol imzalamıştı."))
    assert (event["type"], event["date"], event["roles"]) == ("AGREE", "2026-02", {"source": ["Lebanon"], "target": ["Syria"]})


def test_a_name_ending_like_a_participle_opens_no_relative_clause(events):
    # "Tayvan" ends as "çalışan" does; the one asked is Beijing
    event = one(events("ABD, Pekin'i Tayvan ile diyalog başlatmaya çağırdı."))
    assert event["roles"] == {"source": ["United States"], "target": ["Beijing"]}


def test_two_people_own_their_talks_with_a_counterparts_title_between_them(events):
    event = one(events("Dışişleri Bakanı Hakan Fidan ile Rus mevkidaşı Sergey Lavrov'un görüşmesi Ankara'da yapıldı."))
    assert (event["type"], event["roles"]) == ("CONSULT", {"parties": ["Hakan Fidan", "Sergey Lavrov"]})


@pytest.mark.parametrize("text, location, roles", [
    # a part of a country in the locative is where; the ones struck there are the target
    ("Irak'ın kuzeyinde 4 terörist etkisiz hale getirildi.", "Iraq", {"target": ["militants"]}),
    # with no one else struck, a foreign army strikes the country whose part it hits
    ("İsrail, Lübnan'ın güneyinde hava saldırısı düzenledi.", "Lebanon", {"source": ["Israel"], "target": ["Lebanon"]}),
    # towards a part of it, in the dative, it is struck
    ("İsrail ordusu Gazze'nin kuzeyine saldırı düzenledi.", "Gaza Strip", {"source": ["Israel"], "target": ["Gaza Strip"]}),
])
def test_a_part_of_a_country_in_the_locative_is_where_and_in_the_dative_whom(events, text, location, roles):
    event = one(events(text))
    assert (event["location"], event["roles"]) == (location, roles)


@pytest.mark.parametrize("text", [
    "Teröristlerin etkisiz hale getirildiği açıklandı.",  # a told clause as a passive verb of saying's subject
    # the noun of the act in the instrumental tells how the verb's act was done; the account a post came from reports it
    "MSB'nin sosyal medya hesabından yapılan paylaşımda, teröristlerin bölgede düzenlenen hava harekatıyla etkisiz hale getirildiği bildirildi.",
])
def test_the_genitive_subject_of_a_passive_told_clause_is_acted_on(events, text):
    event = one(events(text))
    assert event["roles"] == {"target": ["militants"]}


def test_a_defence_ministry_named_by_its_short_form_tells_of_its_own_strike(events):
    event = one(events("MSB, 4 PKK'lı teröristin etkisiz hale getirildiğini açıkladı."))
    assert event["roles"] == {"source": ["Ministry of National Defence of Türkiye"], "target": ["militants"]}


def test_a_killing_a_case_is_about_is_no_act_of_the_sentence(events):
    event = one(events("Mahkeme, Ali Kaya'nın öldürülmesine ilişkin davada 2 sanığa ağırlaştırılmış müebbet hapis cezası verdi."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["court"], "target": ["defendants"]})


def test_the_subject_who_died_in_an_attack_was_its_target(events):
    event = one(events("Gazeteci Ali Kaya, geçen ay evinin önünde silahlı saldırıda hayatını kaybetmişti."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"target": ["Ali Kaya"]})


def test_the_place_compounded_with_a_visit_is_visited_not_where_it_was_announced(events):
    event = one(events("Başbakan Ali Kaya, Atina'da gazetecilere yaptığı açıklamada, Ankara ziyaretinin 20 Mayıs'ta gerçekleşeceğini söyledi."))
    assert (event["location"], event["status"], event["date"]) == ("Ankara", "planned", "2026-05-20")


def test_a_visit_put_off_is_still_planned(events):
    assert one(events("Ali Kaya'nın Ankara ziyareti ertelendi."))["status"] == "planned"


@pytest.mark.parametrize("text, mediator, parties", [
    ("Türkiye, Rusya ile Ukrayna arasındaki müzakerelere ev sahipliği yaptı.", ["Türkiye"], ["Russia", "Ukraine"]),
    ("Katar, İsrail ile Hamas arasındaki görüşmelere ev sahipliği yapıyor.", ["Qatar"], ["Hamas", "Israel"]),
])
def test_who_hosts_talks_between_two_sides_mediates_them(events, text, mediator, parties):
    event = one(events(text))
    assert (event["roles"]["mediator"], event["roles"]["parties"]) == (mediator, parties)


def test_migrants_counted_after_the_boat_they_were_in_were_pushed_back(events):
    event = one(events("Geri itilen lastik bottaki 47 düzensiz göçmen kurtarıldı."))
    assert event["roles"] == {"target": ["migrants"]}


def test_a_hearing_put_off_after_a_threat_leaves_the_threat_done(events):
    event = one(events("Ali Kaya, Mehmet Demir'i duruşmada tehdit etmesinin ardından ertelenen duruşmaya katılmadı."))
    assert (event["type"], event["status"]) == ("THREATEN", "occurred")


def test_a_word_a_trigger_requires_is_a_word_not_part_of_a_name(events):
    # "Balıkesir" holds "esir" (captive): handing migrants over to a directorate frees no captive
    assert events("Göçmenler, Balıkesir İl Göç İdaresi Müdürlüğüne teslim edildi.") == []


def test_two_sides_opening_the_sentence_before_a_number_act_together(events):
    assert one(events("Rusya ile Ukrayna 1000'er esiri takas etti."))["roles"] == {"parties": ["Russia", "Ukraine"]}


def test_an_army_telling_of_its_strike_on_anothers_regions_did_it(events):
    event = one(events("İran Devrim Muhafızları Ordusu, İsrail'in çeşitli bölgelerine balistik füzelerle saldırı düzenlediğini duyurdu."))
    assert event["roles"] == {"source": ["Islamic Revolutionary Guard Corps"], "target": ["Israel"]}


def test_the_owner_of_a_bill_a_long_relative_clause_describes_is_protested(events):
    event = one(events("Sendikalar, hükümetin emeklilik yaşını 64'ten 65'e çıkarmayı öngören reform tasarısına karşı genel grev başlattı."))
    assert event["roles"] == {"source": ["trade unions"], "target": ["government"]}


def test_talks_hosted_by_a_third_told_again_are_the_same_talks_and_the_ministers_meet_again(events):
    found = events("Norveç Dışişleri Bakanı Lars Holm ile İsveç Dışişleri Bakanı Tom Berg, Oslo'da görüştü. "
                   "Danimarka Dışişleri Bakanı Ayşe Kaya'nın ev sahipliğinde yapılan görüşmede, enerji hatları ele alındı. "
                   "Bakanların mayıs ayında yeniden bir araya gelmesi bekleniyor.")
    assert [(e["status"], e["date"], e["roles"]["parties"], e["roles"].get("mediator")) for e in found] == [
        ("occurred", None, ["Lars Holm", "Tom Berg"], ["Ayşe Kaya"]),
        ("expected", "2026-05", ["Lars Holm", "Tom Berg"], ["Ayşe Kaya"]),
    ]


def test_ministers_in_the_plural_meet_again_only_as_the_two_of_the_last_talks(events):
    found = events("Zirvede 30 ülkenin bakanı görüştü. Bakan Lars Holm ile Bakan Tom Berg ayrıca bir araya geldi. "
                   "Avrupa Komisyonu Başkanı Ayşe Kaya konuştu. Bakanların gelecek ay yeniden bir araya gelmesi bekleniyor.")
    assert (found[-1]["status"], found[-1]["roles"].get("parties")) == ("expected", ["Lars Holm", "Tom Berg"])


def test_leaders_in_the_plural_are_not_the_last_two_titled_people(events):
    found = events("AB Konseyi Başkanı Antonio Costa, paketin kullandırılacağını açıkladı. Macaristan Başbakanı Viktor Orban "
                   "oylamaya katılmadı. Liderler, aralık ayında yapılacak bir sonraki zirvede genişleme sürecini ele alacak.")
    assert not [e for e in found if e["type"] == "CONSULT" and e["roles"].get("parties")]


def test_a_detention_order_is_a_warrant_against_whom_it_is_issued(events):
    event = one(events("İstanbul Cumhuriyet Başsavcılığı, 48 şüpheli hakkında gözaltı kararı verdi."))
    assert (event["type"], event["roles"]) == ("ACCUSE", {"source": ["İstanbul Cumhuriyet Başsavcılığı"], "target": ["suspects"]})


def test_a_told_clause_before_a_comma_and_the_next_told_clause(events):
    event = one(events("Operasyonda 41 şüphelinin yakalandığı, 7 şüphelinin yakalanması için çalışmaların sürdüğü bildirildi."))
    assert event["roles"] == {"target": ["suspects"]}


def test_a_coast_guard_boat_before_tarafından_is_the_agent(events):
    event = one(events("Türk balıkçı teknesine Yunan sahil güvenlik botu tarafından ateş açıldığı bildirildi."))
    assert event["roles"] == {"source": ["coast guard"], "target": ["fishermen"]}


def test_two_names_a_hyphen_pairs_before_the_act_are_its_parties(events):
    event = one(events("Erdoğan-Putin görüşmesi Soçi'de yapıldı."))
    assert (event["type"], event["roles"]) == ("CONSULT", {"parties": ["Putin", "Recep Tayyip Erdoğan"]})


def test_an_acts_noun_set_off_as_the_subject_takes_the_verb_that_ends_the_sentence(events):
    event = one(events("Ordunun düzenlediği BALTOPS 26 tatbikatı, 17 müttefik ülkeden yaklaşık 50 gemi ve "
                       "9 bin askerin katılımıyla bugün başladı."))
    # the number after the exercise's name counts no exercises: this one, dated by the verb far off
    assert (event["type"], event["status"], event["date"]) == ("MOBILIZE", "occurred", WEDNESDAY.date().isoformat())


@pytest.mark.parametrize("text, target", [
    ("Komisyon, Hollanda'ya teknik destek teklif etti.", "Netherlands"),
    ("Japonya, Türkiye'ye yardım önerdi.", "Türkiye"),
])
def test_aid_offered_is_conditional(events, text, target):
    event = one(events(text))
    assert (event["type"], event["status"], event["roles"].get("target")) == ("AID", "conditional", [target])


def test_a_plan_proposed_after_a_meeting_leaves_the_meeting_as_it_was(events):
    event = one(events("Bakan, Rusya ile görüştü ve yeni bir plan önerdi."))
    assert (event["type"], event["status"]) == ("CONSULT", "occurred")


def test_the_place_an_envoy_serves_in_is_no_side(events):
    event = one(events("İsveç'in Ankara Büyükelçisi, Bakanlığa çağrılarak tepkimiz iletildi."))
    assert event["roles"] == {"target": ["Sweden"]}


def test_a_plan_in_a_relative_clause_is_the_next_acts_not_the_meeting_before(events):
    planned = one(events("Görüşmede ay sonunda Atina'da yapılması planlanan Konsey toplantısının hazırlıkları ele alındı."))
    assert (planned["status"], planned["evidence"]) == ("planned", ["planlanan Konsey toplantısının"])


def test_a_meeting_in_the_locative_of_a_clause_told_in_the_past_was_held(events):
    found = events("Bakan Ali Kaya ile Azerbaycan Enerji Bakanı Veli Demir anlaşmayı imzaladı. "
                   "Bakanlar, görüşmede boru hattı projesini de ele aldı.")
    meeting = next(e for e in found if e["type"] == "CONSULT")
    assert (meeting["status"], meeting["roles"]) == ("occurred", {"parties": ["Ali Kaya", "Veli Demir"]})


def test_an_agreement_reached_told_by_its_participle(events):
    event = one(events("İsrail ile Hamas arasında varılan ateşkes anlaşması dün yürürlüğe girdi."))
    assert (event["type"], event["status"], event["roles"]) == ("AGREE", "occurred", {"parties": ["Hamas", "Israel"]})


def test_the_body_people_are_handed_over_to_stands_between(events):
    event = one(events("Hamas, 3 İsrailli esiri Uluslararası Kızılhaç Komitesine teslim etti."))
    assert event["roles"] == {"source": ["Hamas"], "target": ["prisoners"], "mediator": ["International Committee of the Red Cross"]}


def test_a_guest_welcomed_by_a_host_and_the_agreements_signed_at_their_meeting(events):
    found = events("Cumhurbaşkanı Ali Kaya, Kuala Lumpur'da Başbakan Veli Demir tarafından resmi törenle karşılandı. "
                   "İki lider, görüşmenin ardından heyetlerarası toplantıya başkanlık etti. "
                   "Toplantıda savunma ve enerji alanlarında 11 anlaşma imzalandı.")
    # the visit the welcome opens: the guest visits the host
    assert [(e["type"], e["roles"]) for e in found] == [
        ("CONSULT", {"source": ["Ali Kaya"], "target": ["Veli Demir"]}),
        ("AGREE", {"parties": ["Ali Kaya", "Veli Demir"]})]


def test_the_owner_of_what_the_targets_are_connected_with_is_no_source(events):
    event = one(events("ABD, İran'ın nükleer programıyla bağlantılı 12 kişiye yaptırım uyguladı."))
    assert event["roles"] == {"source": ["United States"], "target": ["people"]}


def test_the_owner_of_positions_struck_is_the_target(events):
    found = events("Hızlı Destek Kuvvetleri (HDK) Darfur'da ilerliyor. Sudan ordusu HDK mevzilerine hava saldırısı düzenledi.")
    assert [e["roles"] for e in found if e["type"] == "ASSAULT"] == [{"source": ["Sudan"], "target": ["Rapid Support Forces"]}]


def test_two_named_callers_of_one_country_make_two_calls(events):
    found = events("Türkiye Metal Sanayicileri Sendikası, sendikayı masaya dönmeye çağırdı. "
                   "Çalışma ve Sosyal Güvenlik Bakanı Ali Kaya, tarafları perşembe günü görüşmeye davet etti.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("REQUEST", {"source": ["Türkiye Metal Sanayicileri Sendikası"]}),
        ("REQUEST", {"source": ["Ali Kaya"]})]


def test_a_body_and_its_chamber_are_one_side(events):
    found = events("Yargıtay, eski belediye başkanının cezasını onadı.\n\n"
                   "Yargıtay 5. Ceza Dairesi, eski belediye başkanı Ali Kaya hakkında verilen 6 yıl hapis cezasını onadı.")
    assert len([e for e in found if e["type"] == "ACCUSE"]) == 1


def test_the_place_before_the_act_one_is_invited_to_is_that_acts(events):
    event = one(events("Başbakan Ali Kaya, Veli Demir'i gelecek ay Ankara'da görüşmeye davet etti."))
    assert (event["type"], event["location"], event["date"]) == ("REQUEST", None, None)


def test_a_number_counting_where_an_act_is_does_not_make_it_another_time(events):
    # "40 fabrikada greve başladı": a strike in forty factories, the one the title tells of
    event = one(events("Metal işçileri greve çıktı\n\nYaklaşık 12 bin işçi bugün Kocaeli ve Bursa'daki 40 fabrikada greve başladı."))
    assert (event["type"], event["evidence"]) == ("PROTEST", ["greve çıktı", "greve başladı"])


@pytest.mark.parametrize("text, roles", [
    # the mediators listed first are no sides of the talks
    ("Katar ve Mısır arabuluculuğunda Kahire'de yürütülen müzakerelerin yarın yeniden başlaması bekleniyor.",
     {"mediator": ["Egypt", "Qatar"]}),
    # a pair set off by its comma before the list of mediators is the two sides
    ("İsrail ile Hamas, Katar ve Mısır arabuluculuğunda Kahire'de görüştü.", {"mediator": ["Egypt", "Qatar"], "parties": ["Hamas", "Israel"]}),
])
def test_mediators_listed_are_not_parties(events, text, roles):
    assert one(events(text))["roles"] == roles


def test_who_tells_of_a_deal_reached_with_one_side_in_the_impersonal_passive_is_the_other(events):
    event = one(events("Ajans Başkanı Ali Kaya, İran'ın nükleer tesislerine denetçilerin erişimini sağlayacak "
                       "teknik anlaşmaya Tahran ile varıldığını açıkladı."))
    # the genitive owns the facilities: no subject of a passive; Tehran, with Iran named, stands for its state
    assert (event["type"], event["roles"]) == ("AGREE", {"source": ["Ali Kaya"], "target": ["Iran"]})


@pytest.mark.parametrize("text, target", [
    # an envoy's office with no holder named is the passive act's subject: the envoy's country is summoned
    ("İsveç'in Ankara Büyükelçisi Dışişleri Bakanlığına çağrıldı.", ["Sweden"]),
    # in a told clause the office is in the genitive, and the embassy stands for it
    ("Dışişleri Bakanı Ali Kaya, Hindistan'ın İslamabad Büyükelçiliği maslahatgüzarının bakanlığa çağrıldığını bildirdi.",
     ["İslamabad Büyükelçiliği"]),
])
def test_an_unnamed_envoy_summoned_is_the_envoys_country_or_embassy(events, text, target):
    event = one(events(text))
    assert (event["type"], event["roles"].get("target"), event["roles"].get("source")) == ("ACCUSE", target, None)


def test_an_office_with_no_holder_named_before_ise_stands_for_its_body(events):
    event = one(events("ABD Dışişleri Bakanlığı Sözcüsü ise gelişmeleri takip ettiklerini belirterek Pekin'i itidalli olmaya çağırdı."))
    assert (event["type"], event["roles"]) == ("REQUEST", {"source": ["United States Department of State"], "target": ["Beijing"]})


@pytest.mark.parametrize("text", [
    # the dative before a reason of its own, with its own subject in the genitive, is the act's
    "UEFA, Fenerbahçe'ye taraftarların meşale yakması nedeniyle para cezası verdi.",
    # one before a participle of happening, which takes no dative, and a name in a relative clause of its own
    "UEFA, Fenerbahçe'ye Lyon ile oynanan maçta yaşanan olaylar nedeniyle para cezası verdi.",
])
def test_a_club_fined_for_its_fans_deeds_is_the_target_and_the_fans_no_source(events, text):
    found = [e for e in events(text) if e["type"] == "ACCUSE"]
    assert [e["roles"] for e in found] == [{"source": ["UEFA"], "target": ["Fenerbahçe SK"]}]


def test_the_subject_of_a_clause_closed_by_uzerine_is_acted_on_not_acting(events):
    event = one(events("Göstericilerin binaya havai fişek atması üzerine polis, tazyikli su ve biber gazıyla müdahale etti."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["police"], "target": ["protesters"]})
    assert one(events("Hükümet yanlısı milisler göstericilere saldırdı."))["roles"] == {"source": ["militias"], "target": ["protesters"]}


def test_a_name_in_the_dative_governed_by_a_cause_right_after_it_is_no_target(events):
    event = one(events("Rusya'nın Ankara Büyükelçisi, Türk vatandaşlarına yönelik saldırılar nedeniyle Dışişleri Bakanlığına çağrıldı."))
    assert event["roles"] == {"target": ["Russia"]}


@pytest.mark.parametrize("text, roles", [
    # recalling an envoy lowers relations with the country where the envoy serves
    ("Cezayir, Fransa'daki büyükelçisini istişare için geri çağırdı.", {"source": ["Algeria"], "target": ["France"]}),
    ("İsrail, Ankara Büyükelçisini geri çekti.", {"source": ["Israel"], "target": ["Ankara"]}),
])
def test_an_envoy_recalled_is_a_sanction_on_the_country_where_they_serve(events, text, roles):
    event = one(events(text))
    assert (event["type"], event["roles"], event["location"]) == ("SANCTION", roles, None)


def test_a_countrys_citizens_carry_the_countrys_case(events):
    event = one(events("Macaristan, Polonya vatandaşlarına vize muafiyetini askıya aldı."))
    assert (event["type"], event["roles"]) == ("SANCTION", {"source": ["Hungary"], "target": ["Poland"]})


def test_the_wounded_of_a_clause_closed_before_are_not_those_detained_after_it(events):
    event = one(events("Olaylarda 3 polis yaralandı, 14 kişi gözaltına alındı."))
    assert (event["type"], event["roles"], event["counts"]) == ("COERCE", {"target": ["people"]}, [("detained", 14)])


def test_an_act_condemned_by_its_noun_is_the_one_told_before_though_another_is_told_after(events):
    found = events("Kara Kartallar Örgütü militanları pazar günü bir köye saldırdı. Ordu, örgütün köyde mevzi kurduğunu ileri sürdü. "
                   "Bakan Ali Kaya, saldırıyı kınayarak taraflara çağrıda bulundu. "
                   "Ülkede nisan 2023'ten bu yana ordu ile Kara Kartallar Örgütü arasında süren çatışmalarda binlerce kişi öldü.")
    condemned = [e for e in found if e["type"] == "ACCUSE"]
    assert [e["roles"] for e in condemned] == [{"source": ["Ali Kaya"], "target": ["Kara Kartallar Örgütü"]}]


def test_a_list_of_countries_whose_ministers_take_part_are_the_talks_parties(events):
    event = one(events("Mısır, Ürdün, Katar ve Irak'ın enerji bakanlarının katıldığı toplantıda boru hattı projesi görüşüldü."))
    assert (event["type"], event["roles"]) == ("CONSULT", {"parties": ["Egypt", "Iraq", "Jordan", "Qatar"]})


def test_a_genitive_after_the_subjects_genitive_owns_what_the_participle_strikes(events):
    event = one(events("Rusya ve Belarus'un Ukrayna'nın enerji tesislerine düzenlediği saldırılar tepki çekti."))
    assert (event["type"], event["roles"]) == ("ASSAULT", {"source": ["Belarus", "Russia"], "target": ["Ukraine"]})


@pytest.mark.parametrize("text", [
    "Dışişleri Bakanı Ali Kaya dün Ankara'da mevkidaşı ile görüştü. Bakan, yarın İstanbul'da Katar'ı ziyaret edecek.",
    "Papa Ali Kaya, dün Ankara'da Cumhurbaşkanı ile görüştü. Papa, yarın İstanbul'da Sultanahmet Camii'ni ziyaret edecek.",
])
def test_a_bare_title_opening_the_sentence_is_the_person_named_before_with_it(events, text):
    visit = next(e for e in events(text) if e["status"] == "planned")
    assert visit["roles"].get("source") == ["Ali Kaya"]


@pytest.mark.parametrize("text, parties", [
    ("Toplantı New York'ta yapıldı. Toplantıya Türkiye ve Yunanistan katıldı.", ["Greece", "Türkiye"]),
    # office holders taking part: their countries, in a title or owning it in the genitive
    ("Zirveye Türkiye Dışişleri Bakanı Ali Kaya da katıldı.", ["Türkiye"]),
    ("Toplantıya Türkiye, Yunanistan ve İngiltere'nin dışişleri bakanları katıldı.", ["Greece", "Türkiye", "United Kingdom"]),
    # a place qualifying the noun after it takes no part
    ("Hong Kong polisi, yasa dışı toplantıya katıldıkları gerekçesiyle 9 aktivisti gözaltına aldı.", []),
])
def test_who_take_part_in_talks_are_their_sides(events, text, parties):
    talks = [e for e in events(text) if e["type"] == "CONSULT"]
    assert sorted(party for e in talks for party in e["roles"].get("parties", [])) == parties


@pytest.mark.parametrize("text", [
    "Ali Kaya, yarın Katar Emiri'ni ziyaret edecek.",
    "Ali Kaya, yarın Katar Emiri ile görüşecek.",
])
def test_an_office_with_no_holder_named_after_it_stands_for_its_country_as_whom_one_meets(events, text):
    visit = next(e for e in events(text) if e["type"] == "CONSULT")
    assert (visit["roles"].get("source"), visit["roles"].get("target")) == (["Ali Kaya"], ["Qatar"])


def test_a_name_opening_the_sentence_after_its_country_and_title_is_the_subject_before_a_list(events):
    event = one(events("Lübnan Cumhurbaşkanı Ali Kaya, ABD ve Fransa'dan İsrail'e baskı yapmalarını istedi."))
    assert (event["type"], event["roles"].get("source"), sorted(event["roles"]["target"])) == (
        "REQUEST", ["Ali Kaya"], ["France", "United States"])


def test_towns_listed_from_the_sentences_first_name_are_places_not_a_subject(events):
    event = one(events("Bursa, Kocaeli ve Manisa'daki 22 fabrikada yaklaşık 18 bin işçi iş bıraktı."))
    assert (event["type"], event["roles"].get("source")) == ("PROTEST", ["workers"])


def test_a_country_opening_a_sentence_before_a_list_still_acts(events):
    event = one(events("İsrail, Lübnan ve Suriye'deki hedefleri vurdu."))
    assert event["roles"].get("source") == ["Israel"]


def test_a_genitive_before_a_converb_of_saying_and_its_comma_is_not_the_next_clauses_subject(events):
    text = ("Ali Kaya ile görüştü. Kaya da Türkiye'nin bölgede önemli bir ortak olduğunu belirterek, "
            "gelecek yıl Ankara'yı ziyaret edeceğini söyledi.")
    visit = next(e for e in events(text) if e["status"] == "planned")
    assert visit["roles"].get("source") == ["Ali Kaya"]


@pytest.mark.parametrize("text, source", [
    # "-dikten sonra" is a converb, not a participle whose head noun after it acts
    ("Saldırganlar, güvenlik görevlisini öldürdükten sonra kaçtı.", ["attackers"]),
    (("Sözcü Ali Kaya, saldırganların gece okula geldiğini ve güvenlik görevlisini öldürdükten sonra "
      "öğrencileri ormanlık alana götürdüğünü söyledi."), ["attackers"]),
])
def test_an_act_in_the_ablative_of_a_verbal_noun_is_done_by_the_clauses_subject(events, text, source):
    killing = next(e for e in events(text) if e["type"] == "ASSAULT")
    assert killing["roles"].get("source") == source


def test_seizing_control_is_coercion(events):
    event = one(events("Ordu, kentin kontrolünü ele geçirdi."))
    assert (event["type"], event["roles"].get("source")) == ("COERCE", ["army"])


def test_taking_a_town_or_goods_is_coercion_and_taking_a_chance_nothing(events):
    event = one(events("İsyancılar, ocak ayında Goma kentini ele geçirdi."))
    assert (event["type"], event["roles"].get("source"), event["roles"].get("target")) == ("COERCE", ["rebels"], ["Goma"])
    assert one(events("Polis limanda 1,2 ton kokain ele geçirdi."))["type"] == "COERCE"
    assert events("Takım bu fırsatı ele geçirdi.") == []


def test_a_body_joined_by_ile_after_its_short_form_owns_the_act_with_the_genitive_after_it(events):
    text = ("Afet ve Acil Durum Yönetimi Başkanlığı (AFAD) ile Türk Kızılay'ın hazırladığı 500 ton insani yardım "
            "malzemesini taşıyan gemi yola çıktı.")
    aid = one(events(text))
    assert (aid["type"], sorted(aid["roles"].get("source", [])), aid["roles"].get("target")) == (
        "AID", ["Disaster and Emergency Management Presidency", "Turkish Red Crescent"], None)


@pytest.mark.parametrize("text, source", [
    # "baskın" ends as a genitive would, but is the noun itself: the subject acts
    ("Emniyet Müdürlüğü ekipleri, 14 adrese baskın düzenledi.", ["Emniyet Müdürlüğü"]),
    # who ordered the raid did not carry it out, when the clause names its own subject
    ("Cumhuriyet Başsavcılığının talimatıyla Emniyet Müdürlüğü ekipleri, 14 adrese eş zamanlı baskın düzenledi.", ["Emniyet Müdürlüğü"]),
])
def test_a_raid_is_done_by_the_units_named_as_subject(events, text, source):
    raid = one(events(text))
    assert raid["roles"].get("source") == source


@pytest.mark.parametrize("text, target", [
    ("Rusya ile ilişkiler gündemde. Dışişleri Bakanı Ali Kaya, Rus mevkidaşı ile telefonda görüştü.", ["Russia"]),
    ("İran'da seçim var. Dışişleri Bakanı Ali Kaya, İranlı mevkidaşıyla görüştü.", ["Iran"]),
    # a counterpart named after the adjective is the side, as any name is
    ("Rusya ile ilişkiler gündemde. Dışişleri Bakanı Ali Kaya, Rus mevkidaşı Sergey Lavrov ile görüştü.", ["Sergey Lavrov"]),
])
def test_a_counterpart_named_by_a_countrys_adjective_is_that_country(events, text, target):
    talks = next(e for e in events(text) if e["type"] == "CONSULT")
    assert talks["roles"].get("target") == target


def test_where_a_statement_was_made_is_not_where_the_act_it_tells_of_was(events):
    found = events("NATO'nun Baltık Denizi'nde düzenlediği tatbikat başladı. NATO Genel Sekreteri Ali Kaya, Tallinn'de "
                   "yaptığı açıklamada, tatbikatın ittifakın caydırıcılığını göstermek amacıyla düzenlendiğini söyledi.")
    drill = one(found)
    assert (drill["type"], drill["location"]) == ("MOBILIZE", "Baltic Sea")


def test_the_participle_of_a_statement_makes_no_act_of_the_noun_after_it(events):
    found = events("Bakan Ali Kaya, Ankara'da yaptığı açıklamada saldırıyı kınadı.")
    assert [(e["type"], e["roles"].get("source"), e["location"]) for e in found] == [("ACCUSE", ["Ali Kaya"], "Ankara")]


def test_a_group_named_after_a_town_is_the_group_acting_there(events):
    event = one(events("Ankara polisi 12 şüpheliyi gözaltına aldı."))
    assert (event["roles"].get("source"), event["roles"].get("target")) == (["police"], ["suspects"])


@pytest.mark.parametrize("text, found", [
    ("ABD Merkez Kuvvetler Komutanlığı, 3 insansız hava aracını düşürdüğünü açıkladı.", [("ASSAULT", ["United States Central Command"])]),
    # what is brought down must be an aircraft or a missile: a rate cut is no attack
    ("Merkez Bankası faizi yüzde 40'a düşürdü.", []),
])
def test_shooting_down_aircraft_is_an_assault(events, text, found):
    assert [(e["type"], e["roles"].get("source")) for e in events(text)] == found


@pytest.mark.parametrize("text, roles", [
    # a spokesman described by his body's name and title tells of the act; the told clause's genitive did it
    ("İsrail ordusu sözcüsü Avi Levi, Hizbullah'ın İsrail mevzilerine ateş açtığını açıkladı.", {"source": ["Hezbollah"], "target": ["Israel"]}),
    ("Tayland ordusu sözcüsü Tümgeneral Som Chai, Kamboçya'nın Tayland mevzilerine ateş açtığını açıkladı.",
     {"source": ["Cambodia"], "target": ["Thailand"]}),
    # a nationality's compound after the genitive is not the genitive's part: Ukraine attacked, it was not attacked
    ("Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova, Ukrayna'nın Rus kentlerine saldırdığını açıkladı.", {"source": ["Ukraine"]}),
    # a bare country before its posts or lands in the dative, right before the act, is struck
    ("Rusya, Ukrayna topraklarına füze saldırısı düzenledi.", {"source": ["Russia"], "target": ["Ukraine"]}),
])
def test_who_a_spokesman_says_fired_on_whose_posts(events, text, roles):
    assert one(events(text))["roles"] == roles


def test_a_country_bare_before_a_border_far_from_the_act_is_not_struck(events):
    event = one(events("Nijer'in batısında Mali sınırına yakın bölgede bir askeri konvoya kurulan pusuda iki asker öldü."))
    assert "Mali" not in str(event["roles"])



def test_a_body_whose_managers_attend_takes_part(events):
    event = one(events("Toplantıya Türk-İş ve TİSK yöneticileri katıldı."))
    assert event["roles"] == {"parties": ["Confederation of Turkish Trade Unions", "Turkish Confederation of Employer Associations"]}


@pytest.mark.parametrize("text", ["Rusya ve Ukrayna esirleri takas etmeyi taahhüt etti.", "Rusya ve Ukrayna esirleri takas etmeye söz verdi."])
def test_committing_to_an_act_is_agreeing_to_it(events, text):
    event = one(events(text))
    assert (event["type"], event["roles"]) == ("AGREE", {"parties": ["Russia", "Ukraine"]})


def test_a_participle_a_genitive_owns_is_no_act_of_the_teller_and_a_time_after_the_genitive_dates_it(events):
    event = one(events("Savunma Bakanı Ali Demir, Yunan ordusunun dün Ege'de kaçak taşıdığı iddia edilen bir tekneye düzenlediği "
                       "saldırıda 3 kişinin öldüğünü duyurdu."))
    assert (event["type"], event["date"], event["roles"]["source"]) == ("ASSAULT", "2026-03-10", ["army"])
    # the teller's own participle keeps the teller in the act, whoever is named in the genitive before a noun of it
    talks = one(events("Dışişleri Bakanı Ali Demir, Rusya Dışişleri Bakanı Veli Kaya'nın davetiyle yaptığı görüşmenin verimli geçtiğini söyledi."))
    assert talks["roles"] == {"source": ["Ali Demir"], "target": ["Veli Kaya"]}


def test_a_violation_told_accuses_the_clauses_subject_not_who_is_named_with_the_teller(events):
    found = events("BM İnsan Hakları Yüksek Komiseri Ali Demir, saldırıların uluslararası hukuku ihlal ettiğini belirtti. "
                   "Kamboçya, Tayland'ın ateşkesi ihlal ettiğini açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["Ali Demir"]}), ("ACCUSE", {"source": ["Cambodia"], "target": ["Thailand"]})]


@pytest.mark.parametrize("text, expected", [
    # easing sanctions or lifting a curfew yields, as the PLOVER records have it
    ("ABD Hazine Bakanlığı, Suriye'ye yönelik yaptırımları 180 gün süreyle askıya aldığını duyurdu.",
     [("CONCEDE", {"source": ["United States Department of the Treasury"], "target": ["Syria"]})]),
    ("AB, Suriye'ye yönelik ekonomik yaptırımları kaldırma kararı aldı.", [("CONCEDE", {"source": ["European Union"], "target": ["Syria"]})]),
    # an act made a verbal noun and talked over is no act
    ("Türkiye ile Suriye arasındaki toplantıda Suriye'ye yönelik yaptırımların kaldırılması ele alındı.",
     [("CONSULT", {"parties": ["Syria", "Türkiye"]})]),
    # asking that detention go on is a request, no detention
    ("Cumhuriyet savcısı ise sanıkların tutukluluk hallerinin devamını istedi.", [("REQUEST", {"source": ["prosecutors"], "target": ["defendants"]})]),
])
def test_easing_sanctions_concedes_and_what_is_talked_over_or_asked_for_is_not_done(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected



@pytest.mark.parametrize("text, status", [
    ("Yunan ordusu dün Ege'de kaçak taşıdığı iddia edilen bir tekneye saldırı düzenledi.", "occurred"),
    ("Suriye'de iddia edilen kimyasal saldırıda 40 kişi öldü.", "reported"),
])
def test_an_alleged_thing_the_act_is_aimed_at_hedges_the_thing_not_the_act(events, text, status):
    assert one(events(text))["status"] == status


@pytest.mark.parametrize("text, expected", [
    # a visit to an area meets no one; a promise of aid to someone agrees to give it, as English "promised" does
    ("Devlet Başkanı Ali Demir, bölgeyi ziyaret ederek ailelere yardım sözü verdi.", [("AGREE", {"source": ["Ali Demir"], "target": ["families"]})]),
    ("Japonya, Ukrayna'ya 2 milyar dolar yardım sözü verdi.", [("AGREE", {"source": ["Japan"], "target": ["Ukraine"]})]),
    ("Bakan Ali Demir, deprem bölgesini ziyaret etti.", []),
])
def test_a_visit_to_an_area_meets_no_one_and_a_promise_of_aid_agrees(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


def test_who_a_list_of_decisions_acts_on_is_acted_on_in_each(events):
    found = events("Mahkeme, Ali Demir'in rüşvet suçundan cezalandırılmasına, tutukluluk halinin devamına karar verdi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["court"], "target": ["Ali Demir"]}), ("COERCE", {"source": ["court"], "target": ["Ali Demir"]})]


def test_a_time_before_a_converb_dates_the_verb_not_a_participle_after_the_converb():
    friday = datetime(2026, 12, 4, 10, 0)
    text = "Devlet Başkanı Ali Demir, çarşamba günü bölgeyi ziyaret ederek etkilenen ailelere yardım sözü verdi."
    document = Analyser(use_model=False).annotate_one(Article(doc="t", text=text, dct=friday.date(), published=friday, lang="tr"))
    assert [(e["type"], e["date"]) for e in document["events"]] == [("AGREE", "2026-12-02")]


def test_a_country_opening_the_sentence_before_a_word_of_time_and_a_town_strikes_and_is_condemned(events):
    found = events("İsrail dün Han Yunus'a hava saldırısı düzenledi. Mısır, saldırıyı kınadı.")
    # (the town, known to the tables by its Turkish spelling, is what was struck)
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"source": ["Israel"], "target": ["Khān Yūnis"]}), ("ACCUSE", {"source": ["Egypt"], "target": ["Israel"]})]


@pytest.mark.parametrize("text, expected", [
    # a participle in -mIş before a plural noun describes it: the teller is no one struck
    ("Sivil Savunma Müdürlüğü, saldırının sabah saatlerinde yerinden edilmiş ailelerin kaldığı bir çadıra yönelik düzenlendiğini açıkladı.", []),
    # a participle inside the charge leaves the accused in the accusative
    ("Hamas, İsrail'i ekim ayında yürürlüğe giren ateşkesi ihlal etmekle suçladı.", [("ACCUSE", {"source": ["Hamas"], "target": ["Israel"]})]),
])
def test_a_participle_describing_a_noun_is_no_predicate_of_the_act(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected



@pytest.mark.parametrize("text, expected", [
    ("Gelecek hafta yapılacak AB liderler zirvesinde konunun ele alınması bekleniyor.", [("CONSULT", {"source": ["European Union"]})]),
    ("Dün gece düzenlenen İsrail hava saldırısında 5 kişi öldü.", [("ASSAULT", {"source": ["Israel"], "target": ["people"]})]),
])
def test_a_name_opening_a_compound_of_a_few_words_before_the_acts_noun_acts(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


def test_an_act_named_again_and_described_is_the_act_told_before_not_one_by_the_names_describing_it(events):
    found = events("Ordu, Ada çevresinde tatbikat başlattı. Sözcü, tatbikatın Kıbrıs için ciddi bir uyarı olduğunu söyledi.")
    assert [(e["type"], e["evidence"]) for e in found] == [("MOBILIZE", ["tatbikat başlattı", "tatbikatın"])]


def test_an_act_described_in_the_genitive_took_place_and_is_its_owners(events):
    found = events("Bakan, İsrail'in saldırısının bir savaş suçu olduğunu söyledi.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [("ASSAULT", "occurred", {"source": ["Israel"]})]


def test_told_clauses_joined_by_ve_share_the_subject_the_first_opens_with(events):
    found = events("Sözcü Ayşe Kara, Washington'ın gelişmeleri yakından izlediğini ve Pekin'i itidalli olmaya çağırdığını belirtti.")
    assert [(e["type"], e["roles"]) for e in found] == [("REQUEST", {"source": ["Washington"], "target": ["Beijing"]})]


def test_a_clause_after_a_converb_of_saying_is_the_speakers_own(events):
    found = events("Başbakan Ali Demir, Türkiye'nin önemli bir ortak olduğunu belirterek, gelecek yıl Ankara'yı ziyaret edeceğini söyledi.")
    assert [(e["type"], e["roles"]) for e in found] == [("CONSULT", {"source": ["Ali Demir"]})]


@pytest.mark.parametrize("text, expected", [
    # the clause told at the meeting is not the meeting's, nor is its passive voice
    ("Banka Başkanı Ali Demir, geçen hafta Ankara'da bankacılarla yaptığı toplantıda sıkı para politikasının sürdürüleceğini söylemişti.",
     {"persons": ["Ali Demir"], "source": ["Ali Demir"]}),
    # a name's own last letters are no genitive owning the participle ("Putin" ends like "kişinin")
    ("Cumhurbaşkanı Ali Demir, Rusya Devlet Başkanı Putin ile yaptığı görüşmede savaşın sona ermesi gerektiğini söyledi.",
     {"persons": ["Ali Demir", "Putin"], "source": ["Ali Demir"], "target": ["Putin"]}),
])
def test_the_subjects_own_meeting_is_the_occasion_of_what_he_says(text, expected):
    assert [(kind, roles) for kind, _, roles in with_persons(text)[1]] == [("CONSULT", expected)]


@pytest.mark.parametrize("text, source", [
    ("İsrail makamları, 12 Filistinliyi serbest bıraktı.", "Israel"),
    ("İsrail yetkilileri, 12 Filistinliyi serbest bıraktı.", "Israel"),
])
def test_a_countrys_authorities_opening_the_sentence_act_for_it(events, text, source):
    assert [e["roles"].get("source") for e in events(text)] == [[source]]


def test_a_countrys_authorities_called_on_are_its_government(events):
    found = events("Sınır Tanımayan Gazeteciler örgütü, Türk makamlarını baskıya son vermeye çağırdı.")
    assert [(e["type"], e["roles"]) for e in found] == [("REQUEST", {"source": ["Reporters Without Borders"], "target": ["government"]})]


def test_a_verbal_noun_with_a_subject_of_its_own_is_not_the_sentence_subjects_act(events):
    found = events("Yunan polis yetkilileri, saldırganın elindeki esirlerin ikisini serbest bırakmasından sonra operasyon yapmaya karar verdi.")
    assert [(e["type"], e["roles"].get("source")) for e in found] == [("RETREAT", None)]


@pytest.mark.parametrize("text, expected", [
    ("Cumhurbaşkanı Ali Demir, Başbakan Veli Kara'yı telefonla aradı.", [("CONSULT", {"source": ["Ali Demir"], "target": ["Veli Kara"]})]),
    # the call made on the way to the congratulations is no object of them: both are aimed at the one called
    ("Cumhurbaşkanı Ali Demir, Başbakan Veli Kara'yı telefonla arayarak tebrik etti.",
     [("CONSULT", {"source": ["Ali Demir"], "target": ["Veli Kara"]}), ("SUPPORT", {"source": ["Ali Demir"], "target": ["Veli Kara"]})]),
])
def test_a_phone_call_is_consultation(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


def test_a_decision_named_again_is_the_one_the_court_issued(events):
    found = events("Uluslararası Ceza Mahkemesi, komutan Ali Demir hakkında tutuklama kararı çıkardı. Örgüt ise kararı \"siyasi\" olarak "
                   "nitelendirerek reddetti. Dışişleri Bakanlığı kararı memnuniyetle karşıladı.")
    # (calling it "political" accuses its issuer as well: the same target)
    assert [(e["type"], e["roles"].get("target")) for e in found][1:] == [("ACCUSE", ["International Criminal Court"]),
                                                                          ("REJECT", ["International Criminal Court"]),
                                                                          ("SUPPORT", ["International Criminal Court"])]


def test_a_decision_named_again_is_no_other_kind_of_accusation(events):
    found = events("Rusya, Ukrayna'yı suçladı. Bakanlık, Merkez Bankası'nın faiz kararını memnuniyetle karşıladı.")
    assert [(e["type"], e["roles"].get("target")) for e in found] == [("ACCUSE", ["Ukraine"]),
                                                                      ("SUPPORT", ["Central Bank of the Republic of Turkey"])]


@pytest.mark.parametrize("text, expected", [
    ("Öğrenciler yeniden sokağa indi.", {"source": ["students"]}),
    ("On binlerce öğrenci, hükümetin istifası ve erken seçim talebiyle meclis binası önünde toplandı.",
     {"source": ["students"], "target": ["government"]}),
    ("Göstericiler meclise yürüdü.", {"source": ["protesters"]}),
])
def test_taking_to_the_streets_gathering_and_marching_to_demand_are_protests(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == [("PROTEST", expected)]


def test_gathering_with_no_demand_is_no_protest(events):
    assert [e["type"] for e in events("Kabine yarın toplanacak.")] == ["CONSULT"]


def test_a_wounding_with_a_weapon_is_an_assault_on_the_one_named_by_initials(events):
    found = events("İddiaya göre, 34 yaşındaki Hasan K., tartışmanın ardından 41 yaşındaki Murat Y.'yi bıçakla yaraladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["Hasan K."], "target": ["Murat Y."]})]


def test_a_place_owning_the_district_in_the_genitive_is_no_attacker(events):
    found = events("Konya'nın Selçuklu ilçesinde, Ali Demir'i bıçakla öldürdüğü iddia edilen şüpheli yakalandı.")
    assert all("Konya" not in e["roles"].get("source", []) for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Mahkeme, komutanın sivillere yönelik saldırılardan sorumlu tutulduğunu açıkladı.", {"source": ["court"]}),
    # condemning an attack on a country is not aimed at that country
    ("Mısır, İsrail'e yönelik saldırıyı kınadı.", {"source": ["Egypt"]}),
])
def test_what_another_act_was_aimed_at_is_not_this_acts_target(events, text, expected):
    assert [e["roles"] for e in events(text)] == [expected]


def test_killings_carried_out_are_an_assault(events):
    found = events("Hızlı Destek Kuvvetleri'nin El Faşir'de toplu öldürmeler gerçekleştirdiği bildirildi.")
    assert [(e["type"], e["roles"], e["location"]) for e in found] == [("ASSAULT", {"source": ["Rapid Support Forces"]}, "El Fasher")]


def test_a_person_in_the_genitive_before_a_town_is_still_the_one_acting(events):
    found = events("Açıklamada, komutan Ali Demir'in El Faşir kentinde sivillere yönelik toplu öldürmelerden sorumlu tutulduğu belirtildi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["Ali Demir"], "target": ["civilians"]}),
                                                        ("ACCUSE", {"target": ["Ali Demir"]})]


def test_a_passive_verb_of_showing_is_no_demonstration(events):
    found = events("Başkan Ali Kaya, göstericilere karşı hiçbir müsamaha gösterilmeyeceği uyarısında bulundu.")
    assert [(e["type"], e["roles"]) for e in found] == [("THREATEN", {"source": ["Ali Kaya"], "target": ["protesters"]})]


def test_a_compromise_reached_between_two_sides_is_their_agreement(events):
    found = events("Birleşik Metal-İş Sendikası ile Türkiye Metal Sanayicileri Sendikası arasında süren grev, taraflar arasında "
                   "varılan uzlaşmayla sona erdi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("AGREE", {"parties": ["Birleşik Metal-İş Sendikası", "Türkiye Metal Sanayicileri Sendikası"]})]


def test_who_represents_a_country_at_a_meeting_takes_part_in_it():
    text = ("Türkiye ile Yunanistan'ın yetkilileri Atina'da bir araya geldi. Toplantıya Türkiye'yi Bakan Yardımcısı Ali Çelik, "
            "Yunanistan'ı ise Göç ve İltica Bakanı Thanos Plevris temsil etti.")
    document, found = with_persons(text)
    assert [roles.get("persons") for kind, _, roles in found if kind == "CONSULT"] == [["Ali Çelik", "Thanos Plevris"]]
    assert document["entities"]["per:thanos-plevris"]["role"] == "Minister of Migration and Asylum"


def test_the_sides_who_attended_agree_on_their_next_meeting():
    text = ("Toplantıya Türkiye'yi Bakan Yardımcısı Ali Çelik, Yunanistan'ı ise Bakan Veli Kara temsil etti. "
            "Taraflar, bir sonraki toplantının mart ayında Ankara'da yapılması konusunda anlaştı.")
    _, found = with_persons(text)
    assert [(kind, status, roles.get("parties")) for kind, status, roles in found][1:] == [
        ("CONSULT", "planned", ["Ali Çelik", "Veli Kara"]), ("AGREE", "occurred", ["Ali Çelik", "Veli Kara"])]


def test_an_agreement_naming_no_one_is_the_last_talks_sides_and_so_is_the_meeting_it_plans(events):
    found = events("Türkiye, Irak ve Katar'ın bakanlarının katıldığı toplantı Bağdat'ta yapıldı. "
                   "Bakanlar, bir sonraki toplantının şubat ayında Doha'da yapılması konusunda uzlaştı.")
    assert [(e["type"], e["status"], e["roles"].get("parties"), e["location"]) for e in found] == [
        ("CONSULT", "occurred", ["Iraq", "Qatar", "Türkiye"], "Baghdad"),
        ("CONSULT", "planned", ["Iraq", "Qatar", "Türkiye"], "Doha"),
        ("AGREE", "occurred", ["Iraq", "Qatar", "Türkiye"], "Baghdad")]


def test_the_agent_of_a_passive_told_clause_is_the_group_and_the_body_that_owns_it(events):
    found = events("Savunma Bakanlığı, insansız hava aracının Romanya Hava Kuvvetlerine ait F-16 savaş uçakları tarafından "
                   "düşürüldüğünü açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["Romanya Hava Kuvvetleri", "warplanes"]})]


def test_a_passive_converb_shares_the_told_clause_and_its_subject_in_the_genitive(events):
    found = events("Açıklamada, Büyükelçi Aleksey İsakov'un dün bakanlığa çağrılarak kararın kendisine tebliğ edildiği belirtildi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ACCUSE", {"target": ["Aleksey İsakov"]})]


def test_a_decision_named_again_with_no_ruling_before_is_the_sanction_decided(events):
    found = events('Litvanya, Rusya Büyükelçiliğinde görevli üç diplomatı "istenmeyen kişi" ilan etti. Rusya Dışişleri Bakanlığı '
                   'Sözcüsü Mariya Zaharova ise kararı "düşmanca bir adım" olarak nitelendirdi.')
    assert [(e["type"], e["roles"]) for e in found] == [
        ("SANCTION", {"source": ["Lithuania"], "target": ["diplomats"]}),
        ("ACCUSE", {"source": ["Mariya Zaharova"], "target": ["Lithuania"]})]


def test_an_agreement_named_first_is_signed_by_the_two_after_it(events):
    found = events("Türkiye ile Özbekistan, vizesiz seyahat anlaşmasını Taşkent'te imzaladı. Anlaşmayı Dışişleri Bakanı Hakan Fidan "
                   "ile Özbek mevkidaşı Bahtiyor Saidov imzaladı.")
    assert [(e["type"], e["roles"], e["location"]) for e in found] == [
        ("AGREE", {"parties": ["Bahtiyor Saidov", "Hakan Fidan", "Türkiye", "Uzbekistan"]}, "Tashkent")]
    _, events_with_persons = with_persons("Anlaşmayı Bakan Ali Veli ile Bakan Hasan Kaya imzaladı.")
    assert events_with_persons == [("AGREE", "occurred", {"parties": ["Ali Veli", "Hasan Kaya"], "persons": ["Ali Veli", "Hasan Kaya"]})]


def test_being_in_contact_with_someone_is_a_consultation(events):
    found = events("Dışişleri Bakanlığı, Somali makamlarıyla temas halinde olduğunu duyurdu.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("CONSULT", {"source": ["Ministry of Foreign Affairs of Türkiye"], "target": ["Somalia"]})]


def test_a_genitive_before_a_noun_with_no_possessive_owns_no_act(events):
    found = events("Irak'la Suriye, Türkiye'nin katılımı olmadan Dicle ve Fırat sularının paylaşımı konusunda Bağdat'ta görüşmelere başladı.")
    assert [e["type"] for e in found] == ["CONSULT"] and "Türkiye" not in str(found[0]["roles"])


def test_a_quoted_charge_is_no_act_of_its_own(events):
    found = events('İçişleri Bakanlığı, Ali Veli\'nin "anayasal düzeni devirmeye çağrı yapmak" suçlamasıyla gözaltına alındığını açıkladı.')
    assert [(e["type"], e["roles"]) for e in found] == [
        ("COERCE", {"source": ["Ministry of Interior of Türkiye"], "target": ["Ali Veli"]})]


def test_whose_figures_tell_the_sentence_is_not_its_subject(events):
    found = events("BM verilerine göre, çatışmalarda 12 milyondan fazla kişi yerinden edildi.")
    assert all("United Nations" not in str(e["roles"]) for e in found)


def test_endangering_health_told_by_someone_is_a_charge_not_a_threat(events):
    found = events("Bakan Kemal Memişoğlu, aşı karşıtlığının çocuk sağlığını tehdit ettiğini söyledi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ACCUSE", {"source": ["Kemal Memişoğlu"]})]


def test_fighting_begun_on_a_date_is_a_state_going_on_not_that_days_attack(events):
    found = events("HDK sözcüsü, ordunun mevzilerine saldırdığını iddia etti. BM verilerine göre, Nisan 2023'te başlayan "
                   "çatışmalarda 12 milyondan fazla kişi yerinden edildi.")
    assert [(e["type"], e["date"]) for e in found if e["type"] == "ASSAULT"][:1] == [("ASSAULT", None)]


def test_the_two_countries_as_subject_are_the_two_sides_of_the_clash_told_before(events):
    found = events("Pakistan ile Hindistan askerleri arasında dün gece çatışma çıktı. İki ülke, geçen yıl Mayıs ayında ateşkes ilan etmişti.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"parties": ["India", "Pakistan"]}), ("RETREAT", {"source": ["India", "Pakistan"]})]


def test_a_truce_declared_between_two_is_both_sides_act(events):
    found = events("İsrail ile Hizbullah arasında Kasım 2024'te ateşkes sağlanmıştı.")
    assert [(e["type"], e["roles"], e["date"]) for e in found] == [("RETREAT", {"parties": ["Hezbollah", "Israel"]}, "2024-11")]


def test_names_between_which_a_truce_was_reached_are_not_the_subject_of_the_verb(events):
    found = events("İsrail ile Hizbullah arasında varılan ateşkese rağmen İsrail, Lübnan'a yönelik saldırılarını sürdürüyor.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["Israel"], "target": ["Lebanon"]})]


def test_who_was_detained_together_with_the_suspects_is_not_the_one_released(events):
    found = events("Belediye Başkanı Ali Vural, tutuklandı. Vural ile birlikte gözaltına alınan 8 şüpheliden 3'ü serbest bırakıldı.")
    assert [(e["type"], e["roles"]["target"]) for e in found] == [("COERCE", ["Ali Vural", "suspects"]), ("RETREAT", ["suspects"])]


def test_the_place_a_guest_is_invited_to_is_not_invited_and_the_occasions_time_is_not_the_invitations(events):
    found = events("Cumhurbaşkanı Ali Vural'ın gelecek yıl konsey toplantısı için Kemal Aksoy'u Ankara'ya davet ettiği öğrenildi.")
    assert [(e["type"], e["status"], e["date"], e["roles"]) for e in found] == [
        ("REQUEST", "occurred", None, {"source": ["Ali Vural"], "target": ["Kemal Aksoy"]})]


def test_vowing_an_attack_will_not_go_unanswered_is_a_threat_by_who_says_it(events):
    found = events("Hizbullah, saldırının cevapsız kalmayacağını açıkladı.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [("THREATEN", "planned", {"source": ["Hezbollah"]})]
    found = events("Hizbullah'tan yapılan açıklamada, saldırının \"cezasız kalmayacağı\" belirtildi.")
    assert [(e["type"], e["roles"]) for e in found] == [("THREATEN", {"source": ["Hezbollah"]})]
    found = events("Hizbullah, saldırının \"cevapsız kalmayacağını\" açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("THREATEN", {"source": ["Hezbollah"]})]


def test_marching_on_a_capital_in_reaction_to_a_deal_is_a_protest_held_there(events):
    found = events("Ticaret anlaşmasına tepki gösteren çiftçiler, traktörleriyle başkent Paris'e yürüdü.")
    assert [(e["type"], e["roles"], e["location"]) for e in found] == [("PROTEST", {"source": ["farmers"]}, "Paris")]


def test_the_told_clauses_subject_between_an_acts_noun_and_its_verb_did_the_act(events):
    found = events("Hindistan Savunma Bakanlığı, çatışmayı Pakistan'ın başlattığını öne sürdü.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["Pakistan"]})]
    found = events("Ali Vural, saldırıyı Veli Kaya'nın isteği üzerine gerçekleştirdiğini açıkladı.")
    assert [(e["type"], e["roles"].get("source")) for e in found] == [("ASSAULT", ["Ali Vural"])]


def test_talks_that_will_go_on_next_week_are_planned_talks(events):
    found = events("Karakas ile muhalefet arasındaki görüşmeler önümüzdeki hafta devam edecek.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [("CONSULT", "planned", {"parties": ["Caracas", "opposition"]})]


def test_a_loan_given_to_a_country_is_aid(events):
    found = events("IMF, Mısır'a 3 milyar dolar kredi verecek.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [
        ("AID", "planned", {"source": ["International Monetary Fund"], "target": ["Egypt"]})]


def test_an_attack_told_again_by_how_it_was_done_is_the_same_attack_not_the_tellers(events):
    found = events("Kolombiya'da ELN militanlarının bir askeri üsse düzenlediği saldırıda 7 asker hayatını kaybetti. "
                   "Kolombiya Savunma Bakanı Pedro Sanchez, saldırının dün gece insansız hava araçlarıyla gerçekleştirildiğini açıkladı.")
    assert [(e["type"], e["date"], "Pedro Sanchez" in e["roles"].get("source", [])) for e in found] == [("ASSAULT", "2026-03-10", False)]


def test_suspending_peace_talks_with_a_group_sanctions_it(events):
    found = events("Devlet Başkanı Gustavo Petro, Ulusal Kurtuluş Ordusu ile yürütülen barış görüşmelerini askıya aldığını duyurdu.")
    assert [(e["type"], e["roles"]) for e in found] == [("SANCTION", {"source": ["Gustavo Petro"], "target": ["National Liberation Army"]})]


def test_a_deal_signed_in_the_passive_after_its_sides_signed_it_adds_its_place_and_mediator(events):
    found = events("Suriye hükümeti ile Suriye Demokratik Güçleri (SDG), aylardır süren görüşmelerin ardından bir anlaşma imzaladı. "
                   "Anlaşma, ABD'nin arabuluculuğunda Şam'da düzenlenen törenle imzalandı.")
    agreed = [e for e in found if e["type"] == "AGREE"]
    assert [(e["roles"], e["location"]) for e in agreed] == [({"mediator": ["United States"], "parties": ["Suriye Demokratik Güçleri", "Syria"]}, "Damascus")]


def test_an_attack_in_a_place_no_table_knows_is_placed_there_rather_than_in_its_country(events):
    found = events("Sudan'da HDK saldırısı: 40 sivil hayatını kaybetti\n\n"
                   "Hızlı Destek Kuvvetleri (HDK), Sudan'ın Kuzey Kordofan eyaletinde bir köye saldırdı.")
    assert [(e["type"], e["location"]) for e in found] == [("ASSAULT", "Kuzey Kordofan")]


def test_vowing_countermeasures_is_a_threat(events):
    found = events("Çin Ticaret Bakanlığı, ülkenin çıkarlarını korumak için gerekli karşı önlemleri alacağını açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("THREATEN", {"source": ["Ministry of Trade of China"]})]


def test_a_missile_fired_into_a_sea_shows_force_and_the_sea_is_no_side(events):
    found = events("Kuzey Kore, Japon Denizi'ne doğru bir balistik füze fırlattı.")
    assert [(e["type"], e["roles"], e["location"]) for e in found] == [("MOBILIZE", {"source": ["North Korea"]}, "Sea of Japan")]


def test_a_headlines_acronym_is_the_body_the_lead_spells_out_and_its_attack_is_told_once(events):
    found = events("Kolombiya'da ELN saldırısı: 7 asker öldü\n\n"
                   "Ulusal Kurtuluş Ordusu (ELN) militanları Arauca'da bir askeri üsse saldırdı.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["National Liberation Army"], "target": ["soldiers"]})]


def test_a_list_of_names_closed_by_a_focus_particle_acts_together(events):
    found = events("Fransa, Almanya ve İngiltere de ortak bir açıklama yaparak İran'ın adımını kınadı.")
    assert [(e["type"], e["roles"]) for e in found] == [("ACCUSE", {"source": ["France", "Germany", "United Kingdom"], "target": ["Iran"]})]


def test_a_meeting_in_which_a_plan_was_told_was_held_and_the_meeting_agreed_on_is_the_two_leaders(events):
    found = events("Cumhurbaşkanı Ali Demir, Fransa Cumhurbaşkanı Jean Moreau ile telefonda görüştü. Açıklamaya göre, görüşmede "
                   "iki ülke ilişkileri ele alındı. Demir, görüşmede Türkiye'nin Rusya ile Ukrayna arasında kalıcı barışın sağlanması "
                   "için arabuluculuk çabalarını sürdüreceğini ifade etti. İki lider, önümüzdeki ay Brüksel'de yapılacak NATO zirvesinde "
                   "bir araya gelme konusunda mutabık kaldı.")
    assert [(e["type"], e["status"], e["roles"], len(e["evidence"])) for e in found if e["type"] == "CONSULT"] == [
        ("CONSULT", "occurred", {"source": ["Ali Demir"], "target": ["Jean Moreau"]}, 3),
        ("CONSULT", "planned", {"parties": ["Ali Demir", "Jean Moreau"]}, 2)]


@pytest.mark.parametrize("text, status", [
    ("Japonya ile Türkiye arasında serbest ticaret anlaşmasının imzalanmasının beklendiği belirtildi.", "expected"),
    ("Japonya ile Türkiye arasındaki toplantının mart ayında yapılmasının planlandığı bildirildi.", "planned"),
])
def test_an_act_told_as_awaited_or_planned_in_a_reported_clause_is_still_to_come(events, text, status):
    assert [e["status"] for e in events(text)] == [status]


@pytest.mark.parametrize("text, roles", [
    ("Muhalefet lideri Ahmet Kaya, ev hapsine alındı.", {"target": ["Ahmet Kaya"]}),
    ("Mahkeme, eski başkan Ali Demir hakkında ev hapsi kararı verdi.", {"source": ["court"], "target": ["Ali Demir"]}),
])
def test_house_arrest_holds_someone(events, text, roles):
    assert [(e["type"], e["roles"]) for e in events(text)] == [("COERCE", roles)]


def test_a_ship_belonging_to_one_side_acts_on_a_ship_belonging_to_the_other(events):
    found = events("Güney Çin Denizi'nde Çin Sahil Güvenliğine ait bir gemi, Filipinler'e ait bir balıkçılık denetim gemisine "
                   "tazyikli suyla müdahale etti.")
    assert [(e["type"], e["roles"], e["location"]) for e in found] == [
        ("ASSAULT", {"source": ["coast guard"], "target": ["Philippines"]}, "South China Sea")]


def test_a_ministry_protesting_an_incident_accuses_it_does_not_demonstrate(events):
    found = events("Filipinler Dışişleri Bakanlığı, Çin'in Manila Büyükelçisini bakanlığa çağırarak olayı protesto etti.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["Ministry of Foreign Affairs of the Philippines"], "target": ["China"]})]


def test_talks_with_one_side_named_in_the_comitative_are_the_tellers_with_it(events):
    found = events("Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, Ermenistan ile yürütülen görüşmelerin olumlu ilerlediğini ifade etti.")
    assert [(e["type"], e["roles"]) for e in found] == [("CONSULT", {"source": ["Ceyhun Bayramov"], "target": ["Armenia"]})]
    # both sides named: the teller is none of them
    found = events("Bakan Ali Demir, İran ile ABD arasındaki görüşmelerin olumlu ilerlediğini ifade etti.")
    assert [(e["type"], e["roles"]) for e in found] == [("CONSULT", {"parties": ["Iran", "United States"]})]


def test_a_crowd_gathered_to_protest_an_act_protests_against_its_actor(events):
    found = events("İstanbul'da İsrail'in Gazze'ye yönelik saldırılarını protesto etmek için başkonsolosluk önünde toplanan "
                   "gruba polis müdahale etti.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"source": ["Israel"], "target": ["Gaza Strip"]}),
        ("PROTEST", {"target": ["Israel"]}),  # the police act on the group the participle describes; they do not protest
        ("COERCE", {"source": ["police"]})]


def test_a_name_before_a_word_of_place_says_where_not_who(events):
    found = events("Protestocular, İsrail Başkonsolosluğu önünde toplandı.")
    assert [(e["type"], e["roles"]) for e in found] == [("PROTEST", {"source": ["protesters"]})]


def test_the_genitive_nearer_a_postposition_owns_it(events):
    found = events("Sendikaların hükümetin emeklilik reformuna karşı düzenlediği genel grev nedeniyle tüm uçuşlar iptal edildi.")
    assert [(e["type"], e["roles"]) for e in found] == [("PROTEST", {"source": ["trade unions"], "target": ["government"]})]


def test_riot_control_told_later_is_not_the_attack_protested(events):
    found = events("İsrail'in Gazze'ye saldırılarını protesto eden göstericiler başkonsolosluğa yürüdü. "
                   "Dağılma çağrısına uymayan gruba polis tazyikli su ve biber gazıyla müdahale etti.")
    assert [(e["type"], e["roles"]) for e in found if e["type"] == "ASSAULT"] == [
        ("ASSAULT", {"source": ["Israel"], "target": ["Gaza Strip"]}), ("ASSAULT", {"source": ["police"]})]


def test_closing_a_border_crossing_is_a_sanction(events):
    found = events("Polonya hükümeti, Belarus sınırındaki iki sınır kapısını bu geceden itibaren süresiz olarak kapatma kararı aldı.")
    assert [(e["type"], e["roles"].get("source")) for e in found] == [("SANCTION", ["Poland"])]
    # shutting oneself in a ship is no sanction, and leaves the protest its verb
    found = events("Bir grup asker, koşulları protesto etmek amacıyla kendilerini bir savaş gemisine kapattı.")
    assert [(e["type"], e["status"]) for e in found] == [("PROTEST", "occurred")]


def test_telling_another_to_expect_retaliation_threatens_it(events):
    found = events("Belarus Dışişleri Bakanlığı, Polonya'nın misilleme beklemesi gerektiğini bildirdi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("THREATEN", {"source": ["Ministry of Foreign Affairs of Belarus"], "target": ["Poland"]})]


def test_an_execution_kills_and_the_deed_charged_is_not_the_act(events):
    found = events("İran, İsrail'e bilgi aktarmaktan yargılanan bir kişiyi bu sabah idam etti.")
    assert [(e["type"], e["roles"].get("source"), "Israel" in e["roles"].get("target", [])) for e in found
            if e["type"] == "ASSAULT"] == [("ASSAULT", ["Iran"], False)]
    # who upheld the sentence before it did not carry it out
    found = events("Ali Demir, Yüksek Mahkeme'nin cezayı onamasının ardından bu sabah idam edildi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"target": ["Ali Demir"]})]


def test_a_diplomatic_note_accuses(events):
    found = events("Yunanistan Dışişleri Bakanlığı, Mısır'a nota verdi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ACCUSE", {"source": ["Ministry of Foreign Affairs of Greece"], "target": ["Egypt"]})]


def test_an_act_named_again_in_the_passive_is_not_the_new_subjects(events):
    found = events("Türkiye ve Mısır donanmaları Doğu Akdeniz'de ortak tatbikat düzenledi. "
                   "Yunanistan Dışişleri Bakanlığı ise tatbikatın yapıldığı bölgenin kendi kıta sahanlığında kaldığını öne sürerek "
                   "Kahire'ye nota verdi.")
    assert [(e["type"], len(e["evidence"])) for e in found] == [("MOBILIZE", 2), ("ACCUSE", 1)]


def test_a_passive_participle_before_its_head_takes_nothing_from_the_main_clause(events):
    found = events("Sözcü Ali Demir, kaçırılan vatandaşlarımızın kurtarılması için Malili makamlarla temas halinde olunduğunu bildirdi.")
    assert [(e["type"], e["roles"].get("target")) for e in found if e["type"] == "ASSAULT"] == [("ASSAULT", None)]
    # a noun in apposition before the name is no head of its own
    found = events("Cumartesi günü gözaltına alınan gazeteci Ayşe Demirtaş, adli kontrol şartıyla serbest bırakıldı.")
    assert [(e["type"], e["roles"].get("target")) for e in found if e["type"] == "COERCE"] == [("COERCE", ["Ayşe Demirtaş"])]


def test_an_act_given_as_the_grounds_of_another_is_only_alleged(events):
    found = events("İran geçen yıl da İsrail'le işbirliği yaptıkları gerekçesiyle en az 9 kişiyi idam etmişti.")
    assert [(e["type"], e["status"]) for e in found] == [("COOPERATE", "reported"), ("ASSAULT", "occurred")]


def test_a_body_based_in_a_country_does_not_place_the_act_there(events):
    found = events("Bakan Alparslan Bayraktar, yeni sahadan üretimin 2029 yılında başlamasının planlandığını, bunun için "
                   "Norveç merkezli bir şirketle sözleşme imzalanacağını belirtti.")
    assert "Norway" not in [e["location"] for e in found]  # (a deal with no one named and no place is no event at all)
    found = events("İstanbul merkezli 5 ilde düzenlenen operasyonda 12 şüpheli gözaltına alındı.")
    assert [e["location"] for e in found if e["type"] == "COERCE"] == ["Istanbul"]


def test_countries_whose_ministers_attend_a_meeting_are_its_sides_but_not_the_body_of_who_tells_it(events):
    found = events("BM Sözcüsü Stephane Dujarric, toplantıya KKTC Cumhurbaşkanı Tufan Erhürman ile garantör ülkeler Türkiye, "
                   "Yunanistan ve İngiltere'nin dışişleri bakanlarının katılacağını söyledi.")
    assert [(e["type"], e["status"], e["roles"].get("parties")) for e in found] == [
        ("CONSULT", "planned", ["Greece", "Türkiye", "United Kingdom"])]


def test_a_drill_one_country_will_hold_jointly_with_another_is_planned_by_both(events):
    found = events("Bakan Ali Demir, Belarus'un Rusya ile ortak düzenleyeceği askeri tatbikatın ciddi tehdit oluşturduğunu söyledi.")
    assert [(e["type"], e["status"], e["roles"]) for e in found if e["type"] == "MOBILIZE"] == [
        ("MOBILIZE", "planned", {"source": ["Belarus", "Russia"]})]


def test_a_country_owning_the_club_after_it_is_no_side_of_the_deal(events):
    found = events("Fenerbahçe, Brezilya'nın Flamengo takımında forma giyen orta saha oyuncusu Gerson Santos ile 4 yıllık "
                   "sözleşme imzaladı.")
    assert [(e["type"], e["roles"].get("source")) for e in found] == [("AGREE", ["Fenerbahçe SK"])]


def test_a_group_described_by_adjectives_after_a_source_of_the_news_is_the_subject(events):
    found = events("Yerel kaynaklara göre, motosikletli silahlı kişiler dün gece şantiyeyi basarak çalışanlara ateş açtı.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["gunmen"], "target": ["employees"]})]


def test_a_drill_told_to_end_on_a_day_is_the_drill_going_on_not_another_one_planned(events):
    found = events("Türk Silahlı Kuvvetleri'nin Katar'da düzenlenen uluslararası bir tatbikata katıldığını aktaran Tuğamiral "
                   "Zeki Aktürk, tatbikatın cuma günü sona ereceğini kaydetti.")
    assert [(e["type"], e["status"], e["date"]) for e in found] == [("MOBILIZE", "occurred", None)]


def test_an_answer_told_after_the_others_attack_is_the_tellers_and_struck_posts_make_their_place_the_target(events):
    found = events("Tayland ordusu, Kamboçya güçlerinin Surin eyaletindeki mevzilere ateş açtığını, buna karşılık "
                   "savaş uçaklarıyla Kamboçya'daki askeri hedefleri vurduklarını açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"source": ["Cambodia"], "target": ["Surin"]}), ("ASSAULT", {"source": ["Thailand"], "target": ["Cambodia"]})]


def test_a_call_made_in_a_converb_is_made_though_the_mediation_after_it_is_only_offered(events):
    found = events("Malezya Başbakanı Enver İbrahim, Tayland ile Kamboçya'yı ateşkese çağırarak arabuluculuk yapmaya hazır olduklarını söyledi.")
    assert [(e["type"], e["status"]) for e in found] == [("REQUEST", "occurred")]


def test_the_two_leaders_opening_a_joined_clause_are_the_two_of_the_act_before(events):
    found = events("Sözcü Ali Kaya, Başbakan Ahmet Demir'in Cumhurbaşkanı Mehmet Yıldız ile telefonda görüştüğünü "
                   "ve iki liderin ziyaretin ertelenmesi konusunda mutabık kaldığını belirtti.")
    agree = next(e for e in found if e["type"] == "AGREE")
    assert agree["roles"] == {"parties": ["Ahmet Demir", "Mehmet Yıldız"]}


def test_the_group_named_by_adli_did_the_act_an_investigation_found_and_where_it_was_told_is_no_place_of_it(events):
    found = events("Bakan Ali Kaya, Kopenhag'da gazetecilere yaptığı açıklamada, Danimarka İstihbarat Servisi'nin soruşturmasının "
                   'saldırıyı "Z-Pentest" adlı grubun gerçekleştirdiğini ortaya koyduğunu ifade etti.')
    attack = next(e for e in found if e["type"] == "ASSAULT")
    assert (attack["roles"], attack["location"]) == ({"source": ["Z-Pentest"]}, None)


def test_a_country_sending_the_envoy_summoned_is_no_subject_of_the_summons(events):
    found = events("Danimarka Dışişleri Bakanlığı, Rusya'nın Kopenhag Büyükelçisini yarın bakanlığa çağıracağını duyurdu.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [
        ("ACCUSE", "planned", {"source": ["Ministry of Foreign Affairs of Denmark"], "target": ["Russia"]})]


def test_a_visit_put_off_is_still_its_visitors_whose_genitive_tells_who_was_to_make_it(events):
    found = events("Başbakan Karl Weber'in gelecek hafta Ankara'ya yapması planlanan ziyaretin ertelendiği bildirildi.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [
        ("CONSULT", "planned", {"source": ["Karl Weber"], "target": ["Ankara"]})]


def test_names_in_the_subjects_long_relative_clause_and_the_subject_set_off_before_a_genitive(events):
    found = events("Karadeniz'de Rusya'nın Novorossiysk Limanı'na ilerleyen Gambiya bayraklı bir petrol tankeri, "
                   "dün gece düzenlenen saldırı sonucu hasar gördü.")
    assert [e["roles"] for e in found if e["type"] == "ASSAULT"] == [{}]  # Russia owns the port; the tanker hit has no name
    found = events("İsrail güçleri, Batı Şeria'nın çeşitli kentlerine dün gece düzenlediği baskınlarda 15 Filistinliyi gözaltına aldı.")
    raid = next(e for e in found if e["type"] == "ASSAULT")
    assert raid["roles"] == {"source": ["Israel"], "target": ["West Bank"]}


def test_sanctions_evaded_are_no_sanctions(events):
    assert not [e for e in events("Tankerin, Rusya'nın yaptırımları delmek için kullandığı gölge filoya ait olduğu öne sürüldü.")
                if e["type"] == "SANCTION"]


def test_neither_whose_sister_speaks_nor_who_published_her_statement_takes_part_in_the_act_she_describes():
    _, found = with_persons("Kuzey Kore lideri Kim Jong Un'un kız kardeşi Kim Yo Jong, resmi haber ajansı KCNA'nın yayımladığı "
                            "açıklamasında, tatbikatın işgal provası olduğunu öne sürdü.")
    assert [roles for kind, _, roles in found if kind == "MOBILIZE"] == []  # the drill only described, no one named in it


def test_who_asks_in_the_genitive_before_the_one_asked_in_the_ablative_is_the_source(events):
    found = events("Açıklamada, Cumhurbaşkanı Ana Silva'nın yeni hükümet kurulana kadar Başbakan Ali Kaya'dan görevini "
                   "sürdürmesini istediği belirtildi.")
    assert [(e["type"], e["roles"]) for e in found] == [("REQUEST", {"source": ["Ana Silva"], "target": ["Ali Kaya"]})]


def test_renewing_a_call_asks_again(events):
    found = events("Muhalefet lideri Ana Silva ise erken seçim çağrısını yineledi.")
    assert [(e["type"], e["roles"]) for e in found] == [("REQUEST", {"source": ["Ana Silva"]})]


def test_a_side_made_of_listed_countries_takes_each_of_them_as_a_party(events):
    found = events("İran ile İngiltere, Fransa ve Almanya'dan oluşan E3 ülkelerinin heyetleri gelecek cuma İstanbul'da bir araya gelecek.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("CONSULT", {"parties": ["France", "Germany", "Iran", "United Kingdom"]})]


def test_a_participle_joined_by_ve_shares_the_genitive_subject_of_the_one_before(events):
    found = events("Başbakan Ali Kaya istifasını Cumhurbaşkanı Ana Silva'ya sundu. Saraydan yapılan açıklamada, Silva'nın istifayı "
                   "kabul ettiği ve yeni hükümet kurulana kadar Kaya'dan görevini sürdürmesini istediği belirtildi.")
    assert [(e["type"], e["roles"]) for e in found if e["type"] == "REQUEST"] == [
        ("REQUEST", {"source": ["Ana Silva"], "target": ["Ali Kaya"]})]


def test_the_common_noun_for_a_union_after_its_name_and_a_comma_keeps_the_union_the_subject(events):
    found = events("Makinistleri temsil eden Demiryolu-Sen sendikası, ücret artışı talebiyle bu sabah 48 saatlik greve başladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("PROTEST", {"source": ["Demiryolu-Sen"]})]


def test_ambassadors_met_with_are_a_group_the_talks_are_with(events):
    found = events("Cumhurbaşkanı Ali Kaya, yeni büyükelçilerle ayrı ayrı kısa görüşmeler yaptı.")
    assert [(e["type"], e["roles"]) for e in found] == [("CONSULT", {"source": ["Ali Kaya"], "target": ["ambassadors"]})]


def test_who_worked_together_to_catch_someone_caught_them_though_the_verb_is_passive(events):
    found = events("Açıklamaya göre şüpheli, Interpol-Europol Daire Başkanlığı ile Gürcistan makamlarının ortak çalışması "
                   "sonucu Tiflis'te gözaltına alındı.")
    assert [(e["type"], e["roles"].get("source"), e["roles"].get("target")) for e in found] == [
        ("COERCE", ["Georgia", "Interpol-Europol Daire Başkanlığı"], None)]


def test_an_act_named_as_the_object_of_a_compound_verb_takes_none_of_its_negation(events):
    found = events('Federasyon Başkanı Ali Kaya, "Hakemlerimize yönelik saldırıları kabul etmeyeceğiz" dedi.')
    assert [e["status"] for e in found if e["type"] == "ASSAULT"] in ([], [None])


def test_who_tells_of_damage_in_an_attack_over_joined_clauses_takes_no_part_in_it():
    _, found = with_persons("Belediye Başkanı Ali Kaya, saldırıda bir binanın kısmen çöktüğünü ve enkaz altında kalanları arama "
                            "çalışmalarının sürdüğünü bildirdi.")
    assert not [roles for kind, _, roles in found if "Ali Kaya" in roles.get("source", []) + roles.get("persons", [])]


def test_a_subject_in_the_genitive_of_a_relative_clause_inside_the_act_is_not_its_source(events):
    found = events("Hızlı Destek Kuvvetleri'nin (HDK) mültecilerin kaldığı kampa düzenlediği saldırıda 40 sivil öldü.")
    assert [e["roles"].get("source") for e in found if e["type"] == "ASSAULT"] == [["Rapid Support Forces"]]


def test_a_relative_clause_that_would_leave_the_act_without_a_subject_has_its_own_dropped(events):
    found = events("Anlaşma uyarınca İsrail'in de cezaevlerinde tuttuğu 120 Filistinli tutukluyu serbest bırakması bekleniyor.")
    assert [e["roles"].get("source") for e in found if e["type"] == "RETREAT"] == [["Israel"]]


def test_a_genitive_before_a_converb_and_its_comma_is_the_converbs_subject(events):
    found = events("Bakan Ali Kaya, Türkiye'nin Suriye'nin yeniden inşasına verdiği desteğe teşekkür ederek, iki ülkenin yeni "
                   "anlaşmalar imzaladığını söyledi.")
    assert not [e for e in found if e["type"] == "AGREE" and "Türkiye" in e["roles"].get("source", [])]


def test_preparing_to_sign_is_a_plan(events):
    found = events("Yunanistan ile Bulgaristan, enerji alanında yeni anlaşmalar imzalamaya hazırlanıyor.")
    assert [(e["type"], e["status"]) for e in found] == [("AGREE", "planned")]


def test_an_armed_bodys_posts_in_the_dative_make_it_the_target(events):
    found = events("Hızlı Destek Kuvvetleri (HDK) kampa saldırdı. Sudan ordusu ise HDK mevzilerine karşı hava saldırıları "
                   "düzenlediğini duyurdu.")
    assert [(e["type"], e["roles"]) for e in found][1:] == [("ASSAULT", {"source": ["Sudan"], "target": ["Rapid Support Forces"]})]


def test_a_strike_made_a_verbal_noun_before_ardindan_has_happened_and_is_not_the_tellers(events):
    found = events("Devlet Başkanı Ali Kaya, ABD ordusunun Karayipler'de bir tekneyi vurmasının ardından açıklama yaptı.")
    assert [(e["type"], e["status"], e["roles"]) for e in found if e["type"] == "ASSAULT"] == [
        ("ASSAULT", "occurred", {"source": ["United States"]})]


def test_a_threat_to_answer_an_act_is_aimed_at_its_actor(events):
    found = events("İran, İsrail'in saldırılarına karşılık vereceğini açıkladı.")
    assert [(e["type"], e["roles"]) for e in found] == [("THREATEN", {"source": ["Iran"], "target": ["Israel"]})]


def test_the_tellers_own_country_as_the_told_clauses_subject_acts(events):
    found = events("Venezuela Devlet Başkanı Ali Kaya, ülkesinin her türlü saldırıya karşılık vereceğini söyledi.")
    assert [(e["type"], e["roles"]) for e in found if e["type"] == "THREATEN"] == [("THREATEN", {"source": ["Venezuela"]})]


def test_a_quoted_threat_is_the_speakers_and_what_the_act_it_answers_is_aimed_at_is_no_target(events):
    found = events("Ali Kaya, \"Venezuela'nın egemenliğine yönelik her saldırı cevapsız kalmayacak\" dedi.")
    assert [e["roles"] for e in found if e["type"] == "THREATEN"] == [{"source": ["Ali Kaya"]}]


def test_a_body_qualifying_a_noun_in_the_genitive_is_no_subject_of_the_passive(events):
    found = events("Avrupa Birliği (AB) liderlerinin zirvesinde, Rusya'ya yönelik yaptırım paketi kabul edilemedi.")
    assert [(e["type"], e["status"], e["roles"]) for e in found if e["type"] == "SANCTION"] == [
        ("SANCTION", "negated", {"target": ["Russia"]})]


def test_acts_begun_days_before_the_article_are_the_storys_own(events):
    found = events("Hızlı Destek Kuvvetleri (HDK), El Faşir'e saldırdı. Doktorlar, pazar günü başlayan saldırılarda "
                   "40 kişinin öldüğünü açıkladı.")
    assert [(e["type"], e["date"], e["roles"].get("source")) for e in found] == [("ASSAULT", "2026-03-08", ["Rapid Support Forces"])]


def test_a_pair_joined_by_ile_keeps_both_sides_when_the_second_has_a_lower_case_title(events):
    found = events("Cumhurbaşkanı Ali Kaya ile muhalefet lideri Can Demir, gelecek hafta Ankara'da bir araya gelecek.")
    assert [(e["type"], e["roles"]) for e in found] == [("CONSULT", {"parties": ["Ali Kaya", "Can Demir"]})]


def test_refusing_any_formula_rejects(events):
    found = events("Ali Kaya, iki devletli çözüm dışında hiçbir formülü kabul etmeyeceklerini vurguladı.")
    assert [(e["type"], e["status"]) for e in found] == [("REJECT", "planned")]


@pytest.mark.parametrize("text", [
    "Ali Kaya, \"Alkışlanacağımız yerde eleştiriliyoruz\" dedi.",
    "Ali Kaya, \"Yıllarca aynı ithamlarla suçlanan diğer devlet adamları aynı tavrı göstermelidir\" dedi.",
])
def test_a_stance_suffered_or_told_of_another_in_a_quote_is_not_the_speakers(events, text):
    assert not [e for e in events(text) if "Ali Kaya" in e["roles"].get("source", [])]


def test_protests_that_will_go_on_on_a_day_are_planned(events):
    found = events("Öğrenci hareketi ise gösterilerin cumartesi günü Novi Sad'da süreceğini duyurdu.")
    assert [(e["type"], e["status"], e["date"]) for e in found] == [("PROTEST", "planned", "2026-03-14")]


def test_a_court_a_case_is_brought_to_is_not_whom_it_is_against(events):
    found = events("Yargıtay Cumhuriyet Başsavcılığı, Yeni Yol Partisi'nin kapatılması istemiyle Anayasa Mahkemesine dava açtı.")
    assert [(e["type"], e["roles"].get("target")) for e in found] == [("ACCUSE", ["Yeni Yol Partisi"])]


def test_standing_ready_to_help_offers_aid(events):
    found = events("Türkiye, Endonezya halkına başsağlığı diledi ve yardıma hazır olduğunu bildirdi.")
    assert [(e["type"], e["status"], e["roles"].get("source")) for e in found] == [("AID", "conditional", ["Türkiye"])]


def test_the_talks_named_again_are_the_call_held_not_the_talks_offered(events):
    found = events("Ali Kaya, Can Demir ile telefonda görüştü. Kaya, İstanbul'da yeni bir müzakere turuna ev sahipliği yapmaya "
                   "hazır olduklarını belirtti. Sözcü Ayşe Tan da görüşmenin yapıcı geçtiğini açıkladı.")
    assert [(e["status"], e["evidence"]) for e in found if e["type"] == "CONSULT"] == [
        ("occurred", ["telefonda görüştü", "görüşmenin"]), ("conditional", ["müzakere turuna ev sahipliği yapmaya hazır olduklarını"])]


def test_whose_deed_a_verbal_noun_names_is_condemned(events):
    found = events("Dışişleri Bakanlığı, İsrail hükümetinin sınır bölgesinde 3 bin 400 yeni konut inşa edilmesine onay vermesini kınadı.")
    assert [(e["type"], e["roles"].get("target")) for e in found] == [("ACCUSE", ["Israel"])]


def test_who_is_called_on_to_act_is_the_target_of_the_call(events):
    found = one(events("Türkiye, uluslararası toplumun İsrail'e karşı somut adımlar atması çağrısında bulundu."))
    assert (found["type"], found["roles"]["source"], "international community" in found["roles"]["target"]) == ("REQUEST", ["Türkiye"], True)


def test_countries_listed_before_their_ministers_in_the_plural_are_the_sides(events):
    talks = one(events("ABD, Japonya ve Güney Kore'nin Dışişleri Bakanları, denemenin ardından telefonda görüştü."))
    assert talks["roles"] == {"parties": ["Japan", "South Korea", "United States"]}
    met = one(events("Ali Kaya, ABD ve Japonya'nın dışişleri bakanları ile görüştü."))
    assert met["roles"] == {"source": ["Ali Kaya"], "target": ["Japan", "United States"]}


def test_a_ceasefire_reached_or_signed_is_told(events):
    reached = one(events("İsrail ile Hamas arasında ateşkese varıldı."))
    assert (reached["type"], reached["status"], reached["roles"]) == ("RETREAT", "occurred", {"parties": ["Hamas", "Israel"]})
    signed = one(events("İsrail ve Hamas, Kahire'de ateşkes imzaladı."))
    assert (signed["type"], signed["location"], signed["roles"]) == ("AGREE", "Cairo", {"parties": ["Hamas", "Israel"]})


def test_who_organises_talks_between_others_hosts_them(events):
    found = one(events("Katar, İsrail ile Hamas arasında dolaylı görüşmeler düzenledi."))
    assert found["roles"] == {"mediator": ["Qatar"], "parties": ["Hamas", "Israel"]}


def test_talks_organised_together_with_another_are_hosted_by_both(events):
    found = events("İsrail ile Hamas arasındaki görüşmeler gelecek hafta Kahire'de başlayacak. "
                   "Mısır, görüşmelerin Katar ile birlikte düzenleneceğini açıkladı.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [
        ("CONSULT", "planned", {"mediator": ["Egypt", "Qatar"], "parties": ["Hamas", "Israel"]})]


def test_the_two_countries_are_the_sides_of_the_last_clash_not_those_who_called_on_them(events):
    found = events("Pakistan ile Afganistan arasında sınırda çatışma çıktı. Katar ve Türkiye, taraflara itidal çağrısında bulundu. "
                   "İki ülke ekim ayında Doha'da ateşkes ilan etmişti.")
    assert [e["roles"] for e in found if e["type"] == "RETREAT"] == [{"source": ["Afghanistan", "Pakistan"]}]


def test_a_genitive_in_a_clause_told_before_ve_is_not_the_subject_of_the_act_after_it(events):
    found = events("Sözcü Ali Kaya ise çatışmayı Pakistan'ın başlattığını öne sürdü ve Pakistan'ı Afgan topraklarına hava "
                   "saldırısı düzenlemekle suçladı.")
    assert [e["roles"] for e in found if e["type"] == "ACCUSE"] == [{"source": ["Ali Kaya"], "target": ["Pakistan"]}]


def test_forces_after_a_nationality_are_that_countrys(events):
    found = one(events("Afgan güçleri sınır karakollarına ateş açtı."))
    assert (found["type"], found["roles"], found["countries"]) == ("ASSAULT", {"source": ["forces"]}, ["AFG"])


def test_stones_thrown_that_the_police_answered_are_an_attack_of_their_own(events):
    found = events("Paris'te bazı göstericilerin polise taş atması üzerine polis biber gazıyla müdahale etti.")
    assert [(e["type"], e["roles"], e["evidence"]) for e in found] == [
        ("ASSAULT", {"source": ["protesters"], "target": ["police"]}, ["taş atması"]),
        ("ASSAULT", {"source": ["police"]}, ["biber gazıyla müdahale etti"])]


def test_a_deal_whose_signing_the_teller_names_with_one_side_is_the_tellers(events):
    found = events("Azerbaycan Cumhurbaşkanı İlham Aliyev, Ermenistan ile barış anlaşmasının imzalanmasından sonra bölgede "
                   "yeni bir dönemin başladığını belirtti.")
    assert [(e["type"], e["roles"]) for e in found] == [("AGREE", {"source": ["İlham Aliyev"], "target": ["Armenia"]})]


def test_volunteers_killed_are_the_targets(events):
    found = one(events("Han Yunus'ta bir yardım konvoyuna düzenlenen hava saldırısında 5 gönüllü hayatını kaybetti."))
    assert (found["type"], found["roles"].get("target")) == ("ASSAULT", ["volunteers"])


def test_an_order_to_send_troops_mobilises(events):
    found = one(events("Devlet Başkanı Nicolas Maduro, ihtilaflı bölgeye asker sevk edilmesi talimatını verdi."))
    assert (found["type"], found["roles"].get("source")) == ("MOBILIZE", ["Nicolas Maduro"])


def test_a_name_made_an_adjective_before_another_is_no_side(events):
    found = events("Mogadişu'da bombalı araç saldırısı düzenlendi. Saldırıyı, El Kaide bağlantılı Eş-Şebab örgütü üstlendi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["al-Shabaab"]})]


def test_the_sides_addressed_by_one_act_are_not_the_targets_of_the_next_in_the_sentence(events):
    found = events("Venezuela ile Guyana arasında sınırda çatışma çıktı. Brezilya, iki ülkeyi sükunete davet ederken, sınıra ek "
                   "asker konuşlandırdığını açıkladı.")
    assert [(e["type"], e["roles"].get("target")) for e in found if e["type"] in ("REQUEST", "MOBILIZE")] == [
        ("REQUEST", ["Guyana", "Venezuela"]), ("MOBILIZE", None)]


def test_a_guest_received_in_a_named_place_is_the_target(events):
    found = one(events("TBMM Başkanı Numan Kurtulmuş, Macaristan Ulusal Meclis Başkanı Laszlo Köver'i Meclis'te kabul etti."))
    assert (found["type"], found["roles"]) == ("CONSULT", {"source": ["Numan Kurtulmuş"], "target": ["Laszlo Köver"]})


def test_who_withdrew_from_where_troops_are_sent_takes_no_part_in_the_deployment(events):
    found = events("Lübnan ordusu, İsrail'in çekildiği güney Lübnan'daki 5 köye birlik konuşlandırdığını açıkladı.")
    assert [(e["type"], "Israel" in str(e["roles"])) for e in found] == [("MOBILIZE", False)]


def test_the_eus_foreign_policy_chief_as_the_press_calls_her(events):
    found = one(events("AB Dış Politika Sorumlusu Kaja Kallas, iki tarafı gerginliği azaltmaya çağırdı."))
    assert (found["type"], found["roles"].get("source")) == ("REQUEST", ["Kaja Kallas"])


def test_reservists_called_up_mobilise_and_a_headline_clause_after_its_topic_has_its_subject(events):
    found = one(events("Sınırda gerginlik: Litvanya yedek askerleri göreve çağırdı"))
    assert (found["type"], found["roles"]) == ("MOBILIZE", {"source": ["Lithuania"]})


@pytest.mark.parametrize("text, expected", [
    # a word with no possessive ending after the place: the place is the subject
    ("Polonya sınıra asker sevk etti.", {"source": ["Poland"]}),
    # a compound the place qualifies ("Polonya sınırına"), a capitalised word of its noun phrase: no subject
    ("Polonya sınırına asker sevk edildi.", {"target": ["Poland"]}),
    ("Ardından Tayland hava kuvvetlerine ait F-16 savaş uçaklarının hedefleri vurduğu bildirildi.", {"source": ["warplanes"]}),
])
def test_a_place_opening_a_verbs_sentence_with_no_comma(events, text, expected):
    assert one(events(text))["roles"] == expected


def test_a_place_in_a_list_before_ve_is_no_subject(events):
    found = one(events("Bursa, Kocaeli ve Manisa'daki fabrikalarda 18 bin işçi iş bıraktı."))
    assert "Kocaeli" not in str(found["roles"])


def test_a_ballistic_missile_launched_at_no_one_mobilises(events):
    assert [e["type"] for e in events("Kuzey Kore balistik füze fırlattı.")] == ["MOBILIZE"]
    assert [(e["type"], e["roles"]["target"]) for e in events("Yemen'den İsrail'e balistik füze fırlatıldı.")] == [("ASSAULT", ["Israel"])]


def test_warplanes_opening_their_clause_are_no_target(events):
    found = events("Ordu köye saldırdı. Yerel kaynaklara göre savaş uçakları, köydeki bir okulu bombaladı.")
    assert not any("warplanes" in e["roles"].get("target", []) for e in found)


def test_a_bodys_office_with_no_holder_named_asks_for_the_body(events):
    found = one(events("ASEAN'ın Myanmar Özel Temsilcisi, şiddetin derhal sona erdirilmesini istedi."))
    assert (found["type"], found["roles"]) == ("REQUEST", {"source": ["ASEAN"]})


def test_a_persons_lawyer_is_not_the_person(events):
    found = events("Eski bakan Ali Demir tutuklandı. Demir'in avukatı, müvekkilinin suçlamaları reddettiğini açıkladı.")
    assert [(e["type"], e["roles"]) for e in found if e["type"] == "REJECT"] == [("REJECT", {"source": ["Ali Demir"]})]


@pytest.mark.parametrize("text, targets", [
    # the first dative is the one called on; the next, right after it, is the deed's
    ("Muhalefet, uluslararası topluma cuntaya silah satışını durdurma çağrısında bulundu.", ["international community"]),
    # datives joined by "ve" are all called on
    ("BM, Hamas'a ve İsrail'e ateşkese uyma çağrısında bulundu.", ["Hamas", "Israel"]),
])
def test_who_a_call_addresses(events, text, targets):
    assert one(events(text))["roles"]["target"] == targets


def test_the_place_a_guest_is_invited_to_is_no_target(events):
    found = one(events("Bakan Ali Demir, Kral Abdullah'ın Bakü'ye davet edildiğini söyledi."))
    assert "Baku" not in found["roles"].get("target", [])


def test_a_declaration_signed_after_its_name_and_the_summits_span_of_time(events):
    found = events("Zirve Bakü'de başladı. Zirvenin sonunda liderlerin Bakü Deklarasyonu'nu imzalaması bekleniyor.")
    assert [(e["type"], e["status"]) for e in found] == [("CONSULT", "occurred"), ("AGREE", "expected")]


def test_the_forces_a_country_mobilises_are_no_target(events):
    found = one(events("Eritre, 60 yaşın altındaki yedek askerleri göreve çağırdı."))
    assert (found["type"], found["roles"]) == ("MOBILIZE", {"source": ["Eritrea"]})


def test_countries_listed_before_their_ministers_in_lower_case_are_all_sides(events):
    found = one(events("Türkiye, Azerbaycan ve Gürcistan dışişleri bakanları Tiflis'te toplandı."))
    assert (found["type"], found["roles"]) == ("CONSULT", {"parties": ["Azerbaijan", "Georgia", "Türkiye"]})


def test_a_security_force_sending_reinforcements_mobilises(events):
    found = one(events("Kenya liderliğindeki çok uluslu güvenlik gücü, bölgeye takviye birlik gönderdi."))
    assert (found["type"], found["roles"]) == ("MOBILIZE", {"source": ["security forces"]})


@pytest.mark.parametrize("text, expected", [
    ("İsrail, insani yardımları engelledi.", [("SANCTION", {"source": ["Israel"]})]),
    # obstacles before the aid are no blocking of it
    ("Bakan Ali Kaya, İsrail'i insani yardımın önündeki engelleri kaldırmaya çağırdı.",
     [("REQUEST", {"source": ["Ali Kaya"], "target": ["Israel"]})]),
])
def test_aid_blocked_is_a_sanction(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


def test_an_object_inside_the_act_belongs_to_it_not_to_the_genitive_before_unless_passive(events):
    found = one(events("Açıklamada, İsrail'in Gazze'ye insani yardım girişini kısıtlamaya devam ettiği ileri sürüldü."))
    assert (found["type"], "Israel" in found["roles"].get("target", [])) == ("SANCTION", False)
    found = one(events("Savcılık, Ali Demir'in ev hapsine alındığını açıkladı."))
    assert found["roles"]["target"] == ["Ali Demir"]


def test_co_chairing_a_meeting_takes_part_in_it(events):
    found = one(events("Cumhurbaşkanı Ali Kaya, yarın Doha'da Yüksek Stratejik Komite toplantısına eş başkanlık edecek."))
    assert (found["type"], found["status"], found["location"]) == ("CONSULT", "planned", "Doha")


@pytest.mark.parametrize("text, expected", [
    ("İsrail ordusu Gazze'den çekildi.", [("RETREAT", {"source": ["Israel"]})]),
    # a candidate or a club withdrawing is no retreat of forces
    ("Aday yarıştan çekildi.", []),
    ("Kulübün 1996 yılında ligden çekilmesiyle birlikte takımı kalmadı.", []),
])
def test_forces_withdrawing_from_a_place_retreat(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Fransa, Çad'daki askerlerini ülkeden çekeceğini duyurdu.", [("RETREAT", "planned", {"source": ["France"]})]),
    # troops moved to a place are no withdrawal
    ("Rusya, askerlerini sınıra çekti.", []),
])
def test_a_country_withdrawing_its_troops_retreats(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_a_clause_told_by_a_converb_of_reminding_and_a_passive_deed_asked_for(events):
    found = one(events("Sınır Tanımayan Gazeteciler, Meksika'nın en tehlikeli ülke olduğunu hatırlatarak yetkilileri faillerin yargı "
                       "önüne çıkarılmasına çağırdı."))
    assert (found["type"], found["roles"]) == ("REQUEST", {"source": ["Reporters Without Borders"], "target": ["officials"]})


def test_some_of_a_group_counted_after_at_least_are_acted_on(events):
    found = one(events("Köprüyü kapatan öğrencilerden en az 30'u polis tarafından gözaltına alındı."))
    assert (found["type"], found["roles"]) == ("COERCE", {"source": ["police"], "target": ["students"]})


@pytest.mark.parametrize("text, expected", [
    ("Ordu, Bara kentini, günlerdir süren çatışmaların ardından isyancılardan geri aldı.", ["ASSAULT"]),
    # a decision taken back is no town retaken
    ("Bakanlık kararını geri aldı.", []),
])
def test_a_town_retaken(events, text, expected):
    assert [e["type"] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Fas ile Cezayir arasındaki gerginlik tırmanıyor. Cezayir, sınırdaki saldırı nedeniyle Rabat'ı suçladı.",
     [("ACCUSE", {"source": ["Algeria"], "target": ["Morocco"]})]),
    # a capital struck is the city itself
    ("Rusya, Ukrayna'nın başkenti Kiev'e saldırdı.", [("ASSAULT", {"source": ["Russia"], "target": ["Kyiv"]})]),
])
def test_a_capital_acted_on_by_word_stands_for_its_state(events, text, expected):
    assert [(e["type"], e["roles"]) for e in events(text)] == expected


def test_heading_a_delegation_with_no_talks_told_is_no_talks(events):
    assert events("IMF heyetine başkanlık eden Ali Kaya, Dakar'da yaptığı açıklamada programın borcu azaltacağını söyledi.") == []
    found = one(events("Türk heyetine başkanlık eden Ali Kaya, Bakü'de Azerbaycanlı mevkidaşı Elçin Aliyev ile görüştü."))
    assert found["type"] == "CONSULT"


def test_a_drill_launched_in_a_relative_clause_four_words_before_its_noun_took_place(events):
    found = events("Tayvan Savunma Bakanlığı, Çin'in adanın çevresinde başlattığı büyük çaplı askeri tatbikatı provokasyon olarak niteledi.")
    assert [(e["type"], e["status"], e["roles"]) for e in found] == [
        ("MOBILIZE", "occurred", {"source": ["China"]}), ("ACCUSE", "occurred", {"source": ["Ministry of Defence of Taiwan"], "target": ["China"]})]


def test_sitting_at_the_table_is_talks(events):
    found = one(events("Sudan ordusu ile Hızlı Destek Kuvvetleri temsilcileri, Suudi Arabistan'ın arabuluculuğunda Cidde'de yeniden masaya oturdu."))
    assert (found["type"], found["roles"], found["location"]) == (
        "CONSULT", {"mediator": ["Saudi Arabia"], "parties": ["Rapid Support Forces", "Sudan"]}, "Jeddah")


def test_an_attack_its_claim_and_the_security_forces_answer(events):
    found = events("Silahlı kişilerin bir yolcu trenine düzenlediği saldırıda en az 21 kişi hayatını kaybetti. "
                   "Saldırıyı yasa dışı Belucistan Kurtuluş Ordusu üstlendi. "
                   "Güvenlik güçlerinin bölgede başlattığı operasyonda 16 militan etkisiz hale getirildi.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"source": ["Belucistan Kurtuluş Ordusu", "gunmen"], "target": ["people"]}),
        ("ASSAULT", {"source": ["security forces"], "target": ["militants"]})]


def test_talks_refused_are_not_the_talks_going_on(events):
    found = events("Hükümet ile ELN arasındaki görüşmeler 2022'den bu yana Küba'nın arabuluculuğunda sürüyor. "
                   "Cumhurbaşkanı Ali Kaya, \"Saldırılar sürdükçe masaya oturmayacağız\" dedi.")
    assert [(e["type"], e["status"]) for e in found] == [("CONSULT", "occurred"), ("CONSULT", "negated")]


def test_talks_begun_years_ago_are_not_the_meeting_of_the_day(events):
    found = events("Ticaret Bakanı Ali Kaya, KİK Genel Sekreteri Veli Demir'i Ankara'da kabul etti. Görüşmede, Türkiye ile KİK "
                   "arasında 2024'te başlatılan serbest ticaret anlaşması müzakerelerinin son durumu ele alındı.")
    assert [(e["type"], e["date"]) for e in found] == [("CONSULT", None), ("CONSULT", "2024")]


@pytest.mark.parametrize("text, status", [
    # the m of "um-" (to hope) is the stem's, no negation
    ("Katar, ABD ile İran arasındaki müzakerelerin olumlu sonuçlanmasını umuyor.", "occurred"),
    ("Rusya, Ukrayna'yı desteklemiyor.", "negated"),
])
def test_a_stems_m_before_the_present_tense_is_no_negation(events, text, status):
    assert [e["status"] for e in events(text)] == [status]


@pytest.mark.parametrize("text, expected", [
    # a clause joined after a finite verb and a comma opens its own noun phrase
    ("Turun ilk durağı Kuveyt olacak, Cumhurbaşkanı Mert Yalın burada Kuveyt Emiri Meşal ile görüşecek.",
     [("CONSULT", "planned", {"source": ["Mert Yalın"], "target": ["Meşal"]})]),
    # two protests of a kind joined by "ve": both are the callers', neither a stance towards the other
    ("Fransa'da sendikaların çağrısıyla reforma karşı ülke genelinde grev ve gösteriler düzenlendi.",
     [("PROTEST", "occurred", {"source": ["trade unions"]})]),
    # claims called baseless are rejected, and air defence systems sent once more are aid
    ("Yunanistan Dışişleri Bakanlığı ise açıklamaları \"asılsız\" olarak niteledi.",
     [("REJECT", "occurred", {"source": ["Ministry of Foreign Affairs of Greece"]})]),
    ("Almanya, Ukrayna'ya iki Patriot hava savunma sistemi daha göndereceğini duyurdu.",
     [("AID", "planned", {"source": ["Germany"], "target": ["Ukraine"]})]),
])
def test_joined_clauses_joined_protests_baseless_claims_and_more_systems_sent(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_who_suffered_an_attack_in_a_converb_is_its_target(events):
    found = one(events("Gazeteci Mert Yalın, evinin önünde silahlı saldırıya uğrayarak hayatını kaybetti."))
    assert (found["type"], found["roles"]) == ("ASSAULT", {"target": ["Mert Yalın"]})


def test_the_two_countries_after_a_ministrys_charge_are_the_states(events):
    found = events("Hindistan ile Pakistan arasında gerginlik sürüyor. Hindistan Savunma Bakanlığı, Pakistan'ı militanların "
                   "sızmasına yardım etmekle suçladı. "
                   "İki ülke, 2021'de ateşkese uyma konusunda anlaşmaya varmıştı.")
    assert [(e["type"], e["roles"]) for e in found][-1] == ("AGREE", {"parties": ["India", "Pakistan"]})


def test_a_states_vessels_in_the_genitive_make_the_state_the_actor(events):
    found = one(events("Filipinler, Çin sahil güvenlik gemilerinin Filipin balıkçı teknelerine su topuyla saldırdığını açıkladı."))
    assert (found["type"], found["roles"]) == ("ASSAULT", {"source": ["China"], "target": ["fishermen"]})


@pytest.mark.parametrize("text, source", [
    ("ABD öncülüğündeki koalisyon, Irak'ta DEAŞ mevzilerine hava saldırısı düzenledi.", "United States"),
    ("Suudi Arabistan liderliğindeki koalisyon, Yemen'de Husilere ait hedefleri vurdu.", "Saudi Arabia"),
])
def test_the_leader_of_a_coalition_set_off_as_the_subject_acts_through_it(events, text, source):
    assert one(events(text))["roles"]["source"] == [source]


def test_a_pair_between_which_a_noun_lies_names_no_sides_of_an_act_further_on(events):
    found = events("Türkiye ile Ermenistan heyetleri Kars'ta bir araya geldi. "
                   "Taraflar, Kars ile Gümrü arasındaki demiryolu hattının yeniden açılması konusunda mutabık kaldı.")
    assert [(e["type"], e["roles"]) for e in found][-1] == ("AGREE", {"parties": ["Armenia", "Türkiye"]})


def test_a_pair_of_people_with_a_chain_of_titles_are_the_sides_and_the_country_in_the_title_no_third(events):
    found = one(events("Türkiye Özel Temsilcisi Büyükelçi Mert Yalın ile Ermenistan Özel Temsilcisi, Ulusal Meclis Başkan "
                       "Yardımcısı Aram Sarkisyan arasındaki görüşmede sınır kapısı ele alındı."))
    assert (found["type"], found["roles"]) == ("CONSULT", {"parties": ["Aram Sarkisyan", "Mert Yalın"]})


def test_a_threat_made_after_a_condition_is_aimed_at_the_conditions_subject(events):
    found = one(events("Rusya Savunma Bakanı, Ukrayna güçlerinin bölgeden çekilmemesi halinde saldırıların şiddetleneceği "
                       "tehdidinde bulundu."))
    assert (found["type"], found["status"], found["roles"]) == ("THREATEN", "conditional", {"source": ["Russia"], "target": ["Ukraine"]})


def test_who_tells_why_an_attack_was_made_is_not_its_target(events):
    found = events("Rusya, dün Kiev'e hava saldırısı düzenledi. Rusya Savunma Bakanı, saldırının askeri tesisleri hedef almak amacıyla yapıldığını "
                   "öne sürdü.")
    assert [(e["type"], e["roles"]) for e in found] == [("ASSAULT", {"source": ["Russia"], "target": ["Kyiv"]})]


@pytest.mark.parametrize("text, expected", [
    # handing a wanted person over is judicial cooperation, from the state that hands over to the one that receives
    ("İsveç, hakkında yakalama kararı bulunan şüpheliyi Türkiye'ye iade etti.",
     [("COOPERATE", "occurred", {"source": ["Sweden"], "target": ["Türkiye"]})]),
    # who is asked to hand someone over stands in the ablative before the noun of handing over
    ("Geçici hükümet, Hindistan'dan eski başbakanın iadesini talep edeceklerini açıkladı.",
     [("DEMAND", "planned", {"source": ["government"], "target": ["India"]})]),
    # police named by their officers act in the agentive
    ("Şüpheli, havalimanında emniyet görevlilerince gözaltına alındı.",
     [("COERCE", "occurred", {"source": ["police"]})]),
    # a letter of intent signed by two is an agreement
    ("Bakan Mert Yalın ile Bakan Ali Şah, ortak eğitimleri öngören bir niyet mektubu imzaladı.",
     [("AGREE", "occurred", {"parties": ["Ali Şah", "Mert Yalın"]})]),
    # a court rules on what someone did: it takes no part in the act
    ("Mahkeme, Cem Ufuk Toprak'ın göstericilere ateş açtığına hükmetti.",
     [("ASSAULT", "occurred", {"source": ["Cem Ufuk Toprak"], "target": ["protesters"]})]),
])
def test_extradition_asked_of_a_state_police_officers_letters_of_intent_and_rulings(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_the_two_countries_after_two_ministers_signed_are_their_states(events):
    found = events("Milli Savunma Bakanı Mert Yalın, Pakistan Savunma Bakanı Ali Şah ile Ankara'da bir araya geldi. "
                   "Şah, Türkiye'ye teşekkür etti. Yalın ile Şah bir niyet mektubu imzaladı. "
                   "İki ülke deniz kuvvetleri, önümüzdeki ay Arap Denizi'nde ortak tatbikat düzenleyecek.")
    assert (found[-1]["type"], found[-1]["roles"]) == ("MOBILIZE", {"source": ["Pakistan", "Türkiye"]})


def test_a_plural_name_with_its_case_glued_on_is_the_possessor_of_what_is_struck(events):
    found = events("Yemen'deki Husiler gemiye saldırı düzenledi. ABD Merkez Kuvvetler Komutanlığı ise Husilerin Yemen'in "
                   "batısındaki radar ve füze rampalarını vurduğunu açıkladı.")
    assert [(e["type"], e["roles"]) for e in found][-1] == (
        "ASSAULT", {"source": ["United States Central Command"], "target": ["Houthis"]})


@pytest.mark.parametrize("text, expected", [
    # an office set off before a clause told tells of the act; its country is not acted on
    ("Peru İçişleri Bakanı, protestolar sırasında 200'den fazla kişinin gözaltına alındığını açıkladı.",
     [("COERCE", "occurred", {"target": ["people"]})]),
    # a place before "yanı sıra" is listed with others, no actor
    ("Başkent Lima'nın yanı sıra Cusco ve Arequipa kentlerinde sokağa çıkan göstericiler hükümet aleyhine slogan attı.",
     [("PROTEST", "occurred", {"source": ["protesters"]})]),
    # "karşı" between a name in the genitive and the act's possessed object: whose acts are condemned
    ("Belarus Dışişleri Bakanlığı ise Polonya'nın göçmenlere karşı \"insanlık dışı\" uygulamalarını kınadı.",
     [("ACCUSE", "occurred", {"source": ["Ministry of Foreign Affairs of Belarus"], "target": ["Poland", "migrants"]})]),
    # who builds up its forces owns the build-up it moves
    ("Görüşme, Washington'un Tahran'a karşı bölgede askeri yığınağını artırdığı bir dönemde yapıldı.",
     [("MOBILIZE", "occurred", {"source": ["Washington"], "target": ["Tehran"]})]),
    # villagers, environmental groups and border guards act as groups
    ("Ağaç kesimini protesto eden köylüler ile jandarma arasında arbede yaşandı.",
     [("PROTEST", "occurred", {"source": ["residents"]}), ("ASSAULT", "occurred", {"parties": ["gendarmerie", "residents"]})]),
    ("Sınır muhafızları 14 göçmeni gözaltına aldı.", [("COERCE", "occurred", {"source": ["border guards"], "target": ["migrants"]})]),
    ("Çevre örgütleri ise gözaltıları kınadı.", [("ACCUSE", "occurred", {"source": ["environmental groups"]})]),
])
def test_tellers_offices_places_listed_postpositions_builds_up_and_more_groups(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the act someone is held responsible for is the charge, not an act told
    ("Azerbaycan, Rusya'yı yolcu uçağının düşürülmesinden sorumlu tuttu.",
     [("ACCUSE", "occurred", {"source": ["Azerbaijan"], "target": ["Russia"]})]),
    # a capital in the ablative before an apology and compensation asked stands for its state
    ("Rusya, Azerbaycan'a nota verdi. Cumhurbaşkanı Mert Yalın, Moskova'dan resmi özür ve tazminat talep etti.",
     [("ACCUSE", "occurred", {"source": ["Russia"], "target": ["Azerbaijan"]}),
      ("DEMAND", "occurred", {"source": ["Mert Yalın"], "target": ["Russia"]})]),
    # an envoy in the accusative summoned stands for the country whose envoy it is
    ("Azerbaycan, Rusya'nın Bakü Büyükelçisini Dışişleri Bakanlığına çağırdı.",
     [("ACCUSE", "occurred", {"source": ["Azerbaijan"], "target": ["Russia"]})]),
    # calling out the army is mobilising it
    ("Devlet Başkanı Mert Yalın, orduyu polise destek vermek üzere göreve çağırdı.",
     [("MOBILIZE", "occurred", {"source": ["Mert Yalın"]})]),
])
def test_acts_held_responsible_for_apologies_asked_envoys_summoned_and_the_army_called_out(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_a_team_named_for_talks_holds_no_talks(events):
    found = events("İsrail, Doha'ya hava saldırısı düzenledi. Saldırıda Hamas'ın müzakere heyetinden 5 kişinin öldüğü bildirildi.")
    assert [e["type"] for e in found] == ["ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    # who owns what is welcomed in the passive is its target
    ("Raporda, Türkiye'nin göç konusundaki işbirliği olumlu karşılandı.", ("SUPPORT", {"target": ["Türkiye"]})),
    # diplomats sent out of the country are expelled
    ("Fransa da misilleme olarak 12 Cezayirli diplomatı ülkeden çıkarma kararı aldı.",
     ("SANCTION", {"source": ["France"], "target": ["diplomats"]})),
])
def test_what_is_welcomed_in_the_passive_and_diplomats_sent_out(events, text, expected):
    found = one(events(text))
    assert (found["type"], found["roles"]) == expected


def test_a_countrys_soldiers_in_the_genitive_own_the_object_protested(events):
    found = one(events("Kuneytra'da yüzlerce kişi, İsrail askerlerinin bölgedeki varlığını protesto etti."))
    assert (found["type"], found["roles"]) == ("PROTEST", {"source": ["people"], "target": ["Israel"]})


@pytest.mark.parametrize("text, expected", [
    # a genitive closed by a participle whose head is a place is a relative clause's subject when the act is finite
    ("Gürcü polisi, Ermenilerin yaşadığı köyde belediye binasına baskın düzenledi.",
     [("ASSAULT", "occurred", {"source": ["police"]})]),
    # an act told by a noun and a passive participle takes no subject in the genitive
    ("Başkentte hükümet yetkililerinin sık kullandığı bir otele düzenlenen saldırıda en az 9 kişi öldü.",
     [("ASSAULT", "occurred", {"target": ["people"]})]),
    # but a participle whose head names an operation holds the act: its genitive did it
    ("Aranan bir kişi, polisin düzenlediği operasyonda yakalandı.",
     [("COERCE", "occurred", {"source": ["police"], "target": ["people"]})]),
])
def test_relative_clauses_before_finite_and_passive_acts(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_a_converb_shares_the_genitive_subject_of_the_verbal_noun_it_leads_to(events):
    # a guard: so it was before finite acts lost their genitive subjects
    found = events("Venezuela hükümeti, ABD ordusunun uyuşturucu taşıdığı iddia edilen bir tekneyi vurarak 4 kişiyi öldürmesini kınadı.")
    assert (found[0]["type"], found[0]["roles"]["source"]) == ("ASSAULT", ["United States"])


@pytest.mark.parametrize("text, expected", [
    # "-rken" (while) tells the act as a converb does
    ("Rusya Ukrayna'yı suçlarken, Kiev iddiaları reddetti.",
     [("ACCUSE", "occurred", {"source": ["Russia"], "target": ["Ukraine"]}), ("REJECT", "occurred", {"source": ["Ukraine"]})]),
    # a body's case ending on the word for its government after its name
    ("İslamabad yönetimi, Taliban yönetimini militanlara sığınak sağlamakla suçladı.",
     [("ACCUSE", "occurred", {"source": ["Islamabad"], "target": ["Taliban"]})]),
    # "X ile bağlantılı bir grup": no counterpart; the group linked to X claimed the attack
    ("Polis karakoluna intihar saldırısı düzenlendi. Saldırıyı, Pakistan Talibanı (TTP) ile bağlantılı bir grup üstlendi.",
     [("ASSAULT", "occurred", {"source": ["Tehrik-i-Taliban Pakistan"], "target": ["police"]})]),
    # "-ene kadar" inside a quote does not hide the condemnation before it
    ("Başbakan Cem Ufuk Toprak saldırıyı kınayarak, \"Terörün kökünü kazıyana kadar mücadelemiz sürecek\" dedi.",
     [("ACCUSE", "occurred", {"source": ["Cem Ufuk Toprak"]})]),
    # going on high alert is mobilising
    ("Tayvan ordusu yüksek alarma geçti.", [("MOBILIZE", "occurred", {"source": ["Taiwan"]})]),
    # the mediator of the dialogue a call is about mediates no call
    ("AB Yüksek Temsilcisi Carl Wendt, iki tarafı AB arabuluculuğundaki diyaloğa geri dönmeye çağırdı.",
     [("REQUEST", "occurred", {"source": ["Carl Wendt"]})]),
    # a state's police before "ile" is a side of the clash
    ("Zvecan'da Kosova polisi ile Sırp göstericiler arasında çıkan arbedede 4 polis yaralandı.",
     [("ASSAULT", "occurred", {"parties": ["Kosovo", "protesters"]})]),
])
def test_while_clauses_bodies_governments_linked_groups_alerts_and_sides(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare verbal noun judged by the sentence's verb names an act the judge did not do (alone, no one's act to tell)
    ("Devlet Başkanı Cem Ufuk Toprak, serbest bırakmayı \"barışa doğru atılmış önemli bir adım\" olarak nitelendirdi.", []),
    # but one agreed to is the subject's own
    ("Hamas, rehineleri serbest bırakmayı kabul etti.",
     [("RETREAT", "occurred", {"source": ["Hamas"], "target": ["hostages"]}), ("AGREE", "occurred", {"source": ["Hamas"]})]),
    # raising readiness is mobilising
    ("Güney Kore ordusu, olası provokasyonlara karşı hazırlık durumunu artırdığını bildirdi.",
     [("MOBILIZE", "occurred", {"source": ["South Korea"]})]),
])
def test_acts_judged_acts_agreed_to_and_readiness_raised(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "uluslararası toplumu" after an adjective is the accusative: the community is called on
    ("BM Genel Sekreteri Carl Wendt, saldırıyı kınayarak uluslararası toplumu misyona desteği artırmaya çağırdı.",
     [("ACCUSE", "occurred", {"source": ["Carl Wendt"]}), ("REQUEST", "occurred", {"source": ["Carl Wendt"], "target": ["international community"]})]),
    # those a passive deed asked for is done to do not ask
    ("OCHA, taraflara sivillerin korunması çağrısında bulundu.",
     [("REQUEST", "occurred", {"source": ["UN Office for the Coordination of Humanitarian Affairs"]})]),
    # a country's adjective owns its compound after a genitive: the ship in the genitive acts, no owner of the other ship
    ("Sözcü Cem Ufuk Toprak, Çin sahil güvenlik gemisinin Filipin gemisine tazyikli suyla müdahale ettiğini ileri sürdü.",
     [("ASSAULT", "occurred", {"source": ["China"]})]),
])
def test_the_community_called_on_those_protected_and_a_compound_of_a_countrys_adjective(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a characterisation of two evaluative words joined by "ve"
    ("Sözcü Cem Ufuk Toprak ise yaptırımları \"yasa dışı ve insanlık dışı\" olarak nitelendirdi.",
     [("ACCUSE", "occurred", {"source": ["Cem Ufuk Toprak"]})]),
    # a place in a relative clause before a list of objects is no target
    ("ABD Hazine Bakanlığı, İran petrolünün Çin'e satışına aracılık ettiği belirlenen 3 şirket ve 12 tankeri yaptırım listesine aldı.",
     [("SANCTION", "occurred", {"source": ["United States Department of the Treasury"]})]),
    # supporters close a side before "ile ... arasında"
    ("Sonuçları protesto eden muhalefet destekçileri ile güvenlik güçleri arasında çatışma çıktı.",
     [("PROTEST", "occurred", {"source": ["opposition"]}), ("ASSAULT", "occurred", {"parties": ["opposition", "security forces"]})]),
    # a list of countries closed by the word for their governments acts together
    ("Brezilya, Kolombiya ve Meksika hükümetleri ortak açıklama yaparak seçim konseyini sonuçları yayımlamaya çağırdı.",
     [("REQUEST", "occurred", {"source": ["Brazil", "Colombia", "Mexico"]})]),
])
def test_characterisations_relative_clauses_before_lists_supporters_and_governments_listed(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_attacks_on_ones_own_side_and_fire_returned(events):
    # a defence ministry telling of a passive attack on its own side's base did not make it: its side was hit; firing
    # back is an act of its own, and the attack condemned is not the answer to it
    found = events("Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Türk üs bölgesine dün gece roketli saldırı düzenlendiğini açıkladı. "
                   "Açıklamada, Türk Silahlı Kuvvetlerinin karşılık vererek roketlerin atıldığı bölgedeki hedefleri vurduğu kaydedildi. "
                   "Irak hükümeti saldırıyı kınadı.")
    assert [(e["type"], e["roles"]) for e in found] == [
        ("ASSAULT", {"target": ["Ministry of National Defence of Türkiye"]}), ("ASSAULT", {"source": ["Turkish Armed Forces"]}),
        ("ACCUSE", {"source": ["Iraq"]})]


def test_an_act_given_as_the_ground_of_a_detention_is_no_act_told(events):
    found = events("Londra'da polis, yasaklanan bir grubu desteklediği gerekçesiyle 40 kişiyi gözaltına aldı.")
    assert [(e["type"], e["roles"]) for e in found] == [("COERCE", {"source": ["police"], "target": ["people"]})]


@pytest.mark.parametrize("text, expected", [
    # beating someone, and an attack told as a verbal noun
    ("Hasta yakınları, acil serviste iki doktoru darbetti.", [("ASSAULT", "occurred", {"source": ["patients' relatives"], "target": ["doctors"]})]),
    ("Hasta yakınlarının hemşirelere saldırması tepki çekti.", [("ASSAULT", "occurred", {"source": ["patients' relatives"], "target": ["nurses"]})]),
    # firefighters sent to fight another country's fires are aid
    ("Yunanistan, yangınla mücadeleye yardım etmek için Kuzey Makedonya'ya 40 itfaiyeci gönderdi.",
     [("AID", "occurred", {"source": ["Greece"], "target": ["North Macedonia"]})]),
    # a clause closed by a finite verb and a comma: the passive clause after it has a subject of its own
    ("Polis, Meclis binasına yürümek isteyen gruba biber gazıyla müdahale etti, 15 kişi gözaltına alındı.",
     [("ASSAULT", "occurred", {"source": ["police"]}), ("COERCE", "occurred", {"target": ["people"]})]),
])
def test_beatings_firefighters_sent_and_a_passive_clause_after_a_closed_one(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_the_two_countries_called_on_after_their_presidents_agreed_are_the_states(events):
    found = events("Ermenistan Cumhurbaşkanı Cem Ufuk Toprak, Azerbaycan Cumhurbaşkanı Carl Wendt ile telefonda görüştü ve iki lider "
                   "sınırda ateşkes konusunda uzlaştı. Fransa Dışişleri Bakanlığı, iki ülkeyi itidalli olmaya çağırdı.")
    assert [(e["type"], e["roles"].get("target")) for e in found if e["type"] == "REQUEST"] == [("REQUEST", ["Armenia", "Azerbaijan"])]


def test_a_time_set_off_by_a_comma_dates_the_sentences_act_not_the_relative_clause_after_it(events):
    found = one(events("Hastanede dün akşam saatlerinde, sırasını beklemek istemeyen hasta yakınları iki hemşireyi darbetti."))
    assert (found["type"], found["date"]) == ("ASSAULT", "2026-03-10")


@pytest.mark.parametrize("text, expected", [
    # tariffs one country applies, and the levy another answers them with: two acts, each its own country's
    (("Kanada Başbakanı Cem Ufuk Toprak, ABD'nin Kanada çeliğine uyguladığı gümrük vergilerine karşılık olarak ABD ürünlerine yüzde 25 "
      "ek vergi getirileceğini açıkladı."),
     [("SANCTION", "occurred", {"source": ["United States"]}),
      ("SANCTION", "planned", {"source": ["Cem Ufuk Toprak"], "target": ["United States"]})]),
    # a tax at home is no sanction
    ("Hükümet, akaryakıta ek vergi getirdi.", []),
    # a warning that force will be used: the warner threatens those it would be used on, who is no target of the force
    ("Güvenlik Bakanı Cem Ufuk Toprak, yolları kapatan göstericilere müdahale edileceği uyarısında bulundu.",
     [("COERCE", "planned", {"target": ["protesters"]}), ("THREATEN", "occurred", {"source": ["Cem Ufuk Toprak"], "target": ["protesters"]})]),
])
def test_tariffs_answered_with_a_levy_and_a_warning_that_force_will_be_used(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


def test_a_decision_called_political_is_an_accusation(events):
    found = events("Rusya ise mahkeme kararını \"siyasi\" olarak nitelendirdi.")
    assert [(e["type"], e["roles"]) for e in found] == [("ACCUSE", {"source": ["Russia"]})]


@pytest.mark.parametrize("text, expected", [
    # the owner of the facilities struck, in the genitive, is the target; the attacker's genitive before it the source
    ("İsrail'in dün İran'ın nükleer tesislerine düzenlediği hava saldırıları tepki çekti.",
     [("ASSAULT", "occurred", {"source": ["Israel"], "target": ["Iran"]})]),
    # a noun with a word of its own compound before it is no genitive's: the attackers' genitive stays the source
    ("Belucistan'da silahlı kişilerin bir yolcu trenine düzenlediği saldırıda 21 kişi öldü.",
     [("ASSAULT", "occurred", {"source": ["gunmen"], "target": ["people"]})]),
    # a price another will pay, quoted: the teller threatens the payer
    ("İsrail Başbakanı Cem Ufuk Toprak, İran'ın \"çok ağır bir bedel ödeyeceğini\" söyledi.",
     [("THREATEN", "planned", {"source": ["Cem Ufuk Toprak"], "target": ["Iran"]})]),
    # detentions called a coup against democracy
    ("Muhalefet lideri Cem Ufuk Toprak, gözaltıları \"demokrasiye darbe\" olarak nitelendirdi.",
     [("ACCUSE", "occurred", {"source": ["Cem Ufuk Toprak"]})]),
])
def test_the_owner_of_what_is_struck_a_price_to_pay_and_a_coup_against_democracy(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # something said to be illegal accuses; a genitive before "karşı önlemler" owns them, no one they are against
    ("Sözcü Cem Ufuk Toprak, yaptırımların \"yasa dışı\" olduğunu savunarak Moskova'nın karşı önlemler alacağını söyledi.",
     [("ACCUSE", "occurred", {"source": ["Cem Ufuk Toprak"]}), ("THREATEN", "planned", {"source": ["Moscow"]})]),
    # lifting one's veto gives way
    ("Macaristan, son dakikada vetosunu kaldırdı.", [("CONCEDE", "occurred", {"source": ["Hungary"]})]),
    # an attack named as the cause of what a governor tells is the attack told before, not the governor's
    ("Ukrayna, Rusya'daki bir rafineriye saldırdı. Vali Cem Ufuk Toprak, saldırı sonucu rafineride yangın çıktığını açıkladı.",
     [("ASSAULT", "occurred", {"source": ["Ukraine"]})]),
    # a name in the dative inside a relative clause before the head is that clause's object
    ("İstanbul Valiliği, polise taş atan 20 kişinin gözaltına alındığını açıkladı.", [("COERCE", "occurred", {"target": ["people"]})]),
    # marching to a square protests; the square is where, no target
    ("Göstericiler, Taksim Meydanı'na yürümek istedi.", [("PROTEST", "occurred", {"source": ["protesters"]})]),
])
def test_illegal_said_a_veto_lifted_an_attack_as_a_cause_a_relative_clauses_dative_and_a_march(events, text, expected):
    assert [(e["type"], e["status"], e["roles"]) for e in events(text)] == expected
