import pytest

from gundem.analysis.text import (
    fold,
    sentence_at,
    sentences,
    strip_suffix,
    suffix_after,
    tokenize,
    turkish_lower,
)


def test_apostrophe_suffix_is_its_own_token_for_every_apostrophe():
    for apostrophe in "'’‘":
        tokens = tokenize(f"Tahran{apostrophe}a gitti")
        assert [(t.text, t.kind) for t in tokens] == [("Tahran", "word"), (f"{apostrophe}a", "suffix"), ("gitti", "word")]


def test_offsets_index_the_original_text():
    text = "  İran'ın 2025 yılında"
    assert all(text[t.start:t.end] == t.text for t in tokenize(text))


def test_turkish_folding():
    assert fold("ERAKÇI") == fold("Erakçı") == fold("Erakci") == "erakci"
    assert fold("İSTANBUL") == fold("İstanbul") == "istanbul"
    assert turkish_lower("IĞDIR") == "ığdır"
    assert strip_suffix("Erakçi'nin") == "Erakçi" and strip_suffix("Witkoff’un") == "Witkoff"


def test_sentences_split_at_full_stops_not_inside_numbers():
    text = "Toplantı 14.30'da başladı. Bakan konuştu.\n\nYeni paragraf"
    assert [text[s.start:s.end] for s in sentences(text)] == ["Toplantı 14.30'da başladı.", "Bakan konuştu.", "Yeni paragraf"]


@pytest.mark.parametrize("text, expected", [
    ("Toplantıya Prof. Dr. Ayşe Kaya katıldı. Oturum uzadı.", ["Toplantıya Prof. Dr. Ayşe Kaya katıldı.", "Oturum uzadı."]),
    ("Ameliyatı Op. Dr. Selim Aras yaptı. Hasta taburcu edildi.", ["Ameliyatı Op. Dr. Selim Aras yaptı.", "Hasta taburcu edildi."]),
    ("Dava İzmir 4. Asliye Ceza Mahkemesinde görüldü.", ["Dava İzmir 4. Asliye Ceza Mahkemesinde görüldü."]),
    # a Roman numeral's full stop is an ordinal's too: a regnal number, a world war
    ("Ürdün Kralı II. Abdullah geldi. II. Dünya Savaşı anıldı.", ["Ürdün Kralı II. Abdullah geldi.", "II. Dünya Savaşı anıldı."]),
    ("George W. Bush spoke. Mr. Smith left.", ["George W. Bush spoke.", "Mr. Smith left."]),
    ("Maç 2 - 0. NOTLAR", ["Maç 2 - 0.", "NOTLAR"]),
    ("Fiyatlar ekmek, süt vb. ürünlerde arttı. Zam sürüyor.", ["Fiyatlar ekmek, süt vb. ürünlerde arttı.", "Zam sürüyor."]),
    # a clock's "a.m." or "p.m." before a time zone or a weekday goes on; before anything else it may end one
    ("The offer expires at 5 p.m. Eastern time on Friday. Talks go on.", ["The offer expires at 5 p.m. Eastern time on Friday.", "Talks go on."]),
    ("They met at 9 a.m. Tuesday in Paris.", ["They met at 9 a.m. Tuesday in Paris."]),
    ("They met at 9 a.m. The talks ended.", ["They met at 9 a.m.", "The talks ended."]),
    # initials of two or three letters end no sentence either: a person's, a country's
    ("Doktorlar Dr. A.K. (32) ile Dr. M.Y. yaralandı.", ["Doktorlar Dr. A.K. (32) ile Dr. M.Y. yaralandı."]),
    ("Prices rose. U.S. President Donald Trump spoke.", ["Prices rose.", "U.S. President Donald Trump spoke."]),
])
def test_abbreviations_initials_and_ordinals_end_no_sentence(text, expected):
    assert [text[s.start:s.end] for s in sentences(text)] == expected


def test_the_case_ending_after_a_name_with_or_without_an_apostrophe():
    text = "Katar'dan ve Sağlık Bakanlığından"
    assert suffix_after(text, text.index("'")) == "'dan"
    assert suffix_after(text, text.index("Bakanlığı") + len("Bakanlığı")) == "'ndan"
    assert suffix_after(text, len(text)) == "" and suffix_after(text, text.index(" ve")) == ""


@pytest.mark.parametrize("text, lang, expected", [
    ("İstanbul ILIK", "tr", "istanbul ılık"),
    ("İnan In", "en", "inan in"),
])
def test_lowercase_keeps_every_offset_in_each_languages_casing(text, lang, expected):
    from gundem.analysis.text import lowercase

    assert lowercase(text, lang) == expected and len(lowercase(text, lang)) == len(text)


def test_the_sentence_at_a_position_is_the_one_that_holds_it():
    text = "Birinci cümle. İkinci cümle."
    spans = sentences(text)
    assert sentence_at(spans, text.index("İkinci")) == spans[1]
    assert sentence_at(spans, len(text) + 5) is None


def test_an_english_numbers_full_stop_ends_a_sentence_a_turkish_ordinals_does_not():
    english = "Plans would raise the retirement age to 67. Police used pepper spray."
    assert len(sentences(english, ordinals=False)) == 2
    assert len(sentences("Papa 14. Leo Ankara'ya geldi.")) == 1
