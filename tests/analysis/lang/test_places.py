"""Generated resources are fresh: rebuilt in memory, they equal the committed files."""
from importlib import resources

import pytest

from gundem.analysis.lang.build_places import (
    MissingBuildData,
    build_abbreviations,
    build_common_words,
    build_english_given_names,
    build_family_names,
    build_given_names,
    build_person_name_words,
    build_plain_words,
    build_seldom_places,
    build_table,
    build_towns,
    district_rows,
)
from gundem.analysis.lang.build_word_forms import (
    build_function_words,
    build_names_like_words,
    build_word_endings,
    build_word_stems,
)
from tests.conftest import BENCHMARKS


@pytest.mark.parametrize("builder, package, name", [
    (build_table, "gundem.analysis.lang", "places.tsv"),
    (build_towns, "gundem.analysis.lang", "towns.tsv"),
    (build_abbreviations, "gundem.analysis.lang", "abbreviations.txt"),
    (build_word_stems, "gundem.analysis.lang.tr", "word_stems.txt"),
    (build_function_words, "gundem.analysis.lang.tr", "function_words.txt"),
    (build_english_given_names, "gundem.analysis.lang.en", "given_names.txt"),
])
def test_tables_built_from_libraries_are_fresh(builder, package, name):
    committed = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    try:
        built = builder()
    except MissingBuildData as missing:
        pytest.skip(str(missing))
    assert built == committed, f"{name} is stale: run `gundem build-resources`"


@pytest.mark.parametrize("builder, name", [
    (build_common_words, "common_words.txt"),
    (build_seldom_places, "seldom_places.txt"),
    (build_given_names, "given_names.txt"),
    (build_family_names, "family_names.txt"),
    (build_plain_words, "plain_words.txt"),
    (build_word_endings, "word_endings.txt"),
    (build_names_like_words, "names_like_words.txt"),
    (build_person_name_words, "person_name_words.txt"),
])
def test_word_lists_counted_on_the_training_data_are_fresh(builder, name):
    if not BENCHMARKS.exists():
        pytest.skip("../shared/benchmarks is not beside the project")
    committed = resources.files("gundem.analysis.lang.tr").joinpath(name).read_text(encoding="utf-8")
    assert builder(BENCHMARKS) == committed, f"{name} is stale: run `gundem build-resources`"


@pytest.mark.parametrize("name, english, country", [
    ("cenevre", "Geneva", "CHE"), ("maskat", "Muscat", "OMN"), ("tahran", "Tehran", "IRN"),
    ("umman", "Oman", "OMN"), ("abd", "United States", "USA"), ("almanya", "Germany", "DEU"),
    # long forms the news uses where CLDR spells the country otherwise, and regions named as places
    ("kongo demokratik cumhuriyeti", "Congo - Kinshasa", "COD"), ("fildisi sahili", "Côte d’Ivoire", "CIV"),
    ("cek cumhuriyeti", "Czechia", "CZE"), ("puntland", "Puntland", "SOM"), ("dogu karadeniz", "Eastern Black Sea Region", "TUR"),
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

    kept, _ = _place_entries("tr", frozenset({"cay"}), "TUR", frozenset({"idil"}))
    assert "idil" not in kept and "cay" not in kept  # İdil Biret; Çay is also tea
    assert kept["marmaris"].country == "TUR"


def test_districts_are_read_by_their_own_names_but_not_a_date_a_short_word_or_the_central_one():
    rows = district_rows({"55": ["19 Mayıs", "Atakum", "Merkez"], "61": ["Of", "Sürmene"]})
    assert [(name, key, country) for name, key, _, country, _, _ in rows] == [
        ("Atakum", "district:TR-55:Atakum", "TUR"), ("Sürmene", "district:TR-61:Sürmene", "TUR"),
    ]


@pytest.mark.parametrize("name, kind", [("kadikoy", "district"), ("pendik", "district"), ("bodrum", "city")])
def test_a_district_is_a_place_in_turkey_and_a_city_of_the_same_name_outranks_it(resources_tr, name, kind):
    known = resources_tr.known_names[name]
    assert (known.kind, known.country) == (kind, "TUR")


def test_a_district_named_more_often_as_a_club_or_a_person_is_set_aside():
    from gundem.analysis.lang.loader import _place_entries

    kept, _ = _place_entries("tr", frozenset(), "TUR", frozenset({"besiktas"}))
    assert "besiktas" not in kept and kept["kadikoy"].country == "TUR"
