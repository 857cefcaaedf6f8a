"""Generated resources are fresh: rebuilt in memory, they equal the committed files."""
from importlib import resources

import pytest

from gundem.analysis.lang.build_places import (
    build_common_words,
    build_family_names,
    build_given_names,
    build_plain_words,
    build_table,
)
from tests.conftest import BENCHMARKS


def test_place_table_is_fresh():
    committed = resources.files("gundem.analysis.lang").joinpath("places.tsv").read_text(encoding="utf-8")
    assert build_table() == committed, "places.tsv is stale: run `gundem build-resources`"


@pytest.mark.parametrize("builder, name", [
    (build_common_words, "common_words.txt"),
    (build_given_names, "given_names.txt"),
    (build_family_names, "family_names.txt"),
    (build_plain_words, "plain_words.txt"),
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
