"""Generated resources are fresh: rebuilt in memory, they equal the committed files."""
from importlib import resources

import pytest

from gundem.analysis.lang.build_places import (
    build_abbreviations,
    build_common_words,
    build_family_names,
    build_given_names,
    build_plain_words,
    build_table,
)
from gundem.analysis.lang.build_word_forms import (
    build_names_like_words,
    build_word_endings,
    build_word_stems,
)
from tests.conftest import BENCHMARKS


@pytest.mark.parametrize("builder, package, name", [
    (build_table, "gundem.analysis.lang", "places.tsv"),
    (build_abbreviations, "gundem.analysis.lang", "abbreviations.txt"),
    (build_word_stems, "gundem.analysis.lang.tr", "word_stems.txt"),
])
def test_tables_built_from_libraries_are_fresh(builder, package, name):
    committed = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    assert builder() == committed, f"{name} is stale: run `gundem build-resources`"


@pytest.mark.parametrize("builder, name", [
    (build_common_words, "common_words.txt"),
    (build_given_names, "given_names.txt"),
    (build_family_names, "family_names.txt"),
    (build_plain_words, "plain_words.txt"),
    (build_word_endings, "word_endings.txt"),
    (build_names_like_words, "names_like_words.txt"),
])
def test_word_lists_counted_on_the_training_data_are_fresh(builder, name):
    if not BENCHMARKS.exists():
        pytest.skip("../shared/benchmarks is not beside the project")
    committed = resources.files("gundem.analysis.lang.tr").joinpath(name).read_text(encoding="utf-8")
    assert builder(BENCHMARKS) == committed, f"{name} is stale: run `gundem build-resources`"


@pytest.mark.parametrize("name, english, country", [
    ("cenevre", "Geneva", "CHE"), ("maskat", "Muscat", "OMN"), ("tahran", "Tehran", "IRN"),
    ("umman", "Oman", "OMN"), ("abd", "United States", "USA"), ("almanya", "Germany", "DEU"),
])
def test_turkish_names_resolve_to_english_names_and_countries(resources_tr, name, english, country):
    known = resources_tr.known_names[name]
    assert (known.english_name, known.country) == (english, country)


@pytest.mark.parametrize("name, english", [("marmaris", "Marmaris"), ("silopi", "Silopi"), ("bodrum", "Bodrum")])
def test_the_home_countrys_small_towns_are_places(resources_tr, name, english):
    known = resources_tr.known_names[name]
    assert (known.english_name, known.country) == (english, "TUR")


def test_a_small_town_named_like_a_given_name_or_a_word_is_set_aside():
    from gundem.analysis.lang.loader import _place_entries

    kept = _place_entries("tr", frozenset({"cay"}), "TUR", frozenset({"idil"}))
    assert "idil" not in kept and "cay" not in kept  # İdil Biret; Çay is also tea
    assert kept["marmaris"].country == "TUR"
