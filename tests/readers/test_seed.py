"""The seed format: metadata must equal the gold reading of both seeds."""
from datetime import date, datetime

import pytest

from gundem.readers.problems import ReadError
from gundem.readers.seed import parse_seed

METADATA = ("dct", "published", "title", "source", "site_suffix", "tags")


def _metadata(article):
    return {
        "dct": article.dct.isoformat(),
        "published": article.published.isoformat(timespec="minutes") if article.published else None,
        "title": article.title, "source": article.source, "site_suffix": article.site_suffix, "tags": list(article.tags),
    }


@pytest.mark.parametrize("doc", ["000_292c7b092348037e", "001_517464675fa63045"])
def test_seed_metadata_equals_gold(seed_articles, gold_docs, doc):
    gold = {key: gold_docs[doc][key] for key in METADATA}
    assert _metadata(seed_articles[doc]) == gold


def test_masked_regions_keep_offsets_and_blank_metadata(seed_articles):
    article = seed_articles["000_292c7b092348037e"]
    assert len(article.analysis_text) == len(article.text)
    assert article.text[1:16] == "date 2026-02-07"
    assert article.analysis_text[1:16].strip() == ""
    assert article.analysis_text[2175:2177] == "AA"  # the agency stays analysable
    assert "Kaynak" not in article.analysis_text
    assert "Son Dakika" not in article.analysis_text.splitlines()[0]


def test_header_without_leading_space_and_source_with_plain_space():
    text = "date 2025-12-31 Başlık - Site\nBaşlık\n31.12.2025 23:59\nMetin burada.\nKaynak: DHA\nA, B\n"
    article = parse_seed(text, "x")
    assert article.dct == date(2025, 12, 31)
    assert article.published == datetime(2025, 12, 31, 23, 59)
    assert (article.title, article.site_suffix, article.source, article.tags) == ("Başlık", "Site", "DHA", ("A", "B"))


def test_a_headline_other_than_the_page_title_is_the_title_when_the_timestamp_follows_it():
    text = " date 2026-11-23 Sayfa başlığı - Son Dakika\nHaberin kendi başlığı\n\n23.11.2026 17:30\n\nMetin.\n"
    article = parse_seed(text, "x")
    assert (article.title, article.site_suffix, article.published) == ("Haberin kendi başlığı", "Son Dakika", datetime(2026, 11, 23, 17, 30))
    assert "Son Dakika" not in article.analysis_text


def test_a_header_with_the_date_alone_takes_the_headline_above_the_timestamp():
    article = parse_seed(" date 2026-08-14\nOrman yangınında 3 mahalle boşaltıldı\n\n14.08.2026 11:42\n\nMetin.\n", "x")
    assert (article.title, article.site_suffix, article.published) == ("Orman yangınında 3 mahalle boşaltıldı", None, datetime(2026, 8, 14, 11, 42))


def test_a_header_with_the_date_alone_and_no_timestamp_has_no_title():
    assert parse_seed(" date 2026-08-14\nİlk paragraf bir cümle.\n\nİkinci paragraf.\n", "x").title is None


def test_a_header_with_the_date_alone_takes_a_short_first_line_with_no_full_stop_as_the_headline():
    article = parse_seed(" date 2026-04-03\nIsrael strikes Damascus as tensions rise\n\nDAMASCUS, April 3 (Reuters) - Israeli jets struck.\n", "x")
    assert article.title == "Israel strikes Damascus as tensions rise"


def test_no_title_line_means_the_header_carries_the_first_paragraph():
    article = parse_seed(" date 2026-01-05 Ankara'da bugün bir toplantı yapıldı.\n\nİkinci paragraf.\n", "x")
    assert article.title is None
    assert "Ankara'da" in article.analysis_text


def test_kaynak_line_followed_by_prose_is_not_a_tag_line():
    text = " date 2026-01-05 Bir haber.\n\nKaynak: AA\n\nBu bir paragraf, virgüllü.\n\nSon paragraf.\n"
    assert parse_seed(text, "x").tags == ()


@pytest.mark.parametrize("header", [" date 2026-13-40 Başlık", " date yesterday Başlık"])
def test_malformed_date_is_reported_on_line_one(header):
    with pytest.raises(ReadError) as error:
        parse_seed(header + "\nMetin.\n", "x")
    assert error.value.line == 1
    assert "malformed date" in str(error.value)


def test_impossible_timestamp_is_left_as_text():
    article = parse_seed(" date 2026-02-07 T - S\nT\n\n31.02.2026 00:06\nMetin.\n", "x")
    assert article.published is None


def test_an_english_page_names_its_source_after_source():
    text = " date 2026-11-24 Truce extended\nTruce extended\n\nThe truce was extended.\n\nSource: Reuters\n\nWorld, Pakistan\n"
    article = parse_seed(text, "e")
    assert (article.source, article.tags) == ("Reuters", ("World", "Pakistan"))
    assert "World" not in article.analysis_text
