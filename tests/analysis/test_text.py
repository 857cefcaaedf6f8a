from gundem.analysis.text import fold, sentences, strip_suffix, tokenize, turkish_lower


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
