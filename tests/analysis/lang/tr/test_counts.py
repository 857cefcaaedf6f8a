"""How many were killed, injured, detained or arrested, and how big a crowd was: Turkish sentences
written for these tests."""
from datetime import datetime

import pytest

from gundem.analysis.counts import CountFinder, load_count_grammar, read_number
from gundem.analysis.text import Sentence, turkish_lower
from gundem.analysis.timex import load_vocabulary
from gundem.core import Analyser
from gundem.model import Article

MONDAY = datetime(2026, 4, 13, 11, 0)


@pytest.fixture(scope="module")
def grammar():
    return load_count_grammar("tr", load_vocabulary("tr").data["number_words"])


@pytest.fixture(scope="module")
def counts_in(grammar):
    finder = CountFinder(grammar)

    def run(sentence):
        return [(c.kind, c.value, c.qualifier) for c in finder(turkish_lower(sentence), Sentence(0, len(sentence)))]

    return run


@pytest.fixture(scope="module")
def annotated():
    analyser = Analyser(use_model=False)
    return lambda text: analyser.annotate_one(Article(doc="c", text=text, dct=MONDAY.date(), published=MONDAY, lang="tr"))


@pytest.fixture(scope="module")
def counted(annotated):
    """The counts each event of an article carries, as (event type, kind, value, qualifier)."""

    def run(text):
        document = annotated(text)
        return sorted((event["type"], c["kind"], c["value"], c["qualifier"]) for event in document["events"] for c in event.get("counts", []))

    return run


@pytest.mark.parametrize("written, value, vague", [
    ("12", 12, False),
    ("1.250", 1250, False),
    ("87 bin 445", 87445, False),
    ("3,5 milyon", 3500000, False),
    ("yedi", 7, False),
    ("on iki", 12, False),
    ("yüz yirmi", 120, False),
    ("iki bin", 2000, False),
    ("onlarca", 10, True),
    ("on binlerce", 10000, True),
    ("yüz binlerce", 100000, True),
])
def test_numbers_are_read_in_digits_and_in_words(grammar, written, value, vague):
    assert read_number(grammar, written) == (value, vague)


@pytest.mark.parametrize("sentence, expected", [
    ("Saldırıda 14 kişi hayatını kaybetti.", [("dead", 14, "exact")]),
    ("Bombalı saldırıda en az 9 kişi yaşamını yitirdi.", [("dead", 9, "at_least")]),
    ("Çatışmada 2 asker şehit oldu, 3 asker yaralandı.", [("dead", 2, "exact"), ("injured", 3, "exact")]),
    ("Valilik, 40'tan fazla sivilin öldüğünü açıkladı.", [("dead", 40, "more_than")]),
    ("Saldırıda 30'u aşkın kişi de yaralandı.", [("injured", 30, "more_than")]),
    ("Olaylarda 100'e yakın kişi yaralandı.", [("injured", 100, "about")]),
    ("Köye düzenlenen saldırıda yaklaşık 30 kişi öldürüldü.", [("dead", 30, "about")]),
    ("Hava saldırısında onlarca kişi öldü.", [("dead", 10, "order_of")]),
    ("Askerler 2 Filistinliyi öldürdü, 14 Filistinliyi gözaltına aldı.", [("dead", 2, "exact"), ("detained", 14, "exact")]),
    ("Operasyonda 47 şüpheli gözaltına alındı.", [("detained", 47, "exact")]),
    ("Şüphelilerden 19'u tutuklandı.", [("arrested", 19, "exact")]),
    ("Limanda 3 kaçakçı yakalandı.", [("detained", 3, "exact")]),
    ("Yunanistan'a geçmeye çalışan 42 düzensiz göçmen, Sahil Güvenlik ekiplerince yakalandı.", [("detained", 42, "exact")]),
    ("Baskında 14 yolcu kaçırıldı.", [("kidnapped", 14, "exact")]),
    ("Silahlı kişiler 6 yardım görevlisini rehin aldı.", [("kidnapped", 6, "exact")]),
])
def test_a_number_before_the_verb_that_counts_it(counts_in, sentence, expected):
    assert counts_in(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Patlamada 2 kişi ölürken 6 kişi yaralandı.", [("dead", 2, "exact"), ("injured", 6, "exact")]),
    ("Pusuda iki asker hayatını kaybederken dört asker ağır yaralandı.", [("dead", 2, "exact"), ("injured", 4, "exact")]),
])
def test_a_converb_joining_two_counts(counts_in, sentence, expected):
    assert counts_in(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the nearest number counts: the one before it tells how many of them were children
    ("Saldırıda aralarında iki çocuğun da bulunduğu yedi kişi öldü.", [("dead", 7, "exact")]),
    ("Saldırıda 3'ü çocuk 11 kişi öldü.", [("dead", 11, "exact")]),
    ("Çatışmada ikisi sivil 6 kişi öldü.", [("dead", 6, "exact")]),
])
def test_a_breakdown_before_the_total_is_not_the_count(counts_in, sentence, expected):
    assert counts_in(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kerkük'te bombalı saldırı: 9 ölü, 25 yaralı", [("dead", 9, "exact"), ("injured", 25, "exact")]),
    ("İzmir'de operasyon: 11 gözaltı", [("detained", 11, "exact")]),
    ("Olayda yaralanan 14 mahkum hastaneye kaldırıldı.", [("injured", 14, "exact")]),
    ("Saldırıda ölenlerin sayısı 23'e yükseldi.", [("dead", 23, "exact")]),
    ("Can kaybı 12'ye çıktı.", [("dead", 12, "exact")]),
    ("Saldırıda ölü sayısı 32 olarak açıklandı.", [("dead", 32, "exact")]),
    ("Yaralı sayısının 18 olduğu bildirildi.", [("injured", 18, "exact")]),
    ("Bakanlık, hayatını kaybedenlerin sayısının 38 bini aştığını açıkladı.", [("dead", 38000, "more_than")]),
    ("Saldırıda can kaybı olmadı, 4 kişi yaralandı.", [("dead", 0, "exact"), ("injured", 4, "exact")]),
    ("Saldırıda ölü ya da yaralı olmadı.", [("dead", 0, "exact"), ("injured", 0, "exact")]),
])
def test_headlines_participles_tallies_and_none(counts_in, sentence, expected):
    assert counts_in(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Başkentte on binlerce kişi hükümeti protesto etti.", [("size", 10000, "order_of")]),
    ("Yürüyüşe 20 bini aşkın kişi katıldı.", [("size", 20000, "more_than")]),
    ("Binlerce kişi, başbakanın istifası talebiyle sokaklara döküldü.", [("size", 1000, "order_of")]),
    ("Gösterilere Bakanlığa göre 120 bin, sendikalara göre 300 bin kişi katıldı.", [("size", 120000, "exact"), ("size", 300000, "exact")]),
])
def test_the_size_of_a_crowd_each_source_gives(counts_in, sentence, expected):
    assert counts_in(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Şüpheliler 48 saat içinde yakalandı.",  # hours
    "Gazeteci 3 Mart'ta gözaltına alınmıştı.",  # a date
    "Öğrenciler yüzde 80'lik zammı protesto etti.",  # a percent and a measure adjective
    "Ahmet Y. (24) bacağından yaralandı.",  # an age
    "Gözaltına alınanların yüzde 30'u tutuklandı.",  # a percent
    "Polis, bir mitingin ardından gözaltına aldı.",  # the article before a noun in a postpositional phrase
    "Ölenlerin 5'i çocuklardı.",  # no verb of dying after the number
])
def test_numbers_that_count_no_victims(counts_in, sentence):
    assert counts_in(sentence) == []


def test_counts_join_the_act_told_in_their_sentence(counted):
    text = "Kabil'de bir camiye düzenlenen bombalı saldırıda en az 14 kişi hayatını kaybetti, 30 kişi yaralandı."
    assert counted(text) == [("ASSAULT", "dead", 14, "at_least"), ("ASSAULT", "injured", 30, "exact")]


def test_a_headline_count_and_the_same_count_in_the_body_are_one(counted):
    text = ("Kabil'de camiye bombalı saldırı: 14 ölü\n"
            "Afganistan'ın başkenti Kabil'de bir camiye düzenlenen bombalı saldırıda en az 14 kişi hayatını kaybetti.")
    assert counted(text) == [("ASSAULT", "dead", 14, "at_least")]


def test_a_count_in_the_next_sentence_joins_the_act_told_before(counted):
    text = "Husiler, Kızıldeniz'de bir ticaret gemisine füzeyle saldırdı. Saldırıda gemideki 3 denizci hayatını kaybetti."
    assert counted(text) == [("ASSAULT", "dead", 3, "exact")]


def test_a_count_told_later_joins_the_articles_only_act_of_its_kind(counted):
    text = ("Ermenistan ile Azerbaycan arasındaki sınırda dün akşam çatışma çıktı. Bakü, Erivan'ı suçladı. "
            "Erivan ise Bakü'yü gerginliği tırmandırmakla suçladı. Açıklamada 2 Ermeni askerinin yaralandığı bildirildi.")
    assert counted(text) == [("ASSAULT", "injured", 2, "exact")]


def test_a_past_toll_in_the_pluperfect_is_background(annotated, counted):
    text = ("Malatya'da bir eve silahlı saldırı düzenlendi. Saldırganlar kaçtı. "
            "Bölgede 2023'te meydana gelen depremlerde 50 binden fazla kişi hayatını kaybetmişti.")
    assert [event["type"] for event in annotated(text)["events"]] == ["ASSAULT"]
    assert counted(text) == []


def test_a_toll_since_a_date_is_no_count_of_an_act_told_elsewhere(annotated, counted):
    text = ("Sahil güvenlik botu, Ege'de bir göçmen teknesine ateş açtı. Olayda kimse yaralanmadı. "
            "Ege Denizi'nde bu yıl başından bu yana 40'tan fazla göçmen hayatını kaybetti.")
    assert [event["type"] for event in annotated(text)["events"]] == ["ASSAULT"]
    assert counted(text) == []


def test_a_similar_act_dated_last_year_keeps_its_own_count(counted):
    text = ("Nijer'in batısında bir askeri konvoya düzenlenen saldırıda iki asker hayatını kaybetti. "
            "Bölgede geçen yıl düzenlenen benzer bir saldırıda ise 17 asker ölmüştü.")
    assert counted(text) == [("ASSAULT", "dead", 2, "exact"), ("ASSAULT", "dead", 17, "exact")]


def test_those_detained_and_arrested_count_the_coercion(counted):
    text = ("İzmir'de düzenlenen operasyonda 23 şüpheli gözaltına alındı. "
            "Emniyetteki işlemlerinin ardından adliyeye sevk edilen şüphelilerden 15'i tutuklandı.")
    assert counted(text) == [("COERCE", "arrested", 15, "exact"), ("COERCE", "detained", 23, "exact")]


def test_a_crowd_joining_a_summit_is_no_protest_size(counted):
    text = "Belgrad'da binlerce kişi hükümeti protesto etti. Zirveye 30 ülkenin lideri katıldı."
    assert counted(text) == [("PROTEST", "size", 1000, "order_of")]


def test_an_act_known_only_by_how_many_it_touched_is_kept(counted):
    # no one named, no place: the count alone says something happened
    assert counted("Gösterilerin ardından çıkan olaylarda 23 polis yaralandı, 150'yi aşkın kişi gözaltına alındı.") == [
        ("ASSAULT", "injured", 23, "exact"), ("COERCE", "detained", 150, "more_than")]


def test_the_dead_of_an_accident_a_relative_clause_recalls_count_no_assault(counted):
    text = ("Göstericiler, geçen yıl 15 kişinin hayatını kaybettiği köprü çökmesinin sorumlularının yargılanmasını istedi. "
            "Polis, göstericilere biber gazıyla müdahale etti. Olaylarda 12 kişinin yaralandığı bildirildi.")
    assert counted(text) == [("ASSAULT", "injured", 12, "exact")]


def test_a_date_between_the_number_and_its_verb_is_not_among_the_words_between(counted):
    # "bu sabah" and "dün gece" are the act's time: the number still counts those detained
    assert counted("Rüşvet soruşturmasında 12 belediye çalışanı bu sabah gözaltına alındı.") == [("COERCE", "detained", 12, "exact")]
    assert counted("Kentte 3 genç dün gece geç saatlerde gözaltına alındı.") == [("COERCE", "detained", 3, "exact")]
